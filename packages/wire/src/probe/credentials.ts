import type { Connection } from '../connection';
import type { AuthTest } from '../types';

/**
 * Decides whether a credential test may run on this connection: only inside TLS, and only when the
 * certificate is trusted (RFC 8314 §5.3: a failed certificate is no confidential channel). Returns
 * the refusal (`refused-cleartext` or `error`, nothing sent), or null when the test may go ahead.
 * Every protocol's login test asks this first, so every SASL mechanism is guarded in one place.
 */
export function credentialGuard(connection: Pick<Connection, 'secure' | 'tls'>): AuthTest | null {
  if (!connection.secure) {
    return {
      outcome: 'refused-cleartext',
      mechanism: null,
      message:
        'Credentials were not sent: the connection is not encrypted, and logins are only tested inside TLS.',
    };
  }
  const verdict = connection.tls?.verdict;
  if (verdict && !verdict.trusted) {
    return {
      outcome: 'error',
      mechanism: null,
      message: `Credentials were not sent: the certificate is not trusted (${verdict.reason ?? 'unknown reason'}).`,
    };
  }
  return null;
}

/** The login test's outcome when credentials were given but the session never reached TLS. */
export const NEVER_REACHED_TLS: AuthTest = {
  outcome: 'refused-cleartext',
  mechanism: null,
  message: 'Credentials are only sent inside TLS, and this session never reached TLS.',
};

/** The login test's outcome when the session reached TLS and then ended before the login step. */
export const ENDED_BEFORE_LOGIN: AuthTest = {
  outcome: 'error',
  mechanism: null,
  message: 'The login test did not run: the session reached TLS, then ended before the login step.',
};

import { saslMechanism } from '@mailports/ports';
import {
  type AuthTest,
  type Connection,
  escapeForDisplay,
  type Finding,
  type ProbeContext,
  type TokenCredentials,
  hasControlCharacters,
  WireError,
  validateAccessToken,
  validateLine,
} from '@mailports/wire';
import { evidence, mailboxFinding } from './findings';
import type { MailboxProbeOptions } from './types';

/** Makes every field of a result-details object writable while the session fills it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Rejects options that would put CR, LF or NUL on the wire, or a port out of range, before connecting. */
export function validateOptions(options: MailboxProbeOptions, port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new WireError('E_INVALID_INPUT', `Port ${String(port)} is not between 1 and 65535`, {
      step: 'options',
    });
  }
  validateLine(options.host, 'host');
  if (options.oauth2) {
    validateLine(options.oauth2.username, 'user name');
    validateAccessToken(options.oauth2.accessToken);
  }
  if (options.credentials) {
    validateLine(options.credentials.username, 'user name');
    validateLine(options.credentials.password, 'password');
  }
}

const FATAL: readonly string[] = ['E_ABORTED', 'E_DEADLINE', 'E_INTERNAL', 'E_INVALID_INPUT'];

/**
 * True for errors that must end the probe even during courtesy steps (LOGOUT, QUIT, the login
 * test): the caller's abort, the deadline, and bugs. Network and protocol trouble there is not.
 */
export function isFatal(error: unknown): boolean {
  return !WireError.isInstance(error) || FATAL.includes(error.code);
}

/** Reports `escape-sequences` once per probe, for the first server line that holds control characters. */
export function escapeWatcher(ctx: ProbeContext): (line: string) => void {
  let reported = false;
  return (line) => {
    if (reported || !hasControlCharacters(line)) return;
    reported = true;
    ctx.finding(
      mailboxFinding('escape-sequences', {
        message: 'The server sent control characters or escape sequences; they are shown escaped.',
        evidence: line,
      }),
    );
  };
}

/**
 * Decides whether the credential test may run on this connection: only inside TLS, and only when
 * the certificate is trusted (RFC 8314 §5.3: a failed certificate is no confidential channel).
 * Returns the refusal, or null when the test may go ahead.
 */
export function credentialGuard(connection: Connection): AuthTest | null {
  if (!connection.secure) {
    return {
      outcome: 'refused-cleartext',
      mechanism: null,
      message: 'Credentials are only sent inside TLS, and this connection is not encrypted.',
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

/**
 * The summary of a login the server answered. `reply` is the server's whole final line (with its
 * response code, e.g. `[AUTHENTICATIONFAILED]`), kept escaped and bounded as `serverReply` so that
 * a refusal can be explained.
 */
export function loginOutcome(ok: boolean, mechanism: string, serverText: string, reply?: string): AuthTest {
  const serverReply = reply === undefined ? {} : { serverReply: escapeForDisplay(reply).slice(0, 300) };
  return ok
    ? {
        outcome: 'succeeded',
        mechanism,
        message: `The server accepted the credentials (${mechanism}).`,
        ...serverReply,
      }
    : {
        outcome: 'failed',
        mechanism,
        message: `The server refused the credentials (${mechanism}): ${evidence(serverText)}`,
        ...serverReply,
      };
}

/** A login test cut short by the connection (closed, reset, timeout). */
export function loginError(mechanism: string | null, error: unknown): AuthTest {
  const detail = WireError.isInstance(error) ? `${error.code}: ${error.message}` : String(error);
  return { outcome: 'error', mechanism, message: `The login test did not finish (${evidence(detail)}).` };
}

/** Base64 of the SASL PLAIN message (RFC 4616): no authorisation identity. */
export function saslPlain(username: string, password: string): string {
  return Buffer.from(`\u0000${username}\u0000${password}`, 'utf8').toString('base64');
}

/**
 * `auth-before-tls` for SASL mechanisms offered in clear: critical when one of them is only safe
 * inside TLS (a clear password such as PLAIN or LOGIN, or a replayable bearer token, per the
 * @mailports/ports SASL registry), a warning otherwise. `prefix` renders the evidence (`AUTH=` or `SASL `).
 */
export function beforeTlsFindings(mechanisms: readonly string[], prefix: 'AUTH=' | 'SASL '): Finding[] {
  if (mechanisms.length === 0) return [];
  const clearSecret = mechanisms.filter(
    (mechanism) => saslMechanism(mechanism)?.needsTls ?? (mechanism === 'PLAIN' || mechanism === 'LOGIN'),
  );
  const list = mechanisms.join(', ');
  return [
    mailboxFinding('auth-before-tls', {
      severity: clearSecret.length > 0 ? 'critical' : 'warning',
      message:
        clearSecret.length > 0
          ? `SASL mechanisms are offered before TLS (${list}); ${clearSecret.join(', ')} would send a reusable secret in clear.`
          : `SASL mechanisms are offered before TLS (${list}); user names and responses would travel unencrypted.`,
      evidence:
        prefix === 'AUTH='
          ? mechanisms.map((mechanism) => `AUTH=${mechanism}`).join(' ')
          : `SASL ${mechanisms.join(' ')}`,
    }),
  ];
}

/** The token login to run, with OAUTHBEARER's host (the certificate name) and port; null without a token. */
export function tokenLoginOf(
  options: MailboxProbeOptions,
  port: number,
): { token: TokenCredentials; endpoint: { host: string; port: number } } | null {
  if (options.oauth2 === undefined) return null;
  const host = typeof options.servername === 'string' ? options.servername : options.host;
  return { token: options.oauth2, endpoint: { host, port } };
}

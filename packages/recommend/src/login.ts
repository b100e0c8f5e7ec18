import type { ProbeResultBase } from '@mailports/wire';
import { loginDetails } from './login-failure';
import type { LoginCheck, LoginSkipReason, RankedOption, Recommendation } from './types';

/** The answer of {@link loginEligibility}. */
export type LoginEligibility =
  | {
      allowed: true;
      option: RankedOption;
      /** The probe result the option was ranked from: where the login connects again. */
      result: ProbeResultBase;
      /** The security the probe ended up with, required again on the login connection. */
      mode: 'implicit' | 'starttls';
    }
  | { allowed: false; reason: LoginSkipReason; message: string };

function refuse(reason: LoginSkipReason, message: string): LoginEligibility {
  return { allowed: false, reason, message };
}

/** Where credentials may go: the queried mail domain, and hosts the user named as trusted. */
export interface LoginScope {
  /** The mail domain asked about; null for a bare host or an IP address (the user named it). */
  domain: string | null;
  /** Hosts outside the domain the user explicitly trusts with the credentials (`--trust-host`). */
  trustHosts?: readonly string[];
}

function normalHost(host: string): string {
  return host.trim().replace(/\.$/, '').toLowerCase();
}

/**
 * True when `host` is the domain or a name under it, or one the user trusts. Only a DNS answer
 * (an SRV or published target) can lead outside the domain: that is what RFC 6186 §6 and RFC 8314
 * §5.1 warn about, since whoever controls the DNS answer would receive the password, and RFC 7817
 * asks clients to check the server against the domain the user gave.
 */
export function insideScope(host: string, scope: LoginScope): boolean {
  const name = normalHost(host);
  if (scope.trustHosts?.some((trusted) => normalHost(trusted) === name)) return true;
  if (scope.domain === null) return true;
  const domain = normalHost(scope.domain);
  return name === domain || name.endsWith(`.${domain}`);
}

/**
 * Decides whether a role's `best` option may receive the user's credentials, and nothing else may:
 * never another option of the role, never the relay (an MX), never an option whose probe did not end
 * inside TLS (implicit, or STARTTLS completed), and never one whose certificate failed verification,
 * even when `insecure` let it become `best`. A certificate that fails verification may be an
 * interceptor's: whoever holds its key would read the password (RFC 8314 §5.3), and the IMAP and POP3
 * probes refuse to log in there whatever they are told. Ranking may accept such a server knowingly;
 * handing it a password is another matter.
 *
 * With a `scope`, the option's host must also be inside the queried mail domain or named by the user
 * as trusted (see {@link insideScope}); otherwise the answer is `outside-domain`, with how to trust it.
 *
 * Pure: no I/O. The login itself is a new connection to the same address, port and security mode.
 * @param recommendation - One role's ranked answer.
 * @param results - The probe results it was ranked from (any order); `best` is found by host, port and
 * protocol.
 * @param scope - The mail domain and the hosts the user trusts; {@link recommend} always passes it.
 * @returns `allowed` with the option, its result and the mode to require, or the refusal with its
 * reason and one sentence for a person. Never throws.
 */
export function loginEligibility(
  recommendation: Recommendation,
  results: readonly ProbeResultBase[],
  scope?: LoginScope,
): LoginEligibility {
  if (recommendation.role === 'relay') {
    return refuse(
      'relay',
      'Relay to an MX does not log in: credentials are checked on the submission and mailbox servers only.',
    );
  }
  const option = recommendation.best;
  if (!option) return refuse('no-option', 'There is no usable option to log in to.');
  if (scope && !insideScope(option.host, scope)) {
    return refuse(
      'outside-domain',
      `${option.host} is not inside ${scope.domain}: its name came from DNS, not from you, so the password is not sent there (RFC 6186 §6, RFC 8314 §5.1). If this is your provider's server, trust it explicitly (--trust-host ${option.host}).`,
    );
  }
  const result = results.find(
    (item) => item.host === option.host && item.port === option.port && item.protocol === option.protocol,
  );
  if (result?.status !== 'ok') {
    return refuse('not-answered', 'The probe of this option did not complete, so its TLS is unknown.');
  }
  if ((result.security !== 'implicit' && result.security !== 'starttls') || result.tls === null) {
    return refuse('not-encrypted', 'The connection is not inside TLS: credentials are never sent in clear.');
  }
  if (!result.tls.verdict.trusted) {
    const why = (result.tls.verdict.reason ?? 'it failed verification').replace(/\.$/, '');
    return refuse(
      'untrusted-certificate',
      `The certificate does not verify (${why}): credentials go only to a verified server, even when accepted as insecure.`,
    );
  }
  return { allowed: true, option, result, mode: result.security };
}

/** The check reported for a role whose option may not receive credentials. */
export function loginNotTried(
  username: string,
  refusal: Extract<LoginEligibility, { allowed: false }>,
): LoginCheck {
  return {
    username,
    outcome: 'not-tried',
    mechanism: null,
    message: refusal.message,
    reason: refusal.reason,
  };
}

/**
 * The check reported for a login connection, from its probe result: the probe's credential test when
 * it ran (a refusal in clear counts as an error: the login connection asked for TLS), else the reason
 * the connection ended first.
 */
export function loginCheckOf(username: string, result: ProbeResultBase): LoginCheck {
  const test = result.auth.test;
  const base = { username, result };
  if (test === null) {
    const message =
      result.status === 'ok'
        ? 'The server answered, but no login test ran.'
        : `The login connection failed: ${result.statusMessage}`;
    return { ...base, outcome: 'error', mechanism: null, message };
  }
  const outcome = test.outcome === 'refused-cleartext' ? 'error' : test.outcome;
  return {
    ...base,
    outcome,
    mechanism: test.mechanism,
    message: test.message,
    ...loginDetails(result, test),
  };
}

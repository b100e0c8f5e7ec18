import { saslMechanism } from '@mailports/ports';
import {
  type AuthTest,
  escapeForDisplay,
  type Finding,
  type TokenCredentials,
  validateLine,
  WireError,
} from '@mailports/wire';
import { validateProbeInput } from '@mailports/wire/probe';
import { evidence, mailboxFinding } from './findings';
import type { MailboxProbeOptions } from './types';

/** Makes every field of a result-details object writable while the session fills it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The kit's checks before connecting, plus one of POP3 and IMAP: the password goes on a command line
 * (PASS, LOGIN), so it must not hold CR or LF either.
 */
export function validateOptions(options: MailboxProbeOptions, port: number): void {
  validateProbeInput(options, port);
  if (options.credentials) validateLine(options.credentials.password, 'password');
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

/**
 * `auth-before-tls` for SASL mechanisms offered in clear, with the same rule as the SMTP probe:
 * critical when one of them sends a reusable secret (a password, or a replayable bearer token, per
 * the @mailports/ports SASL registry), lowered to a warning otherwise. `prefix` renders the evidence.
 */
export function beforeTlsFindings(mechanisms: readonly string[], prefix: 'AUTH=' | 'SASL '): Finding[] {
  if (mechanisms.length === 0) return [];
  const clearSecret = mechanisms.filter((mechanism) => saslMechanism(mechanism)?.needsTls ?? false);
  const list = mechanisms.join(', ');
  return [
    mailboxFinding('auth-before-tls', {
      lowered: clearSecret.length === 0,
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

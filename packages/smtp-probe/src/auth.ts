import { type AuthTest, escapeForDisplay, type TlsInfo } from '@mailports/wire';
import type { SmtpReply } from './types';

/** What the credential test needs from the session. */
export interface CredentialTestInput {
  /** True inside TLS; outside it nothing is sent. */
  readonly secure: boolean;
  /** The TLS facts of the session; a certificate that failed verification means nothing is sent. */
  readonly tls: TlsInfo | null;
  /** Upper-case mechanisms the server offers on this connection. */
  readonly mechanisms: readonly string[];
  readonly credentials: { readonly username: string; readonly password: string };
  /** The session's single command helper; `redactAs` replaces the line in the transcript. */
  readonly command: (line: string, expect: readonly number[], redactAs?: string) => Promise<SmtpReply>;
}

const SUPPORTED = ['PLAIN', 'LOGIN'] as const;
const REDACTED = '[redacted]';

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function codeOf(reply: SmtpReply): string {
  return reply.enhancedCode === undefined ? String(reply.code) : `${reply.code} ${reply.enhancedCode}`;
}

/** Maps the server's final answer to an outcome; the message carries codes only, never server text or secrets. */
function outcome(reply: SmtpReply, mechanism: string): AuthTest {
  const serverReply = escapeForDisplay(reply.lines.map((text) => `${reply.code} ${text}`).join(' / ')).slice(
    0,
    300,
  );
  return { ...outcomeOf(reply, mechanism), serverReply };
}

function outcomeOf(reply: SmtpReply, mechanism: string): AuthTest {
  if (reply.code === 235) {
    return {
      outcome: 'succeeded',
      mechanism,
      message: `AUTH ${mechanism} accepted the credentials (${codeOf(reply)}).`,
    };
  }
  if (reply.code >= 500) {
    return {
      outcome: 'failed',
      mechanism,
      message: `AUTH ${mechanism} rejected the credentials (${codeOf(reply)}).`,
    };
  }
  return {
    outcome: 'error',
    mechanism,
    message: `AUTH ${mechanism} did not complete: the server answered ${codeOf(reply)}.`,
  };
}

/**
 * The guard every login test passes first: nothing is sent outside TLS, nor inside TLS whose
 * certificate failed verification (RFC 8314 §5.3: no confidential channel then). Null when allowed.
 */
export function credentialRefusal(input: Pick<CredentialTestInput, 'secure' | 'tls'>): AuthTest | null {
  if (!input.secure) {
    return {
      outcome: 'refused-cleartext',
      mechanism: null,
      message: 'Credentials were not sent: the session is not encrypted, and AUTH is only tested inside TLS.',
    };
  }
  const verdict = input.tls?.verdict;
  if (verdict && !verdict.trusted) {
    // The same outcome and words as the IMAP and POP3 probes, so a report reads alike for every protocol.
    return {
      outcome: 'error',
      mechanism: null,
      message: `Credentials were not sent: the certificate is not trusted (${verdict.reason ?? 'unknown reason'}).`,
    };
  }
  return null;
}

/**
 * Tests credentials with AUTH PLAIN (RFC 4616, initial response per RFC 4954 §4) or AUTH LOGIN,
 * whichever the server offers, PLAIN first. Refuses outside TLS, and inside TLS whose certificate
 * failed verification (RFC 8314 §5.3: no confidential channel then), without sending anything.
 * The password and every base64 blob reach the transcript only as `[redacted]`. Throws only the
 * session's WireErrors (timeouts, closed connection, a reply code no step allows).
 */
export async function testCredentials(input: CredentialTestInput): Promise<AuthTest> {
  const refusal = credentialRefusal(input);
  if (refusal) return refusal;
  const mechanism = SUPPORTED.find((name) => input.mechanisms.includes(name));
  if (mechanism === undefined) {
    const offered =
      input.mechanisms.length > 0
        ? input.mechanisms.map((name) => escapeForDisplay(name)).join(', ')
        : 'none';
    return {
      outcome: 'no-mechanism',
      mechanism: null,
      message: `The server offers no mechanism the probe can test (PLAIN or LOGIN); offered: ${offered}.`,
    };
  }
  const { username, password } = input.credentials;
  if (mechanism === 'PLAIN') {
    const blob = base64(`\u0000${username}\u0000${password}`);
    const reply = await input.command(`AUTH PLAIN ${blob}`, [2, 3, 4, 5], `AUTH PLAIN ${REDACTED}`);
    if (reply.code === 334) {
      // The server ignored the initial response; cancel the exchange (RFC 4954 §4) rather than guess.
      await input.command('*', [2, 3, 4, 5]);
    }
    return outcome(reply, mechanism);
  }
  let reply = await input.command('AUTH LOGIN', [2, 3, 4, 5]);
  if (reply.code !== 334) return outcome(reply, mechanism);
  reply = await input.command(base64(username), [2, 3, 4, 5], REDACTED);
  if (reply.code !== 334) return outcome(reply, mechanism);
  reply = await input.command(base64(password), [2, 3, 4, 5], REDACTED);
  return outcome(reply, mechanism);
}

import { type AuthTest, escapeForDisplay, type TlsInfo } from '@mailports/wire';
import { authenticate, chooseSaslClient, credentialGuard } from '@mailports/wire/probe';
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

/** Challenges answered before the exchange counts as broken (LOGIN needs two). */
const MAX_CHALLENGES = 4;

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
 * Tests credentials with the first SASL mechanism of wire's `SASL_CLIENTS` the server offers (PLAIN,
 * with an initial response per RFC 4954 §4, then LOGIN): the mechanisms live in the probe kit,
 * so one added there works here. Refuses outside TLS (wire's `credentialGuard`), and inside TLS whose certificate
 * failed verification (RFC 8314 §5.3: no confidential channel then), without sending anything.
 * The password and every base64 blob reach the transcript only as `[redacted]`. Throws only the
 * session's WireErrors (timeouts, closed connection, a reply code no step allows).
 */
export async function testCredentials(input: CredentialTestInput): Promise<AuthTest> {
  const refusal = credentialGuard(input);
  if (refusal !== null) return refusal;
  const client = chooseSaslClient(input.mechanisms);
  if (client === undefined) {
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
  // RFC 4954 §4: AUTH with an initial response; every 334 challenge is answered, or cancelled with `*`.
  const { reply, cancelled } = await authenticate(
    client,
    input.credentials,
    { initialResponse: true },
    async (mechanism, initial, answer) => {
      let reply = await input.command(
        initial === null ? `AUTH ${mechanism}` : `AUTH ${mechanism} ${initial.line}`,
        [2, 3, 4, 5],
        initial === null ? undefined : `AUTH ${mechanism} ${initial.redactAs}`,
      );
      for (let challenges = 0; reply.code === 334 && challenges < MAX_CHALLENGES; challenges++) {
        const next = answer();
        reply = await input.command(
          next.line,
          [2, 3, 4, 5],
          next.redactAs === next.line ? undefined : next.redactAs,
        );
      }
      return reply;
    },
  );
  if (cancelled) {
    return {
      outcome: 'error',
      mechanism: client.name,
      message: `AUTH ${client.name} did not complete: the server asked for more than the mechanism sends, so the probe cancelled (${codeOf(reply)}).`,
    };
  }
  return outcome(reply, client.name);
}

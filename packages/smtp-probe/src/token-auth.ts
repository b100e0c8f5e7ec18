import {
  type AuthTest,
  chooseOAuthMechanism,
  escapeForDisplay,
  type SaslStep,
  type TokenCredentials,
  TokenSaslExchange,
} from '@mailports/wire';
import { credentialGuard } from '@mailports/wire/probe';
import type { CredentialTestInput } from './auth';
import type { SmtpReply } from './types';

/** What the token test needs from the session: the password test's input with a token instead. */
export interface TokenTestInput extends Omit<CredentialTestInput, 'credentials'> {
  readonly token: TokenCredentials;
  /** Server name and port for OAUTHBEARER's `host` and `port` fields. */
  readonly endpoint: { host: string; port: number };
}

function lineOf(reply: SmtpReply): string {
  return reply.lines.map((text) => `${reply.code} ${text}`).join(' / ');
}

/**
 * Tests an OAuth 2.0 access token with AUTH OAUTHBEARER (RFC 7628) or AUTH XOAUTH2, with the initial
 * response (RFC 4954 §4), under the same guard as passwords: inside TLS with a trusted certificate
 * only, nothing sent otherwise. Each `334` challenge goes to the shared {@link TokenSaslExchange},
 * which acknowledges an error challenge once and then cancels, so a server that keeps challenging
 * ends the test with `E_PROTOCOL`. The token reaches the transcript only as `[redacted]`.
 */
export async function testToken(input: TokenTestInput): Promise<AuthTest> {
  const refusal = credentialGuard(input);
  if (refusal) return { ...refusal, credential: 'token' };
  const mechanism = chooseOAuthMechanism(input.mechanisms, input.token.mechanism);
  if (mechanism === null) {
    const offered = input.mechanisms.map((name) => escapeForDisplay(name)).join(', ') || 'none';
    return {
      outcome: 'no-mechanism',
      mechanism: null,
      credential: 'token',
      message: `The server offers no token mechanism (${input.token.mechanism ?? 'OAUTHBEARER or XOAUTH2'}) inside TLS; offered: ${offered}.`,
    };
  }
  const exchange = new TokenSaslExchange({ mechanism, ...input.token, endpoint: input.endpoint });
  const first = exchange.start();
  let reply = await input.command(
    `AUTH ${mechanism} ${first.line}`,
    [2, 3, 4, 5],
    `AUTH ${mechanism} ${first.redactAs ?? ''}`,
  );
  while (reply.code === 334) {
    let step: SaslStep;
    try {
      step = exchange.answer(reply.lines[0] ?? '');
    } catch (error) {
      // The server kept challenging after the cancel: report it; QUIT (bounded) ends the session.
      return exchange.abandoned(error);
    }
    reply = await input.command(step.line, [2, 3, 4, 5], step.redactAs);
  }
  return exchange.outcome({
    accepted: reply.code === 235,
    reply: lineOf(reply),
    temporary: reply.code >= 400 && reply.code < 500,
  });
}

import {
  type AuthTest,
  chooseOAuthMechanism,
  type TokenCredentials,
  TokenSaslExchange,
} from '@mailports/wire';
import { type ImapCapabilities, parseImapCapabilities, splitCapabilityAtoms } from './imap-capabilities';
import type { ImapLoginResult } from './imap-auth';
import type { ImapSession } from './imap-session';
import type { Pop3Capabilities } from './pop3-capabilities';
import type { Pop3Session } from './pop3-session';
import { credentialGuard, isFatal, type ProbeContext } from '@mailports/wire/probe';
import { loginError } from './session-common';

/** What a token login needs besides the session: the token and OAUTHBEARER's host and port. */
export interface TokenLogin {
  readonly token: TokenCredentials;
  readonly endpoint: { host: string; port: number };
}

function noMechanism(token: TokenCredentials, offered: readonly string[]): AuthTest {
  return {
    outcome: 'no-mechanism',
    mechanism: null,
    credential: 'token',
    message: `The server offers no token mechanism (${token.mechanism ?? 'OAUTHBEARER or XOAUTH2'}) inside TLS; offered: ${offered.join(', ') || 'none'}.`,
  };
}

/**
 * The IMAP token login: AUTHENTICATE OAUTHBEARER or XOAUTH2, with the initial response when the
 * server has SASL-IR (else after the empty `+`), every further `+` answered by the shared
 * {@link TokenSaslExchange}. Same guard as passwords: inside TLS with a trusted certificate only.
 */
export async function imapTokenLogin(
  ctx: ProbeContext,
  session: ImapSession,
  capabilities: ImapCapabilities,
  login: TokenLogin,
): Promise<ImapLoginResult> {
  const refusal = credentialGuard(session.connection);
  if (refusal) return { test: { ...refusal, credential: 'token' }, usable: true };
  const mechanism = chooseOAuthMechanism(capabilities.authMechanisms, login.token.mechanism);
  if (mechanism === null)
    return { test: noMechanism(login.token, capabilities.authMechanisms), usable: true };
  const exchange = new TokenSaslExchange({ mechanism, ...login.token, endpoint: login.endpoint });
  ctx.transcript.conceal(login.token.accessToken);
  try {
    const initial = capabilities.saslIr ? exchange.start() : null;
    const { tagged } = await ctx.time('auth', () =>
      session.command(initial ? `AUTHENTICATE ${mechanism} ${initial.line}` : `AUTHENTICATE ${mechanism}`, {
        step: 'auth',
        expect: ['OK', 'NO', 'BAD'],
        ...(initial ? { redactAs: `AUTHENTICATE ${mechanism} [redacted]` } : {}),
        onContinuation: async (continuation) => {
          const step = exchange.answer(continuation.text);
          await session.continueWith(step.line, step.redactAs);
        },
      }),
    );
    const test = exchange.outcome({
      accepted: tagged.status === 'OK',
      reply: tagged.raw,
      temporary: tagged.code?.name === 'UNAVAILABLE',
    });
    if (test.outcome !== 'succeeded') return { test, usable: true };
    session.transition('authenticated');
    // As after a password login: what logging in unlocked, when the tagged OK announces it (RFC 9051 §7.1).
    const announced =
      tagged.code?.name === 'CAPABILITY'
        ? parseImapCapabilities(splitCapabilityAtoms(tagged.code.args))
        : null;
    return { test, usable: true, capabilities: announced };
  } catch (error) {
    if (isFatal(error)) throw error;
    return { test: { ...loginError(mechanism, error), credential: 'token' }, usable: false };
  }
}

/**
 * The POP3 token login: AUTH OAUTHBEARER or XOAUTH2 with the initial response (RFC 5034), every
 * `+` challenge answered by the shared {@link TokenSaslExchange}. Same guard as passwords.
 */
export async function pop3TokenLogin(
  ctx: ProbeContext,
  session: Pop3Session,
  capabilities: Pop3Capabilities | null,
  login: TokenLogin,
): Promise<{ test: AuthTest; usable: boolean }> {
  const refusal = credentialGuard(session.connection);
  if (refusal) return { test: { ...refusal, credential: 'token' }, usable: true };
  const offered = capabilities?.saslMechanisms ?? [];
  const mechanism = chooseOAuthMechanism(offered, login.token.mechanism);
  if (mechanism === null) return { test: noMechanism(login.token, offered), usable: true };
  const exchange = new TokenSaslExchange({ mechanism, ...login.token, endpoint: login.endpoint });
  ctx.transcript.conceal(login.token.accessToken);
  try {
    const initial = exchange.start();
    const { status } = await ctx.time('auth', () =>
      session.command(`AUTH ${mechanism} ${initial.line}`, {
        step: 'auth',
        redactAs: `AUTH ${mechanism} [redacted]`,
        onContinuation: async (continuation) => {
          const step = exchange.answer(continuation.text);
          await session.continueWith(step.line, step.redactAs);
        },
      }),
    );
    const test = exchange.outcome({
      accepted: status.ok,
      reply: status.raw,
      temporary: status.code === 'SYS/TEMP',
    });
    if (test.outcome === 'succeeded') session.transition('transaction');
    return { test, usable: true };
  } catch (error) {
    if (isFatal(error)) throw error;
    return { test: { ...loginError(mechanism, error), credential: 'token' }, usable: false };
  }
}

import type { AuthTest, ProbeContext } from '@mailports/wire';
import { mailboxFinding } from './findings';
import { type ImapCapabilities, parseImapCapabilities, splitCapabilityAtoms } from './imap-capabilities';
import type { ImapTaggedResponse } from './imap-response';
import type { ImapSession } from './imap-session';
import { credentialGuard, isFatal, loginError, loginOutcome, saslPlain } from './session-common';

/** IMAP quoted string (RFC 9051 §4.3): backslash and double quote escaped. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/** What {@link imapLoginTest} learnt. */
export interface ImapLoginResult {
  readonly test: AuthTest;
  /** False when the session broke and cannot LOGOUT. */
  readonly usable: boolean;
  /** Capabilities on the tagged OK of a successful login, when the server sent them. */
  readonly capabilities?: ImapCapabilities | null;
}

/**
 * The optional credential test, inside TLS only: AUTHENTICATE PLAIN (initial response with SASL-IR,
 * else after the `+` continuation), otherwise LOGIN unless LOGINDISABLED. The password and the
 * base64 never reach the transcript. Returns the test and whether the session can still LOGOUT.
 */
export async function imapLoginTest(
  ctx: ProbeContext,
  session: ImapSession,
  capabilities: ImapCapabilities,
  credentials: { username: string; password: string },
): Promise<ImapLoginResult> {
  const refusal = credentialGuard(session.connection);
  if (refusal) return { test: refusal, usable: true };
  const { username, password } = credentials;
  let mechanism: string;
  let tagged: ImapTaggedResponse;
  try {
    if (capabilities.authMechanisms.includes('PLAIN')) {
      mechanism = 'PLAIN';
      tagged = await ctx.time('auth', () =>
        authenticatePlain(session, capabilities.saslIr, username, password),
      );
    } else if (!capabilities.loginDisabled) {
      mechanism = 'LOGIN';
      const result = await ctx.time('auth', () =>
        session.command(`LOGIN ${quoted(username)} ${quoted(password)}`, {
          step: 'auth',
          expect: ['OK', 'NO', 'BAD'],
          redactAs: `LOGIN ${quoted(username)} [redacted]`,
        }),
      );
      tagged = result.tagged;
    } else {
      return {
        test: {
          outcome: 'no-mechanism',
          mechanism: null,
          message: 'Inside TLS the server offers neither AUTH=PLAIN nor LOGIN (LOGINDISABLED).',
        },
        usable: true,
      };
    }
  } catch (error) {
    if (isFatal(error)) throw error;
    return { test: loginError(null, error), usable: false };
  }
  if (tagged.code?.name === 'REFERRAL') {
    ctx.finding(
      mailboxFinding('referral-not-followed', {
        message: 'The server answered the login with a REFERRAL to another server; it was not followed.',
        evidence: tagged.raw,
      }),
    );
  }
  if (tagged.status !== 'OK')
    return { test: loginOutcome(false, mechanism, tagged.text, tagged.raw), usable: true };
  session.transition('authenticated');
  // Servers announce what logging in unlocked (RFC 9051 §7.1: CAPABILITY code on the tagged OK).
  const announced =
    tagged.code?.name === 'CAPABILITY' ? parseImapCapabilities(splitCapabilityAtoms(tagged.code.args)) : null;
  return { test: loginOutcome(true, mechanism, tagged.text), usable: true, capabilities: announced };
}

async function authenticatePlain(
  session: ImapSession,
  saslIr: boolean,
  username: string,
  password: string,
): Promise<ImapTaggedResponse> {
  const payload = saslPlain(username, password);
  let answered = saslIr;
  const { tagged } = await session.command(saslIr ? `AUTHENTICATE PLAIN ${payload}` : 'AUTHENTICATE PLAIN', {
    step: 'auth',
    expect: ['OK', 'NO', 'BAD'],
    ...(saslIr ? { redactAs: 'AUTHENTICATE PLAIN [redacted]' } : {}),
    onContinuation: async () => {
      // PLAIN is one message: a second challenge gets the SASL cancel (RFC 9051 §6.2.2), never a resend.
      if (answered) return session.continueWith('*');
      answered = true;
      return session.continueWith(payload, '[redacted]');
    },
  });
  return tagged;
}

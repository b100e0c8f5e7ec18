import type { AuthTest } from '@mailports/wire';
import type { ProbeContext } from '@mailports/wire/probe';
import { mailboxFinding } from './findings';
import { type ImapCapabilities, parseImapCapabilities, splitCapabilityAtoms } from './imap-capabilities';
import type { ImapTaggedResponse } from './imap-response';
import type { ImapSession } from './imap-session';
import { loginError, loginOutcome } from './session-common';
import {
  authenticate,
  type Credentials,
  chooseSaslClient,
  credentialGuard,
  isFatal,
  type SaslClient,
} from '@mailports/wire/probe';

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
 * The optional credential test, inside TLS only: AUTHENTICATE with the probe kit's SASL PLAIN
 * (initial response with SASL-IR, else after the `+` continuation), otherwise the LOGIN command
 * unless LOGINDISABLED, otherwise another kit mechanism the server offers. The password and the
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
    const client = chooseSaslClient(capabilities.authMechanisms);
    // SASL PLAIN first; the LOGIN command before other SASL mechanisms, as long as it is allowed.
    if (client !== undefined && (client.name === 'PLAIN' || capabilities.loginDisabled)) {
      mechanism = client.name;
      tagged = await ctx.time('auth', () =>
        authenticateSasl(session, client, capabilities.saslIr, credentials),
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

/** AUTHENTICATE (RFC 9051 §6.2.2) with a probe-kit SASL mechanism; every message is redacted. */
async function authenticateSasl(
  session: ImapSession,
  client: SaslClient,
  saslIr: boolean,
  credentials: Credentials,
): Promise<ImapTaggedResponse> {
  const { reply } = await authenticate(
    client,
    credentials,
    { initialResponse: saslIr },
    async (name, initial, answer) => {
      const { tagged } = await session.command(
        initial === null ? `AUTHENTICATE ${name}` : `AUTHENTICATE ${name} ${initial.line}`,
        {
          step: 'auth',
          expect: ['OK', 'NO', 'BAD'],
          ...(initial === null ? {} : { redactAs: `AUTHENTICATE ${name} ${initial.redactAs}` }),
          onContinuation: async () => {
            // Beyond the mechanism's messages `answer` gives the SASL cancel, never a resend.
            const next = answer();
            return session.continueWith(next.line, next.redactAs === next.line ? undefined : next.redactAs);
          },
        },
      );
      return tagged;
    },
  );
  return reply;
}

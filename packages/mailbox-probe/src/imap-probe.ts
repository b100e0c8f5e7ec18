import { implicitTlsPorts } from '@mailports/ports';
import type { ProbeContext, SecurityPlan } from '@mailports/wire/probe';
import { MailboxProtocolError } from './errors';
import { mailboxFinding } from './findings';
import { type ImapLoginResult, imapLoginTest } from './imap-auth';
import {
  diffCapabilities,
  type ImapCapabilities,
  parseImapCapabilities,
  splitCapabilityAtoms,
} from './imap-capabilities';
import { ImapSession } from './imap-session';
import {
  adoptGreetedConnection,
  capabilitiesChanged,
  courtesyGoodbye,
  endRejected,
  finishWithLoginTest,
  type MailboxProbeSpec,
  type MailboxSteps,
  refusedInClear,
  runMailboxProbe,
  upgradeToTls,
} from './mailbox-flow';
import { beforeTlsFindings, type Mutable, tokenLoginOf } from './session-common';
import { imapTokenLogin } from './token-login';
import { openWithGreeting } from './tls-fallback';
import type { ImapProbeDetails, ImapProbeResult, MailboxProbeOptions } from './types';

/**
 * Probes an IMAP server: greeting, capabilities, STARTTLS (143) or implicit TLS (993), the
 * certificate, capabilities again inside TLS, an optional login test inside TLS, and findings.
 * Never throws for network or protocol outcomes: the result's `status` says what happened
 * (`ok`, `refused`, `timeout`, `no-greeting`, `rejected` for a `* BYE` greeting, `tls-failed`, …).
 * Defaults: port 993, mode `auto`, wire's timeouts and limits.
 */
export function probeImap(options: MailboxProbeOptions): Promise<ImapProbeResult> {
  return runMailboxProbe(options, {}, imapProbe);
}

/** The IMAP protocol for {@link runMailboxProbe}; {@link probeMailbox} runs it too. */
export const imapProbe: MailboxProbeSpec<ImapProbeDetails> = {
  implicitPort: implicitTlsPorts('imap')[0]!,
  details: () => ({
    protocol: 'imap',
    greeting: null,
    parsedCapabilitiesBefore: null,
    parsedCapabilitiesAfter: null,
    capabilityChanges: null,
    parsedCapabilitiesAfterLogin: null,
    preauth: false,
  }),
  session: imapSession,
};

async function imapSession(
  ctx: ProbeContext,
  details: Mutable<ImapProbeDetails>,
  options: MailboxProbeOptions,
  plan: SecurityPlan,
): Promise<void> {
  const opened = await openWithGreeting(ctx, {
    plan,
    options,
    protocolName: 'IMAP',
    looksLikeGreeting: (line) => /^\* (OK|PREAUTH|BYE)\b/i.test(line),
    readGreeting: async (connection, onLine) => {
      const session = new ImapSession(ctx, connection, onLine);
      const response = await session.read('greeting', ctx.timeouts.greeting);
      if (response.kind !== 'untagged' || !['OK', 'PREAUTH', 'BYE'].includes(response.type)) {
        throw new MailboxProtocolError('Not an IMAP greeting', { step: 'greeting', reply: response.raw });
      }
      return { session, response };
    },
  });
  const { session, response } = opened.greeting;
  const greetingStatus = response.type as 'OK' | 'PREAUTH' | 'BYE';
  details.greeting = { status: greetingStatus, code: response.code, text: response.text, raw: response.raw };
  adoptGreetedConnection(ctx, opened, response.raw);
  if (greetingStatus === 'BYE') {
    await endRejected(ctx, session, 'IMAP', response.text);
    return;
  }
  details.preauth = greetingStatus === 'PREAUTH';
  session.transition(details.preauth ? 'authenticated' : 'not-authenticated');
  const steps = imapSteps(ctx, session);
  // A capability code in the greeting is as trustworthy as the connection it came on.
  const greetingAtoms =
    response.code?.name === 'CAPABILITY' ? splitCapabilityAtoms(response.code.args) : null;
  const askCapabilities = (step: 'capabilities' | 'capabilitiesAfterTls') =>
    ctx.time(step, () =>
      session.capabilities(step === 'capabilities' ? 'capabilities' : 'capabilities-after-tls'),
    );

  if (details.preauth && !opened.implicit) {
    await endPreauthInClear(ctx, details, steps, { plan, options, greetingAtoms, greeting: response.raw });
    return;
  }
  let before: ImapCapabilities | null = null;
  let plaintextLogins: string[] = [];
  if (!opened.implicit) {
    before = parseImapCapabilities(greetingAtoms ?? (await askCapabilities('capabilities')));
    ctx.setCapabilities('before', before.raw);
    details.parsedCapabilitiesBefore = before;
    plaintextLogins = [...before.authMechanisms, ...(before.loginDisabled ? [] : ['LOGIN'])];
    if (!(await upgrade(ctx, steps, before, plaintextLogins, { plan, options }))) return;
  }

  // RFC 9051 §6.2.1: after STARTTLS everything learnt in clear is forgotten, including codes on the
  // STARTTLS OK; on implicit TLS the greeting's code stands.
  const after = parseImapCapabilities(
    opened.implicit
      ? (greetingAtoms ?? (await askCapabilities('capabilities')))
      : await askCapabilities('capabilitiesAfterTls'),
  );
  ctx.setCapabilities('after', after.raw);
  details.parsedCapabilitiesAfter = after;
  if (before) {
    details.capabilityChanges = diffCapabilities(before.raw, after.raw);
    capabilitiesChanged(ctx, details.capabilityChanges, ' ');
  }
  const { credentials } = options;
  const tokenLogin = tokenLoginOf(options, ctx.port);
  await finishWithLoginTest(
    ctx,
    steps,
    { mechanisms: after.authMechanisms, beforeTls: plaintextLogins },
    tokenLogin
      ? () =>
          session.state === 'not-authenticated'
            ? imapTokenLogin(ctx, session, after, tokenLogin).then((login) => {
                details.parsedCapabilitiesAfterLogin = login.capabilities ?? null;
                return login;
              })
            : Promise.resolve(preauthenticated())
      : credentials
        ? async () => {
            const login = await loginOrPreauthenticated(ctx, session, after, credentials);
            details.parsedCapabilitiesAfterLogin = login.capabilities ?? null;
            return login;
          }
        : null,
  );
}

/**
 * The login test, unless a PREAUTH greeting over TLS already authenticated the session: LOGIN and
 * AUTHENTICATE are valid only in the not-authenticated state (RFC 9051 §6.2), so the credentials
 * are not sent and the user is told why, rather than left with no test at all.
 */
async function loginOrPreauthenticated(
  ctx: ProbeContext,
  session: ImapSession,
  capabilities: ImapCapabilities,
  credentials: { username: string; password: string },
): Promise<ImapLoginResult> {
  if (session.state === 'not-authenticated') return imapLoginTest(ctx, session, capabilities, credentials);
  return preauthenticated();
}

/** The test reported when a PREAUTH greeting left no login to make (password or token). */
function preauthenticated(): ImapLoginResult {
  return {
    test: {
      outcome: 'no-mechanism',
      mechanism: null,
      message:
        'The server greeted with PREAUTH: the session was authenticated before any login, so no login command applies and the credentials were not sent.',
    },
    usable: true,
  };
}

/** The session's STARTTLS and LOGOUT for the shared steps. */
function imapSteps(ctx: ProbeContext, session: ImapSession): MailboxSteps {
  return {
    protocol: 'imap',
    name: 'IMAP',
    command: 'STARTTLS',
    connection: session.connection,
    starttls: async () => {
      const { tagged } = await session.command('STARTTLS', { step: 'starttls', expect: ['OK', 'NO', 'BAD'] });
      return { accepted: tagged.status === 'OK', reply: tagged.raw, text: tagged.text };
    },
    enterTls: () => session.transition('starttls'),
    leaveTls: () => session.transition('not-authenticated'),
    goodbye: () =>
      courtesyGoodbye(ctx, session, 'logout', (timeout) =>
        session.command('LOGOUT', { step: 'logout', expect: ['OK', 'NO', 'BAD'], timeout }),
      ),
  };
}

/** N3: nothing more is said on a session authenticated in clear, not even CAPABILITY; only LOGOUT. */
async function endPreauthInClear(
  ctx: ProbeContext,
  details: Mutable<ImapProbeDetails>,
  steps: MailboxSteps,
  input: {
    plan: SecurityPlan;
    options: MailboxProbeOptions;
    greetingAtoms: readonly string[] | null;
    greeting: string;
  },
): Promise<void> {
  const { plan, greetingAtoms } = input;
  const known = greetingAtoms === null ? null : parseImapCapabilities(greetingAtoms);
  if (known) {
    ctx.setCapabilities('before', known.raw);
    details.parsedCapabilitiesBefore = known;
  }
  ctx.finding(
    mailboxFinding('preauth-plaintext', {
      message: `Port ${ctx.port} greeted with PREAUTH in plaintext: the session is already authenticated without encryption, so STARTTLS is impossible. The probe only logged out.`,
      evidence: input.greeting,
    }),
  );
  if (plan.starttls !== 'never') {
    const offered = known?.starttls ?? false;
    ctx.setStarttls({ offered, attempted: false, accepted: false, reply: null, injectedBytes: null });
  }
  ctx.setAuth({ mechanisms: [], beforeTls: [], test: refusedInClear(input.options) });
  if (plan.starttls === 'required') {
    ctx.setStatus(
      'tls-failed',
      'The server pre-authenticated the plaintext session; STARTTLS is impossible.',
    );
  }
  await steps.goodbye();
}

/** The findings of the capabilities seen in clear, then STARTTLS; true once the session is inside TLS. */
async function upgrade(
  ctx: ProbeContext,
  steps: MailboxSteps,
  before: ImapCapabilities,
  plaintextLogins: readonly string[],
  input: { plan: SecurityPlan; options: MailboxProbeOptions },
): Promise<boolean> {
  const capabilityEvidence = `CAPABILITY ${before.raw.join(' ')}`;
  if (!before.loginDisabled) {
    ctx.finding(
      mailboxFinding('login-before-tls', {
        message: `The server does not announce LOGINDISABLED before TLS on port ${ctx.port}: LOGIN would send the password in clear.`,
        evidence: capabilityEvidence,
      }),
    );
  }
  for (const finding of beforeTlsFindings(before.authMechanisms, 'AUTH=')) ctx.finding(finding);
  return upgradeToTls(ctx, steps, {
    ...input,
    plaintextAuth: { mechanisms: before.authMechanisms, beforeTls: plaintextLogins },
    offered: before.starttls,
    notOfferedFinding: () =>
      mailboxFinding('starttls-not-offered', {
        message: `The IMAP server on port ${ctx.port} does not offer STARTTLS: the session cannot be encrypted (or an attacker stripped it).`,
        evidence: capabilityEvidence,
      }),
  });
}

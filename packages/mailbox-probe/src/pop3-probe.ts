import { implicitTlsPorts } from '@mailports/ports';
import type { ProbeContext, SecurityPlan } from '@mailports/wire/probe';
import { MailboxProtocolError } from './errors';
import { mailboxFinding } from './findings';
import { diffCapabilities } from './imap-capabilities';
import {
  adoptGreetedConnection,
  capabilitiesChanged,
  courtesyGoodbye,
  endRejected,
  finishWithLoginTest,
  type MailboxProbeSpec,
  type MailboxSteps,
  runMailboxProbe,
  upgradeToTls,
} from './mailbox-flow';
import { pop3LoginTest } from './pop3-auth';
import { type Pop3Capabilities, parsePop3Capabilities, pop3CapabilityTokens } from './pop3-capabilities';
import { apopTimestamp } from './pop3-reply';
import { Pop3Session } from './pop3-session';
import { beforeTlsFindings, type Mutable, tokenLoginOf } from './session-common';
import { pop3TokenLogin } from './token-login';
import { openWithGreeting } from './tls-fallback';
import type { MailboxProbeOptions, Pop3ProbeDetails, Pop3ProbeResult } from './types';

/**
 * Probes a POP3 server: greeting (APOP timestamp noted; offered in clear, an `apop-before-tls`
 * finding), CAPA, STLS (110) or implicit TLS (995), the certificate, CAPA again inside TLS, an
 * optional login test inside TLS, and findings. Never throws for network or protocol outcomes: the
 * result's `status` says what happened (`rejected` for a `-ERR` greeting). Defaults: port 995, mode
 * `auto`, wire's timeouts and limits.
 */
export function probePop3(options: MailboxProbeOptions): Promise<Pop3ProbeResult> {
  return runMailboxProbe(options, {}, pop3Probe);
}

/** The POP3 protocol for {@link runMailboxProbe}; {@link probeMailbox} runs it too. */
export const pop3Probe: MailboxProbeSpec<Pop3ProbeDetails> = {
  implicitPort: implicitTlsPorts('pop3')[0]!,
  details: () => ({
    protocol: 'pop3',
    greeting: null,
    capaSupported: null,
    parsedCapabilitiesBefore: null,
    parsedCapabilitiesAfter: null,
    capabilityChanges: null,
  }),
  session: pop3Session,
};

async function pop3Session(
  ctx: ProbeContext,
  details: Mutable<Pop3ProbeDetails>,
  options: MailboxProbeOptions,
  plan: SecurityPlan,
): Promise<void> {
  const opened = await openWithGreeting(ctx, {
    plan,
    options,
    protocolName: 'POP3',
    looksLikeGreeting: (line) => /^(\+OK|-ERR)(\s|$)/i.test(line),
    readGreeting: async (connection, onLine) => {
      const session = new Pop3Session(ctx, connection, onLine);
      const reply = await session.readLine('greeting', { timeout: ctx.timeouts.greeting });
      if (reply.kind !== 'status') {
        throw new MailboxProtocolError('Not a POP3 greeting', { step: 'greeting', reply: reply.raw });
      }
      return { session, reply };
    },
  });
  const { session, reply } = opened.greeting;
  details.greeting = {
    text: reply.text,
    code: reply.code,
    apopTimestamp: apopTimestamp(reply.text),
    raw: reply.raw,
  };
  adoptGreetedConnection(ctx, opened, reply.raw);
  if (!reply.ok) {
    await endRejected(ctx, session, 'POP3', reply.text);
    return;
  }
  session.transition('authorization');
  const steps = pop3Steps(ctx, session);

  let before: Pop3Capabilities | null = null;
  let plaintextLogins: string[] = [];
  if (!opened.implicit) {
    before = await capa(ctx, session, details, 'capabilities');
    ctx.setCapabilities('before', before?.raw ?? []);
    details.parsedCapabilitiesBefore = before;
    plaintextLogins = [...(before?.saslMechanisms ?? []), ...(before?.user ? ['USER'] : [])];
    const apop = details.greeting.apopTimestamp;
    if (!(await upgrade(ctx, steps, { before, apop, plaintextLogins }, { plan, options }))) return;
  }

  // RFC 2595 §4: after STLS the client must discard what it learnt in clear and ask again.
  const after = await capa(ctx, session, details, opened.implicit ? 'capabilities' : 'capabilitiesAfterTls');
  ctx.setCapabilities('after', after?.raw ?? []);
  details.parsedCapabilitiesAfter = after;
  if (before && after) {
    details.capabilityChanges = diffCapabilities(pop3CapabilityTokens(before), pop3CapabilityTokens(after));
    capabilitiesChanged(ctx, details.capabilityChanges, ', ');
  }
  const { credentials } = options;
  const tokenLogin = tokenLoginOf(options, ctx.port);
  await finishWithLoginTest(
    ctx,
    steps,
    { mechanisms: after?.saslMechanisms ?? [], beforeTls: plaintextLogins },
    tokenLogin
      ? () => pop3TokenLogin(ctx, session, after, tokenLogin)
      : credentials
        ? () => pop3LoginTest(ctx, session, after, credentials)
        : null,
  );
}

/** What the plaintext connection offered before STLS. */
interface InClear {
  readonly before: Pop3Capabilities | null;
  /** The APOP timestamp of the greeting, or null. */
  readonly apop: string | null;
  readonly plaintextLogins: readonly string[];
}

/** The findings of the greeting and CAPA seen in clear, then STLS; true once the session is inside TLS. */
async function upgrade(
  ctx: ProbeContext,
  steps: MailboxSteps,
  { before, apop, plaintextLogins }: InClear,
  input: { plan: SecurityPlan; options: MailboxProbeOptions },
): Promise<boolean> {
  if (apop !== null) {
    ctx.finding(
      mailboxFinding('apop-before-tls', {
        message: `The POP3 server on port ${ctx.port} offers APOP in its plaintext greeting: a client that logs in with it before STLS sends an MD5 digest of this timestamp and the password, which an eavesdropper can guess offline, and the server has to keep the password readable.`,
        evidence: apop,
      }),
    );
  }
  if (before?.user) {
    ctx.finding(
      mailboxFinding('user-before-tls', {
        message: `The POP3 server on port ${ctx.port} offers USER before TLS: PASS would send the password in clear.`,
        evidence: 'USER',
      }),
    );
  }
  for (const finding of beforeTlsFindings(before?.saslMechanisms ?? [], 'SASL ')) ctx.finding(finding);
  return upgradeToTls(ctx, steps, {
    ...input,
    plaintextAuth: { mechanisms: before?.saslMechanisms ?? [], beforeTls: plaintextLogins },
    offered: before?.stls ?? false,
    notOfferedFinding: () =>
      mailboxFinding('starttls-not-offered', {
        message:
          before === null
            ? `The POP3 server on port ${ctx.port} does not support CAPA, so STLS is not offered: the session cannot be encrypted.`
            : `The POP3 server on port ${ctx.port} does not offer STLS: the session cannot be encrypted (or an attacker stripped it).`,
        ...(before === null ? { inferred: true } : { evidence: before.raw.join(' | ') }),
      }),
  });
}

/** The session's STLS and QUIT for the shared steps. */
function pop3Steps(ctx: ProbeContext, session: Pop3Session): MailboxSteps {
  return {
    protocol: 'pop3',
    name: 'POP3',
    command: 'STLS',
    connection: session.connection,
    starttls: async () => {
      const { status } = await session.command('STLS', { step: 'starttls' });
      return { accepted: status.ok, reply: status.raw, text: status.text };
    },
    enterTls: () => session.transition('stls'),
    leaveTls: () => session.transition('authorization'),
    goodbye: () =>
      courtesyGoodbye(ctx, session, 'quit', (timeout) => session.command('QUIT', { step: 'quit', timeout })),
  };
}

/** CAPA; a -ERR means the server has no CAPA (RFC 2449), noted once, and gives null. */
async function capa(
  ctx: ProbeContext,
  session: Pop3Session,
  details: Mutable<Pop3ProbeDetails>,
  step: 'capabilities' | 'capabilitiesAfterTls',
): Promise<Pop3Capabilities | null> {
  const { status, lines } = await ctx.time(step, () =>
    session.command('CAPA', {
      step: step === 'capabilities' ? 'capabilities' : 'capabilities-after-tls',
      multiline: true,
    }),
  );
  if (status.ok && lines) {
    details.capaSupported ??= true;
    return parsePop3Capabilities(lines);
  }
  if (details.capaSupported !== false) {
    ctx.finding(
      mailboxFinding('capa-not-supported', {
        message: 'The POP3 server answered CAPA with -ERR: its capabilities are unknown.',
        evidence: status.raw,
      }),
    );
  }
  details.capaSupported = false;
  return null;
}

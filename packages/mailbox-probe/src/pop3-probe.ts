import {
  type AuthTest,
  injectionFinding,
  type ProbeContext,
  runProbe,
  runProbeOptionsOf,
  type SecurityPlan,
  securityPlan,
  tlsFindings,
  tlsOptionsOf,
} from '@mailports/wire';
import { MailboxProtocolError } from './errors';
import { evidence, mailboxFinding } from './findings';
import { diffCapabilities } from './imap-capabilities';
import type { InternalProbeInputs } from './imap-probe';
import { type Pop3Capabilities, parsePop3Capabilities, pop3CapabilityTokens } from './pop3-capabilities';
import { pop3LoginTest } from './pop3-auth';
import { apopTimestamp } from './pop3-reply';
import { openWithGreeting } from './tls-fallback';
import { Pop3Session } from './pop3-session';
import { beforeTlsFindings, escapeWatcher, isFatal, type Mutable, validateOptions } from './session-common';
import type { MailboxProbeOptions, Pop3ProbeDetails, Pop3ProbeResult } from './types';

/**
 * Probes a POP3 server: greeting (APOP timestamp noted), CAPA, STLS (110) or implicit TLS (995), the
 * certificate, CAPA again inside TLS, an optional login test inside TLS, and findings. Never throws
 * for network or protocol outcomes: the result's `status` says what happened (`rejected` for a
 * `-ERR` greeting). Defaults: port 995, mode `auto`, wire's timeouts and limits.
 */
export function probePop3(options: MailboxProbeOptions): Promise<Pop3ProbeResult> {
  return runPop3Probe(options, {});
}

/** {@link probePop3} with the inputs {@link probeMailbox} shares between ports. */
export async function runPop3Probe(
  options: MailboxProbeOptions,
  internal: InternalProbeInputs,
): Promise<Pop3ProbeResult> {
  const port = options.port ?? 995;
  const mode = options.mode ?? 'auto';
  const details: Mutable<Pop3ProbeDetails> = {
    protocol: 'pop3',
    greeting: null,
    capaSupported: null,
    parsedCapabilitiesBefore: null,
    parsedCapabilitiesAfter: null,
    capabilityChanges: null,
  };
  const result = await runProbe(
    runProbeOptionsOf('pop3', options, { port, mode }),
    details,
    async (ctx, filled) => {
      if (internal.presetError !== undefined) throw internal.presetError;
      validateOptions(options, port);
      await pop3Session(ctx, filled, options, securityPlan(mode, port, { implicitPorts: [995] }));
    },
  );
  return result as Pop3ProbeResult;
}

async function pop3Session(
  ctx: ProbeContext,
  details: Mutable<Pop3ProbeDetails>,
  options: MailboxProbeOptions,
  plan: SecurityPlan,
): Promise<void> {
  const onLine = escapeWatcher(ctx);
  const opened = await openWithGreeting(ctx, {
    plan,
    address: options.address,
    tls: tlsOptionsOf(options),
    protocolName: 'POP3',
    looksLikeGreeting: (line) => /^(\+OK|-ERR)(\s|$)/i.test(line),
    readGreeting: async (connection) => {
      const session = new Pop3Session(ctx, connection, onLine);
      const reply = await session.readLine('greeting', { timeout: ctx.timeouts.greeting });
      if (reply.kind !== 'status') throw notAGreeting(reply.raw);
      return { session, reply };
    },
  });
  const { session, reply } = opened.greeting;
  ctx.setBanner(reply.raw);
  details.greeting = {
    text: reply.text,
    code: reply.code,
    apopTimestamp: apopTimestamp(reply.text),
    raw: reply.raw,
  };
  if (opened.implicit) {
    ctx.setSecurity('implicit');
    const tls = opened.connection.tls;
    if (tls) {
      ctx.setTls(tls);
      for (const finding of tlsFindings(tls)) ctx.finding(finding);
    }
  } else {
    ctx.setSecurity('plain');
  }
  if (!reply.ok) {
    session.transition('closed');
    ctx.setStatus('rejected', `The POP3 server refused the session: ${evidence(reply.text)}`);
    await opened.connection.close();
    return;
  }
  session.transition('authorization');

  if (opened.implicit) {
    const after = await capa(ctx, session, details, 'capabilities');
    ctx.setCapabilities('after', after?.raw ?? []);
    details.parsedCapabilitiesAfter = after;
    ctx.setAuth({ mechanisms: after?.saslMechanisms ?? [], beforeTls: [], test: null });
    await finish(ctx, session, after, options, []);
    return;
  }

  const before = await capa(ctx, session, details, 'capabilities');
  ctx.setCapabilities('before', before?.raw ?? []);
  details.parsedCapabilitiesBefore = before;
  const plaintextLogins = [...(before?.saslMechanisms ?? []), ...(before?.user ? ['USER'] : [])];
  const plaintextAuth = { mechanisms: before?.saslMechanisms ?? [], beforeTls: plaintextLogins };
  if (before?.user) {
    ctx.finding(
      mailboxFinding('user-before-tls', {
        message: `The POP3 server on port ${ctx.port} offers USER before TLS: PASS would send the password in clear.`,
        evidence: 'USER',
      }),
    );
  }
  for (const finding of beforeTlsFindings(before?.saslMechanisms ?? [], 'SASL ')) ctx.finding(finding);

  if (plan.starttls === 'never') {
    ctx.setAuth({ ...plaintextAuth, test: refusedInClear(options) });
    await quit(ctx, session);
    return;
  }
  if (!before?.stls) {
    ctx.finding(
      mailboxFinding('starttls-not-offered', {
        message:
          before === null
            ? `The POP3 server on port ${ctx.port} does not support CAPA, so STLS is not offered: the session cannot be encrypted.`
            : `The POP3 server on port ${ctx.port} does not offer STLS: the session cannot be encrypted (or an attacker stripped it).`,
        ...(before === null ? { inferred: true } : { evidence: before.raw.join(' | ') }),
      }),
    );
    ctx.setStarttls({ offered: false, attempted: false, accepted: false, reply: null, injectedBytes: null });
    ctx.setAuth({ ...plaintextAuth, test: refusedInClear(options) });
    if (plan.starttls === 'required') {
      ctx.setStatus('tls-failed', 'STLS was required but the POP3 server does not offer it.');
    }
    await quit(ctx, session);
    return;
  }

  ctx.setStarttls({ offered: true, attempted: true, accepted: false, reply: null, injectedBytes: null });
  const { status } = await ctx.time('starttls', () => session.command('STLS', { step: 'starttls' }));
  if (!status.ok) {
    ctx.setStarttls({
      offered: true,
      attempted: true,
      accepted: false,
      reply: status.raw,
      injectedBytes: null,
    });
    ctx.finding(
      mailboxFinding('starttls-refused', {
        message: 'The server refused STLS; the probe did not continue in plaintext.',
        evidence: status.raw,
      }),
    );
    ctx.setAuth({ ...plaintextAuth, test: refusedInClear(options) });
    ctx.setStatus('tls-failed', `The POP3 server refused STLS: ${evidence(status.text)}`);
    await quit(ctx, session);
    return;
  }
  session.transition('stls');
  ctx.setStarttls({ offered: true, attempted: true, accepted: true, reply: status.raw, injectedBytes: null });
  const { tls, leftover } = await session.connection.startTls({
    ...tlsOptionsOf(options),
    timeout: ctx.timeouts.tls,
  });
  if (leftover.length > 0) {
    ctx.finding(injectionFinding('pop3', leftover));
    ctx.setStarttls({
      offered: true,
      attempted: true,
      accepted: true,
      reply: status.raw,
      injectedBytes: evidence(leftover.toString('latin1')),
    });
  }
  ctx.setSecurity('starttls');
  ctx.setTls(tls);
  for (const finding of tlsFindings(tls)) ctx.finding(finding);
  session.transition('authorization');

  // RFC 2595 §4: the client must discard what it learnt in clear and ask again.
  const after = await capa(ctx, session, details, 'capabilitiesAfterTls');
  ctx.setCapabilities('after', after?.raw ?? []);
  details.parsedCapabilitiesAfter = after;
  if (before && after) {
    details.capabilityChanges = diffCapabilities(pop3CapabilityTokens(before), pop3CapabilityTokens(after));
    const { added, removed } = details.capabilityChanges;
    if (added.length > 0 || removed.length > 0) {
      ctx.finding(
        mailboxFinding('capabilities-changed', {
          message: `Inside TLS the server added ${added.join(', ') || 'nothing'} and removed ${removed.join(', ') || 'nothing'}.`,
        }),
      );
    }
  }
  ctx.setAuth({ mechanisms: after?.saslMechanisms ?? [], beforeTls: plaintextLogins, test: null });
  await finish(ctx, session, after, options, plaintextLogins);
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

async function finish(
  ctx: ProbeContext,
  session: Pop3Session,
  capabilities: Pop3Capabilities | null,
  options: MailboxProbeOptions,
  beforeTls: readonly string[],
): Promise<void> {
  let usable = true;
  if (options.credentials) {
    const outcome = await pop3LoginTest(ctx, session, capabilities, options.credentials);
    usable = outcome.usable;
    ctx.setAuth({ mechanisms: capabilities?.saslMechanisms ?? [], beforeTls, test: outcome.test });
  }
  if (usable) await quit(ctx, session);
  else session.connection.destroy();
}

function refusedInClear(options: MailboxProbeOptions): AuthTest | null {
  return options.credentials
    ? {
        outcome: 'refused-cleartext',
        mechanism: null,
        message: 'Credentials are only sent inside TLS, and this session never reached TLS.',
      }
    : null;
}

/** QUIT is courtesy: whatever the server does then, the probe's result is already decided. */
async function quit(ctx: ProbeContext, session: Pop3Session): Promise<void> {
  try {
    session.transition('quit');
    await ctx.time('quit', () => session.command('QUIT', { step: 'quit' }));
  } catch (error) {
    if (isFatal(error)) throw error;
  } finally {
    if (session.state !== 'closed') session.transition('closed');
    await session.connection.close();
  }
}

function notAGreeting(raw: string): Error {
  return new MailboxProtocolError('Not a POP3 greeting', { step: 'greeting', reply: raw });
}

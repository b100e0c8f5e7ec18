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
import { imapLoginTest } from './imap-auth';
import {
  diffCapabilities,
  type ImapCapabilities,
  parseImapCapabilities,
  splitCapabilityAtoms,
} from './imap-capabilities';
import { openWithGreeting } from './tls-fallback';
import { ImapSession } from './imap-session';
import { beforeTlsFindings, escapeWatcher, isFatal, type Mutable, validateOptions } from './session-common';
import type { ImapProbeDetails, ImapProbeResult, MailboxProbeOptions } from './types';

/** Internal inputs of {@link runImapProbe} that {@link probeMailbox} supplies. */
export interface InternalProbeInputs {
  /** An error to end the probe with before any connection (a failed shared DNS lookup). */
  readonly presetError?: unknown;
}

/**
 * Probes an IMAP server: greeting, capabilities, STARTTLS (143) or implicit TLS (993), the
 * certificate, capabilities again inside TLS, an optional login test inside TLS, and findings.
 * Never throws for network or protocol outcomes: the result's `status` says what happened
 * (`ok`, `refused`, `timeout`, `no-greeting`, `rejected` for a `* BYE` greeting, `tls-failed`, …).
 * Defaults: port 993, mode `auto`, wire's timeouts and limits.
 */
export function probeImap(options: MailboxProbeOptions): Promise<ImapProbeResult> {
  return runImapProbe(options, {});
}

/** {@link probeImap} with the inputs {@link probeMailbox} shares between ports. */
export async function runImapProbe(
  options: MailboxProbeOptions,
  internal: InternalProbeInputs,
): Promise<ImapProbeResult> {
  const port = options.port ?? 993;
  const mode = options.mode ?? 'auto';
  const details: Mutable<ImapProbeDetails> = {
    protocol: 'imap',
    greeting: null,
    parsedCapabilitiesBefore: null,
    parsedCapabilitiesAfter: null,
    capabilityChanges: null,
    preauth: false,
  };
  const result = await runProbe(
    runProbeOptionsOf('imap', options, { port, mode }),
    details,
    async (ctx, filled) => {
      if (internal.presetError !== undefined) throw internal.presetError;
      validateOptions(options, port);
      await imapSession(ctx, filled, options, securityPlan(mode, port, { implicitPorts: [993] }));
    },
  );
  return result as ImapProbeResult;
}

async function imapSession(
  ctx: ProbeContext,
  details: Mutable<ImapProbeDetails>,
  options: MailboxProbeOptions,
  plan: SecurityPlan,
): Promise<void> {
  const onLine = escapeWatcher(ctx);
  const opened = await openWithGreeting(ctx, {
    plan,
    address: options.address,
    tls: tlsOptionsOf(options),
    protocolName: 'IMAP',
    looksLikeGreeting: (line) => /^\* (OK|PREAUTH|BYE)\b/i.test(line),
    readGreeting: async (connection) => {
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
  ctx.setBanner(response.raw);
  details.greeting = { status: greetingStatus, code: response.code, text: response.text, raw: response.raw };
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
  if (greetingStatus === 'BYE') {
    session.transition('closed');
    ctx.setStatus('rejected', `The IMAP server refused the session: ${evidence(response.text)}`);
    await opened.connection.close();
    return;
  }
  details.preauth = greetingStatus === 'PREAUTH';
  session.transition(details.preauth ? 'authenticated' : 'not-authenticated');
  // A capability code in the greeting is as trustworthy as the connection it came on.
  const greetingAtoms =
    response.code?.name === 'CAPABILITY' ? splitCapabilityAtoms(response.code.args) : null;
  const askCapabilities = (step: 'capabilities' | 'capabilitiesAfterTls') =>
    ctx.time(step, () =>
      session.capabilities(step === 'capabilities' ? 'capabilities' : 'capabilities-after-tls'),
    );

  if (opened.implicit) {
    const atoms = greetingAtoms ?? (await askCapabilities('capabilities'));
    const after = parseImapCapabilities(atoms);
    ctx.setCapabilities('after', after.raw);
    details.parsedCapabilitiesAfter = after;
    ctx.setAuth({ mechanisms: after.authMechanisms, beforeTls: [], test: null });
    await finish(ctx, session, after, options);
    return;
  }

  if (details.preauth) {
    // N3: nothing more is said on a session authenticated in clear, not even CAPABILITY.
    const known = greetingAtoms === null ? null : parseImapCapabilities(greetingAtoms);
    if (known) {
      ctx.setCapabilities('before', known.raw);
      details.parsedCapabilitiesBefore = known;
    }
    ctx.finding(
      mailboxFinding('preauth-plaintext', {
        message: `Port ${ctx.port} greeted with PREAUTH in plaintext: the session is already authenticated without encryption, so STARTTLS is impossible. The probe only logged out.`,
        evidence: response.raw,
      }),
    );
    if (plan.starttls !== 'never') {
      const offered = known?.starttls ?? false;
      ctx.setStarttls({ offered, attempted: false, accepted: false, reply: null, injectedBytes: null });
    }
    ctx.setAuth({ mechanisms: [], beforeTls: [], test: refusedInClear(options) });
    if (plan.starttls === 'required') {
      ctx.setStatus(
        'tls-failed',
        'The server pre-authenticated the plaintext session; STARTTLS is impossible.',
      );
    }
    await logout(ctx, session);
    return;
  }

  const before = parseImapCapabilities(greetingAtoms ?? (await askCapabilities('capabilities')));
  ctx.setCapabilities('before', before.raw);
  details.parsedCapabilitiesBefore = before;
  const plaintextLogins = [...before.authMechanisms, ...(before.loginDisabled ? [] : ['LOGIN'])];
  const plaintextAuth = { mechanisms: before.authMechanisms, beforeTls: plaintextLogins, test: null };

  if (!before.loginDisabled) {
    ctx.finding(
      mailboxFinding('login-before-tls', {
        message: `The server does not announce LOGINDISABLED before TLS on port ${ctx.port}: LOGIN would send the password in clear.`,
        evidence: `CAPABILITY ${before.raw.join(' ')}`,
      }),
    );
  }
  for (const finding of beforeTlsFindings(before.authMechanisms, 'AUTH=')) ctx.finding(finding);

  if (plan.starttls === 'never') {
    ctx.setAuth({ ...plaintextAuth, test: refusedInClear(options) });
    await logout(ctx, session);
    return;
  }
  if (!before.starttls) {
    ctx.finding(
      mailboxFinding('starttls-not-offered', {
        message: `The IMAP server on port ${ctx.port} does not offer STARTTLS: the session cannot be encrypted (or an attacker stripped it).`,
        evidence: `CAPABILITY ${before.raw.join(' ')}`,
      }),
    );
    ctx.setStarttls({ offered: false, attempted: false, accepted: false, reply: null, injectedBytes: null });
    ctx.setAuth({ ...plaintextAuth, test: refusedInClear(options) });
    if (plan.starttls === 'required') {
      ctx.setStatus('tls-failed', 'STARTTLS was required but the IMAP server does not offer it.');
    }
    await logout(ctx, session);
    return;
  }

  ctx.setStarttls({ offered: true, attempted: true, accepted: false, reply: null, injectedBytes: null });
  const { tagged } = await ctx.time('starttls', () =>
    session.command('STARTTLS', { step: 'starttls', expect: ['OK', 'NO', 'BAD'] }),
  );
  if (tagged.status !== 'OK') {
    ctx.setStarttls({
      offered: true,
      attempted: true,
      accepted: false,
      reply: tagged.raw,
      injectedBytes: null,
    });
    ctx.finding(
      mailboxFinding('starttls-refused', {
        message: 'The server refused STARTTLS; the probe did not continue in plaintext.',
        evidence: tagged.raw,
      }),
    );
    ctx.setAuth({ ...plaintextAuth, test: refusedInClear(options) });
    ctx.setStatus('tls-failed', `The IMAP server refused STARTTLS: ${evidence(tagged.text)}`);
    await logout(ctx, session);
    return;
  }
  session.transition('starttls');
  ctx.setStarttls({ offered: true, attempted: true, accepted: true, reply: tagged.raw, injectedBytes: null });
  const { tls, leftover } = await session.connection.startTls({
    ...tlsOptionsOf(options),
    timeout: ctx.timeouts.tls,
  });
  if (leftover.length > 0) {
    ctx.finding(injectionFinding('imap', leftover));
    ctx.setStarttls({
      offered: true,
      attempted: true,
      accepted: true,
      reply: tagged.raw,
      injectedBytes: evidence(leftover.toString('latin1')),
    });
  }
  ctx.setSecurity('starttls');
  ctx.setTls(tls);
  for (const finding of tlsFindings(tls)) ctx.finding(finding);
  session.transition('not-authenticated');

  // RFC 9051 §6.2.1: everything learnt in clear is forgotten, including codes on the STARTTLS OK.
  const after = parseImapCapabilities(await askCapabilities('capabilitiesAfterTls'));
  ctx.setCapabilities('after', after.raw);
  details.parsedCapabilitiesAfter = after;
  details.capabilityChanges = diffCapabilities(before.raw, after.raw);
  const { added, removed } = details.capabilityChanges;
  if (added.length > 0 || removed.length > 0) {
    ctx.finding(
      mailboxFinding('capabilities-changed', {
        message: `Inside TLS the server added ${added.join(' ') || 'nothing'} and removed ${removed.join(' ') || 'nothing'}.`,
      }),
    );
  }
  ctx.setAuth({ mechanisms: after.authMechanisms, beforeTls: plaintextLogins, test: null });
  await finish(ctx, session, after, options, plaintextLogins);
}

/** Runs the optional login test inside TLS, records the auth summary, then logs out. */
async function finish(
  ctx: ProbeContext,
  session: ImapSession,
  capabilities: ImapCapabilities,
  options: MailboxProbeOptions,
  beforeTls: readonly string[] = [],
): Promise<void> {
  let usable = true;
  if (options.credentials && session.state === 'not-authenticated') {
    const outcome = await imapLoginTest(ctx, session, capabilities, options.credentials);
    usable = outcome.usable;
    ctx.setAuth({ mechanisms: capabilities.authMechanisms, beforeTls, test: outcome.test });
  }
  if (usable) await logout(ctx, session);
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

/** LOGOUT is courtesy: whatever the server does then, the probe's result is already decided. */
async function logout(ctx: ProbeContext, session: ImapSession): Promise<void> {
  try {
    session.transition('logout');
    await ctx.time('quit', () => session.command('LOGOUT', { step: 'logout', expect: ['OK', 'NO', 'BAD'] }));
  } catch (error) {
    if (isFatal(error)) throw error;
  } finally {
    if (session.state !== 'closed') session.transition('closed');
    await session.connection.close();
  }
}

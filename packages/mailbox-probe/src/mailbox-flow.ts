import type { AuthSummary, AuthTest, Connection, Finding, ProbeResultBase } from '@mailports/wire';
import {
  adoptTls,
  ENDED_BEFORE_LOGIN,
  NEVER_REACHED_TLS,
  type ProbeContext,
  runProbe,
  runProbeOptionsOf,
  type SecurityPlan,
  sayGoodbye,
  securityPlan,
  tlsOptionsOf,
  upgradeWithStarttls,
} from '@mailports/wire/probe';
import { evidence, mailboxFinding } from './findings';
import { type Mutable, validateOptions } from './session-common';
import type { MailboxProbeOptions } from './types';

/** Inputs of a probe that {@link probeMailbox} shares between ports. */
export interface InternalProbeInputs {
  /** An error to end the probe with before any connection (a failed shared DNS lookup). */
  readonly presetError?: unknown;
}

/** What {@link runMailboxProbe} needs to know about the protocol. */
export interface MailboxProbeSpec<D extends { readonly protocol: 'imap' | 'pop3' }> {
  /** The implicit-TLS port (993, 995): the default port, and implicit TLS there in mode `auto`. */
  readonly implicitPort: number;
  /** Fresh empty details for one run, which the session fills; their `protocol` is the probe's. */
  details(): D;
  /** The dialogue, once the options are known to be valid. */
  session(
    ctx: ProbeContext,
    details: Mutable<D>,
    options: MailboxProbeOptions,
    plan: SecurityPlan,
  ): Promise<void>;
}

/**
 * Runs one mailbox probe under wire's `runProbe`: resolves the port and mode defaults, ends with
 * `presetError` or invalid options before connecting, and hands the session its security plan.
 * Never throws (see `runProbe`).
 */
export function runMailboxProbe<D extends { readonly protocol: 'imap' | 'pop3' }>(
  options: MailboxProbeOptions,
  internal: InternalProbeInputs,
  spec: MailboxProbeSpec<D>,
): Promise<ProbeResultBase & D> {
  const port = options.port ?? spec.implicitPort;
  const mode = options.mode ?? 'auto';
  const details = spec.details();
  const runOptions = runProbeOptionsOf(details.protocol, options, { port, mode });
  return runProbe(runOptions, details, async (ctx, filled) => {
    if (internal.presetError !== undefined) throw internal.presetError;
    validateOptions(options, port);
    const plan = securityPlan(mode, port, { implicitPorts: [spec.implicitPort] });
    await spec.session(ctx, filled, options, plan);
  });
}

/** What the shared steps need from an IMAP or POP3 session. */
export interface MailboxSteps {
  readonly protocol: 'imap' | 'pop3';
  /** `IMAP` or `POP3`, for messages. */
  readonly name: string;
  /** `STARTTLS` (IMAP) or `STLS` (POP3). */
  readonly command: string;
  readonly connection: Connection;
  /** Sends STARTTLS/STLS and returns the server's answer: positive or not, verbatim, and its text. */
  starttls(): Promise<{ readonly accepted: boolean; readonly reply: string; readonly text: string }>;
  /** Moves the state machine into the handshake window. */
  enterTls(): void;
  /** Moves the state machine out of the handshake window once TLS is up. */
  leaveTls(): void;
  /** LOGOUT or QUIT, as a courtesy (see {@link courtesyGoodbye}). */
  goodbye(): Promise<void>;
}

/** A session {@link courtesyGoodbye} can end: `S` is the state its goodbye command enters. */
export interface ClosableSession<S extends string> {
  readonly state: string;
  readonly connection: Connection;
  transition(next: S | 'closed'): void;
}

/**
 * Records the greeting line as the banner and how the greeted connection is secured: implicit TLS
 * (with its facts and findings) or plaintext.
 */
export function adoptGreetedConnection(
  ctx: ProbeContext,
  opened: { readonly connection: Connection; readonly implicit: boolean },
  banner: string,
): void {
  ctx.setBanner(banner);
  ctx.setSecurity(opened.implicit ? 'implicit' : 'plain');
  if (opened.implicit) adoptTls(ctx, opened.connection.tls);
}

/** A refusing greeting (`* BYE`, `-ERR`): status `rejected`, and the connection is closed. */
export async function endRejected(
  ctx: ProbeContext,
  session: ClosableSession<never>,
  name: string,
  text: string,
): Promise<void> {
  session.transition('closed');
  ctx.setStatus('rejected', `The ${name} server refused the session: ${evidence(text)}`);
  await session.connection.close();
}

/** The login test's outcome when credentials were given but the session never reached TLS. */
export function refusedInClear(options: MailboxProbeOptions): AuthTest | null {
  return options.credentials || options.oauth2 ? NEVER_REACHED_TLS : null;
}

/**
 * LOGOUT/QUIT is courtesy (wire's `sayGoodbye`: its answer is awaited at most 2 s and whatever the
 * server does then leaves the result as it was). Moves the session to `leaving`, runs `say` with
 * that timeout, and closes the connection; only fatal errors (abort, deadline, bugs) get out.
 */
export async function courtesyGoodbye<S extends string>(
  ctx: ProbeContext,
  session: ClosableSession<S>,
  leaving: S,
  say: (timeout: number) => Promise<unknown>,
): Promise<void> {
  try {
    await sayGoodbye(ctx, session.connection, (timeout) => {
      session.transition(leaving);
      return say(timeout);
    });
  } finally {
    if (session.state !== 'closed') session.transition('closed');
  }
}

/**
 * Records the auth summary, runs the optional login test (when `loginTest` is given) and records
 * its outcome, then says goodbye, unless the test left the connection unusable (then it is destroyed).
 */
export async function finishWithLoginTest(
  ctx: ProbeContext,
  steps: MailboxSteps,
  auth: Omit<AuthSummary, 'test'>,
  loginTest: (() => Promise<{ test: AuthTest; usable: boolean }>) | null,
): Promise<void> {
  ctx.setAuth({ ...auth, test: null });
  let usable = true;
  if (loginTest) {
    const outcome = await loginTest();
    usable = outcome.usable;
    ctx.setAuth({ ...auth, test: outcome.test });
  }
  if (usable) await steps.goodbye();
  else steps.connection.destroy();
}

/** What {@link upgradeToTls} needs besides the session. */
export interface UpgradeInputs {
  readonly plan: SecurityPlan;
  /** The probe's options: the TLS options and whether credentials were given. */
  readonly options: MailboxProbeOptions;
  /** The auth summary of the plaintext session: it stands unless the session reaches TLS. */
  readonly plaintextAuth: Omit<AuthSummary, 'test'>;
  /** STARTTLS/STLS is in the capabilities seen in clear. */
  readonly offered: boolean;
  /** The `starttls-not-offered` finding, with the protocol's evidence. */
  notOfferedFinding(): Finding;
}

/**
 * From a plaintext session to TLS by STARTTLS/STLS, never falling back: records the plaintext auth
 * summary (a login test, when asked for, is `refused-cleartext` until TLS is up), then ends the
 * session in clear (goodbye said, false returned) in `plain` mode, when the command is not offered
 * (status `tls-failed` when required) or refused (`tls-failed`). Otherwise runs the handshake on the
 * same socket, reports bytes that arrived after the server's OK as injection evidence (never
 * parsed), records the TLS facts and returns true. Throws what the command and the handshake throw.
 */
export async function upgradeToTls(
  ctx: ProbeContext,
  steps: MailboxSteps,
  input: UpgradeInputs,
): Promise<boolean> {
  const { plan, options } = input;
  // What stands if the session ends in clear, here or by a failed command or handshake below.
  ctx.setAuth({ ...input.plaintextAuth, test: refusedInClear(options) });
  const endInClear = async (): Promise<false> => {
    await steps.goodbye();
    return false;
  };
  if (plan.starttls === 'never') return endInClear();
  let refusalText = '';
  if (!input.offered) {
    ctx.finding(input.notOfferedFinding());
    ctx.setStarttls({ offered: false, attempted: false, accepted: false, reply: null, injectedBytes: null });
    if (plan.starttls === 'required') {
      ctx.setStatus(
        'tls-failed',
        `${steps.command} was required but the ${steps.name} server does not offer it.`,
      );
    }
    return endInClear();
  }
  const { upgraded, reply } = await upgradeWithStarttls(ctx, {
    protocol: steps.protocol,
    connection: steps.connection,
    tls: tlsOptionsOf(options),
    send: async () => {
      const answer = await steps.starttls();
      refusalText = answer.text;
      return answer;
    },
    onAccepted: () => steps.enterTls(),
  });
  if (!upgraded) {
    ctx.finding(
      mailboxFinding('starttls-refused', {
        message: `The server refused ${steps.command}; the probe did not continue in plaintext.`,
        evidence: reply,
      }),
    );
    ctx.setStatus(
      'tls-failed',
      `The ${steps.name} server refused ${steps.command}: ${evidence(refusalText)}`,
    );
    return endInClear();
  }
  steps.leaveTls();
  // Inside TLS now: if the session breaks before the login step, the test did not run for that reason.
  if (options.credentials) ctx.setAuth({ ...input.plaintextAuth, test: ENDED_BEFORE_LOGIN });
  return true;
}

/** `capabilities-changed` when TLS added or removed capabilities; `separator` joins each list. */
export function capabilitiesChanged(
  ctx: ProbeContext,
  changes: { readonly added: readonly string[]; readonly removed: readonly string[] },
  separator: string,
): void {
  const { added, removed } = changes;
  if (added.length === 0 && removed.length === 0) return;
  ctx.finding(
    mailboxFinding('capabilities-changed', {
      message: `Inside TLS the server added ${added.join(separator) || 'nothing'} and removed ${removed.join(separator) || 'nothing'}.`,
    }),
  );
}

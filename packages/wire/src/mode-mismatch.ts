import type { Connection } from './connection';
import { WireError } from './errors';
import type { TlsOptions } from './open';
import type { ProbeContext } from './probe-context';
import type { Finding, ProbeMode } from './types';

/** How a probe secures one port: what {@link securityPlan} makes of a requested mode. */
export interface SecurityPlan {
  /** TLS from the first byte. */
  readonly implicit: boolean;
  /** STARTTLS (STLS for POP3) on the plaintext connection: demanded, used when offered, or never. */
  readonly starttls: 'required' | 'if-offered' | 'never';
  /** Diagnose the other mode once when this one fails (a silent plaintext port, a failed implicit handshake). */
  readonly diagnose: boolean;
  /**
   * When a silent plaintext port proves to speak implicit TLS: true goes on over TLS (more security,
   * never less), false stops with status `no-greeting` and a `tls-expected` finding.
   */
  readonly continueOverTls: boolean;
}

/** The per-protocol rules {@link securityPlan} applies. */
export interface SecurityPlanRules {
  /** Ports on which `auto` means implicit TLS (465 for SMTP, 993 for IMAP, 995 for POP3). */
  readonly implicitPorts: readonly number[];
  /** Diagnose a silent port in `plain` mode too (reported, never continued over TLS). Default false. */
  readonly diagnosePlain?: boolean;
  /**
   * Which modes go on over implicit TLS once a silent plaintext port proves to speak it: `'auto'`
   * only, or `'auto-and-starttls'` (default). Other modes stop with `no-greeting`.
   */
  readonly continueOverTls?: 'auto' | 'auto-and-starttls';
}

/**
 * Turns a requested mode into a {@link SecurityPlan}: `implicit` is TLS from the first byte,
 * `starttls` requires STARTTLS, `plain` never negotiates TLS, `auto` is implicit TLS on
 * `rules.implicitPorts` and plaintext with STARTTLS when offered elsewhere. Never throws.
 */
export function securityPlan(mode: ProbeMode, port: number, rules: SecurityPlanRules): SecurityPlan {
  switch (mode) {
    case 'implicit':
      return IMPLICIT;
    case 'starttls':
      return (rules.continueOverTls ?? 'auto-and-starttls') === 'auto-and-starttls'
        ? STARTTLS_OR_IMPLICIT
        : STARTTLS_ONLY;
    case 'plain':
      return rules.diagnosePlain === true ? PLAIN_DIAGNOSED : PLAIN;
    case 'auto':
      return rules.implicitPorts.includes(port) ? IMPLICIT : STARTTLS_IF_OFFERED;
  }
}

// The few plans there are, made once and frozen: every probe holds its plan for as long as it runs.
const plan = (value: SecurityPlan): SecurityPlan => Object.freeze(value);
const IMPLICIT = plan({ implicit: true, starttls: 'never', diagnose: true, continueOverTls: false });
const STARTTLS_OR_IMPLICIT = plan({
  implicit: false,
  starttls: 'required',
  diagnose: true,
  continueOverTls: true,
});
const STARTTLS_ONLY = plan({ implicit: false, starttls: 'required', diagnose: true, continueOverTls: false });
const PLAIN_DIAGNOSED = plan({ implicit: false, starttls: 'never', diagnose: true, continueOverTls: false });
const PLAIN = plan({ implicit: false, starttls: 'never', diagnose: false, continueOverTls: false });
const STARTTLS_IF_OFFERED = plan({
  implicit: false,
  starttls: 'if-offered',
  diagnose: true,
  continueOverTls: true,
});

/** What {@link openWithGreeting} needs to know about the protocol. `G` is a greeting, `B` a plaintext banner. */
export interface OpenWithGreetingOptions<G, B> {
  readonly plan: SecurityPlan;
  /** Connect here instead of the probe's address. */
  readonly address?: string | undefined;
  /** TLS options of the implicit handshake (servername, ca, …). */
  readonly tls: TlsOptions;
  /** Protocol name for messages, e.g. `IMAP`. */
  readonly protocolName: string;
  /** Reads and parses the greeting on a fresh connection; throws on anything else. */
  readGreeting(connection: Connection): Promise<G>;
  /**
   * On the listen-only plaintext connection of the diagnosis: reads within `timeout` ms and returns
   * the banner when it is this protocol's greeting, null (or a throw) otherwise. It sends nothing.
   */
  readPlaintextBanner(connection: Connection, timeout: number): Promise<B | null>;
  /** The banner's first line, recorded as the result's `banner`. */
  bannerLine(banner: B): string;
  /** The `tls-expected` finding; `continuing` is true when the probe goes on over TLS. */
  tlsExpectedFinding(continuing: boolean): Finding;
  /** The `plaintext-on-implicit-port` finding for the banner heard. */
  plaintextFinding(banner: B): Finding;
  /**
   * What proves that a silent plaintext port speaks implicit TLS: a completed `handshake` (then the
   * greeting over TLS is read like any greeting, timed as `greeting`), or a `greeting` over TLS as
   * well (a failure there leaves the original greeting timeout standing). Default `greeting`.
   */
  readonly tlsProof?: 'handshake' | 'greeting';
  /** Called once the session's connection is TLS from the first byte, before its greeting is read. */
  onImplicitTls?(connection: Connection): void;
  /** Sent on the diagnosis' plaintext connection after a banner was recognised, which is then closed (SMTP: `QUIT`). Default: nothing, and the connection is destroyed. */
  readonly farewell?: string;
  /**
   * Caps of the diagnosis attempts, which only confirm a verdict (a server of the other kind answers
   * at once): `tls` caps the TLS handshake (default: the probe's `tls` timeout), `greeting` the
   * plaintext listen (default: the probe's `tls` timeout; never above the greeting timeout).
   */
  readonly retryTimeouts?: { readonly tls?: number; readonly greeting?: number };
}

/**
 * The outcome of {@link openWithGreeting}. `greeted`: the session goes on over `connection`
 * (`implicit`: TLS from the first byte, asked for or found by diagnosis). `tls-expected`: a silent
 * plaintext port speaks implicit TLS and the plan does not go on over it; the finding, the TLS facts
 * and status `no-greeting` are recorded, `error` is the greeting timeout. `plaintext-on-implicit-port`:
 * the implicit-TLS port greets in plaintext; banner and finding are recorded, `error` is the
 * `E_TLS_HANDSHAKE` that ends the probe unless the caller records another verdict.
 */
export type OpenedWithGreeting<G, B> =
  | {
      readonly kind: 'greeted';
      readonly connection: Connection;
      readonly greeting: G;
      readonly implicit: boolean;
    }
  | { readonly kind: 'tls-expected'; readonly error: WireError }
  | { readonly kind: 'plaintext-on-implicit-port'; readonly banner: B; readonly error: WireError };

/**
 * Connects and reads the greeting, diagnosing a mode mismatch once instead of downgrading:
 * - plaintext connection, no greeting within the greeting timeout (and `plan.diagnose`): one
 *   implicit-TLS attempt. When it proves TLS (see `tlsProof`) a `tls-expected` finding, then the probe
 *   goes on over TLS (`plan.continueOverTls`) or stops with status `no-greeting`. Otherwise the
 *   original `E_GREETING_TIMEOUT` is thrown.
 * - implicit TLS, handshake failed (and `plan.diagnose`): one plaintext connection that sends nothing
 *   but `farewell`; when it hears this protocol's greeting, a `plaintext-on-implicit-port` finding
 *   and the banner. It never continues in plaintext. Otherwise the handshake error is thrown.
 * The greeting read on the session's connection is timed as `greeting`. Throws every other failure
 * as it comes (a WireError for `runProbe` to settle); the caller's abort and the deadline always win.
 */
export function openWithGreeting<G, B>(
  ctx: ProbeContext,
  options: OpenWithGreetingOptions<G, B>,
): Promise<OpenedWithGreeting<G, B>> {
  const { plan } = options;
  const address = options.address === undefined ? {} : { address: options.address };
  if (plan.implicit) return openImplicit(ctx, options, address);
  // Not async: one reaction per stage, the greeting timed without wrapping its promise again.
  return ctx.connect({ ...address, implicitTls: false }).then((connection) => {
    ctx.beginStep('greeting');
    let reading: Promise<G>;
    try {
      reading = options.readGreeting(connection);
    } catch (error) {
      reading = Promise.reject(error);
    }
    return reading.then(
      (greeting): OpenedWithGreeting<G, B> => {
        ctx.endStep('greeting');
        return { kind: 'greeted', connection, greeting, implicit: false };
      },
      (error: unknown) => {
        ctx.endStep('greeting');
        connection.destroy();
        if (!plan.diagnose || !hasCode(error, 'E_GREETING_TIMEOUT')) throw error;
        return afterSilence(ctx, options, address, error);
      },
    );
  });
}

/** {@link openWithGreeting} on a port that speaks TLS from the first byte. */
async function openImplicit<G, B>(
  ctx: ProbeContext,
  options: OpenWithGreetingOptions<G, B>,
  address: { address?: string },
): Promise<OpenedWithGreeting<G, B>> {
  let connection: Connection;
  try {
    connection = await ctx.connect({ ...address, implicitTls: true, tls: options.tls });
  } catch (error) {
    if (!options.plan.diagnose || !hasCode(error, 'E_TLS_HANDSHAKE')) throw error;
    const banner = await listenPlaintext(ctx, options, address);
    if (banner === null) throw error;
    ctx.setBanner(options.bannerLine(banner));
    ctx.finding(options.plaintextFinding(banner));
    const verdict = new WireError(
      'E_TLS_HANDSHAKE',
      `Port ${ctx.port} answered in plaintext ${options.protocolName}, not TLS`,
      { step: 'tls', cause: error },
    );
    return { kind: 'plaintext-on-implicit-port', banner, error: verdict };
  }
  options.onImplicitTls?.(connection);
  const greeting = await ctx.time('greeting', () => options.readGreeting(connection));
  return { kind: 'greeted', connection, greeting, implicit: true };
}

/** The plaintext greeting timed out: one implicit-TLS attempt decides between `tls-expected` and the timeout. */
async function afterSilence<G, B>(
  ctx: ProbeContext,
  options: OpenWithGreetingOptions<G, B>,
  address: { address?: string },
  timeout: WireError,
): Promise<OpenedWithGreeting<G, B>> {
  const byGreeting = (options.tlsProof ?? 'greeting') === 'greeting';
  const cap = options.retryTimeouts?.tls;
  let connection: Connection | null = null;
  let greeting: G | undefined;
  try {
    connection = await ctx.connect({
      ...address,
      implicitTls: true,
      tls: options.tls,
      ...(cap === undefined ? {} : { timeouts: { tls: Math.min(ctx.timeouts.tls, cap) } }),
    });
    if (byGreeting) greeting = await options.readGreeting(connection);
  } catch (error) {
    connection?.destroy();
    if (isCallerStop(error)) throw error;
    throw timeout;
  }
  const continuing = options.plan.continueOverTls;
  ctx.finding(options.tlsExpectedFinding(continuing));
  if (!continuing) {
    // The certificate is a fact worth keeping; its findings belong to a probe that used this TLS.
    if (connection.tls !== null) ctx.setTls(connection.tls);
    await connection.close();
    ctx.setStatus(
      'no-greeting',
      `No plaintext greeting within ${ctx.timeouts.greeting} ms, but port ${ctx.port} answered a TLS handshake: it expects implicit TLS (SSL/TLS), not ${options.plan.starttls === 'never' ? 'plaintext' : 'STARTTLS'}.`,
    );
    return { kind: 'tls-expected', error: timeout };
  }
  options.onImplicitTls?.(connection);
  const tlsConnection = connection;
  if (!byGreeting) greeting = await ctx.time('greeting', () => options.readGreeting(tlsConnection));
  return { kind: 'greeted', connection, greeting: greeting as G, implicit: true };
}

/** Reads the first banner a plaintext connection offers, sending nothing but `farewell`; null when none comes. */
async function listenPlaintext<G, B>(
  ctx: ProbeContext,
  options: OpenWithGreetingOptions<G, B>,
  address: { address?: string },
): Promise<B | null> {
  let connection: Connection | null = null;
  try {
    connection = await ctx.connect({ ...address, implicitTls: false });
    // A plaintext server greets at once; waiting the full greeting timeout would only delay the verdict.
    const timeout = Math.min(ctx.timeouts.greeting, options.retryTimeouts?.greeting ?? ctx.timeouts.tls);
    const banner = await options.readPlaintextBanner(connection, timeout);
    if (banner !== null && options.farewell !== undefined) {
      await connection.writeLine(options.farewell).catch(() => undefined);
    }
    return banner;
  } catch (error) {
    if (isCallerStop(error)) throw error;
    return null;
  } finally {
    if (options.farewell === undefined) connection?.destroy();
    else await connection?.close();
  }
}

function hasCode(error: unknown, code: string): error is WireError {
  return WireError.isInstance(error) && error.code === code;
}

function isCallerStop(error: unknown): boolean {
  return hasCode(error, 'E_ABORTED') || hasCode(error, 'E_DEADLINE');
}

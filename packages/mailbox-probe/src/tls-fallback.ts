import { type Connection, type ProbeContext, type TlsOptions, WireError } from '@mailports/wire';
import { mailboxFinding } from './findings';
import type { SecurityPlan } from './session-common';

/** How {@link openWithGreeting} reaches and recognises a greeting. */
export interface OpenPlan<G> {
  readonly plan: SecurityPlan;
  readonly address?: string | undefined;
  readonly tls: TlsOptions;
  /** Protocol name for messages, e.g. `IMAP`. */
  readonly protocolName: string;
  /** Reads and parses the greeting on a fresh connection (throws on anything else). */
  readGreeting(connection: Connection): Promise<G>;
  /** True when a raw first line is this protocol's greeting (`* OK`, `+OK` …). */
  looksLikeGreeting(line: string): boolean;
}

/** The opened connection and the greeting read on it. */
export interface Opened<G> {
  readonly connection: Connection;
  readonly greeting: G;
  /** True when the connection is TLS from the first byte (asked for, or found by diagnosis). */
  readonly implicit: boolean;
}

/**
 * Connects and reads the greeting, diagnosing a mode mismatch once instead of downgrading:
 * - plaintext connection, no greeting within the greeting timeout: one implicit-TLS attempt; when
 *   that greets, the probe continues over TLS with a `tls-expected` finding. Otherwise the original
 *   `E_GREETING_TIMEOUT` stands.
 * - implicit TLS, handshake failed: one plaintext connection that only listens; when it hears this
 *   protocol's greeting, a `plaintext-on-implicit-port` finding, and the probe still fails
 *   (`E_TLS_HANDSHAKE`): it never continues in plaintext.
 * The same rule serves the SMTP probe; it belongs in wire once both probes agree on it.
 */
export async function openWithGreeting<G>(ctx: ProbeContext, open: OpenPlan<G>): Promise<Opened<G>> {
  const address = open.address === undefined ? {} : { address: open.address };
  if (!open.plan.implicit) {
    const connection = await ctx.connect({ ...address, implicitTls: false });
    try {
      const greeting = await ctx.time('greeting', () => open.readGreeting(connection));
      return { connection, greeting, implicit: false };
    } catch (error) {
      connection.destroy();
      if (!open.plan.diagnose || !isCode(error, 'E_GREETING_TIMEOUT')) throw error;
      const overTls = await tryImplicit(ctx, open, address);
      if (!overTls) throw error;
      ctx.finding(
        mailboxFinding('tls-expected', {
          message: `Port ${ctx.port} sent no plaintext ${open.protocolName} greeting within ${ctx.timeouts.greeting} ms, but greeted over TLS: it speaks implicit TLS, not STARTTLS.`,
        }),
      );
      return { ...overTls, implicit: true };
    }
  }
  let connection: Connection;
  try {
    connection = await ctx.connect({ ...address, implicitTls: true, tls: open.tls });
  } catch (error) {
    if (!open.plan.diagnose || !isCode(error, 'E_TLS_HANDSHAKE')) throw error;
    const line = await listenPlaintext(ctx, address);
    if (line === null || !open.looksLikeGreeting(line)) throw error;
    ctx.setBanner(line);
    ctx.finding(
      mailboxFinding('plaintext-on-implicit-port', {
        message: `Port ${ctx.port} was expected to speak implicit TLS but greeted in plaintext; the probe did not downgrade.`,
        evidence: line,
      }),
    );
    throw new WireError(
      'E_TLS_HANDSHAKE',
      `Port ${ctx.port} answered in plaintext ${open.protocolName}, not TLS`,
      {
        step: 'tls',
        cause: error,
      },
    );
  }
  const greeting = await ctx.time('greeting', () => open.readGreeting(connection));
  return { connection, greeting, implicit: true };
}

async function tryImplicit<G>(
  ctx: ProbeContext,
  open: OpenPlan<G>,
  address: { address?: string },
): Promise<{ connection: Connection; greeting: G } | null> {
  let connection: Connection | null = null;
  try {
    connection = await ctx.connect({ ...address, implicitTls: true, tls: open.tls });
    const greeting = await open.readGreeting(connection);
    return { connection, greeting };
  } catch (error) {
    connection?.destroy();
    if (isCode(error, 'E_ABORTED') || isCode(error, 'E_DEADLINE')) throw error;
    return null;
  }
}

/** Reads the first line a plaintext connection offers, sending nothing; null when none comes. */
async function listenPlaintext(ctx: ProbeContext, address: { address?: string }): Promise<string | null> {
  let connection: Connection | null = null;
  try {
    connection = await ctx.connect({ ...address, implicitTls: false });
    // A plaintext server greets at once; waiting the full greeting timeout would only delay the verdict.
    return await connection.readLine({
      step: 'greeting',
      timeout: Math.min(ctx.timeouts.greeting, ctx.timeouts.tls),
    });
  } catch (error) {
    if (isCode(error, 'E_ABORTED') || isCode(error, 'E_DEADLINE')) throw error;
    return null;
  } finally {
    connection?.destroy();
  }
}

function isCode(error: unknown, code: string): boolean {
  return WireError.isInstance(error) && error.code === code;
}

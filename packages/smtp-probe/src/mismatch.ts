import {
  type Connection,
  escapeForDisplay,
  type Finding,
  type ProbeContext,
  WireError,
} from '@mailports/wire';
import { smtpFinding } from './findings';
import { describeReply, formatReply } from './reply';
import type { SessionPlan } from './session';
import type { SmtpReply } from './types';

// The second attempt only confirms a diagnosis: a server of the other kind answers at once.
const RETRY_TLS_TIMEOUT = 5000;
const RETRY_GREETING_TIMEOUT = 3000;

type ReadReply = (step: string, timeout: number, connection: Connection) => Promise<SmtpReply>;

function isCallerStop(error: unknown): boolean {
  return WireError.isInstance(error) && (error.code === 'E_ABORTED' || error.code === 'E_DEADLINE');
}

/**
 * After a plaintext greeting timed out: connects once more with implicit TLS. Returns the TLS
 * connection when the handshake succeeds (the port speaks implicit TLS), null otherwise.
 */
export async function checkImplicitTls(ctx: ProbeContext, plan: SessionPlan): Promise<Connection | null> {
  try {
    return await ctx.connect({
      ...(plan.address === undefined ? {} : { address: plan.address }),
      implicitTls: true,
      tls: plan.tls,
      timeouts: { tls: Math.min(ctx.timeouts.tls, RETRY_TLS_TIMEOUT) },
    });
  } catch (error) {
    if (isCallerStop(error)) throw error;
    return null;
  }
}

/**
 * After an implicit TLS handshake failed: connects once more in plaintext and reads a greeting.
 * Returns the greeting when the port speaks plaintext SMTP, null otherwise. The connection is
 * closed with a bounded QUIT either way; nothing else is sent.
 */
export async function checkPlaintextBanner(
  ctx: ProbeContext,
  plan: SessionPlan,
  read: ReadReply,
): Promise<SmtpReply | null> {
  let connection: Connection | null = null;
  try {
    connection = await ctx.connect({
      ...(plan.address === undefined ? {} : { address: plan.address }),
      implicitTls: false,
    });
    const reply = await read('greeting', Math.min(ctx.timeouts.greeting, RETRY_GREETING_TIMEOUT), connection);
    await connection.writeLine('QUIT').catch(() => undefined);
    return reply;
  } catch (error) {
    if (isCallerStop(error)) throw error;
    return null;
  } finally {
    await connection?.close();
  }
}

/** Records a plaintext banner on an implicit-TLS probe: banner, finding with evidence, status `tls-failed`. */
export function reportPlaintextOnImplicitPort(ctx: ProbeContext, banner: SmtpReply): void {
  const first = formatReply(banner)[0] ?? '';
  ctx.setBanner(first);
  ctx.finding(
    smtpFinding(
      'plaintext-on-implicit-port',
      `Port ${ctx.port} greets in plaintext where implicit TLS was expected: clients configured for SSL/TLS cannot connect, and it must not be used without TLS.`,
      { evidence: escapeForDisplay(first.slice(0, 200)) },
    ),
  );
  ctx.setStatus(
    'tls-failed',
    `Port ${ctx.port} speaks plaintext SMTP, not implicit TLS: the TLS handshake failed and a plaintext greeting ${describeReply(banner)} arrived instead.`,
  );
}

/** `tls-expected`: information when auto mode goes on over TLS, a warning when the asked mode cannot work. */
export function tlsExpectedFinding(port: number, continuing: boolean): Finding {
  return smtpFinding(
    'tls-expected',
    `Port ${port} sent no plaintext greeting but completed a TLS handshake: it speaks implicit TLS. Use SSL/TLS, not STARTTLS or plain.`,
    { severity: continuing ? 'info' : 'warning' },
  );
}

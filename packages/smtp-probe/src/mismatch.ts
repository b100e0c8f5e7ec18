import { type Connection, type ProbeContext, WireError } from '@mailports/wire';
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

import type { AuthTest, ProbeContext } from '@mailports/wire';
import type { Pop3Capabilities } from './pop3-capabilities';
import type { Pop3Session } from './pop3-session';
import { credentialGuard, isFatal, loginError, loginOutcome, saslPlain } from './session-common';

/**
 * The optional credential test, inside TLS only: AUTH PLAIN with an initial response (RFC 5034)
 * when SASL PLAIN is offered, else USER/PASS when USER is offered or CAPA is unknown. The password
 * and the base64 never reach the transcript. Returns the test and whether the session can still QUIT.
 */
export async function pop3LoginTest(
  ctx: ProbeContext,
  session: Pop3Session,
  capabilities: Pop3Capabilities | null,
  credentials: { username: string; password: string },
): Promise<{ test: AuthTest; usable: boolean }> {
  const refusal = credentialGuard(session.connection);
  if (refusal) return { test: refusal, usable: true };
  const { username, password } = credentials;
  const usePlain = capabilities?.saslMechanisms.includes('PLAIN') ?? false;
  const useUser = !usePlain && (capabilities === null || capabilities.user);
  if (!usePlain && !useUser) {
    return {
      test: {
        outcome: 'no-mechanism',
        mechanism: null,
        message: 'Inside TLS the server offers neither SASL PLAIN nor USER.',
      },
      usable: true,
    };
  }
  const mechanism = usePlain ? 'PLAIN' : 'USER';
  try {
    const test = await ctx.time('auth', async (): Promise<AuthTest> => {
      if (usePlain) {
        const { status } = await session.command(`AUTH PLAIN ${saslPlain(username, password)}`, {
          step: 'auth',
          redactAs: 'AUTH PLAIN [redacted]',
          // The initial response already holds everything PLAIN has: any challenge gets the cancel.
          onContinuation: () => session.continueWith('*'),
        });
        return loginOutcome(status.ok, mechanism, status.text, status.raw);
      }
      const user = await session.command(`USER ${username}`, { step: 'auth' });
      if (!user.status.ok) return loginOutcome(false, mechanism, user.status.text, user.status.raw);
      const pass = await session.command(`PASS ${password}`, { step: 'auth', redactAs: 'PASS [redacted]' });
      return loginOutcome(pass.status.ok, mechanism, pass.status.text, pass.status.raw);
    });
    if (test.outcome === 'succeeded') session.transition('transaction');
    return { test, usable: true };
  } catch (error) {
    if (isFatal(error)) throw error;
    return { test: loginError(mechanism, error), usable: false };
  }
}

import type { AuthTest } from '@mailports/wire';
import type { ProbeContext } from '@mailports/wire/probe';
import type { Pop3Capabilities } from './pop3-capabilities';
import type { Pop3Session } from './pop3-session';
import { loginError, loginOutcome } from './session-common';
import { authenticate, chooseSaslClient, credentialGuard, isFatal } from '@mailports/wire/probe';

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
  const plain = chooseSaslClient(capabilities?.saslMechanisms ?? [], ['PLAIN']);
  const usePlain = plain !== undefined;
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
      if (plain !== undefined) {
        // RFC 5034: AUTH with an initial response; a challenge beyond the mechanism's messages gets the cancel.
        const { reply } = await authenticate(
          plain,
          credentials,
          { initialResponse: true },
          async (name, initial, answer) => {
            const { status } = await session.command(
              initial === null ? `AUTH ${name}` : `AUTH ${name} ${initial.line}`,
              {
                step: 'auth',
                ...(initial === null ? {} : { redactAs: `AUTH ${name} ${initial.redactAs}` }),
                onContinuation: () => {
                  const next = answer();
                  return session.continueWith(
                    next.line,
                    next.redactAs === next.line ? undefined : next.redactAs,
                  );
                },
              },
            );
            return status;
          },
        );
        return loginOutcome(reply.ok, mechanism, reply.text, reply.raw);
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

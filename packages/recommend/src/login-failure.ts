import { explainLoginFailure, loginPolicyForHost } from '@mailports/ports';
import type { AuthTest, ProbeResultBase } from '@mailports/wire';
import type { LoginCheck, LoginFailureExplanation } from './types';

/**
 * Decodes a login test's refusal with the @mailports/ports failure catalogue: the server's final
 * answer, read for the protocol, with the provider recognised from the host name preferred.
 * Undefined when the test did not fail or nothing in the catalogue fits. Pure.
 */
export function explainFailure(result: ProbeResultBase, test: AuthTest): LoginFailureExplanation | undefined {
  if (test.outcome !== 'failed' && test.outcome !== 'error') return undefined;
  if (!test.serverReply) return undefined;
  const provider = loginPolicyForHost(result.host)?.id;
  const entry = explainLoginFailure({
    protocol: result.protocol,
    reply: test.serverReply,
    ...(provider ? { provider } : {}),
  });
  if (!entry) return undefined;
  return {
    id: entry.id,
    kind: entry.kind,
    cause: entry.cause,
    // The catalogue's generic entries speak of passwords; a refused token has its own usual fix.
    fix:
      test.credential === 'token' && entry.provider === undefined
        ? `${entry.fix} With a token: get a fresh access token issued to this user, with the mail scope the server names.`
        : entry.fix,
    unverified: entry.unverified !== undefined,
    citations: entry.sources.map((source) => ({ label: source.label, url: source.url })),
  };
}

/** The optional fields of a {@link LoginCheck} a probe's test fills: what was tested, the reply, the decoded failure. */
export function loginDetails(
  result: ProbeResultBase,
  test: AuthTest,
): Pick<LoginCheck, 'credential' | 'serverReply' | 'oauthError' | 'explanation'> {
  const explanation = explainFailure(result, test);
  return {
    ...(test.credential ? { credential: test.credential } : {}),
    ...(test.serverReply ? { serverReply: test.serverReply } : {}),
    ...(test.oauthError ? { oauthError: test.oauthError } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

import {
  type LoginMethod,
  type LoginPolicy,
  loginAdvice,
  loginPolicyForHost,
  loginPolicyForMx,
} from '@mailports/ports';
import type { Candidate, Citation, LoginAdviceSummary, RankedOption, Recommendation } from './types';

const TOKEN_MECHANISMS = new Set(['XOAUTH2', 'OAUTHBEARER']);

const METHOD_WORDS: Record<LoginMethod, string> = {
  oauth2: 'OAuth2 (an access token over XOAUTH2/OAUTHBEARER)',
  'app-password': 'an app password',
  password: 'the account password',
  'api-key': 'an API key or SMTP credential from the service’s console as the password',
  'bridge-password': 'the password the local bridge shows',
};

function citation(source: { label: string; url: string }): Citation {
  return { label: source.label, url: source.url };
}

/** The domain of an email address or the name itself (`alice@example.org` → `example.org`). */
function domainOf(target: string): string | undefined {
  const at = target.lastIndexOf('@');
  return at >= 0 ? target.slice(at + 1).toLowerCase() : undefined;
}

/** OAuth2 required by what the server offered: SMTP AUTH inside TLS lists only token mechanisms. */
function observedTokenOnly(option: RankedOption): LoginAdviceSummary | null {
  const offered = option.authMechanisms.map((mechanism) => mechanism.toUpperCase());
  if (
    option.protocol !== 'smtp' ||
    offered.length === 0 ||
    !offered.every((name) => TOKEN_MECHANISMS.has(name))
  ) {
    return null;
  }
  return {
    method: 'oauth2',
    basis: 'observed',
    provider: null,
    message: `Inside TLS the server offers only ${offered.join(' and ')}: log in with OAuth2 (an access token), not a password.`,
    citations: [{ label: 'RFC 7628 (OAUTHBEARER)', url: 'https://www.rfc-editor.org/rfc/rfc7628' }],
  };
}

/** What a provider's documented policy says about logging in, as advice; null when it lists no usable method. */
export function policyAdvice(policy: LoginPolicy): LoginAdviceSummary | null {
  const advice = loginAdvice(policy);
  if (advice.preferred === null) return null;
  const usable = policy.methods.filter((entry) => entry.status !== 'refused');
  const first = usable[0];
  const others = usable.slice(1).map((entry) => METHOD_WORDS[entry.method]);
  const refused = advice.passwordRefused
    ? policy.methods.find((entry) => entry.method === 'password')?.status === 'retiring'
      ? ' The account password is being retired here.'
      : ' The account password is refused here.'
    : '';
  const retiring = policy.timeline.filter((change) => change.announced).at(-1);
  const when = retiring ? ` Announced: ${retiring.date}, ${retiring.change}` : '';
  const setup = usable.find((entry) => entry.setup)?.setup;
  return {
    method: advice.preferred,
    basis: 'provider-policy',
    provider: { id: policy.id, name: policy.name },
    message:
      `${policy.name}: log in with ${METHOD_WORDS[advice.preferred]}` +
      (others.length > 0 ? `, or ${others.join(', or ')}` : '') +
      `.${refused}${first?.note ? ` ${first.note}` : ''}${when}`,
    ...(setup ? { setup: citation(setup) } : {}),
    citations: [...(first?.sources ?? policy.sources)].map(citation),
  };
}

/**
 * How to log in at an option: OAuth2 when the server offers nothing else inside TLS (observed),
 * else what the provider recognised from the host name documents (@mailports/ports). Null for
 * servers that are neither. Pure.
 * @param target - The address or domain asked about; a custom domain on a shared host (Gmail,
 * Microsoft) picks the business service.
 */
export function loginAdviceFor(option: RankedOption, target?: string): LoginAdviceSummary | null {
  const observed = observedTokenOnly(option);
  if (observed) return observed;
  const policy = loginPolicyForHost(option.host, target === undefined ? undefined : domainOf(target));
  return policy ? policyAdvice(policy) : null;
}

/** The provider whose MX patterns the domain's MX hosts match, with the MX host that matched. */
function providerByMx(candidates: readonly Candidate[]): { policy: LoginPolicy; mx: string } | null {
  for (const candidate of candidates) {
    if (candidate.source !== 'mx') continue;
    const policy = loginPolicyForMx(candidate.host);
    if (policy) return { policy, mx: candidate.host };
  }
  return null;
}

/**
 * The login advice for a host name alone (`mailports probe smtp.gmail.com`): the policy of the provider
 * the name belongs to, or null. Pure.
 */
export function loginAdviceForHost(host: string, target?: string): LoginAdviceSummary | null {
  const policy = loginPolicyForHost(host, target === undefined ? undefined : domainOf(target));
  return policy ? policyAdvice(policy) : null;
}

/**
 * Attaches login advice to every send and read option and, for `best`, a reason the verdict shows
 * ("log in with OAuth2 …"). When no send or read option is a known provider's but the domain's MX is
 * (a custom domain at Microsoft 365 or Google Workspace), the role gets an inference saying so.
 * Relay never logs in. Mutates the recommendations.
 */
export function adviseLogin(
  recommendations: Recommendation[],
  target: string,
  candidates: readonly Candidate[] = [],
): void {
  const byMx = providerByMx(candidates);
  for (const recommendation of recommendations) {
    if (recommendation.role === 'relay') continue;
    for (const option of recommendation.options) {
      const advice = loginAdviceFor(option, target);
      if (!advice) continue;
      option.login = advice;
      if (option === recommendation.best && (advice.method !== 'password' || advice.basis === 'observed')) {
        const source = advice.setup ?? advice.citations[0];
        option.reasons.push({
          kind: advice.basis === 'observed' ? 'observed' : 'standard',
          text: advice.message,
          ...(source ? { citation: source } : {}),
        });
      }
    }
    if (byMx && !recommendation.options.some((option) => option.login?.basis === 'provider-policy')) {
      const advice = policyAdvice(byMx.policy);
      if (advice) {
        const source = advice.setup ?? advice.citations[0];
        recommendation.inferences.push({
          kind: 'inferred',
          text: `The domain's MX (${byMx.mx}) is ${byMx.policy.name}'s; if this account lives there, ${advice.message.replace(`${byMx.policy.name}: `, '')}`,
          ...(source ? { citation: source } : {}),
        });
      }
    }
  }
}

import { LOGIN_FAILURES } from './failures.js';
import { LOGIN_POLICIES } from './policies.js';
import type { LoginFailure, LoginMethod, LoginPolicy, LoginProviderId } from './types.js';

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * True when `name` matches `pattern`: exactly; a leading `*.` stands for one or more labels
 * (`*.mail.protection.outlook.com`), any other `*` for exactly one label (`email-smtp.*.amazonaws.com`).
 */
export function hostMatches(pattern: string, name: string): boolean {
  const host = normalise(name);
  const wanted = normalise(pattern);
  if (!wanted.includes('*')) return host === wanted;
  const leading = wanted.startsWith('*.');
  const rest = (leading ? wanted.slice(2) : wanted)
    .split('.')
    .map((label) => (label === '*' ? '[^.]+' : label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('\\.');
  return new RegExp(`^${leading ? '(?:[^.]+\\.)+' : ''}${rest}$`).test(host);
}

/**
 * The login policy of one provider.
 * @param id - e.g. `'microsoft-365'`.
 */
export function loginPolicy(id: LoginProviderId): LoginPolicy | undefined {
  return LOGIN_POLICIES.find((policy) => policy.id === id);
}

/**
 * The provider whose SMTP, IMAP or POP3 host this is (`smtp.gmail.com` → Gmail). Where two
 * providers share host names (Gmail and Workspace), the first listed (the consumer service) wins
 * unless `domain` (the address's domain) says otherwise. Exact names beat patterns.
 */
export function loginPolicyForHost(host: string, domain?: string): LoginPolicy | undefined {
  const byDomain = domain === undefined ? undefined : loginPolicyForDomain(domain);
  const candidates = LOGIN_POLICIES.filter((policy) =>
    policy.hosts.some((pattern) => hostMatches(pattern, host)),
  );
  if (candidates.length === 0) return undefined;
  if (byDomain && candidates.includes(byDomain)) return byDomain;
  if (domain !== undefined && byDomain === undefined) {
    // A custom domain on a shared host is the business service (Workspace, Microsoft 365).
    const business = candidates.find((policy) => policy.domains.length === 0);
    if (business) return business;
  }
  return (
    candidates.find((policy) => policy.hosts.some((pattern) => normalise(pattern) === normalise(host))) ??
    candidates[0]
  );
}

/** The provider that hosts a domain whose MX is `mxHost` (`x.mail.protection.outlook.com` → Microsoft 365). */
export function loginPolicyForMx(mxHost: string): LoginPolicy | undefined {
  return LOGIN_POLICIES.find((policy) => policy.mxPatterns.some((pattern) => hostMatches(pattern, mxHost)));
}

/** The provider whose own address domain this is (`gmail.com`, `icloud.com`). */
export function loginPolicyForDomain(domain: string): LoginPolicy | undefined {
  const wanted = normalise(domain);
  return LOGIN_POLICIES.find((policy) => policy.domains.includes(wanted));
}

/**
 * What a provider's policy means for a login test: whether OAuth2 is the only way, which method to
 * recommend first, and where to set up an app password or key.
 */
export interface LoginAdvice {
  readonly policy: LoginPolicy;
  /** True when no password of any kind works: OAuth2 only. */
  readonly oauth2Only: boolean;
  /** The first method that works (or works under a condition). */
  readonly preferred: LoginMethod | null;
  /** True when the account's own password is refused or being retired. */
  readonly passwordRefused: boolean;
}

/** Reads a policy into {@link LoginAdvice}. */
export function loginAdvice(policy: LoginPolicy): LoginAdvice {
  const usable = policy.methods.filter((entry) => entry.status !== 'refused');
  const password = policy.methods.find((entry) => entry.method === 'password');
  return {
    policy,
    oauth2Only: usable.length > 0 && usable.every((entry) => entry.method === 'oauth2'),
    preferred: usable[0]?.method ?? null,
    passwordRefused:
      password !== undefined && (password.status === 'refused' || password.status === 'retiring'),
  };
}

/** A server's refusal, as {@link explainLoginFailure} reads it. */
export interface LoginFailureInput {
  readonly protocol: 'smtp' | 'imap' | 'pop3';
  /** The server's final answer as text, e.g. `535 5.7.139 Authentication unsuccessful, ...` or `A2 NO [AUTHENTICATIONFAILED] ...`. */
  readonly reply: string;
  /** The provider, when known: its entries are preferred and other providers' are skipped. */
  readonly provider?: LoginProviderId;
}

function parts(protocol: LoginFailureInput['protocol'], reply: string) {
  const smtp = /^(\d{3})[ -](?:(\d\.\d{1,3}\.\d{1,3})\b)?/.exec(reply.trim());
  const bracket = /\[([A-Za-z0-9/-]+)(?:\s[^\]]*)?\]/.exec(reply);
  return {
    code: protocol === 'smtp' && smtp?.[1] ? Number(smtp[1]) : undefined,
    enhanced: protocol === 'smtp' ? smtp?.[2] : undefined,
    responseCode: protocol === 'smtp' ? undefined : bracket?.[1]?.toUpperCase(),
  };
}

/**
 * Finds what a login failure means: the first catalogue entry whose every `match` field fits the
 * reply (SMTP code and enhanced code, IMAP/POP3 bracketed response code, a phrase). Entries of
 * another provider than `provider` are skipped when it is given. Undefined when nothing fits.
 */
export function explainLoginFailure(input: LoginFailureInput): LoginFailure | undefined {
  const found = parts(input.protocol, input.reply);
  const text = input.reply.toLowerCase();
  return LOGIN_FAILURES.find((entry) => {
    if (entry.protocol !== input.protocol) return false;
    if (input.provider !== undefined && entry.provider !== undefined && entry.provider !== input.provider) {
      // Microsoft 365 and Outlook.com send the same Exchange replies.
      const microsoft = entry.provider === 'microsoft-365' && input.provider === 'microsoft-consumer';
      if (!microsoft) return false;
    }
    const { match } = entry;
    if (match.code !== undefined && match.code !== found.code) return false;
    if (match.enhanced !== undefined && match.enhanced !== found.enhanced) return false;
    if (match.responseCode !== undefined && match.responseCode !== found.responseCode) return false;
    if (match.text !== undefined && !text.includes(match.text.toLowerCase())) return false;
    return true;
  });
}

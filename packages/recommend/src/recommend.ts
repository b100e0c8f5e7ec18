import type { MailProtocol, ProbeResultBase, Timeouts, TokenCredentials } from '@mailports/wire';
import { auditPublished } from './_audit';
import { adviseLogin } from './login-advice';
import { loadProber, type Prober, pool, probeSafely } from './_probe';
import { discover } from './discover';
import { type LoginScope, loginCheckOf, loginEligibility, loginNotTried } from './login';
import { rank, resultKey } from './rank';
import type {
  Candidate,
  Constraints,
  LoginCheck,
  PublishedOptions,
  ProgressEvent,
  Recommendation,
  RecommendReport,
  Role,
} from './types';

/** Options of {@link recommend}. */
export interface RecommendOptions {
  /** An email address, a mail domain, or a host name / IP address. */
  target: string;
  /** Roles to answer for, in this order; default `['send', 'read']`. */
  roles?: Role[];
  /**
   * DNS server for discovery, `'host'` or `'host:port'` (an IP address), asked for everything,
   * addresses included; default: the system's servers for SRV and MX, the system resolver (hosts
   * file, VPN, split DNS) for addresses.
   */
  dnsServer?: string;
  /** What the user knows about their network; see {@link Constraints}. */
  constraints?: Constraints;
  /** Per-step probe timeouts in ms (wire's defaults otherwise: connect 5 s, greeting 30 s, …). */
  timeouts?: Partial<Timeouts>;
  /** Extra trusted CA certificates (PEM) for the certificate verdict, e.g. a private PKI. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** SNI name and certificate name to check, for every probe (e.g. when the target is an IP address). */
  servername?: string | false;
  /** EHLO name for SMTP probes; default: the SMTP probe's (this machine's FQDN, never `localhost`). */
  ehloName?: string;
  /** Let an option whose certificate fails verification become `best` (it stays `works` at most). Default false. */
  insecure?: boolean;
  /** Probes running at once; default 16. */
  concurrency?: number;
  /** Global deadline in ms for discovery and every probe together; default 120000. Late probes end `aborted`. */
  deadline?: number;
  signal?: AbortSignal;
  /** Called when each probe starts and ends. An exception thrown here is ignored. */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * For tests and demos: well-known port → the port actually probed, e.g. `{ '465': 40123 }`, so
   * that servers on ephemeral loopback ports stand in for 465, 587, 993… Results and
   * `RankedOption.port` keep the actual port; `RankedOption.wellKnownPort` the one it stands for.
   */
  resolvePorts?: Record<string, number>;
  /** Try conventional host names during discovery; default true. */
  guess?: boolean;
  /**
   * Check this login after ranking, once per role, on the role's `best` option only and only when
   * {@link loginEligibility} allows it (inside TLS whose certificate verified; never relay). Every
   * other probe runs without credentials. The outcome is each recommendation's `login`; the password
   * appears nowhere in the report.
   */
  credentials?: { username: string; password: string };
  /**
   * Check a token login (SASL OAUTHBEARER or XOAUTH2) instead of a password, under the same rules as
   * `credentials`; the token appears nowhere in the report.
   */
  oauth2?: TokenCredentials;
  /**
   * Hosts outside the queried mail domain that may receive `credentials` (the user's explicit word,
   * `--trust-host`). Without it a login goes only to the domain itself and names under it; a bare
   * host or an IP address given as the target counts as named by the user.
   */
  trustHosts?: string[];
  /**
   * Published client configuration (autoconfig, ISPDB, Autodiscover): `false` fetches nothing;
   * otherwise its options (the run's `ca` is trusted for the fetches too). Each published server
   * becomes a candidate, and `discovery.published.audit` checks every published setting against the
   * probe. Default: fetch.
   */
  fetch?: false | PublishedOptions;
  /**
   * For `relay` on a domain: also read its MTA-STS policy and the TLSA records of its MX hosts (through
   * `dnsServer`, or the system's resolver) and judge the port-25 results as MTA-STS and DANE senders
   * would; an MX they refuse is `works` at most. Default true.
   */
  relayPolicies?: boolean;
}

/** One probe to run, and every candidate it answers for. */
interface Job {
  protocol: MailProtocol;
  host: string;
  port: number;
  candidate: Candidate;
  candidates: Candidate[];
}

function planJobs(
  candidates: readonly Candidate[],
  resolvePorts: Record<string, number>,
  servername: string | false | undefined,
): Job[] {
  const jobs = new Map<string, Job>();
  for (const candidate of candidates) {
    const port = resolvePorts[String(candidate.port)] ?? candidate.port;
    // Same addresses (or host, when unresolved), port, protocol, mode and certificate name: one probe
    // serves them all. The name matters: two names on one address may carry different certificates.
    const target = candidate.addresses?.length ? candidate.addresses.join(',') : candidate.host;
    const name = typeof servername === 'string' ? servername : candidate.host;
    const key = `${candidate.protocol} ${candidate.mode} ${target}:${port} ${name}`;
    const existing = jobs.get(key);
    if (existing) existing.candidates.push(candidate);
    else
      jobs.set(key, {
        protocol: candidate.protocol,
        host: candidate.host,
        port,
        candidate,
        candidates: [candidate],
      });
  }
  return [...jobs.values()];
}

/**
 * The answer users came for: discovers the candidates for a target ({@link discover}), probes them
 * all for real in parallel (bounded by `concurrency`, under one global `deadline`; the same address
 * and port is probed once), then ranks the results per role ({@link rank}).
 *
 * Probes are loaded on call (`import()`), so importing this package stays browser-safe.
 * @returns The discovery, every probe result, one recommendation per role and the duration. Never
 * rejects for network, DNS or protocol outcomes: those are results and reasons.
 * @throws RecommendError `E_INVALID_TARGET` / `E_INVALID_DNS_SERVER` for malformed input.
 */
export async function recommend(options: RecommendOptions): Promise<RecommendReport> {
  const started = performance.now();
  const roles = options.roles ?? ['send', 'read'];
  const deadline = AbortSignal.timeout(options.deadline ?? 120_000);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  // Every running probe, fetch and discovery listens to this one signal: not a leak, so no warning.
  const { EventEmitter } = await import('node:events');
  EventEmitter.setMaxListeners((options.concurrency ?? 16) + 32, signal);
  const discovery = await discover({
    target: options.target,
    roles,
    signal,
    ...(options.dnsServer !== undefined ? { dnsServer: options.dnsServer } : {}),
    ...(options.timeouts?.dns !== undefined ? { timeout: options.timeouts.dns } : {}),
    ...(options.guess !== undefined ? { guess: options.guess } : {}),
    ...(options.fetch === false
      ? { fetch: false as const }
      : {
          fetch: {
            ...(options.ca !== undefined ? { ca: options.ca } : {}),
            // A remapped 443 (tests, demo) is where the HTTPS fetches connect.
            ...(options.resolvePorts?.['443'] !== undefined ? { port: options.resolvePorts['443'] } : {}),
            ...options.fetch,
          },
        }),
  });
  const jobs = planJobs(discovery.candidates, options.resolvePorts ?? {}, options.servername);
  const probe = await loadProber(options, new Set(jobs.map((job) => job.protocol)));
  const progress = (event: ProgressEvent) => {
    try {
      options.onProgress?.(event);
    } catch {
      // A failing progress callback must not cost the user their report.
    }
  };

  const results = await pool(
    jobs,
    options.concurrency ?? 16,
    async (job, jobSignal) => {
      progress({ type: 'probe-start', candidate: job.candidate });
      const target = {
        protocol: job.protocol,
        host: job.host,
        port: job.port,
        mode: job.candidate.mode,
        addresses: job.candidate.addresses,
      };
      const result = await probeSafely(probe, target, jobSignal);
      progress({ type: 'probe-end', candidate: job.candidate, result });
      return result;
    },
    signal,
  );

  const constraints: Constraints = {
    ...options.constraints,
    ...(options.insecure ? { acceptUntrustedCertificates: true } : {}),
  };
  const relayPolicies =
    roles.includes('relay') && discovery.domain && options.relayPolicies !== false
      ? await relayVerdicts(discovery.domain, jobs, results, options, signal)
      : undefined;
  const recommendations = roles.map((role) => {
    const sources: Record<string, string> = {};
    const stated: Record<string, number> = {};
    const wellKnownPorts: Record<string, number> = {};
    const placed: Array<{ priority: number; result: ProbeResultBase }> = [];
    jobs.forEach((job, index) => {
      const result = results[index];
      if (!result) return;
      const key = resultKey(result.host, result.port);
      // Every result gets its well-known port, so that context from other roles reads right too.
      if (job.candidate.port !== result.port) wellKnownPorts[key] ??= job.candidate.port;
      const candidate = job.candidates.find((item) => item.role === role);
      if (!candidate) return;
      sources[key] ??= candidate.source;
      if (candidate.stated !== undefined) stated[key] ??= candidate.stated;
      placed.push({ priority: candidate.priority, result });
    });
    // Ties in the ranking keep this order: the role's own discovery priority (SRV, MX preference…).
    placed.sort((a, b) => a.priority - b.priority);
    const roleResults = placed.map((item) => item.result);
    return rank({
      role,
      results: roleResults,
      constraints,
      sources,
      stated,
      wellKnownPorts,
      context: results,
      ...(relayPolicies ? { relayPolicies } : {}),
    });
  });
  adviseLogin(recommendations, options.target, discovery.candidates);
  const login = options.oauth2
    ? { username: options.oauth2.username, oauth2: options.oauth2 }
    : options.credentials
      ? { username: options.credentials.username, credentials: options.credentials }
      : null;
  if (login) {
    const scope = { domain: discovery.domain, trustHosts: options.trustHosts ?? [] };
    const checks = await Promise.all(
      recommendations.map((item) => checkLogin(item, results, { probe, login, signal, progress, scope })),
    );
    recommendations.forEach((item, index) => {
      item.login = checks[index];
    });
  }
  if (discovery.published) {
    discovery.published.audit = auditPublished(discovery.published.servers, results, options.resolvePorts);
  }
  return { discovery, results, recommendations, durationMs: Math.round(performance.now() - started) };
}

/** The MTA-STS and DANE verdicts on the relay results (loaded on call: Node only). */
async function relayVerdicts(
  domain: string,
  jobs: readonly Job[],
  results: readonly ProbeResultBase[],
  options: RecommendOptions,
  signal: AbortSignal,
) {
  const relay = results.filter((_result, index) =>
    jobs[index]?.candidates.some((item) => item.role === 'relay'),
  );
  if (relay.length === 0) return undefined;
  const { relayPolicyVerdicts } = await import('./mx/_relay-checks');
  const ca =
    options.ca === undefined
      ? undefined
      : (Array.isArray(options.ca) ? options.ca : [options.ca]).map(String);
  // `resolvePorts['443']` stands in for the policy host's port, as the other well-known ports do.
  const policyPort = options.resolvePorts?.['443'];
  return relayPolicyVerdicts({ domain, results: relay, resolver: options.dnsServer, ca, policyPort, signal });
}

/**
 * The login check of one role: a new connection to its best option's address, port and security
 * mode with the credentials, when {@link loginEligibility} allows it; else why not. The security mode
 * is required, not `auto`, so that a second connection stripped of STARTTLS fails instead of falling
 * back, and the probes themselves send nothing to a certificate that fails verification this time.
 */
async function checkLogin(
  recommendation: Recommendation,
  results: readonly ProbeResultBase[],
  run: {
    probe: Prober;
    login: {
      username: string;
      credentials?: { username: string; password: string };
      oauth2?: TokenCredentials;
    };
    signal: AbortSignal;
    progress: (event: ProgressEvent) => void;
    scope: LoginScope;
  },
): Promise<LoginCheck> {
  const { username } = run.login;
  // Decided before anything is sent: no connection carries credentials unless this allows it.
  const eligibility = loginEligibility(recommendation, results, run.scope);
  if (!eligibility.allowed) return loginNotTried(username, eligibility);
  const { option, result, mode } = eligibility;
  const role = recommendation.role;
  run.progress({ type: 'login-start', role, option });
  const target = {
    protocol: result.protocol,
    host: result.host,
    port: result.port,
    mode,
    address: result.address ?? undefined,
    ...(run.login.oauth2 ? { oauth2: run.login.oauth2 } : { credentials: run.login.credentials }),
  };
  const check = loginCheckOf(username, await probeSafely(run.probe, target, run.signal));
  run.progress({ type: 'login-end', role, option, check });
  return check;
}

import type { MailboxProbeOptions } from '@mailports/mailbox-probe';
import type { SmtpProbeOptions } from '@mailports/smtp-probe';
import type { MailProtocol, ProbeResultBase, Timeouts } from '@mailports/wire';
import { discover } from './discover';
import { RecommendError } from './errors';
import { rank, resultKey } from './rank';
import type { Candidate, Constraints, ProgressEvent, RecommendReport, Role } from './types';

/** Options of {@link recommend}. */
export interface RecommendOptions {
  /** An email address, a mail domain, or a host name / IP address. */
  target: string;
  /** Roles to answer for, in this order; default `['send', 'read']`. */
  roles?: Role[];
  /** DNS server for discovery, `'host'` or `'host:port'` (an IP address); default: the system's. */
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
}

/** One probe to run, and every candidate it answers for. */
interface Job {
  protocol: MailProtocol;
  host: string;
  port: number;
  candidate: Candidate;
  candidates: Candidate[];
}

function planJobs(candidates: readonly Candidate[], resolvePorts: Record<string, number>): Job[] {
  const jobs = new Map<string, Job>();
  for (const candidate of candidates) {
    const port = resolvePorts[String(candidate.port)] ?? candidate.port;
    // Same address (or host, when unresolved), port, protocol and mode: one probe serves them all.
    const key = `${candidate.protocol} ${candidate.mode} ${candidate.addresses?.[0] ?? candidate.host}:${port}`;
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

/** Runs `run` over `items` with at most `limit` in flight; results keep the items' order. */
async function pool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A result for a probe that threw instead of returning one (a bug in a probe must not sink the report). */
function failedResult(job: Job, aborted: boolean, error: unknown): ProbeResultBase {
  const message = error instanceof Error ? error.message : String(error);
  return {
    protocol: job.protocol,
    host: job.host,
    port: job.port,
    address: null,
    requestedMode: job.candidate.mode,
    security: null,
    status: aborted ? 'aborted' : 'protocol-error',
    statusMessage: aborted ? 'Stopped before it finished.' : `The probe failed: ${message}`,
    error: { code: aborted ? 'E_ABORTED' : 'E_PROTOCOL', message },
    tls: null,
    timings: {},
    transcript: [],
    findings: [],
    banner: null,
    capabilitiesBefore: null,
    capabilitiesAfter: null,
    starttls: null,
    auth: { mechanisms: [], beforeTls: [], test: null },
    startedAt: new Date().toISOString(),
  };
}

type Prober = (job: Job, signal: AbortSignal) => Promise<ProbeResultBase>;

async function loadProber(options: RecommendOptions, protocols: ReadonlySet<MailProtocol>): Promise<Prober> {
  const smtp = protocols.has('smtp') ? await import('@mailports/smtp-probe') : null;
  const mailbox =
    protocols.has('imap') || protocols.has('pop3') ? await import('@mailports/mailbox-probe') : null;
  return (job, signal) => {
    const address = job.candidate.addresses?.[0];
    const common: MailboxProbeOptions = {
      host: job.host,
      port: job.port,
      mode: job.candidate.mode,
      signal,
      ...(address !== undefined ? { address } : {}),
      ...(options.timeouts !== undefined ? { timeouts: options.timeouts } : {}),
      ...(options.ca !== undefined ? { ca: options.ca } : {}),
      ...(options.servername !== undefined ? { servername: options.servername } : {}),
    };
    if (job.protocol === 'smtp' && smtp) {
      const smtpOptions: SmtpProbeOptions = {
        ...common,
        ...(options.ehloName !== undefined ? { ehloName: options.ehloName } : {}),
      };
      return smtp.probeSmtp(smtpOptions);
    }
    if (job.protocol === 'imap' && mailbox) return mailbox.probeImap(common);
    if (job.protocol === 'pop3' && mailbox) return mailbox.probePop3(common);
    throw new RecommendError('E_WRONG_PROTOCOL', `no probe for ${job.protocol}`);
  };
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
  const discovery = await discover({
    target: options.target,
    roles,
    signal,
    ...(options.dnsServer !== undefined ? { dnsServer: options.dnsServer } : {}),
    ...(options.timeouts?.dns !== undefined ? { timeout: options.timeouts.dns } : {}),
    ...(options.guess !== undefined ? { guess: options.guess } : {}),
  });
  const jobs = planJobs(discovery.candidates, options.resolvePorts ?? {});
  const probe = await loadProber(options, new Set(jobs.map((job) => job.protocol)));
  const progress = (event: ProgressEvent) => {
    try {
      options.onProgress?.(event);
    } catch {
      // A failing progress callback must not cost the user their report.
    }
  };

  const results = await pool(jobs, options.concurrency ?? 16, async (job) => {
    progress({ type: 'probe-start', candidate: job.candidate });
    let result: ProbeResultBase;
    try {
      result = await probe(job, signal);
    } catch (error) {
      result = failedResult(job, signal.aborted, error);
    }
    progress({ type: 'probe-end', candidate: job.candidate, result });
    return result;
  });

  const constraints: Constraints = {
    ...options.constraints,
    ...(options.insecure ? { acceptUntrustedCertificates: true } : {}),
  };
  const recommendations = roles.map((role) => {
    const sources: Record<string, string> = {};
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
      placed.push({ priority: candidate.priority, result });
    });
    // Ties in the ranking keep this order: the role's own discovery priority (SRV, MX preference…).
    placed.sort((a, b) => a.priority - b.priority);
    const roleResults = placed.map((item) => item.result);
    return rank({ role, results: roleResults, constraints, sources, wellKnownPorts, context: results });
  });
  return { discovery, results, recommendations, durationMs: Math.round(performance.now() - started) };
}

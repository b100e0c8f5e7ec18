import { setMaxListeners } from 'node:events';
import type { SmtpProbeResult } from '@mailports/smtp-probe';
import { jsonSafe } from '../sanitize';
import { Admission } from './admission';
import { type BudgetLimits, ConnectionBudgets } from './budgets';
import { ScanResolver } from './dns';
import { type InputLine, readLineBatches } from './line-source';
import type { RecordSink } from './output';
import { type HostProbeContext, SharedHostResults } from './probe-host';
import type { ScanRecord } from './record';
import type { ResumeState } from './resume';
import { inShard, parseTarget, type Shard, stableHash, type Target, TargetError } from './target';
import { lineRecord, targetScanner } from './target-scanner';
import { feedWindow } from './window-feed';
import { youngGenerationBytes } from './young-generation';

/** Options of {@link runScan}. */
export interface ScanOptions {
  /** The target list, one per line (a file stream or stdin). */
  readonly input: AsyncIterable<Buffer | string>;
  readonly sink: RecordSink;
  /** The port of targets without one (default 25: the MX path). */
  readonly port: number;
  readonly concurrency: number;
  readonly budgets: BudgetLimits;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly shard?: Shard | undefined;
  readonly resume?: ResumeState | undefined;
  readonly dnsServer?: string | undefined;
  readonly dnsTimeoutMs: number;
  /** Probe MX hosts at loopback, private and other non-public addresses too (default: not probed). */
  readonly allowPrivate?: boolean;
  /** Probes one address of one host (the CLI binds probeSmtp to the scan's options here). */
  readonly probe: (input: {
    host: string;
    address: string;
    port: number;
    signal: AbortSignal;
  }) => Promise<SmtpProbeResult>;
  /** Aborting stops reading, abandons probes in flight (their targets get no record) and flushes. */
  readonly signal: AbortSignal;
  /** Called for each malformed line (the scan goes on). */
  readonly onInvalid?: (line: number, message: string) => void;
  /** Measure CPU time and memory per open probe for the summary (`--stats`). */
  readonly stats?: boolean;
  /** Called every half second while the scan runs (a progress display that must move during tarpits). */
  readonly onTick?: (progress: ScanProgress) => void;
  /** Called after each record is written. */
  readonly onRecord?: (record: ScanRecord, progress: ScanProgress) => void;
}

/** Counters of a running scan. */
export interface ScanProgress {
  /** Records written by this run. */
  written: number;
  /** Lines skipped because an earlier run's output has them. */
  resumed: number;
  /** Lines of another shard, blank lines and comments. */
  skipped: number;
  /** Targets being scanned now. */
  inFlight: number;
  /** Probes running now. */
  probing: number;
  throttled: number;
  /** Input bytes consumed (for a fraction of a file of known size). */
  inputBytes: number;
}

/** How a scan ended. */
export interface ScanSummary extends ScanProgress {
  /** False when interrupted or stopped by an output error: the output is then resumable. */
  readonly complete: boolean;
  readonly durationMs: number;
  /** The 99th percentile of event-loop delay during the scan, ms. */
  readonly eventLoopDelayP99Ms: number;
  /** With `stats`: CPU time of this process during the scan, and memory at the most probes open. */
  readonly stats?: ScanStats;
}

/** What a scan cost (with `stats`). */
export interface ScanStats {
  readonly cpuMs: number;
  readonly baselineRssBytes: number;
  readonly peakProbes: number;
  /** Resident memory above the baseline when the most probes were open, per open probe. */
  readonly rssBytesPerOpenProbe: number;
  /** JS heap (used) above the baseline then, per open probe. */
  readonly heapBytesPerOpenProbe: number;
  /** V8's young generation (new space) then: part of the resident memory, sized by V8, not per probe. */
  readonly youngGenerationBytes: number;
}

/** Live memory now: after a full collection when the process runs with `--expose-gc`. */
function liveMemory(): { rss: number; heap: number; young: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed, young: youngGenerationBytes() };
}

/**
 * Samples live memory against the number of open probes every 200 ms; the cost of one open probe is
 * the most memory seen while the most probes were open, above the memory before the first probe,
 * divided by that number. Run with `node --expose-gc` for live memory (each sample then follows a
 * full collection); otherwise garbage counts too.
 */
function memorySampler(admission: Admission): { stop: () => Omit<ScanStats, 'cpuMs'> } {
  const baseline = liveMemory();
  let peak = { probes: 0, ...baseline };
  const timer = setInterval(() => {
    const probes = admission.running;
    if (probes === 0 || probes < peak.probes) return;
    const sample = liveMemory();
    if (probes > peak.probes) peak = { probes, ...sample };
    else
      peak = {
        probes,
        rss: Math.max(peak.rss, sample.rss),
        heap: Math.max(peak.heap, sample.heap),
        young: Math.max(peak.young, sample.young),
      };
  }, 200);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      const per = (value: number): number => (peak.probes === 0 ? 0 : Math.round(value / peak.probes));
      return {
        baselineRssBytes: baseline.rss,
        peakProbes: peak.probes,
        rssBytesPerOpenProbe: per(peak.rss - baseline.rss),
        heapBytesPerOpenProbe: per(peak.heap - baseline.heap),
        youngGenerationBytes: peak.young,
      };
    },
  };
}

/**
 * Scans a target list: each line is parsed, deduplicated, sharded, resolved (MX for a domain) and its
 * mail hosts probed, and exactly one record per line is written (in completion order, with the line
 * number). Memory stays bounded: input is read only as fast as targets finish (at most four times
 * `concurrency` targets in flight), results shared between domains are kept in a bounded cache, and
 * the duplicate check costs a few dozen bytes per distinct target. Aborting leaves every written
 * record whole and every other line for `--resume`. Rejects only with the sink's OutputError.
 */
export async function runScan(options: ScanOptions): Promise<ScanSummary> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const admission = new Admission({ concurrency: options.concurrency });
  const sampler = options.stats ? memorySampler(admission) : null;
  const budgets = new ConnectionBudgets(options.budgets);
  const resolver = new ScanResolver({ server: options.dnsServer, timeoutMs: options.dnsTimeoutMs });
  const shared = new SharedHostResults();
  const seen = options.resume?.seenTargets ?? new Set<number>();
  const progress: ScanProgress = {
    written: 0,
    resumed: 0,
    skipped: 0,
    inFlight: 0,
    probing: 0,
    throttled: 0,
    inputBytes: 0,
  };
  const stop = new AbortController();
  // Every probe in flight listens to it: hundreds of listeners are expected, not a leak.
  setMaxListeners(0, stop.signal);
  const onAbort = (): void => stop.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  let outputFailure: unknown = null;
  const window = Math.max(8, options.concurrency * 4);
  const context: HostProbeContext & { port: number } = {
    port: options.port,
    resolver,
    budgets,
    admission,
    probe: options.probe,
    retries: options.retries,
    retryDelayMs: options.retryDelayMs,
    signal: stop.signal,
    allowPrivate: options.allowPrivate === true,
  };

  const failed = (error: unknown): void => {
    outputFailure = error;
    stop.abort();
  };
  const written = (entry: ScanRecord): void => {
    progress.written++;
    if (entry.status === 'throttled') progress.throttled++;
    progress.probing = admission.running;
    options.onRecord?.(entry, progress);
  };
  // A promise only while the output makes the scan wait: a scan writes a record for every target.
  const emit = (entry: ScanRecord): Promise<void> | undefined => {
    if (outputFailure !== null) return undefined;
    try {
      // Server text may carry C1 controls or bidi overrides JSON.stringify leaves raw.
      const waiting = options.sink.write(jsonSafe(JSON.stringify(entry)));
      if (waiting === undefined) {
        written(entry);
        return undefined;
      }
      return waiting.then(() => {
        try {
          written(entry);
        } catch (error) {
          failed(error);
        }
      }, failed);
    } catch (error) {
      failed(error);
      return undefined;
    }
  };

  const ticker = options.onTick
    ? setInterval(() => {
        progress.probing = admission.running;
        options.onTick?.(progress);
      }, 500)
    : undefined;
  ticker?.unref();
  const scanOne = targetScanner({ ...context, shared });
  const emitScanned = (entry: ScanRecord | null): Promise<void> | undefined =>
    entry === null ? undefined : emit(entry);
  // Not async, and returned, not awaited: a suspended frame or one more promise would be held for every
  // target in flight. (scanOne never throws: a bug rejects.)
  const scanTarget = (line: InputLine, target: Target): Promise<void> =>
    scanOne(line, target).then(emitScanned);

  // One line, without waiting: its record written (invalid, duplicate), its target scanned, or nothing.
  const startLine = (line: InputLine): Promise<void> | undefined => {
    progress.inputBytes = line.offset;
    if (options.resume?.doneLines.has(line.number)) {
      progress.resumed++;
      return undefined;
    }
    const text = line.text.trim();
    if (!line.tooLong && (text === '' || text.startsWith('#'))) {
      progress.skipped++;
      return undefined;
    }
    let target: Target;
    try {
      if (line.tooLong) throw new TargetError('line too long to be a target');
      target = parseTarget(text, options.port);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.onInvalid?.(line.number, message);
      return emit(lineRecord(line, null, 'invalid', { code: 'E_TARGET', message }));
    }
    if (!inShard(target.key, options.shard)) {
      progress.skipped++;
      return undefined;
    }
    const hash = stableHash(target.key);
    if (seen.has(hash)) return emit(lineRecord(line, target.key, 'duplicate', null));
    seen.add(hash);
    return scanTarget(line, target);
  };

  try {
    await feedWindow({
      source: readLineBatches(options.input),
      window,
      start: startLine,
      stopped: () => stop.signal.aborted,
      counts: progress,
    });
  } finally {
    options.signal.removeEventListener('abort', onAbort);
    clearInterval(ticker);
    admission.close();
  }
  if (outputFailure !== null) throw outputFailure;
  const cpu = process.cpuUsage(cpuAtStart);
  const memory = sampler?.stop();
  return {
    ...(memory === undefined
      ? {}
      : { stats: { cpuMs: Math.round((cpu.user + cpu.system) / 1000), ...memory } }),
    ...progress,
    complete: !stop.signal.aborted,
    durationMs: Math.round(performance.now() - started),
    eventLoopDelayP99Ms: Math.round(admission.p99DelayMs * 10) / 10,
  };
}

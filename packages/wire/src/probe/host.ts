import { setMaxListeners } from 'node:events';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { mapConcurrent } from '../concurrency';
import { WireError } from '../errors';
import { resolveHost } from '../resolve';
import { formatSeconds } from '../timeouts';

/** What every probe of one host run shares: the one DNS answer and the run's signal. */
export interface HostRun {
  /** The addresses the host resolved to once (an IP literal: itself); empty when resolution failed. */
  readonly addresses: readonly string[];
  /** Why resolution failed (`E_DNS`, `E_DNS_TIMEOUT`, …), or null. Each probe reports it as its own result. */
  readonly dnsError: WireError | null;
  /** How long the one lookup took, in ms (0 for an IP literal or given addresses). */
  readonly dnsMs: number;
  /** Aborts when the caller's signal does or the run's deadline passes (reason `E_DEADLINE`). */
  readonly signal: AbortSignal;
}

/** Options of {@link probeHost}. */
export interface ProbeHostOptions<T, R> {
  /** Host name or IP literal; resolved once for every target. */
  readonly host: string;
  /** What to probe (ports, or ports with a protocol and mode); results keep this order. */
  readonly targets: readonly T[];
  /** Probes one target; should resolve to a result, never reject (a rejection rejects the run). */
  probe(target: T, run: HostRun, index: number): Promise<R>;
  /** Probes in flight at once; default all targets. Values below 1 count as 1. */
  readonly concurrency?: number;
  /** The whole run's time limit in ms: the run's signal aborts with `E_DEADLINE` then. Default none. */
  readonly deadline?: number;
  /** Stops the whole run. */
  readonly signal?: AbortSignal;
  /** Resolves `host` instead of the system's `dns.lookup`. */
  readonly lookup?: LookupFunction;
  /** DNS timeout in ms; default 5000 (never beyond the deadline). */
  readonly dnsTimeout?: number;
  /** Use these addresses and skip resolution. */
  readonly addresses?: readonly string[];
}

/** What {@link probeHost} returns: the shared DNS answer and one result per target, in order. */
export interface HostResults<R> {
  readonly addresses: readonly string[];
  readonly dnsError: WireError | null;
  readonly results: R[];
}

/** Options of {@link fanOut}. */
export interface FanOutOptions<T, R> {
  /** What to probe; results keep this order. */
  readonly targets: readonly T[];
  /** Probes one target under the run's signal; should resolve to a result, never reject. */
  probe(target: T, signal: AbortSignal, index: number): Promise<R>;
  /** Probes in flight at once; default all targets. Values below 1 count as 1. */
  readonly concurrency?: number;
  /** The whole run's time limit in ms: the run's signal aborts with `E_DEADLINE` then. Default none. */
  readonly deadline?: number;
  /** Stops the whole run. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `work` under one run signal that the caller's signal and `deadline` abort. The caller's
 * signal gets one listener whatever the number of probes; the run's own signal allows two per probe
 * in flight (the probe and its connection), so large runs print no `MaxListenersExceededWarning`.
 */
async function underRunSignal<R>(
  options: { readonly signal?: AbortSignal; readonly deadline?: number; readonly width: number },
  work: (signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const controller = new AbortController();
  setMaxListeners(2 * options.width + 8, controller.signal);
  const onAbort = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const { deadline } = options;
  const timer =
    deadline === undefined
      ? undefined
      : setTimeout(
          () =>
            controller.abort(
              new WireError('E_DEADLINE', `The run did not finish within ${formatSeconds(deadline)} s.`),
            ),
          deadline,
        );
  timer?.unref();
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** How many probes run at once: `concurrency` (default all), at least 1, at most the targets. */
function widthOf(concurrency: number | undefined, targets: number): number {
  return Math.max(1, Math.min(Math.floor(concurrency ?? targets), Math.max(1, targets)));
}

/**
 * Probes targets that need no shared DNS answer (each knows its host and addresses, e.g. the
 * candidates of a discovery), at most `concurrency` at once, under one signal that the caller's
 * signal and `deadline` abort (see {@link probeHost}). Rejects only when a `probe` rejects.
 */
export function fanOut<T, R>(options: FanOutOptions<T, R>): Promise<R[]> {
  const width = widthOf(options.concurrency, options.targets.length);
  return underRunSignal({ ...options, width }, (signal) =>
    mapConcurrent(options.targets, width, (target, index) => options.probe(target, signal, index)),
  );
}

/**
 * The one host-level orchestrator of every probe (SMTP, IMAP, POP3 and mixed runs): resolves the
 * host once, then probes the targets with at most `concurrency` in flight, all under one signal
 * that the caller's signal and the run's `deadline` abort (reason `E_DEADLINE`, which a probe still
 * connecting reports as a timeout). One listener is added to the caller's signal whatever the
 * number of targets, so large runs print no `MaxListenersExceededWarning`. A failed lookup does not
 * throw: it is handed to every probe (`run.dnsError`), which reports it as its result. Rejects only
 * when a `probe` rejects.
 */
export function probeHost<T, R>(options: ProbeHostOptions<T, R>): Promise<HostResults<R>> {
  const width = widthOf(options.concurrency, options.targets.length);
  return underRunSignal({ ...options, width }, async (signal) => {
    let addresses: readonly string[] = options.addresses ?? [];
    let dnsError: WireError | null = null;
    const started = performance.now();
    if (options.addresses === undefined) {
      try {
        addresses = await resolveHost(options.host, {
          timeout: Math.min(options.dnsTimeout ?? 5000, options.deadline ?? Number.POSITIVE_INFINITY),
          signal,
          ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
        });
      } catch (error) {
        dnsError = WireError.isInstance(error)
          ? error
          : new WireError('E_DNS', String(error), { step: 'dns', cause: error });
      }
    }
    const run: HostRun = {
      addresses,
      dnsError,
      dnsMs: Math.round((performance.now() - started) * 10) / 10,
      signal,
    };
    const results = await mapConcurrent(options.targets, width, (target, index) =>
      options.probe(target, run, index),
    );
    return { addresses, dnsError, results };
  });
}

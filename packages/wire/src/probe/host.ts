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

/**
 * The one host-level orchestrator of every probe (SMTP, IMAP, POP3 and mixed runs): resolves the
 * host once, then probes the targets with at most `concurrency` in flight, all under one signal
 * that the caller's signal and the run's `deadline` abort. One listener is added to the caller's
 * signal whatever the number of targets, and the run's own signal allows one listener per probe in
 * flight, so large runs print no `MaxListenersExceededWarning`. A failed lookup does not throw: it
 * is handed to every probe (`run.dnsError`), which reports it as its result. Rejects only when a
 * `probe` rejects.
 */
export async function probeHost<T, R>(options: ProbeHostOptions<T, R>): Promise<HostResults<R>> {
  const controller = new AbortController();
  const width = Math.max(1, Math.floor(options.concurrency ?? options.targets.length));
  // Each probe in flight listens once (and its connection once more); nothing else does.
  setMaxListeners(2 * Math.min(width, Math.max(1, options.targets.length)) + 8, controller.signal);
  const onAbort = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const deadline = options.deadline;
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
    let addresses: readonly string[] = options.addresses ?? [];
    let dnsError: WireError | null = null;
    const started = performance.now();
    if (options.addresses === undefined) {
      try {
        addresses = await resolveHost(options.host, {
          timeout: Math.min(options.dnsTimeout ?? 5000, deadline ?? Number.POSITIVE_INFINITY),
          signal: controller.signal,
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
      signal: controller.signal,
    };
    const results = await mapConcurrent(options.targets, width, (target, index) =>
      options.probe(target, run, index),
    );
    return { addresses, dnsError, results };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Options of {@link Admission}. */
export interface AdmissionOptions {
  /** Probes running at once, at most. */
  readonly concurrency: number;
  /**
   * New probes wait while the event loop runs this late (ms): past that point a probe's recorded
   * timings measure queueing in this process, not the server. Default 30 ms.
   */
  readonly maxLagMs?: number;
}

const SAMPLE_MS = 10;

/**
 * Admission control for probes: a global bound on probes in flight, and a brake on starting new ones
 * while the event loop lags, so a thousand handshakes do not fight for one thread and every recorded
 * timing stays a measurement of the server. The lag is sampled with a timer every 10 ms (the drift of
 * the timer is the lag); it also feeds the p99 the scan summary reports.
 */
export class Admission {
  readonly #limit: number;
  readonly #maxLag: number;
  readonly #waiting: Array<() => void> = [];
  readonly #histogram = monitorEventLoopDelay({ resolution: 10 });
  #running = 0;
  #lag = 0;
  #timer: NodeJS.Timeout | undefined;
  #expected = 0;

  constructor(options: AdmissionOptions) {
    this.#limit = Math.max(1, Math.floor(options.concurrency));
    this.#maxLag = options.maxLagMs ?? 30;
    this.#histogram.enable();
  }

  /** Probes running now. */
  get running(): number {
    return this.#running;
  }

  /** The last measured event-loop lag, ms. */
  get lagMs(): number {
    return this.#lag;
  }

  /** The 99th percentile of event-loop delay since the start, ms. */
  get p99DelayMs(): number {
    return this.#histogram.count === 0 ? 0 : this.#histogram.percentile(99) / 1e6;
  }

  /** Waits for a probe slot; call the returned function exactly once when the probe ends. */
  async enter(): Promise<() => void> {
    if (this.#running < this.#limit && this.#lag <= this.#maxLag && this.#waiting.length === 0) {
      this.#running++;
    } else {
      // #admit counts the slot before it wakes the waiter.
      await new Promise<void>((resolve) => {
        this.#waiting.push(resolve);
        this.#sample();
      });
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#running--;
      this.#admit();
    };
  }

  /** Stops the lag sampler and the histogram. */
  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#histogram.disable();
  }

  #admit(): void {
    while (this.#waiting.length > 0 && this.#running < this.#limit && this.#lag <= this.#maxLag) {
      this.#running++;
      this.#waiting.shift()?.();
    }
    if (this.#waiting.length > 0) this.#sample();
  }

  /** Keeps a sampling timer while anyone waits: its drift is the lag, and it re-admits when the lag falls. */
  #sample(): void {
    if (this.#timer !== undefined) return;
    this.#expected = performance.now() + SAMPLE_MS;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#lag = Math.max(0, performance.now() - this.#expected);
      this.#admit();
    }, SAMPLE_MS);
    this.#timer.unref();
  }
}

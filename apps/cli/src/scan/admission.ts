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
/** Probes admitted at once before the first lag measurement says the loop keeps up. */
const START_LIMIT = 32;
const MIN_LIMIT = 4;

/**
 * Admission control for probes: a global bound on probes in flight that adapts to the event loop
 * (it starts at 32, grows while probes queue and the loop keeps up, shrinks by a quarter whenever the
 * loop lags more than `maxLagMs`), so a thousand handshakes do not fight for one thread and every
 * recorded timing stays a measurement of the server rather than of this process. The lag is sampled with a timer every 10 ms (the drift of
 * the timer is the lag); it also feeds the p99 the scan summary reports.
 */
export class Admission {
  readonly #max: number;
  /** The bound in force: lowered when the loop lags, raised again while probes queue and it does not. */
  #limit: number;
  readonly #maxLag: number;
  readonly #waiting: Array<() => void> = [];
  readonly #histogram = monitorEventLoopDelay({ resolution: 10 });
  #running = 0;
  #lag = 0;
  #timer: NodeJS.Timeout | undefined;
  #expected = 0;

  constructor(options: AdmissionOptions) {
    this.#max = Math.max(1, Math.floor(options.concurrency));
    this.#limit = Math.min(this.#max, START_LIMIT);
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

  /** A probe slot at once, or null when the probe would have to wait (then {@link Admission.enter}). */
  tryEnter(): (() => void) | null {
    if (this.#running >= this.#limit || this.#lag > this.#maxLag || this.#waiting.length > 0) return null;
    this.#running++;
    return this.#leave();
  }

  /** Waits for a probe slot; call the returned function exactly once when the probe ends. */
  async enter(): Promise<() => void> {
    const now = this.tryEnter();
    if (now !== null) return now;
    // #admit counts the slot before it wakes the waiter.
    await new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      this.#sample();
    });
    return this.#leave();
  }

  #leave(): () => void {
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

  /** Additive increase while the loop keeps up and probes queue, multiplicative decrease when it lags. */
  #adapt(): void {
    if (this.#lag > this.#maxLag)
      this.#limit = Math.max(Math.min(MIN_LIMIT, this.#max), Math.floor(this.#limit * 0.75));
    else if (this.#waiting.length > 0 && this.#running >= this.#limit)
      this.#limit = Math.min(this.#max, this.#limit + Math.max(1, Math.floor(this.#limit / 8)));
  }

  /** The bound on probes in flight now (at most the configured concurrency). */
  get limit(): number {
    return this.#limit;
  }

  /** Keeps a sampling timer while anyone waits: its drift is the lag, and it re-admits when the lag falls. */
  #sample(): void {
    if (this.#timer !== undefined) return;
    this.#expected = performance.now() + SAMPLE_MS;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#lag = Math.max(0, performance.now() - this.#expected);
      this.#adapt();
      this.#admit();
    }, SAMPLE_MS);
    // Not unref'd: while probes wait for admission, this timer is what wakes them.
  }
}

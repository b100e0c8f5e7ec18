/** What {@link feedWindow} feeds, and to what. */
export interface WindowFeedOptions<T> {
  /** Items in batches (a scan's input lines, one list per chunk read). Pulled only when the window has room. */
  readonly source: AsyncIterator<readonly T[]>;
  /** Tasks started and not yet settled, at most. */
  readonly window: number;
  /** Starts one item's task; undefined when the item needs none (a skipped line). Must not throw. */
  readonly start: (item: T) => PromiseLike<unknown> | undefined;
  /** True once no further item may start (the scan was stopped); the tasks in flight still settle, and the source is closed. */
  readonly stopped: () => boolean;
  /** Kept up to date with the number of tasks in flight (a scan's progress counters). */
  readonly counts: { inFlight: number };
}

/**
 * Starts a task for each item of `source`, at most `window` unsettled at once, and resolves once the
 * source is exhausted (or `stopped()`) and every task started has settled, fulfilled or not. Rejects
 * with the source's error, once the tasks in flight have settled.
 *
 * Driven by the tasks, not by a loop that awaits a free slot: each task that settles starts the next
 * item in its own reaction. A loop would run one frame for the whole scan, which V8 compiles on the
 * stack with all it inlines, and would add a promise per wait; at 1,000 targets the feed costs the
 * scan about 2 % less CPU.
 */
export function feedWindow<T>(options: WindowFeedOptions<T>): Promise<void> {
  const { source, window, start, stopped, counts } = options;
  return new Promise<void>((resolve, reject) => {
    let batch: readonly T[] = [];
    let index = 0;
    let exhausted = false;
    let reading = false;
    let failure: { error: unknown } | null = null;
    const settled = (): void => {
      counts.inFlight--;
      feed();
    };
    const read = (): void => {
      reading = true;
      source.next().then(
        (next) => {
          reading = false;
          if (next.done === true) exhausted = true;
          else {
            batch = next.value;
            index = 0;
          }
          feed();
        },
        (error: unknown) => {
          reading = false;
          failure = { error };
          feed();
        },
      );
    };
    const feed = (): void => {
      while (counts.inFlight < window && failure === null && !stopped()) {
        if (index >= batch.length) {
          if (!exhausted && !reading) read();
          break;
        }
        const task = start(batch[index++] as T);
        if (task !== undefined) {
          counts.inFlight++;
          task.then(settled, settled);
        }
      }
      if (counts.inFlight > 0 || reading) return;
      if (failure !== null) reject(failure.error);
      else if (exhausted) resolve();
      else if (stopped()) {
        // Stopped early: let the source close what it reads (a file stream), as a loop's `break` would.
        source.return?.().then(undefined, () => {});
        resolve();
      }
    };
    feed();
  });
}

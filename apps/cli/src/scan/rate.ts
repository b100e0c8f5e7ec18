/** Entries kept before the counters of past seconds are swept away. */
const SWEEP_AT = 4096;

/**
 * Spaces new connections to one address: at most `perSecond` begin within any one clock second
 * (a counter per address and second, as the Redis-shared rate of queue workers keeps it). A caller
 * over the rate waits for the next second. Memory follows the addresses of the current second.
 */
export class AddressRate {
  readonly #counters = new Map<string, { second: number; count: number }>();

  constructor(readonly perSecond: number) {}

  /** Counts a connection to `address` when the current second has room for it; false otherwise. */
  tryTake(address: string, now = Date.now()): boolean {
    const second = Math.floor(now / 1000);
    if (this.#counters.size > SWEEP_AT) this.#sweep(second);
    let counter = this.#counters.get(address);
    if (counter === undefined || counter.second !== second) {
      counter = { second, count: 0 };
      this.#counters.set(address, counter);
    }
    if (counter.count >= this.perSecond) return false;
    counter.count++;
    return true;
  }

  /** Resolves when a connection to `address` may begin. */
  async wait(address: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (this.tryTake(address, now)) return;
      await new Promise((resolve) => setTimeout(resolve, (Math.floor(now / 1000) + 1) * 1000 - now));
    }
  }

  #sweep(second: number): void {
    for (const [address, counter] of this.#counters)
      if (counter.second < second) this.#counters.delete(address);
  }
}

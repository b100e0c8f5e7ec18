import { WireError, withStep } from './errors';

/**
 * The writes of one connection that wait for its socket to drain (a server that stopped reading),
 * each within a time limit, and failed together when the connection fails. Made only when a write
 * first has to wait: a line the socket takes at once never gets here.
 */
export class DrainWaits {
  readonly #waiting = new Set<(error: WireError | null) => void>();

  /**
   * A wait for one write. `settle` is for the write's callback (null: the data went); the promise
   * rejects with the error given, with step `write`. `onTimeout` runs when `timeout` ms pass first:
   * it fails the connection, which settles the wait through {@link DrainWaits.failAll}.
   */
  wait(
    timeout: number,
    onTimeout: () => void,
  ): { done: Promise<void>; settle: (error: WireError | null) => void } {
    let settle: (error: WireError | null) => void = () => {};
    const done = new Promise<void>((resolve, reject) => {
      let settled = false;
      settle = (error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#waiting.delete(settle);
        if (error) reject(withStep(error, 'write'));
        else resolve();
      };
      this.#waiting.add(settle);
      const timer = setTimeout(onTimeout, timeout);
      timer.unref();
    });
    return { done, settle };
  }

  /** Fails every write still waiting with the connection's error. */
  failAll(error: WireError): void {
    for (const settle of [...this.#waiting]) settle(error);
  }
}

/** The error of a write whose data the server did not take within `seconds`. */
export function drainTimeout(seconds: string): WireError {
  return new WireError('E_READ_TIMEOUT', `The server did not take the data within ${seconds} s.`, {
    step: 'write',
  });
}

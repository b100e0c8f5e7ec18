import { WireError, type WireErrorCode, withStep } from './errors';
import type { LineFramer, Want } from './line-reader';
import { formatSeconds } from './timeouts';

/** A read waiting for its frame, its timer and how to report it. */
interface PendingRead {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly step: string;
  readonly deliver: (frame: Buffer) => unknown;
  readonly timeout: number;
  readonly timeoutCode: WireErrorCode;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The one read a connection has waiting for a frame. A probe reads a line for every reply line, so
 * the read lives in one object settled by one method, and its time limit calls one callback made once
 * per connection, instead of closures made for every read.
 */
export class ReadSlot {
  #reading: PendingRead | null = null;
  /** Called when the read's time limit passes: the connection fails with `error`, which settles the read. */
  readonly #onTimeout: (error: WireError) => void;

  constructor(onTimeout: (error: WireError) => void) {
    this.#onTimeout = onTimeout;
  }

  /** True while a read waits for its frame. */
  get waiting(): boolean {
    return this.#reading !== null;
  }

  /**
   * Asks `framer` for `want` and waits for it within `timeout` ms (then `timeoutCode`). The frame
   * goes through `deliver`. A frame already held is delivered at once, without a timer.
   */
  wait<T>(
    framer: LineFramer,
    want: Want,
    step: string,
    timeout: number,
    timeoutCode: WireErrorCode,
    deliver: (frame: Buffer) => T,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const reading: PendingRead = {
        resolve: resolve as (value: unknown) => void,
        reject,
        step,
        deliver,
        timeout,
        timeoutCode,
        timer: undefined,
      };
      this.#reading = reading;
      framer.request(want);
      if (this.#reading !== reading) return;
      reading.timer = setTimeout(this.#timedOut, timeout);
      reading.timer.unref();
    });
  }

  /** Hands the framer's frame to the waiting read, if any. */
  frame(frame: Buffer): void {
    if (this.#reading !== null) this.#settle(this.#reading, null, frame);
  }

  /** Fails the waiting read, if any, with the connection's error. */
  fail(error: WireError): void {
    if (this.#reading !== null) this.#settle(this.#reading, error);
  }

  #settle(reading: PendingRead, error: WireError | null, frame?: Buffer): void {
    if (this.#reading !== reading) return;
    this.#reading = null;
    if (reading.timer !== undefined) clearTimeout(reading.timer);
    if (error) reading.reject(withStep(error, reading.step));
    else reading.resolve(reading.deliver(frame ?? Buffer.alloc(0)));
  }

  readonly #timedOut = (): void => {
    const reading = this.#reading;
    if (reading === null) return;
    const what = reading.timeoutCode === 'E_GREETING_TIMEOUT' ? 'No greeting' : 'No reply';
    this.#onTimeout(
      new WireError(reading.timeoutCode, `${what} within ${formatSeconds(reading.timeout)} s.`, {
        step: reading.step,
      }),
    );
  };
}

import { WireError, type WireErrorCode, withStep } from './errors';
import type { LineFramer, Want } from './line-reader';
import { formatSeconds } from './timeouts';

/** A read waiting for its frame, its timer and how to report it. */
interface PendingRead<O> {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly step: string;
  readonly deliver: (frame: Buffer, owner: O) => unknown;
  readonly timeout: number;
  readonly timeoutCode: WireErrorCode;
  timer: NodeJS.Timeout | undefined;
}

/** What a read's timer calls with its slot: set by ReadSlot's static block, which reaches its private state. */
let timedOut: <O>(slot: ReadSlot<O>) => void;

/**
 * The one read a connection (its `owner`) has waiting for a frame. A probe reads a line for every
 * reply line, so the read lives in one object settled by one method, and the functions it calls take
 * the owner as an argument: no closure is made for a read, nor for a connection.
 */
export class ReadSlot<O = unknown> {
  #reading: PendingRead<O> | null = null;
  readonly #owner: O;
  /** Called when the read's time limit passes: the owner fails with `error`, which settles the read. */
  readonly #onTimeout: (owner: O, error: WireError) => void;

  constructor(owner: O, onTimeout: (owner: O, error: WireError) => void) {
    this.#owner = owner;
    this.#onTimeout = onTimeout;
  }

  /** True while a read waits for its frame. */
  get waiting(): boolean {
    return this.#reading !== null;
  }

  /**
   * Asks `framer` for `want` and waits for it within `timeout` ms (then `timeoutCode`). The frame
   * goes through `deliver`, with the owner. A frame already held is delivered at once, without a timer.
   */
  wait<T>(
    framer: LineFramer<O>,
    want: Want,
    step: string,
    timeout: number,
    timeoutCode: WireErrorCode,
    deliver: (frame: Buffer, owner: O) => T,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const reading: PendingRead<O> = {
        resolve: resolve as (value: unknown) => void,
        reject,
        step,
        deliver: deliver as (frame: Buffer, owner: O) => unknown,
        timeout,
        timeoutCode,
        timer: undefined,
      };
      this.#reading = reading;
      framer.request(want);
      if (this.#reading !== reading) return;
      // The slot rides along as the timer's argument: one function for every slot, not a closure each.
      reading.timer = setTimeout(timedOut, timeout, this);
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

  #settle(reading: PendingRead<O>, error: WireError | null, frame?: Buffer): void {
    if (this.#reading !== reading) return;
    this.#reading = null;
    if (reading.timer !== undefined) clearTimeout(reading.timer);
    if (error) reading.reject(withStep(error, reading.step));
    else reading.resolve(reading.deliver(frame ?? Buffer.alloc(0), this.#owner));
  }

  static {
    timedOut = <O>(slot: ReadSlot<O>): void => {
      const reading = slot.#reading;
      if (reading === null) return;
      const what = reading.timeoutCode === 'E_GREETING_TIMEOUT' ? 'No greeting' : 'No reply';
      slot.#onTimeout(
        slot.#owner,
        new WireError(reading.timeoutCode, `${what} within ${formatSeconds(reading.timeout)} s.`, {
          step: reading.step,
        }),
      );
    };
  }
}

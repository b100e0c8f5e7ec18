import type { Socket } from 'node:net';
import { WireError } from './errors';
import { mapSocketError } from './socket-errors';
import type { Limits } from './timeouts';

const LF = 0x0a;
const CR = 0x0d;
const EMPTY = Buffer.alloc(0);
// Every connection ends one of these ways: one instance each, since nothing reads more than their
// code and message (a read that reports one adds its step to a copy).
const SERVER_CLOSED = new WireError('E_CLOSED', 'The server closed the connection.');
const CONNECTION_CLOSED = new WireError('E_CLOSED', 'The connection closed.');

/** Bytes received on one connection, shared by the plaintext and the TLS framer. */
export interface ByteBudget {
  received: number;
}

/** What the reader is waiting for. */
export type Want = { kind: 'line' } | { kind: 'bytes'; size: number };

/** Where the framer reports. Each request gets exactly one `onFrame` or `onError`. */
export interface FramerHandlers {
  onFrame(frame: Buffer): void;
  /** `fatal` errors (caps) end the connection at once; others mean the stream ended. */
  onError(error: WireError, fatal: boolean): void;
  /** The stream ended (close, reset), reported once when it happens, for the transcript. */
  onEnd?(error: WireError): void;
}

/**
 * Byte framer with hard caps. Lines end at LF (a CR before it is stripped). It holds at most one
 * line's worth of bytes plus one socket chunk: while nobody reads, the socket is paused once the
 * buffer passes the line cap (backpressure instead of buffering), and a line waiter fails with
 * `E_LINE_TOO_LONG` as soon as the bytes without LF exceed the cap, so an endless line is cut, not
 * stored. Every byte counts towards `maxBytes` (`E_TOO_MUCH_DATA`).
 */
export class LineFramer {
  readonly #socket: Socket;
  readonly #limits: Limits;
  readonly #budget: ByteBudget;
  readonly #handlers: FramerHandlers;
  #buffer: Buffer = EMPTY;
  #scanned = 0;
  #want: Want | null = null;
  #ended: WireError | null = null;
  #failed = false;
  #detached = false;
  #peak = 0;

  constructor(socket: Socket, limits: Limits, budget: ByteBudget, handlers: FramerHandlers) {
    this.#socket = socket;
    this.#limits = limits;
    this.#budget = budget;
    this.#handlers = handlers;
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('error', this.#onError);
    socket.on('close', this.#onClose);
  }

  /** Bytes held and not yet handed out. */
  get buffered(): number {
    return this.#buffer.length;
  }

  /** The most bytes ever held at once (memory bound evidence). */
  get peakBuffered(): number {
    return this.#peak;
  }

  /** Asks for the next line (without line ending) or exactly `size` bytes. One request at a time. */
  request(want: Want): void {
    if (this.#want) throw new Error('LineFramer: a read is already pending');
    this.#want = want;
    if (!this.#detached && this.#socket.isPaused()) this.#socket.resume();
    this.#pump();
  }

  /**
   * The next whole line already received (without its line ending), or null when none is waiting, a
   * request is pending, or the stream failed. A line over the cap fails the framer as a request
   * would (`E_LINE_TOO_LONG` through `onError`) and gives null. Never waits, never resumes the socket.
   */
  takeLine(): Buffer | null {
    if (this.#want || this.#failed || this.#detached) return null;
    return this.#scanLine();
  }

  /** Forgets the pending request (its caller timed out or gave up). */
  cancel(): void {
    this.#want = null;
  }

  /**
   * Stops reading from the socket and returns every byte received but not consumed, including bytes
   * the socket had read but not yet emitted. Used before a STARTTLS handshake: those bytes were sent
   * in plaintext after the positive reply and must never be parsed.
   */
  detach(): Buffer {
    if (this.#detached) return EMPTY;
    this.#detached = true;
    this.#want = null;
    this.#socket.pause();
    this.#socket.off('data', this.#onData);
    this.#socket.off('end', this.#onEnd);
    this.#socket.off('error', this.#onError);
    this.#socket.off('close', this.#onClose);
    const parts: Buffer[] = [this.#buffer];
    let total = this.#buffer.length;
    // Drain what the stream holds internally, without letting it exceed the per-connection cap.
    for (
      let chunk = this.#socket.read() as Buffer | null;
      chunk;
      chunk = this.#socket.read() as Buffer | null
    ) {
      if (total + chunk.length > this.#limits.maxBytes) break;
      parts.push(chunk);
      total += chunk.length;
    }
    this.#budget.received += total - this.#buffer.length;
    this.#buffer = EMPTY;
    return Buffer.concat(parts, total);
  }

  readonly #onData = (chunk: Buffer): void => {
    if (this.#detached || this.#failed) return;
    this.#budget.received += chunk.length;
    if (this.#budget.received > this.#limits.maxBytes) {
      this.#fail(
        new WireError(
          'E_TOO_MUCH_DATA',
          `The server sent more than ${this.#limits.maxBytes} bytes on this connection.`,
        ),
      );
      return;
    }
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    if (this.#buffer.length > this.#peak) this.#peak = this.#buffer.length;
    this.#pump();
  };

  readonly #onEnd = (): void => {
    this.#end(SERVER_CLOSED);
  };

  readonly #onError = (error: Error): void => {
    // No step here: the read that reports it names the step.
    this.#end(mapSocketError(error, undefined, 'E_RESET'));
  };

  readonly #onClose = (): void => {
    this.#end(CONNECTION_CLOSED);
  };

  #end(error: WireError): void {
    if (this.#ended || this.#detached) return;
    this.#ended = error;
    this.#handlers.onEnd?.(error);
    this.#pump();
  }

  #fail(error: WireError): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#want = null;
    this.#buffer = EMPTY;
    this.#handlers.onError(error, true);
  }

  #take(size: number): Buffer {
    // Copy so that a small frame kept by its reader (an IMAP literal) does not pin a large concatenated buffer.
    const frame = Buffer.from(this.#buffer.subarray(0, size));
    this.#buffer = this.#buffer.subarray(size);
    this.#scanned = 0;
    return frame;
  }

  /**
   * A line's bytes without a copy: a line frame is decoded as soon as it is handed out (by
   * `Connection`), so it pins nothing. The common case, one line that is the whole buffer, costs no
   * allocation at all.
   */
  #takeLine(size: number, length: number): Buffer {
    const held = this.#buffer;
    this.#buffer = size === held.length ? EMPTY : held.subarray(size);
    this.#scanned = 0;
    return length === held.length ? held : held.subarray(0, length);
  }

  #deliver(frame: Buffer): void {
    this.#want = null;
    this.#handlers.onFrame(frame);
  }

  #pump(): void {
    const want = this.#want;
    if (want && !this.#failed && !this.#detached) {
      if (want.kind === 'line') this.#pumpLine();
      else this.#pumpBytes(want.size);
    }
    // Backpressure: with nobody reading, stop pulling from the kernel once a line's worth is held.
    if (
      !this.#want &&
      !this.#detached &&
      !this.#failed &&
      this.#buffer.length > this.#limits.maxLineLength + 2
    ) {
      this.#socket.pause();
    }
  }

  #tooLong(): void {
    this.#fail(
      new WireError(
        'E_LINE_TOO_LONG',
        `The server sent a line longer than ${this.#limits.maxLineLength} bytes.`,
      ),
    );
  }

  /** The next whole line held, or null: none yet, or one over the cap (the framer has then failed). */
  #scanLine(): Buffer | null {
    const max = this.#limits.maxLineLength;
    const index = this.#buffer.indexOf(LF, this.#scanned);
    if (index === -1) {
      this.#scanned = this.#buffer.length;
      // +1: a CR may still be waiting for its LF.
      if (this.#buffer.length > max + 1) this.#tooLong();
      return null;
    }
    const length = index > 0 && this.#buffer[index - 1] === CR ? index - 1 : index;
    if (length > max) {
      this.#tooLong();
      return null;
    }
    return this.#takeLine(index + 1, length);
  }

  #pumpLine(): void {
    const line = this.#scanLine();
    if (line !== null) {
      this.#deliver(line);
      return;
    }
    if (this.#failed || !this.#ended) return;
    if (this.#buffer.length > 0) {
      // A last line without its LF still counts: it is evidence of what the server said.
      const last = this.#take(this.#buffer.length);
      this.#deliver(last[last.length - 1] === CR ? last.subarray(0, -1) : last);
    } else {
      this.#want = null;
      this.#handlers.onError(this.#ended, false);
    }
  }

  #pumpBytes(size: number): void {
    if (this.#buffer.length >= size) {
      this.#deliver(this.#take(size));
    } else if (this.#ended) {
      this.#want = null;
      this.#handlers.onError(this.#ended, false);
    }
  }
}

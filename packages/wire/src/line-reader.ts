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

/**
 * Where a framer reports, for its `owner` (its connection). Each request gets exactly one `onFrame`
 * or `onError`. One table serves every framer of a kind: the owner is an argument, not a closure
 * made for each connection.
 */
export interface FramerHandlers<O> {
  onFrame(owner: O, frame: Buffer): void;
  /** `fatal` errors (caps) end the connection at once; others mean the stream ended. */
  onError(owner: O, error: WireError, fatal: boolean): void;
  /** The stream ended (close, reset), reported once when it happens, for the transcript. */
  onEnd?(owner: O, error: WireError): void;
}

/** The framer a socket feeds: the socket's listeners below are shared by every socket and find it here. */
const FRAMER = Symbol('framer');
type FramedSocket = Socket & { [FRAMER]?: LineFramer<unknown> | undefined };

/**
 * Byte framer with hard caps. Lines end at LF (a CR before it is stripped). It holds at most one
 * line's worth of bytes plus one socket chunk: while nobody reads, the socket is paused once the
 * buffer passes the line cap (backpressure instead of buffering), and a line waiter fails with
 * `E_LINE_TOO_LONG` as soon as the bytes without LF exceed the cap, so an endless line is cut, not
 * stored. Every byte counts towards `maxBytes` (`E_TOO_MUCH_DATA`).
 */
export class LineFramer<O = unknown> {
  readonly #socket: FramedSocket;
  readonly #limits: Limits;
  readonly #budget: ByteBudget;
  readonly #owner: O;
  readonly #handlers: FramerHandlers<O>;
  #buffer: Buffer = EMPTY;
  #scanned = 0;
  #want: Want | null = null;
  #ended: WireError | null = null;
  #failed = false;
  #detached = false;
  #peak = 0;

  constructor(socket: Socket, limits: Limits, budget: ByteBudget, owner: O, handlers: FramerHandlers<O>) {
    const framed: FramedSocket = socket;
    if (framed[FRAMER] !== undefined) throw new Error('LineFramer: the socket already has a framer');
    this.#socket = framed;
    this.#limits = limits;
    this.#budget = budget;
    this.#owner = owner;
    this.#handlers = handlers;
    framed[FRAMER] = this;
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.on('close', onClose);
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
    this.#socket.off('data', onData);
    this.#socket.off('end', onEnd);
    this.#socket.off('error', onError);
    this.#socket.off('close', onClose);
    this.#socket[FRAMER] = undefined;
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

  /** @internal The socket's data (called by its listener). */
  receive(chunk: Buffer): void {
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
  }

  /** @internal The socket's end, error or close (called by its listeners): the stream ended with `error`. */
  streamEnded(error: WireError): void {
    if (this.#ended || this.#detached) return;
    this.#ended = error;
    this.#handlers.onEnd?.(this.#owner, error);
    this.#pump();
  }

  #fail(error: WireError): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#want = null;
    this.#buffer = EMPTY;
    this.#handlers.onError(this.#owner, error, true);
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
    this.#handlers.onFrame(this.#owner, frame);
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
      this.#handlers.onError(this.#owner, this.#ended, false);
    }
  }

  #pumpBytes(size: number): void {
    if (this.#buffer.length >= size) {
      this.#deliver(this.#take(size));
    } else if (this.#ended) {
      this.#want = null;
      this.#handlers.onError(this.#owner, this.#ended, false);
    }
  }
}

// The socket's listeners: one function each for every socket (`this` is the socket, which names its
// framer), rather than four closures per connection.
function onData(this: FramedSocket, chunk: Buffer): void {
  this[FRAMER]?.receive(chunk);
}

function onEnd(this: FramedSocket): void {
  this[FRAMER]?.streamEnded(SERVER_CLOSED);
}

function onError(this: FramedSocket, error: Error): void {
  // No step here: the read that reports it names the step.
  this[FRAMER]?.streamEnded(mapSocketError(error, undefined, 'E_RESET'));
}

function onClose(this: FramedSocket): void {
  this[FRAMER]?.streamEnded(CONNECTION_CLOSED);
}

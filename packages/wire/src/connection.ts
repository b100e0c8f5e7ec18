import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { onAbort } from './abort-listeners';
import type { Abortable } from './abort-scope';
import type { ConnectionInit } from './open';
import { previewBytes } from './display';
import { DrainWaits, drainTimeout } from './drain-waits';
import { endGracefully } from './graceful-close';
import { WireError, type WireErrorCode, withStep } from './errors';
import { type ByteBudget, type FramerHandlers, LineFramer, type Want } from './line-reader';
import { ReadSlot } from './read-slot';
import { abortReasonError, mapSocketError } from './socket-errors';
import { describeTlsWith, tlsEvent } from './tls-facts';
import { since } from './elapsed';
import { formatSeconds, type Limits, type Timeouts } from './timeouts';
import type { Transcript } from './transcript';
import { type TlsOptions, tlsHandshake } from './transport';
import type { ConnectAttempt, Timings, TlsInfo } from './types';
import { validateLine } from './validate';

/**
 * How a connection this client closed fails later calls: one instance, since it happens to every
 * connection and nothing reads more than its code, message and step.
 */
const CLOSED_BY_CLIENT = new WireError('E_CLOSED', 'The connection was closed by this client.', {
  step: 'close',
});

const LINE: Want = { kind: 'line' };
/** What a write the socket took, or a close with nothing to wait for, returns: one for every connection. */
const SETTLED: Promise<void> = Promise.resolve();
const asBuffer = (frame: Buffer): Buffer => frame;
/** What a connection that listens to no signal calls to stop listening: one function for all of them. */
const NOT_LISTENING = (): void => {};

// Set by Connection's static block (they reach its private state): see there.
let deliverLine: (frame: Buffer, connection: Connection) => string;
let readTimedOut: (connection: Connection, error: WireError) => void;
let framerHandlers: FramerHandlers<Connection>;

/**
 * One TCP (and maybe TLS) connection to a mail server: bounded line and byte reads with their own
 * timeouts, validated writes, STARTTLS on the same socket, and a transcript of everything. Created by
 * `connect`. Any failure destroys the socket and every later call rejects with that error.
 */
export class Connection {
  /** The dialogue so far (shared with the probe). */
  readonly transcript: Transcript;
  /** Filled as steps happen: `dns`, `connect`, `tlsHandshake`. */
  readonly timings: Timings;
  /** The IP address connected to. */
  readonly address: string;
  /** The TCP connect attempts that led to this connection, the one that connected last. */
  readonly attempts: readonly ConnectAttempt[];
  readonly port: number;
  /** The host name asked for (SNI and certificate checks use it). */
  readonly host: string;
  /** The caps in force, for protocol clients counting reply lines. */
  readonly limits: Limits;
  /** The time limits in force. */
  readonly timeouts: Timeouts;
  #socket: Socket;
  #framer: LineFramer<Connection> | null = null;
  readonly #budget: ByteBudget = { received: 0 };
  #tls: TlsInfo | null;
  readonly #tlsOptions: TlsOptions | undefined;
  readonly #signal: Abortable | undefined;
  #failure: WireError | null = null;
  /** Writes waiting for the socket to drain, failed together with the connection; made when one first waits. */
  #drains: DrainWaits | null = null;
  /** The read waiting for its frame (one at a time). */
  readonly #reads: ReadSlot<Connection> = new ReadSlot<Connection>(this, readTimedOut);
  /** True during a STARTTLS upgrade: no read may start. */
  #upgrading = false;
  #closing = false;
  #stopListening: () => void = NOT_LISTENING;

  /** @internal Use `connect`. */
  constructor(init: ConnectionInit) {
    this.#socket = init.socket;
    this.host = init.host;
    this.port = init.port;
    this.address = init.address;
    this.attempts = [...init.attempts];
    this.#tls = init.tls;
    this.#tlsOptions = init.tlsOptions;
    this.transcript = init.transcript;
    this.timings = init.timings;
    this.timeouts = init.timeouts;
    this.limits = init.limits;
    this.#signal = init.signal;
    this.#framer = this.#attach(init.socket);
    if (this.#signal?.aborted) this.abort(this.#signal.reason);
    else if (this.#signal && !init.ownerAborts) {
      const signal = this.#signal;
      this.#stopListening = onAbort(signal, () => this.abort(signal.reason));
    }
  }

  /** True once TLS is established (implicit or after STARTTLS). */
  get secure(): boolean {
    return this.#tls !== null;
  }

  /** Facts about the TLS session, or null in plaintext. */
  get tls(): TlsInfo | null {
    return this.#tls;
  }

  /** Bytes received and not yet consumed by `readLine`/`readBytes`. */
  get buffered(): number {
    return this.#framer?.buffered ?? 0;
  }

  /**
   * Reads one line, without its CRLF (LF alone also ends a line; the text is decoded as UTF-8).
   * Timeout: `options.timeout`, else the greeting timeout for step `'greeting'` (`E_GREETING_TIMEOUT`)
   * and the command timeout otherwise (`E_READ_TIMEOUT`). Caps: `E_LINE_TOO_LONG`, `E_TOO_MUCH_DATA`.
   * End of stream: `E_CLOSED`; reset: `E_RESET`. Lines already received are still delivered first.
   */
  readLine(options: { timeout?: number; step?: string } = {}): Promise<string> {
    const step = options.step ?? 'read';
    const greeting = step === 'greeting';
    return this.#read(
      LINE,
      step,
      options.timeout ?? (greeting ? this.timeouts.greeting : this.timeouts.command),
      greeting ? 'E_GREETING_TIMEOUT' : 'E_READ_TIMEOUT',
      deliverLine,
    );
  }

  /** Decodes and records a line the server sent. */
  #serverLine(frame: Buffer): string {
    const text = frame.toString('utf8');
    this.transcript.add('server', text, { tls: this.secure });
    return text;
  }

  // What the read slot and the framer call, with the connection as an argument: one function for every
  // connection, where closures would cost each connection in flight one per event. Made here, where
  // they may reach the connection's private state, and kept in the module's bindings below.
  static {
    deliverLine = (frame, connection) => connection.#serverLine(frame);
    readTimedOut = (connection, error) => connection.#fail(error);
    framerHandlers = {
      onFrame: (connection, frame) => connection.#reads.frame(frame),
      // A stream end was already logged by onEnd; only caps need their own event.
      onError: (connection, error, fatal) => connection.#fail(error, fatal),
      onEnd: (connection, error) => {
        if (connection.#failure || connection.#closing) return;
        const words =
          error.code === 'E_RESET' ? 'connection reset by the server' : 'connection closed by the server';
        connection.transcript.add('event', words, { tls: connection.secure });
      },
    };
  }

  /**
   * The next line when it has already arrived, recorded like {@link readLine}'s; null when none is
   * waiting (then `readLine` waits for it and reports any failure). Lets a protocol client take the
   * rest of a multi-line reply that came in one packet without a wait per line.
   */
  takeBufferedLine(): string | null {
    if (this.#failure || this.#busy() || this.#framer === null) return null;
    const frame = this.#framer.takeLine();
    return frame === null ? null : this.#serverLine(frame);
  }

  /**
   * Reads exactly `n` raw bytes (an IMAP literal). `n` above `limits.maxLiteralSize` fails with
   * `E_TOO_MUCH_DATA` before reading and ends the connection. Same timeouts and end errors as `readLine`.
   */
  async readBytes(n: number, options: { timeout?: number; step?: string } = {}): Promise<Buffer> {
    const step = options.step ?? 'read';
    if (!Number.isInteger(n) || n < 0)
      throw new WireError('E_INVALID_INPUT', `A literal size must be a whole number, got ${n}.`, { step });
    if (n > this.limits.maxLiteralSize) {
      const error = new WireError(
        'E_TOO_MUCH_DATA',
        `The server announced ${n} bytes, more than the literal limit of ${this.limits.maxLiteralSize}.`,
        { step },
      );
      this.#fail(error);
      throw error;
    }
    const frame = await this.#read(
      { kind: 'bytes', size: n },
      step,
      options.timeout ?? this.timeouts.command,
      'E_READ_TIMEOUT',
      asBuffer,
    );
    const max = this.limits.maxLineLength;
    const text = frame.subarray(0, max).toString('utf8');
    this.transcript.add('server', frame.length > max ? `${text}…` : text, { tls: this.secure });
    return frame;
  }

  /**
   * Sends `line` + CRLF. Throws `E_INVALID_INPUT` (nothing sent) when `line` or `redactAs` holds CR,
   * LF or NUL. `redactAs` is what the transcript records instead of the line (credentials).
   * Rejects with the connection's failure, or `E_READ_TIMEOUT` when the write does not drain in the
   * command timeout.
   */
  writeLine(line: string, options: { redactAs?: string } = {}): Promise<void> {
    try {
      return this.send(line, options) ?? SETTLED;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * {@link writeLine} without a promise in the common case: returns `undefined` when the socket took
   * the line at once, else a promise that settles as `writeLine`'s would once the data drained. What
   * fails before anything is sent (an invalid line, a failed connection) throws instead of rejecting.
   * For clients that send a command and then wait for its reply: a failed write fails that wait too.
   */
  send(line: string, options: { redactAs?: string } = {}): Promise<void> | undefined {
    validateLine(line, 'Command line');
    if (options.redactAs !== undefined) validateLine(options.redactAs, 'Redacted text');
    if (this.#failure) throw withStep(this.#failure, 'write');
    if (this.#framer === null)
      throw new WireError('E_INTERNAL', 'A write was attempted during a TLS upgrade.', { step: 'write' });
    const redacted = options.redactAs !== undefined;
    this.transcript.add('client', options.redactAs ?? line, {
      tls: this.secure,
      ...(redacted ? { redacted } : {}),
    });
    const socket = this.#socket;
    // Node calls a write callback asynchronously, never from inside write(): the wait below is set
    // up before it can run.
    let onWritten: ((error: WireError | null) => void) | null = null;
    const accepted = socket.write(`${line}\r\n`, 'utf8', (error) => {
      if (!error) return onWritten?.(null);
      // The peer went away. Destroy without failing the connection: lines it sent before closing
      // (a 421, a 221) stay readable, then reads report the close.
      socket.destroy();
      onWritten?.(this.#failure ?? mapSocketError(error, 'write', 'E_CLOSED'));
    });
    // Taken into the socket's buffer below its high-water mark: nothing to wait for. A later write
    // error destroys the socket, and the next read reports it.
    if (accepted) return undefined;
    // The buffer is full (a server that does not read): wait for the data to go, within the command timeout.
    const timeout = this.timeouts.command;
    this.#drains ??= new DrainWaits();
    const { done, settle } = this.#drains.wait(timeout, () =>
      this.#fail(drainTimeout(formatSeconds(timeout))),
    );
    onWritten = settle;
    return done;
  }

  /**
   * Upgrades this connection to TLS (STARTTLS/STLS) after the caller saw the positive reply. Stops
   * the plaintext reader; every byte received but not consumed (also bytes that arrived after the
   * reply) is returned as `leftover`, recorded in the transcript as an event, and never parsed. Then
   * runs the handshake on the same socket and reads through a fresh framer. Fails with
   * `E_TLS_HANDSHAKE`, `E_TLS_TIMEOUT` or the signal's error; the connection is then destroyed.
   * `onLeftover` sees non-empty leftover bytes before the handshake starts, so they are evidence
   * even when the handshake then fails.
   */
  startTls(
    options: TlsOptions & { timeout?: number; onLeftover?: (leftover: Buffer) => void } = {},
  ): Promise<{ tls: TlsInfo; leftover: Buffer }> {
    const step = 'starttls';
    // Not async: the handshake's promise and one reaction on it.
    let leftover: Buffer;
    let handshake: ReturnType<typeof tlsHandshake>;
    let started: number;
    try {
      if (this.#failure) throw withStep(this.#failure, step);
      if (this.secure) throw new WireError('E_INTERNAL', 'The connection is already inside TLS.', { step });
      if (this.#busy() || this.#framer === null)
        throw new WireError('E_INTERNAL', 'A read is pending; STARTTLS must wait for it.', { step });
      this.#upgrading = true;
      leftover = this.#framer.detach();
      this.#framer = null;
      if (leftover.length > 0) {
        this.transcript.add(
          'event',
          `${leftover.length} bytes arrived after the STARTTLS reply, before the TLS handshake; discarded unparsed: ${previewBytes(leftover)}`,
        );
      }
      const { timeout, onLeftover, ...tlsOverrides } = options;
      if (leftover.length > 0) onLeftover?.(leftover);
      this.transcript.add('event', 'TLS handshake started (STARTTLS)');
      started = performance.now();
      handshake = tlsHandshake(this.#socket, {
        host: this.host,
        tls: { ...this.#tlsOptions, ...tlsOverrides },
        timeout: timeout ?? this.timeouts.tls,
        signal: this.#signal,
        step,
      });
    } catch (error) {
      return Promise.reject(error);
    }
    const failed = (error: unknown): never => {
      this.#upgrading = false;
      const failure = this.#failure ?? mapSocketError(error, step, 'E_TLS_HANDSHAKE');
      this.#fail(failure);
      throw withStep(failure, step);
    };
    return handshake.then(({ socket, checkedName, trust }) => {
      try {
        this.timings.tlsHandshake = since(started);
        if (this.#failure) {
          socket.destroy();
          throw this.#failure;
        }
        this.#socket = socket;
        const tls = describeTlsWith(socket, checkedName, trust);
        this.#tls = tls;
        if (this.transcript.recording) this.transcript.add('event', tlsEvent(tls), { tls: true });
        this.#framer = this.#attach(socket);
        this.#upgrading = false;
        return { tls, leftover };
      } catch (error) {
        return failed(error);
      }
    }, failed);
  }

  /** Ends gracefully (TLS close_notify, FIN), waits at most 2 s (or the command timeout) for the close, then destroys. Never throws. */
  close(): Promise<void> {
    if (this.#closing) return SETTLED;
    this.#closing = true;
    this.#fail(CLOSED_BY_CLIENT, false);
    const socket = this.#socket;
    this.#framer?.detach();
    this.#framer = null;
    const closed = (): void => {
      this.transcript.add('event', 'connection closed by this client', { tls: this.secure });
    };
    if (!socket.destroyed) return endGracefully(socket, Math.min(this.timeouts.command, 2000), closed);
    closed();
    return SETTLED;
  }

  /** Destroys the socket at once; pending operations reject with `E_CLOSED`. Idempotent. */
  destroy(): void {
    this.#closing = true;
    // Already failed or closed (every probe destroys its connections at the end): no error to build.
    if (this.#failure === null) this.#fail(CLOSED_BY_CLIENT, false);
    this.#socket.destroy();
  }

  #attach(socket: Socket): LineFramer<Connection> {
    return new LineFramer(socket, this.limits, this.#budget, this, framerHandlers);
  }

  #read<T>(
    want: Want,
    step: string,
    timeout: number,
    timeoutCode: WireErrorCode,
    deliver: (frame: Buffer, connection: Connection) => T,
  ): Promise<T> {
    if (this.#failure) return Promise.reject(withStep(this.#failure, step));
    const framer = this.#framer;
    if (this.#busy() || framer === null) {
      return Promise.reject(
        new WireError('E_INTERNAL', 'Another read or a TLS upgrade is in progress on this connection.', {
          step,
        }),
      );
    }
    return this.#reads.wait(framer, want, step, timeout, timeoutCode, deliver);
  }

  /** A read waits for its frame, or STARTTLS is upgrading the socket. */
  #busy(): boolean {
    return this.#upgrading || this.#reads.waiting;
  }

  /**
   * Ends the connection as an abort does: the socket is destroyed, and pending and later operations
   * reject with `reason` when it is a WireError (a probe's `E_DEADLINE`), else with `E_ABORTED`.
   * Idempotent, and nothing changes for a connection that already failed or closed.
   */
  abort(reason?: unknown): void {
    // No step: each pending operation reports its own.
    this.#fail(abortReasonError(reason, undefined));
  }

  /** The one way a connection fails: record once, destroy the socket, reject everything pending. */
  #fail(error: WireError, log = true): void {
    if (this.#failure) return;
    this.#failure = error;
    this.#stopListening();
    if (log) this.transcript.add('event', `${error.code}: ${error.message}`, { tls: this.secure });
    if (error.code !== 'E_CLOSED' || error.step !== 'close') this.#socket.destroy();
    this.#framer?.cancel();
    this.#reads.fail(error);
    this.#drains?.failAll(error);
  }
}

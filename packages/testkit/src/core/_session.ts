import type * as net from 'node:net';
import * as tls from 'node:tls';
import type { ConnectionRecord, LogEntry } from './log.js';

/** Limits that protect the machine running a test server from a misbehaving client. */
export interface SessionLimits {
  /** Longest client line accepted, in bytes; a longer one closes the connection. */
  maxLineLength: number;
  /** Total bytes accepted from one client before the connection is closed. */
  maxBytes: number;
  /** A connection with no client bytes for this long is closed. */
  idleTimeoutMs: number;
  /** A TLS handshake not finished within this time fails. */
  tlsTimeoutMs: number;
}

export interface ReadLineOptions {
  /** Log the line as `***` (a credential continuation). */
  secret?: boolean;
  /** Do not log the line at all (message bodies). */
  log?: boolean;
}

export type Redactor = (line: string) => string;

/**
 * One server-side connection: a bounded pull-based line reader, a logged writer and the TLS upgrade.
 * Protocol code loops on `readLine()`; `null` means the connection is over.
 */
export class Session {
  readonly raw: net.Socket;
  socket: net.Socket;
  readonly log: ConnectionRecord;
  redactor: Redactor = (line) => line;
  /** Client lines to skip unanswered right after a TLS handshake (a hostile option). */
  ignoreAfterTls = 0;
  private buffer: Buffer = Buffer.alloc(0);
  private segment = 0;
  private received = 0;
  private ended = false;
  private waiter: (() => void) | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly onData = (chunk: Buffer) => this.receive(chunk);
  private readonly onEnd = () => this.finish('client-closed');
  private readonly closedPromise: Promise<void>;
  private resolveClosed!: () => void;

  constructor(
    socket: net.Socket,
    log: ConnectionRecord,
    private readonly limits: SessionLimits,
    private readonly secureContext: tls.SecureContext | null,
  ) {
    this.raw = socket;
    this.socket = socket;
    this.log = log;
    this.closedPromise = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
    socket.setNoDelay(true);
    socket.on('error', (error) => this.finish(`error: ${error.message}`));
    socket.once('close', () => this.finish(this.log.closeReason ?? 'client-closed'));
    this.attach(socket);
  }

  /** True once the connection has ended or is ending. */
  get closed(): boolean {
    return this.ended;
  }

  /** Resolves once the socket has closed. */
  whenClosed(): Promise<void> {
    return this.closedPromise;
  }

  /** Next client line without its line ending; `null` once the connection has ended. */
  async readLine(options: ReadLineOptions = {}): Promise<string | null> {
    for (;;) {
      const newline = this.buffer.indexOf(0x0a);
      if (newline >= 0) {
        const line = this.takeLine(newline);
        if (options.log !== false) this.logClient(line, options.secret === true, false);
        if (this.log.tls && this.ignoreAfterTls > 0) {
          this.ignoreAfterTls -= 1;
          this.log.add('event', 'ignored the line above (ignoreAfterTls)');
          continue;
        }
        return line;
      }
      if (this.ended) return null;
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  /** Exactly `count` raw bytes (an IMAP literal); `null` if the connection ends first. */
  async readBytes(count: number): Promise<Buffer | null> {
    while (this.buffer.length < count) {
      if (this.ended) return null;
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
    const bytes = this.buffer.subarray(0, count);
    this.buffer = this.buffer.subarray(count);
    return bytes;
  }

  /** Writes raw bytes; each CRLF-terminated piece is logged as a server line unless `log` is false. */
  write(data: string | Uint8Array, options: { log?: boolean } = {}): Promise<void> {
    if (this.ended || this.socket.destroyed || !this.socket.writable) return Promise.resolve();
    if (options.log !== false) {
      const text = typeof data === 'string' ? data : Buffer.from(data).toString('latin1');
      const lines = text.split('\r\n');
      if (lines.at(-1) === '') lines.pop();
      for (const line of lines) this.log.add('server', line);
    }
    return new Promise((resolve) => {
      this.socket.write(data, () => resolve());
    });
  }

  /** Ends the connection politely (FIN, or close_notify then FIN inside TLS). */
  close(): void {
    if (this.log.closeReason === null) this.log.closeReason = 'server-closed';
    this.ended = true;
    this.wake();
    this.socket.end();
    // A client that never closes its side must not keep the socket alive.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  /** Drops the connection at once, without a TLS close_notify. */
  destroy(): void {
    if (this.log.closeReason === null) this.log.closeReason = 'destroyed';
    this.socket.destroy();
    this.raw.destroy();
    this.finish('destroyed');
  }

  /** Aborts the connection with a TCP RST. */
  reset(): void {
    if (this.log.closeReason === null) this.log.closeReason = 'reset';
    this.log.add('event', 'reset (RST)');
    if (!this.raw.destroyed) this.raw.resetAndDestroy();
    this.socket.destroy();
    this.finish('reset');
  }

  /**
   * Switches the connection to TLS as a server. Unread plaintext bytes are discarded (and logged as such):
   * honouring them would be the command-injection flaw. Resolves `true` once the handshake completes,
   * `false` if it fails (the connection is then destroyed).
   */
  startTls(): Promise<boolean> {
    if (this.secureContext === null) {
      this.log.add('event', 'tls unavailable: no certificate configured');
      return Promise.resolve(false);
    }
    this.discardBuffered('before TLS');
    this.socket.removeListener('data', this.onData);
    this.socket.removeListener('end', this.onEnd);
    const secure = new tls.TLSSocket(this.raw, { isServer: true, secureContext: this.secureContext });
    this.socket = secure;
    // A TLS socket can emit several errors (handshake, then reset); each must be handled or Node crashes.
    secure.on('error', (error) => this.finish(`error: ${error.message}`));
    secure.once('close', () => this.finish(this.log.closeReason ?? 'client-closed'));
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(false, 'timeout'), this.limits.tlsTimeoutMs);
      const settle = (ok: boolean, reason: string) => {
        clearTimeout(timer);
        secure.removeListener('secure', onSecure);
        if (ok) {
          this.log.tls = true;
          this.log.add('event', `tls established: ${secure.getProtocol() ?? 'unknown'}`);
          this.attach(secure);
        } else {
          this.log.add('event', `tls handshake failed: ${reason}`);
          this.destroy();
        }
        resolve(ok);
      };
      const onSecure = () => settle(true, '');
      secure.once('secure', onSecure);
      secure.once('error', (error) => settle(false, error.message));
      secure.once('close', () => settle(false, 'closed'));
    });
  }

  /** Stops parsing client bytes (a broken or stalled handshake): they are only counted in the log. */
  ignoreInput(): void {
    this.discardBuffered('before ignoring input');
    this.socket.removeListener('data', this.onData);
    this.socket.on('data', (chunk: Buffer) => {
      this.touch();
      this.log.add('event', `ignored ${chunk.length} client bytes`);
    });
  }

  /** Logs client lines that were never read, once the protocol loop has finished. */
  discardUnread(): void {
    this.discardBuffered('unread at close');
  }

  private attach(socket: net.Socket): void {
    socket.on('data', this.onData);
    socket.once('end', this.onEnd);
    this.touch();
  }

  private receive(chunk: Buffer): void {
    this.segment += 1;
    this.received += chunk.length;
    this.touch();
    if (this.received > this.limits.maxBytes) {
      this.log.add('event', `client sent more than ${this.limits.maxBytes} bytes: closed`);
      this.destroy();
      return;
    }
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    if (this.buffer.indexOf(0x0a) < 0 && this.buffer.length > this.limits.maxLineLength) {
      this.log.add('event', `client line longer than ${this.limits.maxLineLength} bytes: closed`);
      this.destroy();
      return;
    }
    this.wake();
  }

  private takeLine(newline: number): string {
    const end = newline > 0 && this.buffer[newline - 1] === 0x0d ? newline - 1 : newline;
    const line = this.buffer.subarray(0, end).toString('utf8');
    this.buffer = this.buffer.subarray(newline + 1);
    return line;
  }

  private logClient(line: string, secret: boolean, discarded: boolean): void {
    const text = secret ? '***' : this.redactor(line);
    const extra: Partial<LogEntry> = { segment: this.segment };
    if (text !== line) extra.redacted = true;
    if (discarded) extra.discarded = true;
    this.log.add('client', text, extra);
  }

  private discardBuffered(when: string): void {
    if (this.buffer.length === 0) return;
    this.log.add('event', `discarded ${this.buffer.length} unread client bytes ${when}`);
    for (let newline = this.buffer.indexOf(0x0a); newline >= 0; newline = this.buffer.indexOf(0x0a)) {
      this.logClient(this.takeLine(newline), false, true);
    }
    if (this.buffer.length > 0) this.logClient(this.buffer.toString('utf8'), false, true);
    this.buffer = Buffer.alloc(0);
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.log.add('event', 'idle timeout');
      this.destroy();
    }, this.limits.idleTimeoutMs);
    this.idleTimer.unref();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  private finish(reason: string): void {
    if (this.log.closeReason === null) this.log.closeReason = reason;
    if (!this.ended) this.ended = true;
    this.wake();
    if (this.socket.destroyed || this.raw.destroyed) {
      if (!this.log.closed) {
        this.log.closed = true;
        if (this.idleTimer) clearTimeout(this.idleTimer);
        this.resolveClosed();
      }
    }
  }
}

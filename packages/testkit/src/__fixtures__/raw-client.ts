import * as net from 'node:net';
import * as tls from 'node:tls';

/** A byte-level test client: reads lines with a bounded wait, writes raw bytes, upgrades to TLS. */
export class RawClient {
  private buffer = Buffer.alloc(0);
  private waiter: (() => void) | null = null;
  closed = false;
  error: NodeJS.ErrnoException | null = null;
  /** Total bytes received since connect. */
  receivedBytes = 0;
  /** The latest chunk the socket delivered (latin1, first 4 KiB): what arrived in one read. */
  lastChunk = '';

  private constructor(public socket: net.Socket) {
    this.attach(socket);
  }

  static async connect(port: number, options: { tls?: tls.ConnectionOptions } = {}): Promise<RawClient> {
    const socket = options.tls
      ? tls.connect({ host: '127.0.0.1', port, ...options.tls })
      : net.connect({ host: '127.0.0.1', port });
    await new Promise<void>((resolve, reject) => {
      socket.once(options.tls ? 'secureConnect' : 'connect', () => resolve());
      socket.once('error', reject);
    });
    return new RawClient(socket);
  }

  private attach(socket: net.Socket): void {
    socket.on('data', (chunk: Buffer) => {
      this.receivedBytes += chunk.length;
      this.lastChunk = chunk.subarray(0, 4096).toString('latin1');
      // Keep memory bounded when a hostile server streams megabytes.
      this.buffer = Buffer.concat([this.buffer, chunk]).subarray(-1024 * 1024);
      this.wake();
    });
    socket.on('error', (error) => {
      this.error = error;
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  private wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(false);
      }, ms);
      this.waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  /** Next line without CRLF; null if the connection closed or nothing came within `ms`. */
  async line(ms = 2000): Promise<string | null> {
    for (;;) {
      const newline = this.buffer.indexOf('\r\n');
      if (newline >= 0) {
        const line = this.buffer.subarray(0, newline).toString('latin1');
        this.buffer = this.buffer.subarray(newline + 2);
        return line;
      }
      if (this.closed || !(await this.wait(ms))) return null;
    }
  }

  /** An SMTP reply: lines until one has a space after the code. */
  async reply(ms = 2000): Promise<string[]> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.line(ms);
      if (line === null) return lines;
      lines.push(line);
      if (line[3] !== '-') return lines;
    }
  }

  /** Lines until one starts with `prefix` (inclusive), e.g. an IMAP tag or a POP3 `.` terminator. */
  async until(predicate: (line: string) => boolean, ms = 2000): Promise<string[]> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.line(ms);
      if (line === null) return lines;
      lines.push(line);
      if (predicate(line)) return lines;
    }
  }

  /** Whatever bytes arrive within `ms` (or until close), as latin1 text. */
  async drain(ms = 200): Promise<string> {
    while (!this.closed && (await this.wait(ms))) {
      // keep collecting
    }
    const text = this.buffer.toString('latin1');
    this.buffer = Buffer.alloc(0);
    return text;
  }

  send(text: string): void {
    this.socket.write(text);
  }

  /** Upgrades the connection to TLS on the same socket; resolves the handshake outcome. */
  async startTls(options: tls.ConnectionOptions = {}): Promise<'ok' | string> {
    this.socket.removeAllListeners('data');
    this.socket.removeAllListeners('close');
    const leftover = this.buffer;
    this.buffer = Buffer.alloc(0);
    const secure = tls.connect({ socket: this.socket, ...options });
    const outcome = await new Promise<string>((resolve) => {
      secure.once('secureConnect', () => resolve('ok'));
      secure.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      secure.once('close', () => resolve('closed'));
    });
    this.socket = secure;
    this.closed = false;
    this.attach(secure);
    if (leftover.length > 0) this.leftover = leftover.toString('latin1');
    return outcome;
  }

  /** Plaintext bytes that were buffered when startTls() was called (an injection, if any). */
  leftover = '';

  /** Resolves once the server has closed the connection (or `ms` passed: returns false). */
  async waitClose(ms = 2000): Promise<boolean> {
    while (!this.closed) {
      if (!(await this.wait(ms))) return this.closed;
    }
    return true;
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * Connects and reports how the connection ended: an error code such as `ECONNRESET`, or
 * `closed without error`. The RST can beat the connect callback on loopback, so both are watched.
 */
export function connectionOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.on('close', () => resolve('closed without error'));
  });
}

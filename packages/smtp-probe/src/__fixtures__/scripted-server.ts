import * as net from 'node:net';
import * as tls from 'node:tls';

/** What a script can do with one accepted connection. */
export interface ScriptIO {
  /** Writes raw text (latin1) exactly as given; no CRLF is added. */
  write(text: string): void;
  /** Next client line without CRLF, or null once the client left. */
  readLine(): Promise<string | null>;
  /** Wraps the socket in server-side TLS with the given certificate (after the script wrote its 220). */
  startTls(credentials: { cert: string; key: string }): Promise<void>;
}

/** Everything one connection received, byte for byte. */
export interface ReceivedBytes {
  /** Client bytes before TLS, latin1. */
  plain: string;
  /** Client bytes inside TLS, latin1. */
  tls: string;
  /** performance.now() when the connection was accepted. */
  acceptedAt: number;
}

/** A raw, byte-exact server on 127.0.0.1, port 0, that runs `script` per connection. */
export interface ScriptedServer {
  readonly port: number;
  readonly connections: readonly ReceivedBytes[];
  /** Resolves when every script run so far has finished. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

class LineReader {
  private buffer = '';
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;

  push(chunk: string): void {
    this.buffer += chunk;
    this.flush();
  }

  end(): void {
    this.ended = true;
    this.flush();
  }

  /** Drops buffered bytes (what a correct server does at a TLS upgrade). */
  reset(): void {
    this.buffer = '';
  }

  private flush(): void {
    if (this.waiting === null) return;
    const index = this.buffer.indexOf('\n');
    if (index >= 0) {
      const line = this.buffer.slice(0, index).replace(/\r$/, '');
      this.buffer = this.buffer.slice(index + 1);
      const resolve = this.waiting;
      this.waiting = null;
      resolve(line);
    } else if (this.ended) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(null);
    }
  }

  next(): Promise<string | null> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.flush();
    });
  }
}

/** Starts a scripted server; the script runs once per accepted connection. */
export async function createScriptedServer(
  script: (io: ScriptIO, received: ReceivedBytes) => Promise<void>,
): Promise<ScriptedServer> {
  const connections: ReceivedBytes[] = [];
  const runs: Promise<void>[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    const received: ReceivedBytes = { plain: '', tls: '', acceptedAt: performance.now() };
    connections.push(received);
    const reader = new LineReader();
    let current: net.Socket = socket;
    const onPlain = (chunk: Buffer) => {
      received.plain += chunk.toString('latin1');
      reader.push(chunk.toString('latin1'));
    };
    socket.on('data', onPlain);
    socket.on('end', () => reader.end());
    socket.on('close', () => reader.end());
    const io: ScriptIO = {
      write: (text) => {
        if (!current.destroyed) current.write(Buffer.from(text, 'latin1'));
      },
      readLine: () => reader.next(),
      startTls: (credentials) =>
        new Promise((resolve, reject) => {
          socket.off('data', onPlain);
          reader.reset();
          const secure = new tls.TLSSocket(socket, { isServer: true, ...credentials });
          secure.on('error', reject);
          secure.on('secure', () => resolve());
          secure.on('data', (chunk: Buffer) => {
            received.tls += chunk.toString('latin1');
            reader.push(chunk.toString('latin1'));
          });
          secure.on('end', () => reader.end());
          current = secure;
        }),
    };
    runs.push(
      script(io, received)
        .catch(() => undefined)
        .finally(() => current.end()),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    connections,
    settled: async () => {
      await Promise.all(runs);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

import { connect, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';

/** A loopback port that never answers a TCP connect. */
export interface UnansweredPort {
  readonly host: string;
  readonly port: number;
  /** Releases the port and the sockets holding it. */
  close(): Promise<void>;
}

/** Options of {@link createUnansweredPort}. */
export interface UnansweredPortOptions {
  /** Address to bind. Default `127.0.0.1`. */
  host?: string;
  /**
   * Port to bind. Default 0 (an ephemeral port). Give the port of a server on another loopback
   * address to make one name's addresses answer differently on the same port.
   */
  port?: number;
}

// The listener lives in a worker whose event loop is parked, so nothing ever accepts. The kernel completes
// handshakes into the accept queue until it is full (backlog + 1 on Linux); after that it drops SYNs, so a
// client's connect gets no answer at all: the same thing a client sees behind a firewall that drops packets.
const LISTENER = `
const { createServer } = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const server = createServer();
server.on('error', (error) => parentPort.postMessage({ error: String(error && error.message) }));
server.listen({ host: workerData.host, port: workerData.port, backlog: 1 }, () => {
  parentPort.postMessage({ port: server.address().port });
  Atomics.wait(new Int32Array(workerData.stop), 0, 0);
  server.close();
});
`;

const FILLERS = 4;

/**
 * Starts a port on loopback that never answers a TCP connect: a client's connect times out, as it would
 * against a port filtered by a firewall that drops packets (e.g. outbound 25 from most clouds). Needs no
 * privileges and sends nothing anywhere. Linux-specific in how the kernel treats a full accept queue; on
 * other systems a connect may be accepted instead (and then never greeted).
 *
 * @returns The port; rejects if it cannot bind (e.g. `port` is taken on `host`).
 */
export async function createUnansweredPort(options: UnansweredPortOptions = {}): Promise<UnansweredPort> {
  const host = options.host ?? '127.0.0.1';
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(LISTENER, { eval: true, workerData: { host, port: options.port ?? 0, stop } });
  worker.unref();
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { port?: number; error?: string }) =>
      message.port === undefined
        ? reject(new Error(message.error ?? 'listen failed'))
        : resolve(message.port),
    );
    worker.once('error', reject);
  });
  // Fill the accept queue so that every later SYN is dropped.
  const fillers: Socket[] = [];
  for (let index = 0; index < FILLERS; index += 1) {
    const socket = connect({ host, port });
    socket.on('error', () => {});
    socket.unref();
    fillers.push(socket);
  }
  await Promise.all(
    fillers.slice(0, 2).map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('connect', () => resolve());
          socket.once('error', () => resolve());
        }),
    ),
  );
  let closed = false;
  return {
    host,
    port,
    close: async () => {
      if (closed) return;
      closed = true;
      for (const socket of fillers) socket.destroy();
      const flag = new Int32Array(stop);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await worker.terminate();
    },
  };
}

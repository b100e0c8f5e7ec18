import { createSelfSignedCertificate } from '@mailports/testkit';
import { createServer, type Server, type Socket } from 'node:net';
import { type TLSSocket, TLSSocket as TlsSocketClass } from 'node:tls';
import { afterEach } from 'vitest';
import { WireError } from '../errors';

/** A raw TCP server on loopback (127.0.0.1 unless told), port 0, that records every byte it receives. */
export interface RawServer {
  port: number;
  /** Bytes received per connection, in accept order. */
  received: Buffer[];
  sockets: Socket[];
  close(): Promise<void>;
}

export async function rawServer(
  onConnection: (socket: Socket, index: number) => void,
  host = '127.0.0.1',
): Promise<RawServer> {
  const received: Buffer[] = [];
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    const index = sockets.length;
    sockets.push(socket);
    received[index] = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      received[index] = Buffer.concat([received[index] ?? Buffer.alloc(0), chunk]);
    });
    onConnection(socket, index);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    received,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

/** A PEM certificate and its key. */
export interface TestCertificate {
  key: string;
  cert: string;
}

let shared: Promise<TestCertificate> | undefined;

/**
 * A throwaway self-signed EC certificate for `localhost` and 127.0.0.1, made once per test file in
 * memory by the testkit (no `openssl` binary needed).
 */
export function selfSignedCertificate(): Promise<TestCertificate> {
  shared ??= createSelfSignedCertificate({ names: ['localhost', '127.0.0.1'] });
  return shared;
}

/** Wraps an accepted plain socket as the server side of TLS (implicit TLS or after STARTTLS). */
export function serverTls(
  socket: Socket,
  certificate: TestCertificate,
  options: { minVersion?: 'TLSv1'; maxVersion?: 'TLSv1' } = {},
): TLSSocket {
  const secure = new TlsSocketClass(socket, {
    isServer: true,
    key: certificate.key,
    cert: certificate.cert,
    // Without an SNI callback a standalone server socket does not expose the name the client sent.
    SNICallback: (_name, callback) => callback(null, undefined),
    ...(options.minVersion
      ? { minVersion: options.minVersion, maxVersion: options.maxVersion, ciphers: 'DEFAULT:@SECLEVEL=0' }
      : {}),
  });
  secure.on('error', () => {});
  return secure;
}

/** Calls `onLine` for each CRLF line a socket sends (server side of a scripted dialogue). */
export function onLines(socket: Socket | TLSSocket, onLine: (line: string) => void): () => void {
  let pending = '';
  const listener = (chunk: Buffer): void => {
    pending += chunk.toString('latin1');
    for (let index = pending.indexOf('\n'); index !== -1; index = pending.indexOf('\n')) {
      const line = pending.slice(0, index).replace(/\r$/, '');
      pending = pending.slice(index + 1);
      onLine(line);
    }
  };
  socket.on('data', listener);
  return () => socket.off('data', listener);
}

/** `serve(onConnection)` starts a raw server that is closed after each test of the calling file. */
export function useRawServers(): (onConnection: Parameters<typeof rawServer>[0]) => Promise<RawServer> {
  const servers: RawServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (onConnection) => {
    const server = await rawServer(onConnection);
    servers.push(server);
    return server;
  };
}

/** The WireError `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<WireError> {
  try {
    await promise;
  } catch (error) {
    if (WireError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a WireError, got success');
}

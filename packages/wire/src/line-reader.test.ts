import { connect as netConnect, type Socket } from 'node:net';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { type RawServer, rawServer } from './__fixtures__/servers';
import type { WireError } from './errors';
import { LineFramer } from './line-reader';
import { DEFAULT_LIMITS, type Limits } from './timeouts';

const servers: RawServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function framerFor(
  onConnection: Parameters<typeof rawServer>[0],
  limits: Partial<Limits> = {},
): Promise<{ framer: LineFramer; socket: Socket; next: () => Promise<Buffer> }> {
  const server = await rawServer(onConnection);
  servers.push(server);
  const socket = netConnect({ host: '127.0.0.1', port: server.port });
  socket.on('error', () => {});
  sockets.push(socket);
  await once(socket, 'connect');
  let waiting: { resolve: (frame: Buffer) => void; reject: (error: WireError) => void } | null = null;
  const framer = new LineFramer(socket, { ...DEFAULT_LIMITS, ...limits }, { received: 0 }, null, {
    onFrame: (_owner, frame) => waiting?.resolve(frame),
    onError: (_owner, error) => waiting?.reject(error),
  });
  const next = (): Promise<Buffer> =>
    new Promise<Buffer>((resolve, reject) => {
      waiting = { resolve, reject };
      framer.request({ kind: 'line' });
    });
  return { framer, socket, next };
}

describe('LineFramer', () => {
  it('never holds more than the line cap plus one socket chunk while cutting a 10 MB line', async () => {
    const { framer, socket, next } = await framerFor(
      (server) => server.write(Buffer.alloc(10 * 1024 * 1024, 0x41)),
      {
        maxLineLength: 4096,
      },
    );
    const error = await next().then(
      () => null,
      (reason: WireError) => reason,
    );
    expect(error?.code).toBe('E_LINE_TOO_LONG');
    expect(framer.peakBuffered).toBeLessThanOrEqual(4096 + 2 + 64 * 1024);
    expect(framer.buffered).toBe(0);
    // The connection was cut long before the server's 10 MB arrived.
    expect(socket.bytesRead).toBeLessThan(1024 * 1024);
  });

  it('stops reading from the socket while nobody asks for a line (backpressure, not buffering)', async () => {
    const { framer, socket } = await framerFor(
      (server) => server.write(Buffer.alloc(10 * 1024 * 1024, 0x41)),
      {
        maxLineLength: 1024,
      },
    );
    // Wait (bounded) until more than a line's worth has arrived; from then on the framer must stop pulling.
    for (let attempt = 0; attempt < 400 && framer.peakBuffered <= 1026; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(socket.isPaused()).toBe(true);
    expect(framer.peakBuffered).toBeLessThanOrEqual(1024 + 2 + 64 * 1024);
  });

  it('returns unread bytes, also those the stream still held, when detached', async () => {
    const { framer, next } = await framerFor((server) =>
      server.write('220 go\r\nINJECTED 1\r\nINJECTED 2\r\n'),
    );
    expect((await next()).toString()).toBe('220 go');
    expect(framer.detach().toString()).toBe('INJECTED 1\r\nINJECTED 2\r\n');
    expect(framer.buffered).toBe(0);
  });

  it('takes one framer per socket at a time, and reports to its owner what the socket says', async () => {
    const { framer, socket, next } = await framerFor((server) => {
      server.write('220 one\r\n');
      setTimeout(() => server.end('221 two\r\n'), 50);
    });
    expect((await next()).toString()).toBe('220 one');
    const handlers = { onFrame: () => {}, onError: () => {} };
    expect(() => new LineFramer(socket, DEFAULT_LIMITS, { received: 0 }, 'second', handlers)).toThrow(
      'already has a framer',
    );
    framer.detach();
    const seen: string[] = [];
    const after = new LineFramer(socket, DEFAULT_LIMITS, { received: 0 }, 'after', {
      onFrame: (owner, frame) => seen.push(`${owner} frame ${frame.toString()}`),
      onError: (owner, error) => seen.push(`${owner} error ${error.code}`),
      onEnd: (owner, error) => seen.push(`${owner} end ${error.code}`),
    });
    socket.resume();
    after.request({ kind: 'line' });
    await once(socket, 'close');
    after.request({ kind: 'line' });
    expect(seen).toEqual(['after frame 221 two', 'after end E_CLOSED', 'after error E_CLOSED']);
  });
});

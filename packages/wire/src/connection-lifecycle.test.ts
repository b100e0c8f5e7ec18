import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { failure, useRawServers } from './__fixtures__/servers';
import type { Connection } from './connection';
import { WireError } from './errors';
import { connect } from './open';
import { checkLinesPerReply, DEFAULT_LIMITS } from './timeouts';
import { Transcript } from './transcript';

const serve = useRawServers();

/** Waits (bounded) until the connection holds at least `bytes` unread bytes. */
async function untilBuffered(connection: Connection, bytes: number): Promise<void> {
  for (let attempt = 0; attempt < 200 && connection.buffered < bytes; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(connection.buffered).toBeGreaterThanOrEqual(bytes);
}

describe('Connection lifecycle', () => {
  it('refuses a second read while one is pending instead of interleaving them', async () => {
    const server = await serve(() => {});
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    const first = connection.readLine();
    const error = await failure(connection.readLine());
    expect(error.code).toBe('E_INTERNAL');
    connection.destroy();
    expect((await failure(first)).code).toBe('E_CLOSED');
  });

  it('closes gracefully: the server sees the end of the stream, later calls fail with E_CLOSED', async () => {
    const ended: Promise<unknown>[] = [];
    const server = await serve((socket) => {
      ended.push(once(socket, 'end'));
      socket.on('end', () => socket.end());
    });
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    await connection.close();
    await Promise.all(ended);
    expect((await failure(connection.readLine())).code).toBe('E_CLOSED');
    expect((await failure(connection.writeLine('NOOP'))).code).toBe('E_CLOSED');
    await connection.close();
    expect(connection.transcript.entries.at(-1)?.text).toBe('connection closed by this client');
  });

  it('still delivers a reply sent just before the server closed, even after a failed write', async () => {
    const server = await serve((socket) => socket.end('421 too busy, closing\r\n'));
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    await untilBuffered(connection, 10);
    await connection.writeLine('EHLO probe.example').catch(() => {});
    expect(await connection.readLine({ step: 'greeting' })).toBe('421 too busy, closing');
    expect(['E_CLOSED', 'E_RESET']).toContain((await failure(connection.readLine())).code);
  });

  it('fills a shared transcript and timings record', async () => {
    const server = await serve((socket) => socket.write('220 hi\r\n'));
    const transcript = new Transcript();
    const timings = {};
    const connection = await connect({ host: '127.0.0.1', port: server.port, transcript, timings });
    await connection.readLine();
    expect(connection.transcript).toBe(transcript);
    expect(timings).toHaveProperty('connect');
    const times = transcript.entries.map((entry) => entry.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    connection.destroy();
  });
});

describe('checkLinesPerReply', () => {
  it('allows the limit and throws E_TOO_MANY_LINES above it', () => {
    expect(() => checkLinesPerReply(DEFAULT_LIMITS.maxLinesPerReply, DEFAULT_LIMITS)).not.toThrow();
    try {
      checkLinesPerReply(3, { maxLinesPerReply: 2 }, 'ehlo');
      expect.unreachable();
    } catch (error) {
      expect(WireError.isInstance(error) && [error.code, error.step]).toEqual(['E_TOO_MANY_LINES', 'ehlo']);
    }
  });
});

import { once } from 'node:events';
import { type AddressInfo, connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUnansweredPort, type UnansweredPort } from './port';

type Outcome = 'connected' | 'timeout' | 'refused' | 'error';

function tryConnect(port: number, timeout: number, host = '127.0.0.1'): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(timeout);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'error'),
    );
  });
}

describe('createUnansweredPort', () => {
  let unanswered: UnansweredPort | undefined;
  afterEach(async () => {
    await unanswered?.close();
  });

  it('leaves a TCP connect without any answer, neither accepted nor refused', async () => {
    unanswered = await createUnansweredPort();
    expect(await tryConnect(unanswered.port, 400)).toBe('timeout');
    expect(await tryConnect(unanswered.port, 400)).toBe('timeout');
  });

  it('releases the port on close, after which connects are refused', async () => {
    unanswered = await createUnansweredPort();
    const { port } = unanswered;
    await unanswered.close();
    expect(await tryConnect(port, 1000)).toBe('refused');
  });

  it('binds the port asked for on another loopback address, leaving 127.0.0.1 on that port alone', async () => {
    const listener = createServer().listen(0, '127.0.0.1');
    await once(listener, 'listening');
    const { port } = listener.address() as AddressInfo;
    try {
      unanswered = await createUnansweredPort({ host: '127.0.0.2', port });
      expect(unanswered.port).toBe(port);
      expect(await tryConnect(port, 400, '127.0.0.2')).toBe('timeout');
      expect(await tryConnect(port, 1000, '127.0.0.1')).toBe('connected');
    } finally {
      listener.close();
    }
  });
});

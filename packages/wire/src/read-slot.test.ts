import { once } from 'node:events';
import { connect as netConnect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type RawServer, rawServer } from './__fixtures__/servers';
import { WireError } from './errors';
import { LineFramer } from './line-reader';
import { ReadSlot } from './read-slot';
import { DEFAULT_LIMITS } from './timeouts';

const servers: RawServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A slot over a framer on a loopback socket whose server says `lines`, with what the slot reported. */
async function slotFor(lines: string) {
  const server = await rawServer((socket) => socket.write(lines));
  servers.push(server);
  const socket = netConnect({ host: '127.0.0.1', port: server.port });
  socket.on('error', () => {});
  sockets.push(socket);
  await once(socket, 'connect');
  const events = { timeouts: [] as WireError[], settled: 0 };
  const slot: ReadSlot<string> = new ReadSlot('owner', (owner, error) => {
    expect(owner).toBe('owner');
    events.timeouts.push(error);
    slot.fail(error);
  });
  const framer = new LineFramer(socket, DEFAULT_LIMITS, { received: 0 }, 'owner', {
    onFrame: (_owner, frame) => slot.frame(frame),
    onError: (_owner, error) => slot.fail(error),
  });
  const read = (timeout = 2000) =>
    slot
      .wait(
        framer,
        { kind: 'line' },
        'test',
        timeout,
        'E_READ_TIMEOUT',
        (frame, owner) => `${owner}: ${frame.toString('utf8')}`,
      )
      .finally(() => {
        events.settled++;
        expect(slot.waiting).toBe(false);
      });
  return { read, slot, events };
}

describe('ReadSlot', () => {
  it('delivers lines in order, the held ones at once, and settles each read once', async () => {
    const { read, events } = await slotFor('250-one\r\n250-two\r\n250 three\r\n');
    expect(await read()).toBe('owner: 250-one');
    expect(await read()).toBe('owner: 250-two');
    expect(await read()).toBe('owner: 250 three');
    expect(events.settled).toBe(3);
    expect(events.timeouts).toEqual([]);
  });

  it('reports a read that gets no line within its limit, naming its step, and ignores a late frame', async () => {
    const { read, slot, events } = await slotFor('');
    const error = await read(50).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WireError);
    expect(error).toMatchObject({ code: 'E_READ_TIMEOUT', step: 'test', message: 'No reply within 0.05 s.' });
    expect(events.timeouts).toHaveLength(1);
    slot.frame(Buffer.from('too late'));
    expect(events.settled).toBe(1);
  });

  it("fails the waiting read with the connection's error, adding the read's step", async () => {
    const { read, slot } = await slotFor('');
    const pending = read();
    slot.fail(new WireError('E_RESET', 'The server reset the connection.'));
    await expect(pending).rejects.toMatchObject({ code: 'E_RESET', step: 'test' });
  });
});

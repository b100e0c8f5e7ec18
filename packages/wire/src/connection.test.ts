import { once } from 'node:events';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { failure, freePort, rawServer, useRawServers } from './__fixtures__/servers';
import { resolveHost } from './resolve';
import { connect } from './open';
import { WireError } from './errors';

const serve = useRawServers();

describe('connect', () => {
  it('reports a refused port as E_REFUSED during the connect step', async () => {
    const port = await freePort();
    const error = await failure(connect({ host: '127.0.0.1', port }));
    expect(error.code).toBe('E_REFUSED');
    expect(error.status).toBe('refused');
    expect(error.step).toBe('connect');
  });

  it('rejects an out-of-range port and a host with CRLF before touching the network', async () => {
    expect((await failure(connect({ host: '127.0.0.1', port: 70000 }))).code).toBe('E_INVALID_INPUT');
    expect((await failure(connect({ host: 'a\r\nb', port: 25 }))).code).toBe('E_INVALID_INPUT');
  });

  it('connects by host name: resolves it, times the lookup and connects to the first address', async () => {
    // `localhost` comes from the hosts file, so no query leaves the machine; its first address may be ::1.
    const [first] = await resolveHost('localhost');
    const server = await rawServer((socket) => socket.write('220 hi\r\n'), first);
    try {
      const connection = await connect({ host: 'localhost', port: server.port });
      expect(connection.address).toBe(first);
      expect(connection.timings.dns).toBeGreaterThanOrEqual(0);
      expect(connection.transcript.entries[0]?.text).toMatch(/^resolved localhost to /);
      expect(await connection.readLine({ step: 'greeting' })).toBe('220 hi');
      connection.destroy();
    } finally {
      await server.close();
    }
  });

  it('records dns-free connects with the address, connect timing and a transcript event', async () => {
    const server = await serve((socket) => socket.write('220 hi\r\n'));
    const connection = await connect({ host: 'mail.example.test', address: '127.0.0.1', port: server.port });
    expect(connection.address).toBe('127.0.0.1');
    expect(connection.timings.connect).toBeGreaterThanOrEqual(0);
    expect(connection.timings.dns).toBeUndefined();
    expect(connection.transcript.entries[0]?.text).toBe(`connected to 127.0.0.1:${server.port}`);
    connection.destroy();
  });
});

describe('Connection.readLine', () => {
  it('joins lines split across chunks and accepts both CRLF and bare LF endings', async () => {
    const server = await serve((socket) => {
      socket.write('220 hel');
      setTimeout(() => socket.write('lo\r\n250-a\n'), 20);
      setTimeout(() => socket.write('250 b\r\n'), 40);
    });
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    expect(await connection.readLine({ step: 'greeting' })).toBe('220 hello');
    expect(await connection.readLine()).toBe('250-a');
    expect(await connection.readLine()).toBe('250 b');
    const serverLines = connection.transcript.entries.filter((entry) => entry.direction === 'server');
    expect(serverLines.map((entry) => entry.text)).toEqual(['220 hello', '250-a', '250 b']);
    expect(serverLines.every((entry) => entry.tls === false)).toBe(true);
    connection.destroy();
  });

  it('hands out lines already received without waiting, and null until the next one arrives', async () => {
    let later: (() => void) | undefined;
    const server = await serve((socket) => {
      socket.write('250-one\r\n250-two\r\n250 thr');
      later = () => socket.write('ee\r\n');
    });
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    expect(await connection.readLine()).toBe('250-one');
    expect(connection.takeBufferedLine()).toBe('250-two');
    // Half a line is not a line: nothing is handed out and nothing is lost.
    expect(connection.takeBufferedLine()).toBeNull();
    later?.();
    expect(await connection.readLine()).toBe('250 three');
    const serverLines = connection.transcript.entries.filter((entry) => entry.direction === 'server');
    expect(serverLines.map((entry) => entry.text)).toEqual(['250-one', '250-two', '250 three']);
    connection.destroy();
  });

  it('fails the connection when a buffered line is over the cap, and the next read says why', async () => {
    const server = await serve((socket) => socket.write(`220 ok\r\n${'x'.repeat(100)}\r\n`));
    const connection = await connect({ host: '127.0.0.1', port: server.port, limits: { maxLineLength: 99 } });
    expect(await connection.readLine({ step: 'greeting' })).toBe('220 ok');
    expect(connection.takeBufferedLine()).toBeNull();
    expect((await failure(connection.readLine())).code).toBe('E_LINE_TOO_LONG');
  });

  it('fails a silent server with E_GREETING_TIMEOUT and destroys the socket', async () => {
    const closed: Promise<unknown>[] = [];
    const server = await serve((socket) => closed.push(once(socket, 'close')));
    const connection = await connect({ host: '127.0.0.1', port: server.port, timeouts: { greeting: 100 } });
    const error = await failure(connection.readLine({ step: 'greeting' }));
    expect(error.code).toBe('E_GREETING_TIMEOUT');
    expect(error.status).toBe('no-greeting');
    expect(error.message).toContain('0.1 s');
    await Promise.all(closed);
    expect(connection.transcript.entries.some((entry) => entry.text.startsWith('E_GREETING_TIMEOUT'))).toBe(
      true,
    );
  });

  it('uses E_READ_TIMEOUT for a silent reply after the greeting', async () => {
    const server = await serve((socket) => socket.write('220 hi\r\n'));
    const connection = await connect({ host: '127.0.0.1', port: server.port, timeouts: { command: 80 } });
    await connection.readLine({ step: 'greeting' });
    const error = await failure(connection.readLine({ step: 'ehlo' }));
    expect(error.code).toBe('E_READ_TIMEOUT');
    expect(error.step).toBe('ehlo');
  });

  it('reports a reset after accept as E_RESET', async () => {
    // Reset once the client has spoken, so the RST cannot race the connect itself.
    const server = await serve((socket) => socket.once('data', () => socket.resetAndDestroy()));
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    await connection.writeLine('NOOP');
    const error = await failure(connection.readLine({ step: 'greeting' }));
    expect(error.code).toBe('E_RESET');
    expect(error.step).toBe('greeting');
  });

  it('delivers the last line before a clean close, then E_CLOSED', async () => {
    const server = await serve((socket) => socket.end('221 bye\r\n'));
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    expect(await connection.readLine()).toBe('221 bye');
    const error = await failure(connection.readLine({ step: 'quit' }));
    expect(error.code).toBe('E_CLOSED');
    expect(error.status).toBe('closed');
    expect(
      connection.transcript.entries.some((entry) => entry.text === 'connection closed by the server'),
    ).toBe(true);
  });

  it('hands out a last line without LF before reporting the close', async () => {
    const server = await serve((socket) => socket.end('221 bye\r'));
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    expect(await connection.readLine()).toBe('221 bye');
    expect((await failure(connection.readLine())).code).toBe('E_CLOSED');
  });

  it('cuts an endless line at the line cap with E_LINE_TOO_LONG instead of buffering it', async () => {
    const server = await serve((socket) => {
      socket.write(Buffer.alloc(10 * 1024 * 1024, 0x41));
    });
    const connection = await connect({
      host: '127.0.0.1',
      port: server.port,
      limits: { maxLineLength: 1024 },
    });
    const error = await failure(connection.readLine());
    expect(error.code).toBe('E_LINE_TOO_LONG');
    expect(connection.buffered).toBe(0);
  });

  it('rejects a complete line longer than the cap', async () => {
    const server = await serve((socket) => socket.write(`${'x'.repeat(100)}\r\n`));
    const connection = await connect({ host: '127.0.0.1', port: server.port, limits: { maxLineLength: 99 } });
    expect((await failure(connection.readLine())).code).toBe('E_LINE_TOO_LONG');
  });

  it('accepts a line exactly at the cap', async () => {
    const server = await serve((socket) => socket.write(`${'x'.repeat(99)}\r\n`));
    const connection = await connect({ host: '127.0.0.1', port: server.port, limits: { maxLineLength: 99 } });
    expect(await connection.readLine()).toHaveLength(99);
    connection.destroy();
  });

  it('ends the connection with E_TOO_MUCH_DATA once the per-connection byte cap is passed', async () => {
    const server = await serve((socket) => socket.write(`${'250-line of text\r\n'.repeat(200)}250 end\r\n`));
    const connection = await connect({ host: '127.0.0.1', port: server.port, limits: { maxBytes: 1000 } });
    let error: WireError | null = null;
    for (let index = 0; index < 300 && !error; index++) {
      error = await connection.readLine().then(
        () => null,
        (reason: WireError) => reason,
      );
    }
    expect(error?.code).toBe('E_TOO_MUCH_DATA');
  });
});

describe('Connection.readBytes', () => {
  it('reads an IMAP literal exactly, even one longer than the line cap', async () => {
    const literal = 'y'.repeat(5000);
    const server = await serve((socket) =>
      socket.write(`* 1 FETCH (BODY[] {5000}\r\n${literal})\r\nA1 OK\r\n`),
    );
    const connection = await connect({
      host: '127.0.0.1',
      port: server.port,
      limits: { maxLineLength: 100 },
    });
    expect(await connection.readLine()).toBe('* 1 FETCH (BODY[] {5000}');
    expect((await connection.readBytes(5000)).toString()).toBe(literal);
    expect(await connection.readLine()).toBe(')');
    expect(await connection.readLine()).toBe('A1 OK');
    connection.destroy();
  });

  it('refuses a literal above maxLiteralSize before reading it', async () => {
    const server = await serve((socket) => socket.write('* 1 FETCH {999999}\r\n'));
    const connection = await connect({
      host: '127.0.0.1',
      port: server.port,
      limits: { maxLiteralSize: 1000 },
    });
    await connection.readLine();
    const error = await failure(connection.readBytes(999999));
    expect(error.code).toBe('E_TOO_MUCH_DATA');
  });
});

describe('Connection.writeLine', () => {
  it('refuses CR, LF and NUL without sending a byte', async () => {
    const server = await serve(() => {});
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    expect((await failure(connection.writeLine('EHLO a\r\nMAIL FROM:<x>'))).code).toBe('E_INVALID_INPUT');
    expect((await failure(connection.writeLine('EHLO a\nRSET'))).code).toBe('E_INVALID_INPUT');
    expect((await failure(connection.writeLine('EHLO a\0'))).code).toBe('E_INVALID_INPUT');
    expect((await failure(connection.writeLine('AUTH PLAIN x', { redactAs: 'AUTH\r\n' }))).code).toBe(
      'E_INVALID_INPUT',
    );
    await connection.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.received[0]?.length).toBe(0);
    expect(connection.transcript.entries.some((entry) => entry.direction === 'client')).toBe(false);
  });

  it('sends CRLF-terminated lines and records only the redacted text of secrets', async () => {
    const server = await serve(() => {});
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    await connection.writeLine('EHLO probe.example');
    await connection.writeLine('AUTH PLAIN AGFsaWNlAHNlY3JldA==', { redactAs: 'AUTH PLAIN <redacted>' });
    await connection.close();
    expect(server.received[0]?.toString()).toBe('EHLO probe.example\r\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n');
    const client = connection.transcript.entries.filter((entry) => entry.direction === 'client');
    expect(client.map((entry) => entry.text)).toEqual(['EHLO probe.example', 'AUTH PLAIN <redacted>']);
    expect(client[1]?.redacted).toBe(true);
    expect(JSON.stringify(connection.transcript.entries)).not.toContain('AGFsaWNl');
  });
});

describe('Connection.send', () => {
  it('returns nothing when the socket takes the line, and throws what fails before sending', async () => {
    const server = await serve(() => {});
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    expect(connection.send('EHLO probe.example')).toBeUndefined();
    expect(() => connection.send('EHLO a\r\nRSET')).toThrow(
      expect.objectContaining({ code: 'E_INVALID_INPUT' }),
    );
    connection.destroy();
    expect(() => connection.send('QUIT')).toThrow(
      expect.objectContaining({ code: 'E_CLOSED', step: 'close' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.received[0]?.toString()).toBe('EHLO probe.example\r\n');
  });

  it('waits for a server that stops reading to drain, and fails the write after the command timeout', async () => {
    const server = await serve((socket) => socket.pause());
    const connection = await connect({ host: '127.0.0.1', port: server.port, timeouts: { command: 300 } });
    const line = 'X'.repeat(64 * 1024);
    let draining: Promise<void> | undefined;
    // The kernel's buffers take a few megabytes on loopback before the socket's own buffer fills.
    for (let sent = 0; draining === undefined && sent < 2000; sent++) draining = connection.send(line);
    expect(draining).toBeInstanceOf(Promise);
    const error = await failure(draining as Promise<void>);
    expect(error).toMatchObject({ code: 'E_READ_TIMEOUT', step: 'write' });
    expect(error.message).toContain('did not take the data within 0.3 s');
    expect((await failure(connection.readLine())).code).toBe('E_READ_TIMEOUT');
  });
});

describe('Connection.close', () => {
  it('ends with a FIN, waits for the peer to close or at most the command timeout, and says so once', async () => {
    const polite = await serve((socket) => socket.write('220 hi\r\n'));
    // Keeps its side open after the client's FIN: the close is cut short by the timeout.
    const accepted: Socket[] = [];
    const stubborn = createServer({ allowHalfOpen: true }, (socket) => {
      accepted.push(socket);
      socket.write('220 hi\r\n');
    });
    stubborn.listen(0, '127.0.0.1');
    await once(stubborn, 'listening');
    const stubbornPort = (stubborn.address() as AddressInfo).port;
    try {
      for (const port of [polite.port, stubbornPort]) {
        const connection = await connect({ host: '127.0.0.1', port, timeouts: { command: 200 } });
        await connection.readLine({ step: 'greeting' });
        await connection.close();
        await connection.close();
        // The socket's own 'close' comes a turn after the timeout destroyed it: give it time to say so twice.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const said = connection.transcript.entries.filter(
          (entry) => entry.text === 'connection closed by this client',
        );
        expect(said, `port ${port}`).toHaveLength(1);
      }
    } finally {
      for (const socket of accepted) socket.destroy();
      stubborn.close();
    }
  });
});

describe('aborting', () => {
  it('rejects a pending read with E_ABORTED and closes the socket', async () => {
    const closed: Promise<unknown>[] = [];
    const server = await serve((socket) => closed.push(once(socket, 'close')));
    const controller = new AbortController();
    const connection = await connect({ host: '127.0.0.1', port: server.port, signal: controller.signal });
    const pending = failure(connection.readLine({ step: 'greeting' }));
    controller.abort();
    expect((await pending).code).toBe('E_ABORTED');
    await Promise.all(closed);
    expect((await failure(connection.writeLine('QUIT'))).code).toBe('E_ABORTED');
  });

  it('keeps a WireError given as the abort reason (the overall deadline)', async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const connection = await connect({ host: '127.0.0.1', port: server.port, signal: controller.signal });
    const pending = failure(connection.readLine());
    controller.abort(new WireError('E_DEADLINE', 'too late'));
    expect((await pending).code).toBe('E_DEADLINE');
  });

  it('ends at abort() as at its signal: the reason kept when it is a WireError, once', async () => {
    const closed: Promise<unknown>[] = [];
    const server = await serve((socket) => closed.push(once(socket, 'close')));
    const connection = await connect({ host: '127.0.0.1', port: server.port });
    const pending = failure(connection.readLine({ step: 'ehlo' }));
    connection.abort(new WireError('E_DEADLINE', 'too late'));
    connection.abort(new WireError('E_ABORTED', 'second'));
    expect(await pending).toMatchObject({ code: 'E_DEADLINE', step: 'ehlo' });
    await Promise.all(closed);
    expect((await failure(connection.writeLine('QUIT'))).code).toBe('E_DEADLINE');
    const plain = await connect({ host: '127.0.0.1', port: server.port });
    plain.abort();
    expect((await failure(plain.readLine())).code).toBe('E_ABORTED');
  });

  it('does not connect at all with an already aborted signal', async () => {
    const server = await serve(() => {});
    const error = await failure(
      connect({ host: '127.0.0.1', port: server.port, signal: AbortSignal.abort() }),
    );
    expect(error.code).toBe('E_ABORTED');
    expect(server.sockets).toHaveLength(0);
  });
});

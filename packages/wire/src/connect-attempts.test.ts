import { connect as netConnect, Socket } from 'node:net';
import {
  createSmtpServer,
  createUnansweredPort,
  type SmtpTestServer,
  type UnansweredPort,
} from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { useZone } from './__fixtures__/dns';
import { failure, freePort } from './__fixtures__/servers';
import { connectFirstAnswering, interleaveFamilies } from './connect-attempts';
import { connect } from './open';
import { type ProbeContext, runProbe } from './probe-runner';
import { Transcript } from './transcript';

const zone = useZone();
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((each) => each.close()));
});

async function smtpServer(): Promise<SmtpTestServer> {
  const server = await createSmtpServer();
  running.push(server);
  return server;
}

/** A port on `host` whose connect gets no answer; `port` to share a server's port number. */
async function silent(host: string, port?: number): Promise<UnansweredPort> {
  const unanswered = await createUnansweredPort({ host, ...(port === undefined ? {} : { port }) });
  running.push(unanswered);
  return unanswered;
}

const probe = (port: number, session: (ctx: ProbeContext) => Promise<unknown>, more = {}) =>
  runProbe({ protocol: 'smtp', host: 'mail.example.test', port, mode: 'plain', ...more }, {}, async (ctx) => {
    await session(ctx);
  });

const texts = (entries: readonly { text: string }[]): string[] => entries.map((entry) => entry.text);

describe('connect to a name with several addresses', () => {
  it('moves past an address that refuses to the next one and records both attempts', async () => {
    const server = await smtpServer();
    const lookup = await zone({ 'multi.test': { A: ['127.0.0.3', '127.0.0.1'] } });
    const connection = await connect({ host: 'multi.test', port: server.port, lookup });
    expect(connection.address).toBe('127.0.0.1');
    expect(connection.attempts).toMatchObject([
      { address: '127.0.0.3', port: server.port, outcome: 'refused', code: 'E_REFUSED' },
      { address: '127.0.0.1', port: server.port, outcome: 'connected', code: null },
    ]);
    const [refused, connected] = connection.attempts;
    expect(refused?.durationMs).toBeGreaterThanOrEqual(0);
    expect(connected?.at).toBeGreaterThanOrEqual(refused?.at ?? Number.POSITIVE_INFINITY);
    expect(texts(connection.transcript.entries)).toEqual([
      'resolved multi.test to 127.0.0.3, 127.0.0.1',
      expect.stringMatching(
        new RegExp(
          `^127\\.0\\.0\\.3:${server.port}: E_REFUSED after [\\d.]+ ms; trying 127\\.0\\.0\\.1 next$`,
        ),
      ),
      `connected to 127.0.0.1:${server.port}`,
    ]);
    expect(await connection.readLine({ step: 'greeting' })).toBe('220 mx.test ESMTP');
    await connection.close();
  });

  it('moves past an address whose connect gets no answer once the connect timeout has passed', async () => {
    const server = await smtpServer();
    await silent('127.0.0.2', server.port);
    const lookup = await zone({ 'silent-first.test': { A: ['127.0.0.2', '127.0.0.1'] } });
    const result = await probe(server.port, (ctx) => ctx.connect({}), {
      host: 'silent-first.test',
      lookup,
      timeouts: { connect: 300 },
    });
    expect(result.status).toBe('ok');
    expect(result.address).toBe('127.0.0.1');
    expect(result.connectAttempts).toMatchObject([
      { address: '127.0.0.2', outcome: 'timeout', code: 'E_CONNECT_TIMEOUT' },
      { address: '127.0.0.1', outcome: 'connected' },
    ]);
    expect(server.connections).toHaveLength(1);
  });

  it('connects the one address there is, and records its attempt whether it answers or refuses', async () => {
    const server = await smtpServer();
    const transcript = new Transcript();
    const recorded: unknown[] = [];
    const options = {
      timeout: 2000,
      signal: undefined,
      transcript,
      record: (a: unknown) => recorded.push(a),
    };
    const { socket, address } = await connectFirstAnswering(['127.0.0.1'], server.port, options);
    socket.destroy();
    expect(address).toBe('127.0.0.1');
    const closed = await freePort();
    const error = await failure(connectFirstAnswering(['127.0.0.1'], closed, options));
    expect(error).toMatchObject({ code: 'E_REFUSED', step: 'connect' });
    expect(recorded).toEqual([
      expect.objectContaining({ address: '127.0.0.1', port: server.port, outcome: 'connected', code: null }),
      expect.objectContaining({ address: '127.0.0.1', port: closed, outcome: 'refused', code: 'E_REFUSED' }),
    ]);
    expect(texts(transcript.entries)).toEqual([`connected to 127.0.0.1:${server.port}`]);
  });

  it('reports refused when every address refuses, listing each attempt', async () => {
    const port = await freePort();
    const lookup = await zone({ 'closed.test': { A: ['127.0.0.3', '127.0.0.4'] } });
    const result = await probe(port, (ctx) => ctx.connect({}), { host: 'closed.test', lookup });
    expect(result).toMatchObject({
      status: 'refused',
      address: null,
      error: { code: 'E_REFUSED', step: 'connect' },
      connectAttempts: [
        { address: '127.0.0.3', outcome: 'refused' },
        { address: '127.0.0.4', outcome: 'refused' },
      ],
    });
    const tried =
      /Tried 2 addresses: 127\.0\.0\.3 refused after [\d.]+ ms; 127\.0\.0\.4 refused after [\d.]+ ms\.$/;
    expect(result.error?.message).toMatch(
      new RegExp(`^No address answered on port ${port}\\. ${tried.source}`),
    );
    expect(result.statusMessage).toMatch(
      new RegExp(`^Port ${port} refused the connection: .* ${tried.source}`),
    );
    expect(texts(result.transcript).filter((text) => text.startsWith('127.0.0.'))).toHaveLength(2);
  });

  it('reports refused rather than timeout when one address refuses and another is silent', async () => {
    const unanswered = await silent('127.0.0.2');
    const result = await probe(unanswered.port, (ctx) => ctx.connect({}), {
      addresses: ['127.0.0.2', '127.0.0.3'],
      timeouts: { connect: 200 },
    });
    expect(result.status).toBe('refused');
    expect(result.connectAttempts?.map((attempt) => attempt.outcome)).toEqual(['timeout', 'refused']);
    expect(result.statusMessage).toContain(
      'Tried 2 addresses: 127.0.0.2 gave no answer within 0.2 s; 127.0.0.3 refused after',
    );
  });

  it('reports timeout when every address is silent', async () => {
    const first = await silent('127.0.0.2');
    await silent('127.0.0.4', first.port);
    const result = await probe(first.port, (ctx) => ctx.connect({}), {
      addresses: ['127.0.0.2', '127.0.0.4'],
      timeouts: { connect: 200 },
    });
    expect(result).toMatchObject({ status: 'timeout', error: { code: 'E_CONNECT_TIMEOUT' } });
    expect(result.connectAttempts?.map((attempt) => attempt.outcome)).toEqual(['timeout', 'timeout']);
    expect(result.statusMessage).toMatch(/^No answer on port \d+ within 0\.2 s .* Tried 2 addresses:/);
  });

  it('reports an overall deadline that ends the connect wait as a timeout with the time waited, keeping the attempts so far', async () => {
    const server = await smtpServer();
    await silent('127.0.0.2', server.port);
    const result = await probe(server.port, (ctx) => ctx.connect({}), {
      addresses: ['127.0.0.2', '127.0.0.1'],
      timeouts: { connect: 10_000, overall: 300 },
    });
    expect(result).toMatchObject({
      status: 'timeout',
      error: { code: 'E_CONNECT_TIMEOUT', step: 'connect' },
    });
    expect(result.statusMessage).toMatch(
      /^No answer on port \d+ within [\d.]+ s: the overall time limit \(0\.3 s\) ended the wait before the 10 s connect timeout/,
    );
    expect(result.statusMessage).not.toMatch(/abort/);
    expect(result.connectAttempts).toMatchObject([{ address: '127.0.0.2', outcome: 'aborted' }]);
    expect(server.connections).toHaveLength(0);
  });

  it('sends a later connection of the same probe to the address that answered', async () => {
    const server = await smtpServer();
    const result = await probe(
      server.port,
      async (ctx) => {
        (await ctx.connect({})).destroy();
        await ctx.connect({});
      },
      { addresses: ['127.0.0.3', '127.0.0.1'] },
    );
    expect(result.status).toBe('ok');
    expect(result.connectAttempts?.map((attempt) => `${attempt.address} ${attempt.outcome}`)).toEqual([
      '127.0.0.3 refused',
      '127.0.0.1 connected',
      '127.0.0.1 connected',
    ]);
  });

  it('rejects an empty address list or one holding a name before connecting', async () => {
    for (const addresses of [[], ['127.0.0.1', 'mail.example.test']]) {
      const error = await failure(connect({ host: 'mail.example.test', port: 25, addresses }));
      expect(error.code).toBe('E_INVALID_INPUT');
    }
  });
});

describe('connectFirstAnswering', () => {
  // Loopback cannot produce an ICMP unreachable: a socket that fails with EHOSTUNREACH stands in.
  const unreachableAt =
    (address: string) =>
    (target: string, port: number): Socket => {
      if (target !== address) return netConnect({ host: target, port });
      const socket = new Socket();
      setImmediate(() =>
        socket.destroy(Object.assign(new Error(`connect EHOSTUNREACH ${target}`), { code: 'EHOSTUNREACH' })),
      );
      return socket;
    };
  const attempt = (addresses: string[], port: number, unreachable: string) =>
    connectFirstAnswering(addresses, port, {
      timeout: 200,
      signal: undefined,
      transcript: new Transcript(),
      record: () => {},
      createSocket: unreachableAt(unreachable),
    });

  it('reports a timeout rather than unreachable when one address is silent and another has no route', async () => {
    const unanswered = await silent('127.0.0.2');
    const error = await failure(attempt(['127.0.0.9', '127.0.0.2'], unanswered.port, '127.0.0.9'));
    expect(error.code).toBe('E_CONNECT_TIMEOUT');
    expect(error.message).toContain('127.0.0.9 was unreachable; 127.0.0.2 gave no answer within 0.2 s');
  });

  it('reports unreachable when that is all there is', async () => {
    const error = await failure(attempt(['127.0.0.9'], 25, '127.0.0.9'));
    expect(error.code).toBe('E_UNREACHABLE');
    expect(error.message).toContain('EHOSTUNREACH');
  });
});

describe('interleaveFamilies', () => {
  it('alternates families from the first address on, keeping the order within each family', () => {
    expect(interleaveFamilies(['2001:db8::1', '2001:db8::2', '192.0.2.1', '192.0.2.2'])).toEqual([
      '2001:db8::1',
      '192.0.2.1',
      '2001:db8::2',
      '192.0.2.2',
    ]);
    expect(interleaveFamilies(['192.0.2.1', '2001:db8::1', '2001:db8::2'])).toEqual([
      '192.0.2.1',
      '2001:db8::1',
      '2001:db8::2',
    ]);
    expect(interleaveFamilies(['127.0.0.3', '127.0.0.1'])).toEqual(['127.0.0.3', '127.0.0.1']);
  });
});

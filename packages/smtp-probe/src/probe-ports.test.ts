import { createDnsServer } from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { answerUntilQuit, TIMEOUTS } from './__fixtures__/harness';
import { createScriptedServer, type ScriptedServer } from './__fixtures__/scripted-server';
import { probeSmtpPorts } from './probe';
const servers: ScriptedServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server that greets after a short pause and records when it greeted. */
async function pausingServer(name: string, greetedAt: number[]): Promise<ScriptedServer> {
  const server = await createScriptedServer(async (io) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    greetedAt.push(performance.now());
    io.write(`220 ${name} ESMTP\r\n`);
    await answerUntilQuit(io, () => `250 ${name}\r\n`);
  });
  servers.push(server);
  return server;
}

async function fourServers() {
  const greetedAt: number[] = [];
  const list = await Promise.all(
    ['a', 'b', 'c', 'd'].map((name) => pausingServer(`${name}.test`, greetedAt)),
  );
  return { list, greetedAt };
}

describe('probeSmtpPorts', () => {
  it('connects to every port before any server has greeted (ports run in parallel)', async () => {
    const { list, greetedAt } = await fourServers();
    const results = await probeSmtpPorts({
      host: '127.0.0.1',
      ports: list.map((server) => server.port),
      timeouts: TIMEOUTS,
    });
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    const accepted = list.map((server) => server.connections[0]?.acceptedAt ?? Number.POSITIVE_INFINITY);
    expect(Math.max(...accepted)).toBeLessThan(Math.min(...greetedAt));
  });

  it('runs one port after another with concurrency 1', async () => {
    const { list, greetedAt } = await fourServers();
    await probeSmtpPorts({
      host: '127.0.0.1',
      ports: list.map((server) => server.port),
      timeouts: TIMEOUTS,
      concurrency: 1,
    });
    const accepted = list.map((server) => server.connections[0]?.acceptedAt ?? 0);
    for (let index = 1; index < accepted.length; index++) {
      expect(accepted[index]).toBeGreaterThan(greetedAt[index - 1] ?? Number.POSITIVE_INFINITY);
    }
  });

  it('returns results in the order of the ports, with each port mode', async () => {
    const { list } = await fourServers();
    const ports = [
      { port: list[2]!.port, mode: 'plain' as const },
      list[0]!.port,
      { port: list[3]!.port },
      { port: list[1]!.port, mode: 'starttls' as const },
    ];
    const results = await probeSmtpPorts({ host: '127.0.0.1', ports, timeouts: TIMEOUTS });
    expect(results.map((result) => result.port)).toEqual([
      list[2]!.port,
      list[0]!.port,
      list[3]!.port,
      list[1]!.port,
    ]);
    expect(results.map((result) => result.banner)).toEqual([
      '220 c.test ESMTP',
      '220 a.test ESMTP',
      '220 d.test ESMTP',
      '220 b.test ESMTP',
    ]);
    expect(results.map((result) => result.requestedMode)).toEqual(['plain', 'auto', 'auto', 'starttls']);
    expect(results[3]?.status).toBe('tls-failed');
    expect(results.every((result) => result.address === '127.0.0.1')).toBe(true);
  });

  it('returns an empty list for no ports', async () => {
    expect(await probeSmtpPorts({ host: '127.0.0.1', ports: [] })).toEqual([]);
  });

  it('reports a port nobody listens on as refused next to working ones', async () => {
    const { list } = await fourServers();
    const closed = await createScriptedServer(async () => undefined);
    const freePort = closed.port;
    await closed.close();
    const results = await probeSmtpPorts({
      host: '127.0.0.1',
      ports: [list[0]!.port, freePort],
      timeouts: TIMEOUTS,
    });
    expect(results.map((result) => result.status)).toEqual(['ok', 'refused']);
  });

  it('resolves the name once and every port moves past an address that refuses to one that answers', async () => {
    const { list } = await fourServers();
    const dns = await createDnsServer({ records: { 'mx.example.test': { A: ['127.0.0.3', '127.0.0.1'] } } });
    try {
      const results = await probeSmtpPorts({
        host: 'mx.example.test',
        lookup: dns.lookup,
        ports: list.slice(0, 2).map((server) => ({ port: server.port, mode: 'plain' as const })),
        timeouts: TIMEOUTS,
      });
      expect(results.map((result) => [result.status, result.address])).toEqual([
        ['ok', '127.0.0.1'],
        ['ok', '127.0.0.1'],
      ]);
      for (const result of results) {
        expect(result.connectAttempts?.map((attempt) => attempt.outcome)).toEqual(['refused', 'connected']);
      }
      expect(dns.queries.filter((query) => query.type === 'A')).toHaveLength(1);
    } finally {
      await dns.close();
    }
  });
});

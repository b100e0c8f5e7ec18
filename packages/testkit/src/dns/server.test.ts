import type { LookupOptions } from 'node:dns';
import { Resolver } from 'node:dns/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createDnsServer, type DnsServerOptions, type DnsTestServer } from './server.js';

const servers: DnsTestServer[] = [];

async function resolverFor(
  options: DnsServerOptions,
  timing = { timeout: 3000, tries: 2 },
): Promise<{ server: DnsTestServer; resolver: Resolver }> {
  const server = await createDnsServer(options);
  servers.push(server);
  const resolver = new Resolver(timing);
  resolver.setServers([server.address]);
  return { server, resolver };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const records: DnsServerOptions['records'] = {
  'example.test': {
    A: ['127.0.0.1'],
    AAAA: ['::1'],
    MX: [
      { priority: 10, exchange: 'mx1.example.test' },
      { priority: 20, exchange: 'mx2.example.test' },
    ],
    TXT: ['v=spf1 -all', ['part one', 'part two']],
  },
  '_submissions._tcp.example.test': {
    SRV: [{ priority: 0, weight: 1, port: 465, target: 'mail.example.test' }],
  },
  '_pop3._tcp.example.test': { SRV: [{ port: 0, target: '.' }] },
  'mail.example.test': { CNAME: 'example.test.' },
};

describe('createDnsServer', () => {
  it('listens on a loopback address that node:dns accepts', async () => {
    const { server } = await resolverFor({ records });
    expect(server.address).toBe(`127.0.0.1:${server.port}`);
  });

  it('answers A, AAAA, MX and TXT queries from the records', async () => {
    const { resolver } = await resolverFor({ records });
    expect(await resolver.resolve4('example.test')).toEqual(['127.0.0.1']);
    expect(await resolver.resolve6('Example.Test.')).toEqual(['::1']);
    expect(await resolver.resolveMx('example.test')).toEqual([
      { exchange: 'mx1.example.test', priority: 10 },
      { exchange: 'mx2.example.test', priority: 20 },
    ]);
    expect(await resolver.resolveTxt('example.test')).toEqual([['v=spf1 -all'], ['part one', 'part two']]);
  });

  it('answers SRV queries, including the "not offered" target "."', async () => {
    const { resolver } = await resolverFor({ records });
    expect(await resolver.resolveSrv('_submissions._tcp.example.test')).toEqual([
      { name: 'mail.example.test', port: 465, priority: 0, weight: 1 },
    ]);
    // node:dns reports the root target "." as an empty name.
    expect(await resolver.resolveSrv('_pop3._tcp.example.test')).toEqual([
      { name: '', port: 0, priority: 0, weight: 0 },
    ]);
  });

  it('follows a CNAME to the address records it points at', async () => {
    const { resolver } = await resolverFor({ records });
    expect(await resolver.resolve4('mail.example.test')).toEqual(['127.0.0.1']);
    expect(await resolver.resolveCname('mail.example.test')).toEqual(['example.test']);
  });

  it('answers NXDOMAIN for unknown names and NODATA for a missing type', async () => {
    const { resolver, server } = await resolverFor({ records });
    await expect(resolver.resolve4('nope.example.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(resolver.resolveSrv('example.test')).rejects.toMatchObject({ code: 'ENODATA' });
    expect(server.queries.map((query) => query.rcode)).toEqual(['NXDOMAIN', 'NOERROR']);
  });

  it('fails names as configured: SERVFAIL, REFUSED, or no answer at all', async () => {
    const { resolver } = await resolverFor(
      { failures: { 'broken.test': 'servfail', 'refused.test': 'refused', 'silent.test': 'timeout' } },
      { timeout: 300, tries: 1 },
    );
    await expect(resolver.resolve4('broken.test')).rejects.toMatchObject({ code: 'ESERVFAIL' });
    await expect(resolver.resolve4('refused.test')).rejects.toMatchObject({ code: 'EREFUSED' });
    await expect(resolver.resolve4('silent.test')).rejects.toMatchObject({ code: 'ETIMEOUT' });
  });

  it('answers over TCP when UDP answers are truncated', async () => {
    const { resolver, server } = await resolverFor({ records, truncateUdp: true });
    expect(await resolver.resolveMx('example.test')).toHaveLength(2);
    expect(server.queries.map((query) => query.transport)).toEqual(['udp', 'tcp']);
  });

  it('truncates a UDP answer too large for the client, which then gets it over TCP', async () => {
    const many = Array.from({ length: 40 }, (_, index) => `record ${index} ${'x'.repeat(60)}`);
    const { resolver, server } = await resolverFor({ records: { 'big.test': { TXT: many } } });
    expect(await resolver.resolveTxt('big.test')).toHaveLength(40);
    expect(server.queries.map((query) => query.transport)).toEqual(['udp', 'tcp']);
  });

  it('offers a dns.lookup-shaped function: A then AAAA records, one or all, ENOTFOUND for unknown names', async () => {
    const { server } = await resolverFor({
      records: { 'multi.test': { A: ['127.0.0.3', '127.0.0.1'], AAAA: ['::1'] } },
    });
    const ask = (name: string, options: LookupOptions) =>
      new Promise<{ error: NodeJS.ErrnoException | null; result: unknown }>((resolve) =>
        server.lookup(name, options, (error, address, family) =>
          resolve({ error, result: options.all ? address : { address, family } }),
        ),
      );
    expect((await ask('multi.test', { all: true })).result).toEqual([
      { address: '127.0.0.3', family: 4 },
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ]);
    expect((await ask('multi.test', {})).result).toEqual({ address: '127.0.0.3', family: 4 });
    expect((await ask('multi.test', { family: 6 })).result).toEqual({ address: '::1', family: 6 });
    expect((await ask('nowhere.test', { all: true })).error?.code).toBe('ENOTFOUND');
  });
});

import { createDnsServer, createUnansweredPort, type DnsServerOptions } from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { recommend } from './recommend';

const closers: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

describe('recommend under a deadline', () => {
  it('ends by the deadline against a domain listing hundreds of MX hosts that never answer', async () => {
    const unanswered = await createUnansweredPort();
    closers.push(unanswered);
    const records: DnsServerOptions['records'] = { 'many.test': { MX: [] } };
    for (let index = 0; index < 300; index += 1) {
      records['many.test']!.MX!.push({ priority: index, exchange: `mx${index}.many.test` });
      records[`mx${index}.many.test`] = { A: ['127.0.0.1'] };
    }
    const dns = await createDnsServer({ records });
    closers.push(dns);
    const started = Date.now();
    const report = await recommend({
      target: 'many.test',
      roles: ['relay'],
      dnsServer: dns.address,
      resolvePorts: { '25': unanswered.port },
      timeouts: { connect: 60_000, dns: 1000 },
      deadline: 1500,
    });
    const elapsed = Date.now() - started;
    console.log('elapsed', elapsed, report.durationMs, report.results.length);
    console.log([...new Set(report.results.map((r) => r.status))]);
  });
});

import type { LookupFunction } from 'node:net';
import { createDnsServer, type DnsRecords, type DnsTestServer } from '@mailports/testkit';
import { afterEach } from 'vitest';

/** `zone(records)` starts a testkit DNS server for the test and returns a lookup asking it; closed after each test. */
export function useZone(): (records: Record<string, DnsRecords>) => Promise<LookupFunction> {
  const servers: DnsTestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (records) => {
    const server = await createDnsServer({ records });
    servers.push(server);
    return server.lookup;
  };
}

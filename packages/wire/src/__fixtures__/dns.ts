import { promises as dns } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { createDnsServer, type DnsRecords, type DnsTestServer } from '@mailports/testkit';
import { afterEach } from 'vitest';

/**
 * A `lookup` for `connect` that asks a testkit DNS server for A records only, in the order the zone
 * lists them (loopback tests have no IPv6 to offer).
 */
export function lookupAt(server: DnsTestServer): LookupFunction {
  const resolver = new dns.Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([server.address]);
  return (name, _options, callback) => {
    resolver.resolve4(name).then(
      (addresses) =>
        callback(
          null,
          addresses.map((address) => ({ address, family: 4 })),
        ),
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

/** `zone(records)` starts a DNS server for the test and returns a lookup asking it; closed after each test. */
export function useZone(): (records: Record<string, DnsRecords>) => Promise<LookupFunction> {
  const servers: DnsTestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (records) => {
    const server = await createDnsServer({ records });
    servers.push(server);
    return lookupAt(server);
  };
}

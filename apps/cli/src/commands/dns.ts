import { promises as dns } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

/** A `dns.lookup`-shaped function, as net.connect and wire's resolveHost accept. */
export type Lookup = LookupFunction;

/**
 * A lookup that asks one DNS server (`--dns-server`) for A and AAAA records instead of the system
 * resolver. IPv4 first, as the system resolver usually orders them. A name with neither record fails
 * with ENOTFOUND, like dns.lookup.
 */
export function lookupVia(server: string, timeoutMs: number): Lookup {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([server]);
  return (hostname, options, callback) => {
    const family =
      typeof options.family === 'number'
        ? options.family
        : options.family === 'IPv6'
          ? 6
          : options.family === 'IPv4'
            ? 4
            : 0;
    const v4 = family === 6 ? Promise.resolve<string[]>([]) : resolver.resolve4(hostname).catch(() => []);
    const v6 = family === 4 ? Promise.resolve<string[]>([]) : resolver.resolve6(hostname).catch(() => []);
    Promise.all([v4, v6]).then(
      ([four, six]) => {
        const addresses: LookupAddress[] = [
          ...four.map((address) => ({ address, family: 4 })),
          ...six.map((address) => ({ address, family: 6 })),
        ];
        const first = addresses[0];
        if (!first) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} has no A or AAAA record at ${server}`);
          error.code = 'ENOTFOUND';
          callback(error, []);
        } else if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

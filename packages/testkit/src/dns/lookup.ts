import { Resolver } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

/**
 * A `dns.lookup`-shaped function that asks the DNS server at `address` (`host:port`) instead of the
 * system resolver: the name's A records, then its AAAA records, each in the order the server sends
 * them. No record of either kind fails with `ENOTFOUND`, as `dns.lookup` does.
 */
export function lookupAt(address: string): LookupFunction {
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([address]);
  const records = (query: Promise<string[]>, family: 4 | 6): Promise<LookupAddress[]> =>
    query.then(
      (found) => found.map((entry) => ({ address: entry, family })),
      () => [],
    );
  return (name, options, callback) => {
    void Promise.all([records(resolver.resolve4(name), 4), records(resolver.resolve6(name), 6)]).then(
      ([v4, v6]) => {
        const wanted = [...v4, ...v6].filter(
          (entry) =>
            !options.family || options.family === entry.family || options.family === `IPv${entry.family}`,
        );
        const [first] = wanted;
        if (first === undefined) {
          const error: NodeJS.ErrnoException = new Error(`${name} has no address at ${address}`);
          error.code = 'ENOTFOUND';
          callback(error, []);
        } else if (options.all) callback(null, wanted);
        else callback(null, first.address, first.family);
      },
    );
  };
}

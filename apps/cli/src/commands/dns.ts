import { promises as dns } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { UsageError } from '../errors';
import type { DnsServerSpec } from '../options';
import { printable } from '../sanitize';

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

/** `dns.promises.lookup` with `all: true`, the shape {@link resolveDnsServer} asks the system with. */
export type SystemLookup = (hostname: string, options: { all: true }) => Promise<LookupAddress[]>;

function unresolved(name: string, why: string): UsageError {
  return new UsageError(
    `--dns-server: cannot resolve '${printable(name)}' (${why})`,
    'check the name, or give the DNS server as an IP address (e.g. 127.0.0.1:5353)',
  );
}

/**
 * The address of a `--dns-server` given as a name: resolved once, by the system resolver, IPv4 first
 * (as `lookupVia` orders answers), in the form `Resolver.setServers` takes (`127.0.0.1:5353`,
 * `[::1]:5353`). An address passes through. A `.invalid` name fails at once without a query, as RFC 6761
 * §6.4 asks of resolver libraries.
 * @throws UsageError when the name does not resolve within `timeoutMs` or has no address.
 */
export async function resolveDnsServer(
  spec: DnsServerSpec,
  options: { timeoutMs: number; lookup?: SystemLookup },
): Promise<string> {
  if (spec.kind === 'address') return spec.server;
  const { name, port } = spec;
  if (/(^|\.)invalid$/i.test(name)) throw unresolved(name, 'a .invalid name never resolves');
  const lookup: SystemLookup = options.lookup ?? ((hostname, how) => dns.lookup(hostname, how));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(unresolved(name, `no answer within ${Math.round(options.timeoutMs / 100) / 10} s`)),
      options.timeoutMs,
    );
    timer.unref();
  });
  let addresses: LookupAddress[];
  try {
    addresses = await Promise.race([lookup(name, { all: true }), timeout]);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unresolved(name, (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    clearTimeout(timer);
  }
  const chosen = addresses.find((entry) => entry.family === 4) ?? addresses[0];
  if (!chosen) throw unresolved(name, 'no address');
  if (port === undefined) return chosen.address;
  return chosen.family === 6 ? `[${chosen.address}]:${port}` : `${chosen.address}:${port}`;
}

import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { LruMap } from '@mailports/wire';

/** One mail exchanger of a domain. */
export interface MxHost {
  readonly host: string;
  readonly preference: number;
}

/** What a domain's MX lookup said. */
export type MxAnswer =
  | { readonly kind: 'mx'; readonly hosts: readonly MxHost[] }
  /** No MX record: the domain itself is the mail host (RFC 5321 §5.1). */
  | { readonly kind: 'implicit'; readonly hosts: readonly MxHost[] }
  /** A null MX (RFC 7505): the domain accepts no mail. */
  | { readonly kind: 'null-mx' }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

/** The most MX hosts probed per domain (internet.nl tests at most 10). */
export const MAX_MX_HOSTS = 10;

const CACHE_ENTRIES = 50_000;

/**
 * Lookup failures that are answers: the name does not exist, or has no such record. Any other
 * (SERVFAIL, a timeout, a refusing or unreachable server) may pass, so it leaves a target inconclusive.
 */
const DEFINITE: ReadonlySet<string> = new Set(['ENOTFOUND', 'ENODATA']);

/** True when a lookup failure with this code may pass if asked again later. */
export function isTransientDnsFailure(code: string): boolean {
  return !DEFINITE.has(code);
}

function failure(error: unknown, name: string): { code: string; message: string } {
  const code = (error as NodeJS.ErrnoException).code ?? 'EDNS';
  const words: Record<string, string> = {
    ENOTFOUND: 'does not exist (NXDOMAIN)',
    ENODATA: 'has no address',
    ETIMEOUT: 'did not answer in time',
    ESERVFAIL: 'got SERVFAIL from the resolver',
    ECONNREFUSED: 'could not reach the DNS server',
  };
  return { code, message: `${name} ${words[code] ?? `did not resolve (${code})`}` };
}

/**
 * MX and address lookups for a scan, through one resolver (the system's servers, or `--dns-server`),
 * with a bounded cache: hosted mail puts thousands of domains behind a few MX hosts, each of which is
 * then resolved once.
 */
export class ScanResolver {
  readonly #resolver: dns.Resolver;
  readonly #addresses = new LruMap<string, Promise<string[]>>(CACHE_ENTRIES);

  constructor(options: { server?: string | undefined; timeoutMs: number }) {
    this.#resolver = new dns.Resolver({ timeout: options.timeoutMs, tries: 2 });
    if (options.server !== undefined) this.#resolver.setServers([options.server]);
  }

  /** The domain's MX hosts by preference (ties keep DNS order), each once, at most {@link MAX_MX_HOSTS}. */
  async mx(domain: string): Promise<MxAnswer> {
    try {
      const records = await this.#resolver.resolveMx(domain);
      if (records.length === 1 && (records[0]?.exchange === '' || records[0]?.exchange === '.'))
        return { kind: 'null-mx' };
      const hosts = records
        .filter((record) => record.exchange !== '' && record.exchange !== '.')
        .map((record) => ({
          host: record.exchange.toLowerCase().replace(/\.$/, ''),
          preference: record.priority,
        }))
        .sort((a, b) => a.preference - b.preference)
        // A host named twice (`mx.example` and `MX.example.`) is one host, at its best preference.
        .filter((entry, index, sorted) => sorted.findIndex((other) => other.host === entry.host) === index)
        .slice(0, MAX_MX_HOSTS);
      return { kind: 'mx', hosts };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // NODATA: the name exists without MX, so it is its own mail host.
      if (code === 'ENODATA') return { kind: 'implicit', hosts: [{ host: domain, preference: 0 }] };
      return { kind: 'failed', ...failure(error, domain) };
    }
  }

  /** The host's IPv4 then IPv6 addresses (an IP passes through). Rejects with a coded error. */
  addresses(host: string): Promise<string[]> {
    if (isIP(host) !== 0) return Promise.resolve([host]);
    const cached = this.#addresses.get(host);
    if (cached !== undefined) return cached;
    const pending = Promise.all([
      this.#resolver.resolve4(host).catch((error: NodeJS.ErrnoException) => error),
      this.#resolver.resolve6(host).catch((error: NodeJS.ErrnoException) => error),
    ]).then(([four, six]) => {
      const found = [...(Array.isArray(four) ? four : []), ...(Array.isArray(six) ? six : [])];
      if (found.length > 0) return found;
      const reason = Array.isArray(four) ? six : four;
      const { code, message } = failure(reason, host);
      throw Object.assign(new Error(message), { code });
    });
    // A failure is not cached: the next domain behind this host asks again.
    pending.catch(() => this.#addresses.delete(host));
    this.#addresses.set(host, pending);
    return pending;
  }
}

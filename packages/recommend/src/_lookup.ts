import type { Resolver } from 'node:dns/promises';
import type { DnsQuery } from './types';

/** DNS answers that mean "no such record", not a failure worth reporting. */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME']);

/** Resolves a name the way the system does (getaddrinfo: hosts file, VPN and split-DNS resolvers). */
export type SystemLookup = (name: string) => Promise<string[]>;

/** The system resolver through `node:dns` `lookup`, IPv4 first (loaded by the caller, browser-safe). */
export function systemLookup(lookup: typeof import('node:dns/promises').lookup): SystemLookup {
  return async (name) => {
    const found = await lookup(name, { all: true });
    const unique = [...new Set(found.map((entry) => entry.address))];
    return [...unique.filter((item) => !item.includes(':')), ...unique.filter((item) => item.includes(':'))];
  };
}

/** Rejects with `ETIMEOUT` after `milliseconds`, or as `stopped` does (on abort), whichever comes first. */
function bounded<T>(pending: Promise<T>, milliseconds: number, stopped: Promise<never>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('ETIMEOUT'), { code: 'ETIMEOUT' })),
      milliseconds,
    );
  });
  return Promise.race([pending, timeout, stopped]).finally(() => clearTimeout(timer));
}

/**
 * Every DNS question of one discovery, asked once, bounded in time, logged with its answer (so that an
 * empty discovery can say what it asked and what came back).
 */
export class Lookup {
  readonly errors: string[] = [];
  readonly queries: DnsQuery[] = [];
  private readonly addressCache = new Map<string, Promise<string[]>>();
  /** Rejects once on abort: one listener for every query, not one each. */
  private readonly stopped: Promise<never>;

  constructor(
    readonly resolver: Resolver,
    private readonly options: {
      signal: AbortSignal | undefined;
      timeout: number;
      /** Addresses through the system resolver; otherwise through `resolver` (A and AAAA). */
      system: SystemLookup | null;
      /** Who answers SRV, MX, A and AAAA questions: the DNS server asked, or `system DNS servers`. */
      via: string;
    },
  ) {
    const { signal } = options;
    this.stopped = new Promise<never>((_resolve, reject) => {
      const stop = () => reject(Object.assign(new Error('ECANCELLED'), { code: 'ECANCELLED' }));
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
    });
    // Nobody may be waiting when it fires.
    this.stopped.catch(() => {});
  }

  /** Runs a query; a missing record is `[]`, a failure is recorded and also `[]`. After an abort, asks nothing. */
  async query<T>(
    what: string,
    run: () => Promise<T[]>,
    describe?: (answer: T[]) => string,
    via: string = this.options.via,
  ): Promise<T[]> {
    const { signal } = this.options;
    if (signal?.aborted) {
      if (!this.errors.includes('aborted')) this.errors.push('aborted');
      return [];
    }
    try {
      const answer = await bounded(run(), this.options.timeout + 250, this.stopped);
      this.queries.push({
        question: what,
        via,
        answer: answer.length === 0 ? 'no record' : (describe?.(answer) ?? `${answer.length} record(s)`),
      });
      return answer;
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ERROR';
      const absent = ABSENT.has(code);
      this.queries.push({ question: what, via, answer: absent ? 'no record' : code });
      if (!absent) this.errors.push(`${what}: ${code}`);
      return [];
    }
  }

  /** The addresses of a name (IPv4 first), cached: from the system resolver unless a DNS server was given. */
  addresses(name: string): Promise<string[]> {
    let pending = this.addressCache.get(name);
    if (pending) return pending;
    const { system } = this.options;
    if (system) {
      pending = this.query(
        `address ${name}`,
        () => system(name),
        (found) => found.join(' '),
        'system resolver',
      );
    } else if (name === 'localhost' || name.endsWith('.localhost')) {
      // RFC 6761 §6.3: localhost names are loopback, whatever a (test) DNS server says.
      pending = Promise.resolve(['127.0.0.1']);
    } else {
      const list = (found: string[]) => found.join(' ');
      pending = Promise.all([
        this.query(`A ${name}`, () => this.resolver.resolve4(name), list),
        this.query(`AAAA ${name}`, () => this.resolver.resolve6(name), list),
      ]).then(([v4, v6]) => [...v4, ...v6]);
    }
    this.addressCache.set(name, pending);
    return pending;
  }
}

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { onAbort } from './abort-listeners';
import type { Abortable } from './abort-scope';
import { WireError } from './errors';
import { abortError, mapSocketError } from './socket-errors';
import { formatSeconds } from './timeouts';
import { asciiHost, isIpAddress, stripBrackets } from './validate';

/** Options of {@link resolveHost}. */
export interface ResolveOptions {
  /** Milliseconds before `E_DNS_TIMEOUT`; default 5000. */
  timeout?: number;
  signal?: AbortSignal;
  /** Replaces `dns.lookup` (tests, custom resolvers); called with `{ all: true }`. */
  lookup?: LookupFunction;
}

/**
 * Resolves a host name to its addresses, in the resolver's order. An IP literal passes through
 * without a lookup. Rejects with `E_DNS` (no such name, no address, resolver failure),
 * `E_DNS_TIMEOUT` or `E_ABORTED`/`E_DEADLINE` (signal). The lookup itself cannot be cancelled; the
 * promise simply stops waiting for it.
 */
export function resolveHost(host: string, options: ResolveOptions = {}): Promise<string[]> {
  return resolveUnder(host, options, options.signal);
}

/** {@link resolveHost} under an AbortSignal or a probe's own abort. */
export function resolveUnder(
  host: string,
  options: Omit<ResolveOptions, 'signal'>,
  signal: Abortable | undefined,
): Promise<string[]> {
  if (isIpAddress(host)) return Promise.resolve([stripBrackets(host)]);
  if (signal?.aborted) return Promise.reject(abortError(signal, 'dns'));
  const timeout = options.timeout ?? 5000;
  const lookup = options.lookup ?? (dnsLookup as unknown as LookupFunction);

  const name = asciiHost(host);
  return new Promise<string[]>((resolve, reject) => {
    let settled = false;
    let stopListening = (): void => {};
    const settle = (error: WireError | null, addresses?: string[]): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopListening();
      if (error) reject(error);
      else resolve(addresses ?? []);
    };
    const aborted = (): void => settle(abortError(signal as Abortable, 'dns'));
    const timer = setTimeout(() => {
      settle(
        new WireError(
          'E_DNS_TIMEOUT',
          `The DNS lookup of ${host} did not finish within ${formatSeconds(timeout)} s.`,
          { step: 'dns' },
        ),
      );
    }, timeout);
    timer.unref();
    if (signal) stopListening = onAbort(signal, aborted);

    try {
      lookup(name, { all: true }, (error, result) => {
        if (error) {
          settle(mapSocketError(error, 'dns', 'E_DNS'));
          return;
        }
        const addresses = (
          Array.isArray(result) ? (result as LookupAddress[]).map((entry) => entry.address) : [result]
        ).filter((address): address is string => typeof address === 'string' && address.length > 0);
        if (addresses.length === 0) {
          settle(new WireError('E_DNS', `The host name ${host} has no address.`, { step: 'dns' }));
        } else {
          settle(null, addresses);
        }
      });
    } catch (error) {
      settle(mapSocketError(error, 'dns', 'E_DNS'));
    }
  });
}

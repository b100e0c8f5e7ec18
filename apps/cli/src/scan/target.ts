import { hash } from 'node:crypto';
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';

/**
 * One line of a target list, understood. A `domain` is a mail domain: its MX hosts are probed (the
 * domain itself when it has no MX, RFC 5321 §5.1). An `endpoint` names the server directly: an IP
 * address, or any name or address with an explicit port (`mx.example.com:2525`, `[::1]:25`).
 */
export type Target =
  | { readonly kind: 'domain'; readonly domain: string; readonly key: string }
  | { readonly kind: 'endpoint'; readonly host: string; readonly port: number; readonly key: string };

/** Why a line is not a target; the scan reports it for that line and goes on. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
  readonly code = 'E_TARGET';
}

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** Non-ASCII: an internationalised name, to be written as its A-labels (`xn--`) before it is looked up. */
const UNICODE = /[^\x00-\x7f]/;

function hostName(text: string): string {
  // UTS #46 as URLs do it: `Bücher.example` is `xn--bcher-kva.example`; '' when it cannot be converted.
  const ascii = UNICODE.test(text) ? domainToASCII(text) : text;
  if (ascii === '') throw new TargetError(`not a host name: ${text} has no IDNA form`);
  const name = ascii.toLowerCase().replace(/\.$/, '');
  if (name.length === 0 || name.length > 253) throw new TargetError('not a host name (empty or too long)');
  const labels = name.split('.');
  if (!labels.every((label) => LABEL.test(label))) {
    throw new TargetError('not a host name: letters, digits, hyphens and dots only');
  }
  // No top-level domain is all digits (RFC 3696 §2): `127.1` or `10.0.0` is an address written short,
  // which a resolver might turn into one; a scan takes addresses only as four decimal numbers.
  if (labels.length > 1 && /^\d+$/.test(labels.at(-1) as string))
    throw new TargetError(`not a host name: ${name} ends in a number (an IPv4 address has four)`);
  return name;
}

function portOf(text: string): number {
  if (!/^\d{1,5}$/.test(text)) throw new TargetError(`not a port: ${text}`);
  const port = Number(text);
  if (port < 1 || port > 65535) throw new TargetError(`port out of range: ${port}`);
  return port;
}

/** `key` itself, or `text` when they read the same: a scan holds every target in flight, and one copy is enough. */
const sameText = (text: string, key: string): string => (key === text ? text : key);

/**
 * Reads one target line: `example.com`, `alice@example.com` (the domain), `mx.example.com:2525`,
 * `192.0.2.7`, `192.0.2.7:587`, `2001:db8::1`, `[2001:db8::1]:25`. Surrounding blanks are ignored;
 * an internationalised name becomes its A-labels (`bücher.example` → `xn--bcher-kva.example`).
 * The key identifies the target for duplicates, sharding and resume.
 * @throws TargetError naming what is wrong.
 */
export function parseTarget(line: string, defaultPort: number): Target {
  const text = line.trim();
  if (text.length === 0) throw new TargetError('empty target');
  if (/[\s\0]/.test(text)) throw new TargetError('a target is one word (no blanks or control characters)');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) throw new TargetError('a URL is not a target; give the host');
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    const address = bracketed[1]!.toLowerCase();
    if (isIP(address) !== 6) throw new TargetError(`not an IPv6 address: ${address}`);
    const port = bracketed[2] === undefined ? defaultPort : portOf(bracketed[2]);
    return { kind: 'endpoint', host: address, port, key: `[${address}]:${port}` };
  }
  if (isIP(text) === 6) {
    const address = text.toLowerCase();
    return { kind: 'endpoint', host: address, port: defaultPort, key: `[${address}]:${defaultPort}` };
  }
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    if (at === 0 || at === text.length - 1)
      throw new TargetError('an address needs a local part and a domain');
    const domain = hostName(text.slice(at + 1));
    return { kind: 'domain', domain, key: domain };
  }
  const colon = text.lastIndexOf(':');
  if (colon >= 0) {
    const host = text.slice(0, colon);
    const port = portOf(text.slice(colon + 1));
    if (isIP(host) === 4) return { kind: 'endpoint', host, port, key: sameText(text, `${host}:${port}`) };
    const name = hostName(host);
    return { kind: 'endpoint', host: name, port, key: `${name}:${port}` };
  }
  if (isIP(text) === 4)
    return { kind: 'endpoint', host: text, port: defaultPort, key: `${text}:${defaultPort}` };
  const domain = hostName(text);
  return { kind: 'domain', domain, key: domain };
}

/** A 48-bit number from the key's SHA-256: stable across runs, machines and Node versions. */
export function stableHash(key: string): number {
  // The one-shot digest: no Hash object per target line.
  return hash('sha256', key, 'buffer').readUIntBE(0, 6);
}

/** A shard of a scan: this process takes the targets whose stable hash is `index` modulo `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** True when `key` belongs to `shard` (always, without one). Duplicates land in the same shard. */
export function inShard(key: string, shard: Shard | undefined): boolean {
  return shard === undefined || stableHash(key) % shard.count === shard.index;
}

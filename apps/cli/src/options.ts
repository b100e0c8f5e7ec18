import { wellKnownMailPorts } from '@mailports/ports';
import type { MailProtocol, ProbeMode } from '@mailports/wire';
import { isIpLiteral } from '@mailports/wire/text';
import { UsageError } from './errors';
import { CONTROL } from './host-names';
import { printable } from './sanitize';

export { parseEhloName, parseHost, parseServerName, parseWireName } from './host-names';

/** One port to probe, with the protocol spoken there and how to secure it. */
export interface PortSpec {
  readonly port: number;
  readonly protocol: MailProtocol;
  readonly mode: ProbeMode;
}

/** The protocols mailports speaks. */
export const PROTOCOLS: readonly MailProtocol[] = ['smtp', 'imap', 'pop3'];

/** The mail ports mailports knows the protocol of, in the order `probe` reports them by default. */
export const WELL_KNOWN_PORTS: ReadonlyMap<number, MailProtocol> = new Map(
  wellKnownMailPorts().map((entry) => [entry.port, entry.protocol]),
);

/** The eight ports `probe` tries when no `--ports` is given. */
export const DEFAULT_PORTS: readonly PortSpec[] = [...WELL_KNOWN_PORTS].map(([port, protocol]) => ({
  port,
  protocol,
  mode: 'auto',
}));

/** Protocol names with an implied implicit-TLS mode (`smtps:2465`). */
const TLS_ALIASES: Readonly<Record<string, MailProtocol>> = {
  smtps: 'smtp',
  submissions: 'smtp',
  imaps: 'imap',
  pop3s: 'pop3',
};
const PLAIN_ALIASES: Readonly<Record<string, MailProtocol>> = { submission: 'smtp', pop: 'pop3' };
const MODES: readonly ProbeMode[] = ['auto', 'implicit', 'starttls', 'plain'];

/** Roles `recommend` can rank for; `all` means each of them. */
export const ROLES = ['send', 'relay', 'read'] as const;
/** A role `recommend` ranks for. */
export type RoleName = (typeof ROLES)[number];
/** Settings formats `recommend --format` prints. */
export const FORMATS = ['table', 'nodemailer', 'thunderbird', 'imapflow'] as const;
/** A settings format. */
export type FormatName = (typeof FORMATS)[number];

/** Edit distance counting a swap of neighbours as one edit (`gpc` → `gcp`), for "did you mean" hints. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The closest candidate to `input` when it is a likely typo (at most two edits, or a prefix), else
 * undefined.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lowered = input.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = candidate.startsWith(lowered) && lowered.length > 0 ? 0.5 : distance(lowered, candidate);
    if (score <= Math.max(1, Math.min(2, candidate.length - 2)) && (!best || score < best.score)) {
      best = { candidate, score };
    }
  }
  return best?.candidate;
}

function unknownChoice(kind: string, value: string, choices: readonly string[]): UsageError {
  const guess = suggest(value, choices);
  const shown = printable(value);
  return guess
    ? new UsageError(
        `unknown ${kind} '${shown}' — did you mean ${guess}?`,
        `choose one of: ${choices.join(', ')}`,
      )
    : new UsageError(`unknown ${kind} '${shown}'`, `choose one of: ${choices.join(', ')}`);
}

/**
 * A TCP port number 1–65535 written in decimal.
 * @throws UsageError naming the range when the text is not such a number.
 */
export function parsePort(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    throw new UsageError(
      `port must be a number 1–65535 (got '${printable(text)}')`,
      'e.g. --ports 587 or smtp:2526',
    );
  }
  const port = Number(trimmed);
  if (port < 1 || port > 65535) {
    throw new UsageError(`port must be 1–65535 (got ${trimmed})`);
  }
  return port;
}

/**
 * `smtp`, `imap` or `pop3` (any case).
 * @throws UsageError with a "did you mean" hint otherwise.
 */
export function parseProtocol(text: string): MailProtocol {
  const lowered = text.trim().toLowerCase();
  if ((PROTOCOLS as readonly string[]).includes(lowered)) return lowered as MailProtocol;
  throw unknownChoice('protocol', text.trim(), PROTOCOLS);
}

/** A probe mode: auto, implicit, starttls or plain. */
export function parseMode(text: string): ProbeMode {
  const lowered = text.trim().toLowerCase();
  if ((MODES as readonly string[]).includes(lowered)) return lowered as ProbeMode;
  throw unknownChoice('security mode', text.trim(), MODES);
}

function parsePortItem(item: string, protocol: MailProtocol | undefined): PortSpec {
  const parts = item.split(':');
  if (parts.length === 1) {
    const port = parsePort(parts[0]!);
    const known = WELL_KNOWN_PORTS.get(port);
    const chosen = protocol ?? known;
    if (!chosen) {
      throw new UsageError(
        `port ${port} has no well-known mail protocol`,
        `say which one: smtp:${port}, imap:${port} or pop3:${port} (or pass --protocol)`,
      );
    }
    return { port, protocol: chosen, mode: 'auto' };
  }
  if (parts.length > 3) {
    throw new UsageError(
      `cannot read port '${printable(item)}'`,
      'write PORT, PROTOCOL:PORT or PROTOCOL:PORT:MODE',
    );
  }
  const name = parts[0]!.trim().toLowerCase();
  const port = parsePort(parts[1]!);
  const implicit = TLS_ALIASES[name];
  const alias = implicit ?? PLAIN_ALIASES[name];
  const chosen = alias ?? parseProtocolForPort(name);
  const mode = parts[2] !== undefined ? parseMode(parts[2]) : implicit ? 'implicit' : 'auto';
  return { port, protocol: chosen, mode };
}

function parseProtocolForPort(name: string): MailProtocol {
  try {
    return parseProtocol(name);
  } catch {
    throw unknownChoice('protocol', name, [...PROTOCOLS, ...Object.keys(TLS_ALIASES)]);
  }
}

/**
 * A comma-separated list of ports: `25,465,587`, `smtp:2526`, `imaps:10993`, `smtp:2465:implicit`.
 * Bare ports need a well-known protocol unless `protocol` supplies one. Duplicates (same port) are
 * kept once, first wins.
 * @throws UsageError naming the bad item and the fix.
 */
export function parsePortList(text: string, protocol?: MailProtocol): PortSpec[] {
  if (CONTROL.test(text)) {
    throw new UsageError(
      `the list must not contain control characters (got '${printable(text)}')`,
      'e.g. --ports 25,465,587',
    );
  }
  const items = text.split(',').map((item) => item.trim());
  if (items.every((item) => item.length === 0)) {
    throw new UsageError('no ports given', 'e.g. --ports 25,465,587 or --ports smtp:2526');
  }
  if (items.some((item) => item.length === 0)) {
    throw new UsageError(
      `empty item in '${printable(text)}'`,
      'separate ports with single commas, e.g. --ports 25,465,587',
    );
  }
  const seen = new Set<number>();
  const specs: PortSpec[] = [];
  for (const item of items) {
    const spec = parsePortItem(item, protocol);
    if (seen.has(spec.port)) continue;
    seen.add(spec.port);
    specs.push(spec);
  }
  return specs;
}

/**
 * The ports `probe` runs: `--ports` when given, else the well-known ports of `--protocol`, else all
 * eight.
 */
export function selectPorts(portsText: string | undefined, protocol: MailProtocol | undefined): PortSpec[] {
  if (portsText !== undefined) return parsePortList(portsText, protocol);
  return DEFAULT_PORTS.filter((spec) => protocol === undefined || spec.protocol === protocol);
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000 };

/**
 * A duration: `10` (seconds, as curl and swaks take them), `500ms`, `2.5s`, `1m`. Returns milliseconds.
 * @throws UsageError for anything else, zero or negative values, or more than an hour.
 */
export function parseDuration(text: string, what = 'timeout'): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/i.exec(text.trim());
  if (!match) {
    throw new UsageError(`${what} must be a duration like 10, 500ms, 2.5s or 1m (got '${printable(text)}')`);
  }
  const milliseconds = Math.round(Number(match[1]) * UNITS[(match[2] ?? 's').toLowerCase()]!);
  if (milliseconds < 1) throw new UsageError(`${what} must be greater than zero (got '${printable(text)}')`);
  if (milliseconds > 3_600_000)
    throw new UsageError(`${what} must be at most 1 hour (got '${printable(text)}')`);
  return milliseconds;
}

/**
 * A whole number from 1 to `max`.
 * @throws UsageError otherwise.
 */
export function parsePositiveInteger(text: string, what: string, max = 1024): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > max) {
    throw new UsageError(`${what} must be a whole number 1–${max} (got '${printable(text)}')`);
  }
  return Number(trimmed);
}

/** A host name: LDH labels of 1–63 characters, at most 253 in all, an optional final dot. */
const HOST_NAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

/**
 * A `--dns-server` value: an address node:dns `Resolver.setServers` takes as is (`127.0.0.1:5353`,
 * `[::1]:5353`, `::1`), or a host name (and port) to resolve to such an address first.
 */
export type DnsServerSpec =
  | { readonly kind: 'address'; readonly server: string }
  | { readonly kind: 'name'; readonly name: string; readonly port: number | undefined };

/**
 * A DNS server to ask instead of the system's: `IP`, `IP:PORT`, `[IPv6]:PORT`, a bare IPv6 address,
 * or `NAME[:PORT]` (resolved later, once, by the system resolver).
 * @throws UsageError for anything else (an all-numeric name that is no IPv4 address, bad ports).
 */
export function parseDnsServer(text: string): DnsServerSpec {
  const value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) {
    const address = bracketed[1]!;
    if (!isIpLiteral(address) || !address.includes(':')) throw badDnsServer(text);
    const port = bracketed[2];
    return { kind: 'address', server: port === undefined ? address : `[${address}]:${parsePort(port)}` };
  }
  if (value.split(':').length > 2) {
    if (!isIpLiteral(value)) throw badDnsServer(text);
    return { kind: 'address', server: value };
  }
  const [host = '', port] = value.split(':');
  const parsedPort = port === undefined ? undefined : parsePort(port);
  if (isIpLiteral(host)) {
    return { kind: 'address', server: parsedPort === undefined ? host : `${host}:${parsedPort}` };
  }
  // A top-level label is never all digits (RFC 3696 §2): `300.1.1.1` is a mistyped address, not a name.
  const last = host.replace(/\.$/, '').split('.').pop() ?? '';
  if (!HOST_NAME.test(host) || /^\d+$/.test(last)) throw badDnsServer(text);
  return { kind: 'name', name: host.replace(/\.$/, ''), port: parsedPort };
}

function badDnsServer(text: string): UsageError {
  return new UsageError(
    `DNS server must be an IP address or a host name, with an optional port (got '${printable(text)}')`,
    'e.g. --dns-server 127.0.0.1:5353, --dns-server [::1]:53 or --dns-server localhost:5353',
  );
}

/** `send`, `relay`, `read` or `all` (each role). */
export function parseRole(text: string): RoleName[] {
  const lowered = text.trim().toLowerCase();
  if (lowered === 'all') return [...ROLES];
  if ((ROLES as readonly string[]).includes(lowered)) return [lowered as RoleName];
  throw unknownChoice('role', text.trim(), [...ROLES, 'all']);
}

/** `table`, `nodemailer` or `thunderbird`. */
export function parseFormat(text: string): FormatName {
  const lowered = text.trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(lowered)) return lowered as FormatName;
  throw unknownChoice('format', text.trim(), FORMATS);
}

/**
 * `--port-map 465=40123,587=40124`: connect to the second port wherever discovery names the first
 * (a lab or test server on non-standard ports). Results still say which standard port they stand for,
 * so every actual port stands for one standard port only: two standard ports mapped to the same
 * actual port, or onto a well-known port that is itself probed unmapped, are refused (a result could
 * not say which port it answers for).
 * @throws UsageError for anything but `PORT=PORT` pairs, and for such a collision.
 */
export function parsePortMap(text: string): Record<string, number> {
  const map: Record<string, number> = {};
  for (const item of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\d+)=(\d+)$/.exec(item);
    if (!match)
      throw new UsageError(
        `cannot read '${printable(item)}'`,
        'write STANDARD=ACTUAL pairs, e.g. 465=40123,587=40124',
      );
    map[String(parsePort(match[1]!))] = parsePort(match[2]!);
  }
  if (Object.keys(map).length === 0) throw new UsageError('no port pairs given', 'e.g. --port-map 465=40123');
  const standFor = new Map<number, string>();
  for (const [standard, actual] of Object.entries(map)) {
    const earlier = standFor.get(actual);
    if (earlier !== undefined) {
      throw new UsageError(
        `${earlier} and ${standard} both map to port ${actual}`,
        'give each standard port its own actual port, e.g. 465=40123,587=40124',
      );
    }
    if (WELL_KNOWN_PORTS.has(actual) && map[String(actual)] === undefined && String(actual) !== standard) {
      throw new UsageError(
        `${standard}=${actual} maps onto port ${actual}, which is probed as itself`,
        `map ${actual} elsewhere too (e.g. ${actual}=40125), or pick a port that is not a mail port`,
      );
    }
    standFor.set(actual, standard);
  }
  return map;
}

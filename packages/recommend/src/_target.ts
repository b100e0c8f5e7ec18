import { isIpLiteral } from '@mailports/wire/text';
import { RecommendError } from './errors';

/** A target as the user typed it, classified. */
export type ParsedTarget =
  | { kind: 'email'; domain: string }
  | { kind: 'name'; name: string }
  | { kind: 'ip'; address: string };

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

function normaliseName(name: string, toAscii: (domain: string) => string): string | null {
  const trimmed = name.trim().replace(/\.$/, '').toLowerCase();
  if (trimmed === '' || trimmed.length > 253) return null;
  const ascii = /^[\x00-\x7f]*$/.test(trimmed) ? trimmed : toAscii(trimmed);
  if (ascii === '' || !ascii.split('.').every((label) => LABEL.test(label))) return null;
  return ascii;
}

/**
 * Classifies a target: an email address (its domain), an IP literal (brackets allowed), or a name
 * (a domain or a host; discovery decides which). `toAscii` converts internationalised names.
 * @throws RecommendError `E_INVALID_TARGET` for anything else (empty, CR/LF, bad labels, two `@`).
 */
export function parseTarget(target: string, toAscii: (domain: string) => string): ParsedTarget {
  const text = target.trim();
  const invalid = () =>
    new RecommendError('E_INVALID_TARGET', `not an email address, domain or host: ${JSON.stringify(target)}`);
  if (/[\s\x00-\x1f]/.test(text)) throw invalid();
  const unbracketed = text.replace(/^\[(.*)\]$/, '$1');
  if (isIpLiteral(unbracketed)) return { kind: 'ip', address: unbracketed };
  if (text.includes('@')) {
    const domain = normaliseName(text.slice(text.lastIndexOf('@') + 1), toAscii);
    // One `@` only: in `a@b@c.example` no part is sure to be the mail domain.
    if (!domain || text.indexOf('@') === 0 || text.indexOf('@') !== text.lastIndexOf('@')) throw invalid();
    return { kind: 'email', domain };
  }
  const name = normaliseName(text, toAscii);
  if (!name) throw invalid();
  return { kind: 'name', name };
}

/**
 * Splits `host[:port]` / `[v6]:port` / a bare IPv6 address into the form `Resolver#setServers`
 * takes. Only IP addresses are accepted: a DNS server is never looked up by name.
 * @throws RecommendError `E_INVALID_DNS_SERVER`.
 */
export function parseDnsServer(server: string): string {
  const invalid = () =>
    new RecommendError(
      'E_INVALID_DNS_SERVER',
      `not host or host:port with an IP address: ${JSON.stringify(server)}`,
    );
  const text = server.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const hostPort = /^([^:]+)(?::(\d+))?$/.exec(text);
  let host: string;
  let port: string | undefined;
  if (bracketed) {
    host = bracketed[1] ?? '';
    port = bracketed[2];
  } else if (hostPort) {
    host = hostPort[1] ?? '';
    port = hostPort[2];
  } else {
    host = text;
  }
  if (!isIpLiteral(host)) throw invalid();
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) throw invalid();
  if (port === undefined) return host;
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

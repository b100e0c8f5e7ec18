import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { WireError } from './errors';

/** CR, LF or NUL: what would end a command line early or smuggle a second one. */
const LINE_BREAKING = /[\r\n\0]/;
/** Any blank: a host name or address holds none. */
const BLANK = /\s/;

/**
 * Rejects a value that would reach the wire when it holds CR, LF or NUL (command injection: a
 * host name or user name smuggling a second command). Throws `WireError('E_INVALID_INPUT')`; the
 * caller has sent nothing.
 * @param what names the value in the error message, e.g. `EHLO name`.
 */
export function validateLine(value: string, what: string): void {
  if (typeof value !== 'string') {
    throw new WireError('E_INVALID_INPUT', `${what} must be a string.`);
  }
  const match = LINE_BREAKING.exec(value);
  if (match) {
    const name = match[0] === '\r' ? 'CR' : match[0] === '\n' ? 'LF' : 'NUL';
    throw new WireError(
      'E_INVALID_INPUT',
      `${what} contains ${name} at position ${match.index}; nothing was sent.`,
    );
  }
}

/** True for an IPv4 or IPv6 address literal (IPv6 also in brackets). */
export function isIpAddress(host: string): boolean {
  return isIP(stripBrackets(host)) !== 0;
}

/** `[::1]` -> `::1`; anything else unchanged. */
export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Throws `E_INVALID_INPUT` unless `port` is an integer in 1..65535. */
export function validatePort(port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new WireError('E_INVALID_INPUT', `Port must be an integer from 1 to 65535, got ${String(port)}.`);
  }
}

/** Throws `E_INVALID_INPUT` for an empty host or one with CR, LF, NUL or spaces. */
export function validateHost(host: string): void {
  validateLine(host, 'Host');
  if (host.length === 0 || BLANK.test(host)) {
    throw new WireError(
      'E_INVALID_INPUT',
      `Host must be a non-empty name or address without spaces, got "${host}".`,
    );
  }
}

/**
 * The form of a host name that goes on the wire (DNS, SNI, certificate check): IDNA A-labels
 * (`bücher.example` -> `xn--bcher-kva.example`), without a trailing root dot. IP addresses and names
 * that do not convert are returned unchanged.
 */
export function asciiHost(host: string): string {
  if (isIP(host) !== 0) return host;
  const trimmed = host.endsWith('.') ? host.slice(0, -1) : host;
  return domainToASCII(trimmed) || trimmed;
}

/**
 * The IP addresses of a caller's address list, brackets removed. Throws `E_INVALID_INPUT` for an
 * empty list or an entry that is not an IP address.
 */
export function validateAddresses(addresses: readonly string[]): string[] {
  if (!Array.isArray(addresses) || addresses.length === 0) {
    throw new WireError('E_INVALID_INPUT', 'The address list must hold at least one IP address.');
  }
  return addresses.map((address: unknown) => {
    if (typeof address !== 'string' || !isIpAddress(address)) {
      throw new WireError(
        'E_INVALID_INPUT',
        `Every entry of the address list must be an IP address, got ${JSON.stringify(address)}.`,
      );
    }
    return stripBrackets(address);
  });
}

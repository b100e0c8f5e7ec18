// Names typed on the command line that reach the wire or name a host: checked before anything is sent.
import { isIpLiteral } from '@mailports/wire/text';
import { UsageError } from './errors';
import { printable } from './sanitize';

/** C0 controls and DEL: never part of a value typed on purpose (a pasted CR, an escape sequence). */
export const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A name that goes on the wire (a user name): non-empty, at most 255 characters, no CR, LF or NUL.
 * @throws UsageError otherwise.
 */
export function parseWireName(text: string, what: string): string {
  if (text.length === 0) throw new UsageError(`${what} must not be empty`);
  if (/[\r\n\0]/.test(text)) throw new UsageError(`${what} must not contain CR, LF or NUL`);
  if (text.length > 255) throw new UsageError(`${what} must be at most 255 characters`);
  return text;
}

/** One label of an internationalised host name: letters and digits of any script, inner hyphens. */
const UNICODE_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;

/**
 * The same rule for a label in ASCII. Tried first: most names are ASCII, and V8 builds the Unicode
 * property classes above (about 1.5 ms) only when a label needs them.
 */
const ASCII_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** True for a host name of labels of 1–63 letters, digits and inner hyphens, 253 characters at most. */
function isHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => ASCII_LABEL.test(label) || UNICODE_LABEL.test(label));
}

/**
 * The name to send in EHLO (RFC 5321 §4.1.1.1: a domain, or an address literal such as `[192.0.2.1]`
 * or `[IPv6:2001:db8::1]`). Checked before anything is sent: a space or a control character would
 * change the command the server reads.
 * @throws UsageError otherwise.
 */
export function parseEhloName(text: string): string {
  parseWireName(text, 'EHLO name');
  const literal = /^\[(?:IPv6:([0-9a-f:.]+)|([\d.]+))\]$/i.exec(text);
  if (literal) {
    const address = literal[1] ?? literal[2] ?? '';
    const valid = isIpLiteral(address) && (literal[1] !== undefined) === address.includes(':');
    if (valid) return text;
  }
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (!literal && /^[a-z0-9.-]+$/i.test(name) && isHostName(name)) return name;
  throw new UsageError(
    `EHLO name must be a domain name or an address literal (got '${printable(text)}')`,
    'e.g. --ehlo-name client.example.org or --ehlo-name [192.0.2.1]',
  );
}

/**
 * The TLS server name to ask for and check the certificate against: a host name (letters of any
 * script are converted to A-labels later) or an IP address, never spaces or control characters.
 * @throws UsageError otherwise.
 */
export function parseServerName(text: string): string {
  parseWireName(text, 'server name');
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (isIpLiteral(name) || isHostName(name)) return name;
  throw new UsageError(
    `server name must be a host name or an IP address (got '${printable(text)}')`,
    'e.g. --servername mail.example.com',
  );
}

/**
 * The target of `probe`: a host name or IP address, never a URL or an e-mail address.
 * @throws UsageError with the likely fix.
 */
export function parseHost(text: string): string {
  const host = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (host.length === 0) throw new UsageError('host must not be empty');
  if (host.includes('@')) {
    throw new UsageError(
      `'${printable(host)}' is an e-mail address, not a host`,
      'use: mailports recommend <email>',
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
    throw new UsageError(
      `'${printable(host)}' is a URL, not a host`,
      'pass only the host name, e.g. smtp.example.com',
    );
  }
  const name = host.replace(/\.$/, '');
  const address = isIpLiteral(name);
  // Labels of 1–63 characters: `.`, `a..b` and `.example` name no host (RFC 1035 §2.3.4).
  const labelsValid = name.split('.').every((label) => label.length > 0 && label.length <= 63);
  if (/[\s/\\]/.test(host) || CONTROL.test(host) || host.length > 253 || !(address || labelsValid)) {
    throw new UsageError(`'${printable(host)}' is not a host name or IP address`);
  }
  return name;
}

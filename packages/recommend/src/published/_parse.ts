import type { MailProtocol } from '@mailports/wire';
import type { PublishedServer } from '../types';

/** A published document that cannot be used, and why. */
export class PublishedConfigError extends Error {
  constructor(
    readonly code: 'E_CONFIG_DOCTYPE' | 'E_CONFIG_MALFORMED' | 'E_CONFIG_EMPTY',
    message: string,
  ) {
    super(message);
    this.name = 'PublishedConfigError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text
    .trim()
    .replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d{1,6});/g, (_match, code: string) =>
      String.fromCodePoint(Math.min(Number(code), 0x10ffff)),
    );
}

/**
 * Refuses what an XML bomb or an external entity needs: no DTD at all. Neither autoconfig nor
 * Autodiscover uses one, so a DOCTYPE is a hostile or broken document either way.
 */
function refuseDtd(body: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) {
    throw new PublishedConfigError(
      'E_CONFIG_DOCTYPE',
      'the document declares a DTD or entities (as XML bombs and external-entity attacks do): not read',
    );
  }
}

/**
 * Every element `name` (no nesting of the same name), its attributes and inner text. Linear in the
 * document: a scan with indexOf, so that thousands of unclosed tags cost one pass, not one per tag
 * (a lazy regular expression would rescan to the end from each of them).
 */
function elements(body: string, name: string): Array<{ attributes: string; inner: string }> {
  const found: Array<{ attributes: string; inner: string }> = [];
  const lower = body.toLowerCase();
  const open = `<${name.toLowerCase()}`;
  const close = `</${name.toLowerCase()}`;
  let at = 0;
  while (found.length < 64) {
    const start = lower.indexOf(open, at);
    if (start < 0) break;
    const after = lower[start + open.length];
    // `<hostnameX` is another element.
    if (
      after !== '>' &&
      after !== ' ' &&
      after !== '\t' &&
      after !== '\n' &&
      after !== '\r' &&
      after !== '/'
    ) {
      at = start + open.length;
      continue;
    }
    const headEnd = lower.indexOf('>', start);
    if (headEnd < 0) break;
    const end = lower.indexOf(close, headEnd);
    if (end < 0) break;
    const closeEnd = lower.indexOf('>', end);
    if (closeEnd < 0) break;
    found.push({ attributes: body.slice(start + open.length, headEnd), inner: body.slice(headEnd + 1, end) });
    at = closeEnd + 1;
  }
  return found;
}

function child(inner: string, name: string): string | null {
  const first = elements(inner, name)[0];
  return first ? decode(first.inner) : null;
}

function children(inner: string, name: string): string[] {
  return elements(inner, name).map((item) => decode(item.inner));
}

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

function usableHost(text: string | null): string | null {
  const host = text?.trim().replace(/\.$/, '').toLowerCase() ?? '';
  return HOST.test(host) ? host : null;
}

function usablePort(text: string | null): number | null {
  const port = Number(text);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : null;
}

/** Values the placeholders of config-v1.1.xml stand for. */
export interface Placeholders {
  email: string | null;
  domain: string;
}

function fill(text: string, values: Placeholders): string {
  const local = values.email?.split('@')[0] ?? '';
  return text
    .replace(/%EMAILDOMAIN%/g, values.domain)
    .replace(/%EMAILLOCALPART%/g, local)
    .replace(/%EMAILADDRESS%/g, values.email ?? '');
}

/**
 * The servers of a Thunderbird autoconfig file (config-v1.1.xml, as served by autoconfig hosts and
 * the ISPDB): `incomingServer` (IMAP, POP3) and `outgoingServer` (SMTP) with hostname, port,
 * socketType and authentication; placeholders filled in. Servers of other types, or with an unusable
 * hostname or port, are skipped (`skipped` says why).
 * @throws PublishedConfigError for a DTD (never expanded), or a document with no usable server.
 */
export function parseAutoconfig(
  body: string,
  meta: { source: PublishedServer['source']; url: string },
  values: Placeholders,
): { servers: PublishedServer[]; skipped: string[] } {
  refuseDtd(body);
  if (!/<clientConfig\b/i.test(body)) {
    throw new PublishedConfigError(
      'E_CONFIG_MALFORMED',
      'not a config-v1.1.xml document (no <clientConfig>)',
    );
  }
  const servers: PublishedServer[] = [];
  const skipped: string[] = [];
  for (const [element, role] of [
    ['incomingServer', 'read'],
    ['outgoingServer', 'send'],
  ] as const) {
    for (const item of elements(body, element)) {
      const type = /\btype\s*=\s*"([^"]*)"/i.exec(item.attributes)?.[1]?.toLowerCase() ?? '';
      const protocol: MailProtocol | null =
        role === 'send'
          ? type === 'smtp'
            ? 'smtp'
            : null
          : type === 'imap' || type === 'pop3'
            ? type
            : null;
      const host = usableHost(fill(child(item.inner, 'hostname') ?? '', values));
      const port = usablePort(child(item.inner, 'port'));
      if (!protocol || !host || !port) {
        skipped.push(
          `${element} type "${type}": ${!protocol ? 'not a mail protocol probed here' : 'no usable hostname or port'}`,
        );
        continue;
      }
      const socket = (child(item.inner, 'socketType') ?? '').toUpperCase();
      servers.push({
        ...meta,
        role,
        protocol,
        host,
        port,
        socketType: socket === 'SSL' ? 'SSL' : socket === 'STARTTLS' ? 'STARTTLS' : 'plain',
        authentication: children(item.inner, 'authentication'),
      });
    }
  }
  if (servers.length === 0) {
    throw new PublishedConfigError('E_CONFIG_EMPTY', 'the document lists no usable mail server');
  }
  return { servers, skipped };
}

/**
 * The servers of a Microsoft Autodiscover (POX) response: `<Protocol>` blocks of type IMAP, POP3 and
 * SMTP with Server, Port, SSL and Encryption (`TLS` is STARTTLS, `SSL` or `SSL on` implicit TLS).
 * @throws PublishedConfigError for a DTD, or a response with no usable server (a redirect answer included).
 */
export function parseAutodiscover(
  body: string,
  meta: { source: PublishedServer['source']; url: string },
): { servers: PublishedServer[]; skipped: string[] } {
  refuseDtd(body);
  const servers: PublishedServer[] = [];
  const skipped: string[] = [];
  for (const item of elements(body, 'Protocol')) {
    const type = (child(item.inner, 'Type') ?? '').toUpperCase();
    const protocol: MailProtocol | null =
      type === 'IMAP' ? 'imap' : type === 'POP3' ? 'pop3' : type === 'SMTP' ? 'smtp' : null;
    if (!protocol) continue;
    const host = usableHost(child(item.inner, 'Server'));
    const port = usablePort(child(item.inner, 'Port'));
    if (!host || !port) {
      skipped.push(`Protocol ${type}: no usable Server or Port`);
      continue;
    }
    const encryption = (child(item.inner, 'Encryption') ?? '').toUpperCase();
    const ssl = (child(item.inner, 'SSL') ?? 'on').toLowerCase();
    const socketType =
      encryption === 'TLS'
        ? 'STARTTLS'
        : encryption === 'SSL' || (encryption === '' && ssl === 'on')
          ? 'SSL'
          : 'plain';
    servers.push({
      ...meta,
      role: protocol === 'smtp' ? 'send' : 'read',
      protocol,
      host,
      port,
      socketType,
      authentication: [],
    });
  }
  if (servers.length === 0) {
    throw new PublishedConfigError('E_CONFIG_EMPTY', 'the response lists no IMAP, POP3 or SMTP server');
  }
  return { servers, skipped };
}

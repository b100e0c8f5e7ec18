import { CLIENT_ERRORS } from '../data/client-errors.js';
import { ERROR_CAUSES } from '../data/error-causes.js';
import { lookupPort } from '../queries.js';
import type { ClientErrorEntry, ErrorCause, ErrorCauseId, ErrorClient, ErrorFamily } from './types.js';

/** Options of {@link matchClientError}. */
export interface MatchClientErrorOptions {
  /** The client that printed the message, when the caller knows it; otherwise inferred from the text. */
  readonly client?: ErrorClient;
  /** The port the client connected to: the knowledge base's TLS mode for it orders the causes. */
  readonly port?: number;
}

/** What the catalogue makes of an error message. */
export interface ClientErrorMatch {
  /** Every catalogue entry whose patterns match, most specific (fewest clients) first. */
  readonly entries: readonly ClientErrorEntry[];
  /** The possible causes, most likely first, without duplicates. */
  readonly causes: readonly ErrorCause[];
  /** The client that printed it: given, or the one client all matching entries point to; else null. */
  readonly client: ErrorClient | null;
}

/** Longest error text considered: real messages are short; the limit bounds the regex work on pasted logs. */
const MAX_TEXT = 4096;

function inferClient(entries: readonly ClientErrorEntry[]): ErrorClient | null {
  const [first] = entries;
  if (!first) return null;
  if (first.clients.length === 1) return first.clients[0] ?? null;
  const common = first.clients.filter((client) => entries.every((entry) => entry.clients.includes(client)));
  return common.length === 1 ? (common[0] ?? null) : null;
}

/** The cause a port's own TLS mode makes most likely, when the port is a well-known mail port. */
function causeForPort(port: number | undefined): ErrorCauseId | null {
  if (port === undefined) return null;
  const tls = lookupPort(port)?.tls;
  if (tls === 'implicit') return 'plaintext-to-implicit-tls-port';
  if (tls === 'starttls') return 'tls-to-plaintext-port';
  return null;
}

/**
 * Looks an error message up in the client-error catalogue: which entries match it, the possible causes
 * (most likely first; a well-known port's TLS mode moves the matching mode mistake to the front), and
 * the client that printed it. Pure; never throws. An unknown message gives no entries and no causes.
 */
export function matchClientError(text: string, options: MatchClientErrorOptions = {}): ClientErrorMatch {
  const bounded = text.slice(0, MAX_TEXT);
  let entries = CLIENT_ERRORS.filter((entry) => entry.patterns.some((pattern) => pattern.test(bounded)));
  if (options.client !== undefined) {
    const own = entries.filter((entry) => entry.clients.includes(options.client!));
    if (own.length > 0) entries = own;
  }
  entries = [...entries].sort((a, b) => a.clients.length - b.clients.length);
  const ids: ErrorCauseId[] = [];
  for (const entry of entries) for (const id of entry.causes) if (!ids.includes(id)) ids.push(id);
  const preferred = causeForPort(options.port);
  if (preferred && ids.includes(preferred))
    ids.sort((a, b) => Number(b === preferred) - Number(a === preferred));
  return {
    entries,
    causes: ids.map((id) => ERROR_CAUSES[id]),
    client: options.client ?? inferClient(entries),
  };
}

/**
 * The fix for `cause` in `client`'s own option names, or the general fix when the catalogue has none
 * for that client (or no client is known).
 */
export function fixFor(cause: ErrorCause, client: ErrorClient | null): string {
  return (client ? cause.fixes[client] : undefined) ?? cause.fixes.any ?? Object.values(cause.fixes)[0] ?? '';
}

/** Catalogue entries of one family, in catalogue order (one troubleshooting page each). */
export function clientErrorsOfFamily(family: ErrorFamily): ClientErrorEntry[] {
  return CLIENT_ERRORS.filter((entry) => entry.family === family);
}

/** The error families with a title and a one-line summary, in the order the docs list them. */
export const ERROR_FAMILIES: ReadonlyArray<{
  readonly id: ErrorFamily;
  readonly title: string;
  readonly summary: string;
}> = [
  {
    id: 'tls-mode',
    title: 'TLS mode does not match the port',
    summary: '"wrong version number", or a plaintext client waiting on 465/993/995.',
  },
  {
    id: 'greeting',
    title: 'No greeting, or a refusing one',
    summary: '"Greeting never received", "Unexpected close", 421 and BYE greetings.',
  },
  {
    id: 'no-answer',
    title: 'Timed out, refused or reset',
    summary: 'Nothing answers the connect, or something refuses or resets it.',
  },
  {
    id: 'certificate',
    title: 'Certificate errors',
    summary: 'Wrong name, expired, self-signed or from an untrusted CA.',
  },
  {
    id: 'starttls',
    title: 'STARTTLS refused or missing',
    summary: 'The upgrade to TLS is not offered, or the server refuses it.',
  },
  {
    id: 'login',
    title: 'Login refused',
    summary: 'Wrong credentials, or a provider that wants an app password or OAuth2.',
  },
];

/** The names clients go by in the catalogue, for options and headings. */
export const ERROR_CLIENT_NAMES: Readonly<Record<ErrorClient, string>> = {
  nodemailer: 'nodemailer',
  imapflow: 'imapflow',
  node: 'Node.js (tls, net)',
  openssl: 'openssl s_client',
  thunderbird: 'Thunderbird',
  outlook: 'Outlook',
  phpmailer: 'PHPMailer',
  smtplib: 'Python smtplib',
};

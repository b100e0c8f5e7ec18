import type { CommonHostileOptions } from '../core/_hostile.js';
import type { OAuthServerOptions } from '../core/_oauth.js';
import { COMMON_PRESETS } from '../core/_presets.js';
import type { HandlerContext } from '../core/context.js';
import type { MailServerOptions } from '../core/server.js';

/** Session state an SMTP handler can read. */
export interface SmtpState {
  /** Name given with EHLO/HELO, or null before it (reset by STARTTLS). */
  helo: string | null;
  /** True when the client used EHLO rather than HELO. */
  extended: boolean;
  /** Authenticated user name, or null. */
  user: string | null;
  /** Reverse path of the current transaction, or null outside one. */
  from: string | null;
  /** Recipients of the current transaction. */
  to: string[];
}

/** What an SMTP command handler receives: the shared context plus SMTP state and reply formatting. */
export interface SmtpContext extends HandlerContext {
  readonly state: SmtpState;
  /** Writes an SMTP reply; several lines become `code-…` continuation lines and a final `code …`. */
  reply(code: number, lines?: string | string[]): Promise<void>;
  /** Capabilities EHLO would list now (depends on the TLS state). */
  capabilities(): string[];
}

/** Replaces the built-in handling of one command; `args` is the text after the verb. */
export type SmtpHandler = (context: SmtpContext, args: string) => void | Promise<void>;

/** Hostile SMTP behaviours (the shared ones plus SMTP-specific ones); every field is off by default. */
export interface SmtpHostileOptions extends CommonHostileOptions {
  /** Add this many `250-X-FILLER-n` lines to every EHLO reply. */
  ehloLines?: number;
  /** Answer EHLO with `500 5.5.2 Error: command not recognized`; HELO still works. */
  rejectEhlo?: boolean;
  /** Answer STARTTLS with this reply line instead of starting TLS, e.g. `'454 4.7.0 TLS not available'`. */
  starttlsRefusal?: string;
  /** Advertise `AUTH PLAIN LOGIN` before TLS and accept credentials in plaintext. */
  authBeforeTls?: boolean;
}

/** Options of {@link createSmtpServer}; every field has a realistic default (a Postfix-like MX). */
export interface SmtpServerOptions extends MailServerOptions {
  /** Host name used in the greeting and EHLO reply. Default `'mx.test'`. */
  hostname?: string;
  /**
   * Greeting line(s) without CRLF. Default `'220 <hostname> ESMTP'`. A 421 greeting closes the connection
   * after it; any other non-220 greeting answers `503` to everything but QUIT (RFC 5321 §3.1).
   */
  greeting?: string | string[];
  /** EHLO keywords before TLS. Default `PIPELINING, SIZE 10240000, STARTTLS, ENHANCEDSTATUSCODES, 8BITMIME` (no STARTTLS when `tls` is not `'starttls'`; plus `AUTH PLAIN LOGIN` when plaintext AUTH is allowed). */
  capabilitiesBeforeTls?: string[];
  /** EHLO keywords inside TLS. Default `PIPELINING, SIZE 10240000, AUTH PLAIN LOGIN, ENHANCEDSTATUSCODES, 8BITMIME`. */
  capabilitiesAfterTls?: string[];
  /** Accounts for AUTH PLAIN/LOGIN: `{ name: password }`. Default none (every AUTH fails with 535). */
  users?: Record<string, string>;
  /** Token login (XOAUTH2, OAUTHBEARER): valid tokens, the refusal style, hostile variants. Default none (not offered). */
  oauth?: OAuthServerOptions;
  /** Accept AUTH outside TLS. Default false: plaintext AUTH gets `538 5.7.11`. */
  allowPlaintextAuth?: boolean;
  /** Require AUTH before MAIL (`530 5.7.0`). Default false: any sender and recipient is accepted. */
  requireAuth?: boolean;
  /** Largest message accepted by DATA, in bytes. Default 10240000 (`552` beyond). */
  maxMessageBytes?: number;
  /** Per-command overrides keyed by upper-case verb (`EHLO`, `AUTH`, `MAIL`, or any other word). */
  handlers?: Partial<Record<string, SmtpHandler>>;
  /** A named hostile scenario; its options apply under the ones given explicitly. */
  preset?: SmtpPreset;
  /** Hostile behaviours, merged over the preset's. */
  hostile?: SmtpHostileOptions;
}

/** A message received through DATA. */
export interface ReceivedMessage {
  /** Connection that delivered it. */
  connection: number;
  from: string;
  to: string[];
  /** Message text with dot-stuffing removed, lines joined by CRLF. */
  data: string;
  /** Whether it arrived inside TLS. */
  tls: boolean;
  /** Authenticated user, or null. */
  user: string | null;
}

/** Named SMTP scenarios; see {@link SMTP_PRESETS} for what each sets. */
export type SmtpPreset =
  | 'no-greeting'
  | 'slow-greeting'
  | 'endless-line'
  | 'ehlo-flood'
  | 'reset'
  | 'greeting-421'
  | 'greeting-554'
  | 'ehlo-rejected'
  | 'starttls-refused'
  | 'starttls-garbage'
  | 'starttls-close'
  | 'starttls-stall'
  | 'starttls-plaintext'
  | 'starttls-injection'
  | 'strip-starttls'
  | 'plaintext-implicit-port'
  | 'terminal-escape'
  | 'auth-before-tls';

/** The options each {@link SmtpPreset} stands for. */
export const SMTP_PRESETS: Readonly<Record<SmtpPreset, Readonly<SmtpServerOptions>>> = {
  ...COMMON_PRESETS,
  'ehlo-flood': { hostile: { ehloLines: 5000 } },
  'greeting-421': { greeting: '421 4.3.2 mx.test Service not available, closing transmission channel' },
  'greeting-554': { greeting: '554 5.3.2 mx.test No SMTP service here' },
  'ehlo-rejected': { hostile: { rejectEhlo: true } },
  'starttls-refused': { hostile: { starttlsRefusal: '454 4.7.0 TLS not available due to local problem' } },
  'starttls-injection': { hostile: { starttlsInjection: '250-evil\r\n250 AUTH PLAIN LOGIN\r\n' } },
  'terminal-escape': { greeting: '220 mx.test ESMTP \x1b]0;pwned\x07\x1b[2J\x1b[31mred' },
  'auth-before-tls': { hostile: { authBeforeTls: true } },
};

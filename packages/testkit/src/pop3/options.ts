import type { CommonHostileOptions } from '../core/_hostile.js';
import type { OAuthServerOptions } from '../core/_oauth.js';
import { COMMON_PRESETS } from '../core/_presets.js';
import type { HandlerContext } from '../core/context.js';
import type { MailServerOptions } from '../core/server.js';

/** What a POP3 command handler receives: the shared context plus POP3 replies. */
export interface Pop3Context extends HandlerContext {
  /** Authenticated user, or null in the AUTHORIZATION state. */
  readonly user: string | null;
  /** Writes `+OK text`. */
  ok(text?: string): Promise<void>;
  /** Writes `-ERR text`. */
  err(text?: string): Promise<void>;
  /** Writes `+OK text`, the lines (dot-stuffed) and the `.` terminator. */
  multiline(text: string, lines: string[]): Promise<void>;
}

/** Replaces the built-in handling of one POP3 command; `args` is the text after the verb. */
export type Pop3Handler = (context: Pop3Context, args: string) => void | Promise<void>;

/** Hostile POP3 behaviours (the shared ones plus POP3-specific ones); every field is off by default. */
export interface Pop3HostileOptions extends CommonHostileOptions {
  /** Answer STLS with this line instead of starting TLS, e.g. `'-ERR TLS support not enabled'`. */
  starttlsRefusal?: string;
  /** Advertise `USER` before TLS and accept USER/PASS in plaintext. */
  userBeforeTls?: boolean;
}

/** Options of {@link createPop3Server}; defaults imitate Dovecot with `disable_plaintext_auth = yes`. */
export interface Pop3ServerOptions extends MailServerOptions {
  /** Host name used in the APOP timestamp. Default `'pop.test'`. */
  hostname?: string;
  /** Greeting line without CRLF. Default `'+OK Dovecot ready.'`. A `-ERR` greeting is sent, then the connection closes. */
  greeting?: string;
  /** Append an APOP timestamp (`<pid.time@hostname>`) to the greeting and accept APOP. Default false. */
  apop?: boolean;
  /** CAPA lines before TLS. Default `TOP, UIDL, RESP-CODES, PIPELINING, AUTH-RESP-CODE, STLS` (no STLS unless `tls` is `'starttls'`; USER and SASL when plaintext login is allowed). */
  capabilitiesBeforeTls?: string[];
  /** CAPA lines inside TLS. Default `TOP, UIDL, RESP-CODES, PIPELINING, AUTH-RESP-CODE, USER, SASL PLAIN LOGIN`. */
  capabilitiesAfterTls?: string[];
  /** Accounts for USER/PASS, APOP and AUTH: `{ name: password }`. Default none. */
  users?: Record<string, string>;
  /** Token login (XOAUTH2, OAUTHBEARER): valid tokens, the refusal style, hostile variants. Default none (not offered). */
  oauth?: OAuthServerOptions;
  /** Accept USER/PASS and AUTH outside TLS. Default false (`-ERR [AUTH] Plaintext authentication disallowed…`). */
  allowPlaintextAuth?: boolean;
  /** The maildrop every user sees, one RFC 5322 text per message. Default one short message. */
  messages?: string[];
  /** Per-command overrides keyed by upper-case verb (`CAPA`, `STLS`, `USER`, or any other word). */
  handlers?: Partial<Record<string, Pop3Handler>>;
  /** A named scenario; its options apply under the ones given explicitly. */
  preset?: Pop3Preset;
  /** Hostile behaviours, merged over the preset's. */
  hostile?: Pop3HostileOptions;
}

/** Named POP3 scenarios; see {@link POP3_PRESETS}. `starttls-*` names act on STLS. */
export type Pop3Preset =
  | 'no-greeting'
  | 'slow-greeting'
  | 'endless-line'
  | 'reset'
  | 'greeting-err'
  | 'starttls-refused'
  | 'starttls-garbage'
  | 'starttls-close'
  | 'starttls-stall'
  | 'starttls-plaintext'
  | 'starttls-injection'
  | 'strip-starttls'
  | 'user-before-tls'
  | 'plaintext-implicit-port'
  | 'terminal-escape';

/** The options each {@link Pop3Preset} stands for. */
export const POP3_PRESETS: Readonly<Record<Pop3Preset, Readonly<Pop3ServerOptions>>> = {
  ...COMMON_PRESETS,
  'greeting-err': { greeting: '-ERR [SYS/TEMP] Server is busy, try again later' },
  'starttls-refused': { hostile: { starttlsRefusal: '-ERR TLS support not enabled' } },
  'starttls-injection': {
    hostile: { starttlsInjection: '+OK Capability list follows\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n' },
  },
  'user-before-tls': { hostile: { userBeforeTls: true } },
  'terminal-escape': { greeting: '+OK Dovecot ready. \x1b]0;pwned\x07\x1b[2J' },
};

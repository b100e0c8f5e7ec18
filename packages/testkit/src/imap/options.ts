import type { CommonHostileOptions } from '../core/_hostile.js';
import type { OAuthServerOptions } from '../core/_oauth.js';
import { COMMON_PRESETS } from '../core/_presets.js';
import type { HandlerContext } from '../core/context.js';
import type { MailServerOptions } from '../core/server.js';

/** What an IMAP command handler receives: the shared context plus IMAP responses for the current tag. */
export interface ImapContext extends HandlerContext {
  /** The command's tag. */
  readonly tag: string;
  /** Arguments after the command name (quoted strings unescaped, literals resolved). */
  readonly args: readonly string[];
  /** `not-authenticated`, `authenticated` or `logout`. */
  readonly state: ImapState;
  /** Writes `<tag> <status> <text>`. */
  tagged(status: 'OK' | 'NO' | 'BAD', text: string): Promise<void>;
  /** Writes `* <text>`. */
  untagged(text: string): Promise<void>;
  /** Capabilities the server would list now. */
  capabilities(): string[];
}

/** IMAP connection states (RFC 9051 §3); `selected` is folded into `authenticated`. */
export type ImapState = 'not-authenticated' | 'authenticated' | 'logout';

/** Replaces the built-in handling of one IMAP command. */
export type ImapHandler = (context: ImapContext) => void | Promise<void>;

/** Options of the huge-literal behaviour. */
export interface HugeLiteralOptions {
  /** Literal size announced in `* OK {n}`. Default 100000000. */
  announced?: number;
  /** Bytes actually streamed before closing. Default 16 MiB. */
  maxBytes?: number;
}

/** Hostile IMAP behaviours (the shared ones plus IMAP-specific ones); every field is off by default. */
export interface ImapHostileOptions extends CommonHostileOptions {
  /** Greet with `* PREAUTH`: the connection is authenticated in plaintext; `{ starttls: true }` also advertises STARTTLS. */
  preauth?: boolean | { starttls?: boolean };
  /** Answer STARTTLS with this text after the tag, e.g. `'NO [UNAVAILABLE] TLS not available'` or `'BAD …'`. */
  starttlsRefusal?: string;
  /** Untagged lines (no CRLF) sent right after the greeting, e.g. `'* 54321 EXISTS'`, `'* OK [ALERT] …'`. */
  untaggedBeforeTls?: string[];
  /** Leave LOGINDISABLED out before TLS and accept LOGIN/AUTHENTICATE in plaintext. */
  loginDisabledMissing?: boolean;
  /** Instead of the greeting, announce `* OK {n}` and stream literal bytes until `maxBytes`, then close. */
  hugeLiteral?: boolean | HugeLiteralOptions;
}

/** Options of {@link createImapServer}; defaults imitate Dovecot with `disable_plaintext_auth = yes`. */
export interface ImapServerOptions extends MailServerOptions {
  /**
   * Whole greeting line without CRLF, e.g. `'* BYE Too many connections'` (a BYE greeting closes the
   * connection). Default `'* OK [CAPABILITY …] Dovecot ready.'`.
   */
  greeting?: string;
  /** Put `[CAPABILITY …]` in the default greeting. Default true. */
  greetingCapabilities?: boolean;
  /** Capabilities before TLS. Default `IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED` (no STARTTLS unless `tls` is `'starttls'`; no LOGINDISABLED when plaintext login is allowed, which adds AUTH=PLAIN AUTH=LOGIN). */
  capabilitiesBeforeTls?: string[];
  /** Capabilities inside TLS. Default `IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN`. */
  capabilitiesAfterTls?: string[];
  /** Capabilities after login. Default `IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ SORT THREAD=REFERENCES MOVE UIDPLUS`. */
  capabilitiesAfterLogin?: string[];
  /** Accounts for LOGIN and AUTHENTICATE: `{ name: password }`. Default none. */
  users?: Record<string, string>;
  /** Token login (XOAUTH2, OAUTHBEARER): valid tokens, the refusal style, hostile variants. Default none (not offered). */
  oauth?: OAuthServerOptions;
  /** Accept LOGIN/AUTHENTICATE outside TLS (and drop LOGINDISABLED). Default false. */
  allowPlaintextAuth?: boolean;
  /** Per-command overrides keyed by upper-case command name (`CAPABILITY`, `LOGIN`, or any other word). */
  handlers?: Partial<Record<string, ImapHandler>>;
  /** A named scenario; its options apply under the ones given explicitly. */
  preset?: ImapPreset;
  /** Hostile behaviours, merged over the preset's. */
  hostile?: ImapHostileOptions;
}

/** Named IMAP scenarios; see {@link IMAP_PRESETS}. */
export type ImapPreset =
  | 'no-greeting'
  | 'slow-greeting'
  | 'endless-line'
  | 'reset'
  | 'greeting-bye'
  | 'preauth'
  | 'preauth-starttls'
  | 'starttls-refused'
  | 'starttls-bad'
  | 'starttls-garbage'
  | 'starttls-close'
  | 'starttls-stall'
  | 'starttls-plaintext'
  | 'starttls-injection'
  | 'untagged-exists'
  | 'alert'
  | 'logindisabled-missing'
  | 'strip-starttls'
  | 'huge-literal'
  | 'plaintext-implicit-port'
  | 'terminal-escape';

/** The options each {@link ImapPreset} stands for. */
export const IMAP_PRESETS: Readonly<Record<ImapPreset, Readonly<ImapServerOptions>>> = {
  ...COMMON_PRESETS,
  'greeting-bye': { greeting: '* BYE Too many connections, try again later' },
  preauth: { hostile: { preauth: true } },
  'preauth-starttls': { hostile: { preauth: { starttls: true } } },
  'starttls-refused': { hostile: { starttlsRefusal: 'NO [UNAVAILABLE] TLS support is not available' } },
  'starttls-bad': { hostile: { starttlsRefusal: 'BAD Unknown command' } },
  'starttls-injection': {
    hostile: { starttlsInjection: '* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN\r\n' },
  },
  'untagged-exists': { hostile: { untaggedBeforeTls: ['* 54321 EXISTS'] } },
  alert: {
    hostile: {
      untaggedBeforeTls: ['* OK [ALERT] Your account will be closed: log in at http://phish.example'],
    },
  },
  'logindisabled-missing': { hostile: { loginDisabledMissing: true } },
  'huge-literal': { hostile: { hugeLiteral: true } },
  'terminal-escape': { greeting: '* OK Dovecot ready. \x1b]0;pwned\x07\x1b[2J' },
};

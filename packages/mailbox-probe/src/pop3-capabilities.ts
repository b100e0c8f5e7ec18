/**
 * A POP3 CAPA reply as a typed set (RFC 2449 §6, STLS from RFC 2595 §4). Keywords are compared
 * case-insensitively; `raw` keeps the lines as the server sent them.
 */
export interface Pop3Capabilities {
  /** Every capability line as received (dot-unstuffed). Untrusted text. */
  readonly raw: readonly string[];
  /** USER/PASS login is offered. */
  readonly user: boolean;
  /** Upper-cased SASL mechanisms from the `SASL` line, e.g. `['PLAIN', 'LOGIN']`. */
  readonly saslMechanisms: readonly string[];
  readonly stls: boolean;
  readonly top: boolean;
  readonly uidl: boolean;
  readonly pipelining: boolean;
  /** RFC 2449 response codes (`-ERR [IN-USE] …`). */
  readonly respCodes: boolean;
  /** RFC 3206 `[AUTH]` / `[SYS/…]` codes. */
  readonly authRespCode: boolean;
  /** RFC 6856. */
  readonly utf8: boolean;
  /** The IMPLEMENTATION argument (server software, untrusted), or null. */
  readonly implementation: string | null;
  /** The EXPIRE argument (`NEVER` or days), or null. */
  readonly expire: string | null;
  /** The LOGIN-DELAY argument (seconds), or null. */
  readonly loginDelay: string | null;
  /** Upper-cased keywords not covered by a field above. */
  readonly other: readonly string[];
}

/**
 * Parses CAPA lines (the multi-line body, already dot-unstuffed) into a typed set. Never fails;
 * blank lines are skipped and unknown keywords land in `other`.
 */
export function parsePop3Capabilities(lines: readonly string[]): Pop3Capabilities {
  const seen = new Set<string>();
  const saslMechanisms: string[] = [];
  const other: string[] = [];
  let implementation: string | null = null;
  let expire: string | null = null;
  let loginDelay: string | null = null;
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const space = trimmed.search(/\s/);
    const keyword = (space < 0 ? trimmed : trimmed.slice(0, space)).toUpperCase();
    const argument = space < 0 ? '' : trimmed.slice(space + 1).trim();
    seen.add(keyword);
    switch (keyword) {
      case 'SASL':
        for (const mechanism of argument.split(/\s+/)) {
          const upper = mechanism.toUpperCase();
          if (upper && !saslMechanisms.includes(upper)) saslMechanisms.push(upper);
        }
        break;
      case 'IMPLEMENTATION':
        implementation = argument;
        break;
      case 'EXPIRE':
        expire = argument || null;
        break;
      case 'LOGIN-DELAY':
        loginDelay = argument || null;
        break;
      default:
        if (!KNOWN.has(keyword) && !other.includes(keyword)) other.push(keyword);
    }
  }
  return {
    raw: [...lines],
    user: seen.has('USER'),
    saslMechanisms,
    stls: seen.has('STLS'),
    top: seen.has('TOP'),
    uidl: seen.has('UIDL'),
    pipelining: seen.has('PIPELINING'),
    respCodes: seen.has('RESP-CODES'),
    authRespCode: seen.has('AUTH-RESP-CODE'),
    utf8: seen.has('UTF8'),
    implementation,
    expire,
    loginDelay,
    other,
  };
}

const KNOWN = new Set(['USER', 'STLS', 'TOP', 'UIDL', 'PIPELINING', 'RESP-CODES', 'AUTH-RESP-CODE', 'UTF8']);

/**
 * Comparable tokens of a CAPA set for a before/after diff: one per keyword, one per SASL mechanism
 * (`SASL PLAIN`), and arguments kept where they matter (`EXPIRE NEVER`). IMPLEMENTATION is left out:
 * its text is not a capability.
 */
export function pop3CapabilityTokens(capabilities: Pop3Capabilities): string[] {
  const tokens: string[] = [];
  const flags: Array<[boolean, string]> = [
    [capabilities.user, 'USER'],
    [capabilities.stls, 'STLS'],
    [capabilities.top, 'TOP'],
    [capabilities.uidl, 'UIDL'],
    [capabilities.pipelining, 'PIPELINING'],
    [capabilities.respCodes, 'RESP-CODES'],
    [capabilities.authRespCode, 'AUTH-RESP-CODE'],
    [capabilities.utf8, 'UTF8'],
  ];
  for (const [present, token] of flags) if (present) tokens.push(token);
  for (const mechanism of capabilities.saslMechanisms) tokens.push(`SASL ${mechanism}`);
  if (capabilities.expire !== null) tokens.push(`EXPIRE ${capabilities.expire.toUpperCase()}`);
  if (capabilities.loginDelay !== null) tokens.push(`LOGIN-DELAY ${capabilities.loginDelay.toUpperCase()}`);
  tokens.push(...capabilities.other);
  return tokens;
}

/**
 * IMAP capabilities as a typed set (RFC 9051 §7.2.2). Atoms are compared case-insensitively;
 * `raw` keeps them as the server spelled them.
 */
export interface ImapCapabilities {
  /** Every atom as received, in order. Untrusted text. */
  readonly raw: readonly string[];
  readonly imap4rev1: boolean;
  /** RFC 9051. */
  readonly imap4rev2: boolean;
  readonly starttls: boolean;
  /** The server refuses LOGIN on this connection (RFC 3501 §7.2.1): expected before TLS. */
  readonly loginDisabled: boolean;
  /** Upper-cased SASL mechanisms from `AUTH=…` atoms, e.g. `['PLAIN', 'SCRAM-SHA-256']`. */
  readonly authMechanisms: readonly string[];
  /** RFC 4959: AUTHENTICATE takes an initial response. */
  readonly saslIr: boolean;
  readonly idle: boolean;
  /** RFC 2971. */
  readonly id: boolean;
  /** Upper-cased atoms not covered by a field above. */
  readonly other: readonly string[];
}

/** Splits a capability list (`IMAP4rev1 STARTTLS AUTH=PLAIN`) into atoms; extra spaces are tolerated. */
export function splitCapabilityAtoms(text: string): string[] {
  return text.split(/[ \t]+/).filter((atom) => atom.length > 0);
}

/**
 * Parses capability atoms, e.g. from `* CAPABILITY …` or a `[CAPABILITY …]` code, into a typed set.
 * Never fails: unknown atoms land in `other`, duplicates are kept once.
 */
export function parseImapCapabilities(atoms: readonly string[]): ImapCapabilities {
  const known = new Set<string>();
  const authMechanisms: string[] = [];
  const other: string[] = [];
  for (const atom of atoms) {
    const upper = atom.toUpperCase();
    if (upper.startsWith('AUTH=')) {
      const mechanism = upper.slice(5);
      if (mechanism && !authMechanisms.includes(mechanism)) authMechanisms.push(mechanism);
    } else if (KNOWN.has(upper)) {
      known.add(upper);
    } else if (!other.includes(upper)) {
      other.push(upper);
    }
  }
  return {
    raw: [...atoms],
    imap4rev1: known.has('IMAP4REV1'),
    imap4rev2: known.has('IMAP4REV2'),
    starttls: known.has('STARTTLS'),
    loginDisabled: known.has('LOGINDISABLED'),
    authMechanisms,
    saslIr: known.has('SASL-IR'),
    idle: known.has('IDLE'),
    id: known.has('ID'),
    other,
  };
}

const KNOWN = new Set(['IMAP4REV1', 'IMAP4REV2', 'STARTTLS', 'LOGINDISABLED', 'SASL-IR', 'IDLE', 'ID']);

/** Capabilities that appeared or disappeared between two lists, compared case-insensitively. */
export interface CapabilityChanges {
  /** Present after TLS, absent before (upper-cased). */
  readonly added: readonly string[];
  /** Present before TLS, absent after (upper-cased). */
  readonly removed: readonly string[];
}

/** Compares two lists of capability tokens, case-insensitively. Order of first appearance is kept. */
export function diffCapabilities(before: readonly string[], after: readonly string[]): CapabilityChanges {
  const upperBefore = unique(before);
  const upperAfter = unique(after);
  const beforeSet = new Set(upperBefore);
  const afterSet = new Set(upperAfter);
  return {
    added: upperAfter.filter((token) => !beforeSet.has(token)),
    removed: upperBefore.filter((token) => !afterSet.has(token)),
  };
}

function unique(tokens: readonly string[]): string[] {
  return [...new Set(tokens.map((token) => token.toUpperCase()))];
}

import type { CapabilityChange, CapabilityChanges, SmtpCapabilities, SmtpReply } from './types';

// RFC 5321 §4.1.1.1: ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")
const KEYWORD = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const TYPED_KEYWORDS = new Set([
  'SIZE',
  'AUTH',
  'AUTH=',
  'STARTTLS',
  'PIPELINING',
  '8BITMIME',
  'SMTPUTF8',
  'CHUNKING',
  'BINARYMIME',
  'DSN',
  'ENHANCEDSTATUSCODES',
  'REQUIRETLS',
  'DELIVERBY',
  'ETRN',
]);

function nonNegativeInteger(value: string | undefined): number | null {
  if (value === undefined || !/^[0-9]{1,15}$/.test(value)) return null;
  return Number(value);
}

const EQUALS = 0x3d;

/** The parameters of every keyword that has none: one frozen list, not an empty array per keyword. */
const NO_PARAMS: readonly string[] = Object.freeze([]);

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Splits one keyword line into an upper-case keyword and its parameters, or null when it breaks the grammar. */
function splitLine(line: string): { keyword: string; params: readonly string[] } | null {
  const split = line.split(' ');
  // Filtered only when a blank doubles: the common line costs one list, not two.
  const words = split.includes('') ? split.filter((word) => word !== '') : split;
  const first = words[0];
  if (first === undefined) return null;
  // The pre-RFC 2554 form `AUTH=PLAIN LOGIN` glues the first mechanism to the keyword.
  const legacy = first.length >= 5 && first.charCodeAt(4) === EQUALS ? /^AUTH=(.*)$/i.exec(first) : null;
  if (legacy !== null) {
    const mechanisms = [legacy[1] ?? '', ...words.slice(1)].filter((word) => word !== '');
    return { keyword: 'AUTH=', params: mechanisms };
  }
  if (!KEYWORD.test(first)) return null;
  return { keyword: first.toUpperCase(), params: words.length > 1 ? words.slice(1) : NO_PARAMS };
}

/**
 * Parses an EHLO reply (RFC 5321 §4.1.1.1) once into {@link SmtpCapabilities}. The first line is the
 * server's domain; every further line is `keyword [params]`. Keywords are case-insensitive; a line
 * that breaks the keyword grammar is kept in `other` and `raw`, never guessed at. Never throws.
 */
export function parseCapabilities(reply: Pick<SmtpReply, 'lines'>): SmtpCapabilities {
  const domain = reply.lines[0] ?? '';
  const raw = reply.lines.slice(1);
  const extensions: Record<string, readonly string[]> = {};
  const other: string[] = [];
  const auth: string[] = [];
  for (const line of raw) {
    const parsed = splitLine(line);
    if (parsed === null) {
      other.push(line);
      continue;
    }
    // A repeated keyword keeps its first parameters for the typed fields; AUTH lines accumulate.
    if (!(parsed.keyword in extensions)) extensions[parsed.keyword] = parsed.params;
    if (parsed.keyword === 'AUTH' || parsed.keyword === 'AUTH=') {
      auth.push(...parsed.params.map((mechanism) => mechanism.toUpperCase()));
    }
    if (!TYPED_KEYWORDS.has(parsed.keyword)) other.push(line);
  }
  const has = (keyword: string): boolean => keyword in extensions;
  const size = extensions['SIZE'];
  const deliverBy = extensions['DELIVERBY'];
  return {
    domain,
    raw,
    extensions,
    size: size === undefined ? null : { limit: nonNegativeInteger(size[0]) || null },
    auth: unique(auth),
    authLegacyForm: has('AUTH='),
    starttls: has('STARTTLS'),
    pipelining: has('PIPELINING'),
    eightBitMime: has('8BITMIME'),
    smtpUtf8: has('SMTPUTF8'),
    chunking: has('CHUNKING'),
    binaryMime: has('BINARYMIME'),
    dsn: has('DSN'),
    enhancedStatusCodes: has('ENHANCEDSTATUSCODES'),
    requireTls: has('REQUIRETLS'),
    deliverBy: deliverBy === undefined ? null : { minByTime: nonNegativeInteger(deliverBy[0]) },
    etrn: has('ETRN'),
    other,
  };
}

function normalise(params: readonly string[]): string {
  return params.map((param) => param.toUpperCase()).join(' ');
}

/**
 * Compares the capabilities before TLS with those asked again inside TLS. Keyword order and case
 * do not count as changes; parameter case does not either. Never throws.
 */
export function diffCapabilities(before: SmtpCapabilities, after: SmtpCapabilities): CapabilityChanges {
  const beforeKeys = Object.keys(before.extensions);
  const afterKeys = Object.keys(after.extensions);
  const changed: CapabilityChange[] = [];
  for (const keyword of beforeKeys) {
    const was = before.extensions[keyword];
    const now = after.extensions[keyword];
    if (was === undefined || now === undefined) continue;
    if (normalise(was) !== normalise(now)) changed.push({ keyword, before: was, after: now });
  }
  return {
    added: afterKeys.filter((keyword) => !(keyword in before.extensions)),
    removed: beforeKeys.filter((keyword) => !(keyword in after.extensions)),
    changed,
    authAdded: after.auth.filter((mechanism) => !before.auth.includes(mechanism)),
    authRemoved: before.auth.filter((mechanism) => !after.auth.includes(mechanism)),
  };
}

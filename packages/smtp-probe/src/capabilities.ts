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
      // De-duplicated here, in order: a server lists a handful of mechanisms.
      for (const param of parsed.params) {
        const mechanism = param.toUpperCase();
        if (!auth.includes(mechanism)) auth.push(mechanism);
      }
    }
    if (!TYPED_KEYWORDS.has(parsed.keyword)) other.push(line);
  }
  const size = extensions['SIZE'];
  const deliverBy = extensions['DELIVERBY'];
  return {
    domain,
    raw,
    extensions,
    size: size === undefined ? null : { limit: nonNegativeInteger(size[0]) || null },
    auth,
    authLegacyForm: 'AUTH=' in extensions,
    starttls: 'STARTTLS' in extensions,
    pipelining: 'PIPELINING' in extensions,
    eightBitMime: '8BITMIME' in extensions,
    smtpUtf8: 'SMTPUTF8' in extensions,
    chunking: 'CHUNKING' in extensions,
    binaryMime: 'BINARYMIME' in extensions,
    dsn: 'DSN' in extensions,
    enhancedStatusCodes: 'ENHANCEDSTATUSCODES' in extensions,
    requireTls: 'REQUIRETLS' in extensions,
    deliverBy: deliverBy === undefined ? null : { minByTime: nonNegativeInteger(deliverBy[0]) },
    etrn: 'ETRN' in extensions,
    other,
  };
}

/** Parameters equal but for case (a parameter never holds a blank: the line was split at them). */
function sameParams(was: readonly string[], now: readonly string[]): boolean {
  if (was.length !== now.length) return false;
  for (let index = 0; index < was.length; index++) {
    if ((was[index] as string).toUpperCase() !== (now[index] as string).toUpperCase()) return false;
  }
  return true;
}

/** The entries of `values` that `other` lacks, in order. */
function missingFrom(values: readonly string[], other: (value: string) => boolean): string[] {
  const missing: string[] = [];
  for (const value of values) if (!other(value)) missing.push(value);
  return missing;
}

/**
 * Compares the capabilities before TLS with those asked again inside TLS. Keyword order and case
 * do not count as changes; parameter case does not either. Never throws.
 */
export function diffCapabilities(before: SmtpCapabilities, after: SmtpCapabilities): CapabilityChanges {
  // Plain loops: every STARTTLS probe compares once, and a loop costs the JIT less than a chain of
  // array callbacks.
  const was = before.extensions;
  const now = after.extensions;
  const beforeKeys = Object.keys(was);
  const changed: CapabilityChange[] = [];
  for (const keyword of beforeKeys) {
    const params = was[keyword];
    const paramsNow = now[keyword];
    if (params === undefined || paramsNow === undefined) continue;
    if (!sameParams(params, paramsNow)) changed.push({ keyword, before: params, after: paramsNow });
  }
  return {
    added: missingFrom(Object.keys(now), (keyword) => keyword in was),
    removed: missingFrom(beforeKeys, (keyword) => keyword in now),
    changed,
    authAdded: missingFrom(after.auth, (mechanism) => before.auth.includes(mechanism)),
    authRemoved: missingFrom(before.auth, (mechanism) => after.auth.includes(mechanism)),
  };
}

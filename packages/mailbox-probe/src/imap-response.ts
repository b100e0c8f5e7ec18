import { WireError } from '@mailports/wire';

/** The status words an IMAP server can put in a status response (RFC 9051 §7.1). */
export type ImapStatus = 'OK' | 'NO' | 'BAD' | 'PREAUTH' | 'BYE';

/** A bracketed response code such as `[CAPABILITY IMAP4rev1 STARTTLS]` or `[ALERT]`. */
export interface ImapResponseCode {
  /** Upper-cased code name, e.g. `CAPABILITY`, `ALERT`, `REFERRAL`. */
  readonly name: string;
  /** Everything after the name inside the brackets, verbatim (untrusted); empty when none. */
  readonly args: string;
}

/** A response completing a command: `A1 OK [code] text`. */
export interface ImapTaggedResponse {
  readonly kind: 'tagged';
  readonly tag: string;
  readonly status: 'OK' | 'NO' | 'BAD';
  readonly code: ImapResponseCode | null;
  readonly text: string;
  /** The whole response as received (literal bytes shown as `{n}` markers). Untrusted. */
  readonly raw: string;
}

/**
 * A `*` response: a status (`* OK`, `* BYE`, `* PREAUTH` …) or data (`* CAPABILITY …`,
 * `* 3 EXISTS`, `* 1 FETCH …`).
 */
export interface ImapUntaggedResponse {
  readonly kind: 'untagged';
  /** Upper-cased keyword: a status word, or the data name (`CAPABILITY`, `EXISTS`, `FETCH`, `LIST` …). */
  readonly type: string;
  /** The leading number of `* 3 EXISTS`-style responses, or null. */
  readonly number: number | null;
  /** The status word for status responses, else null. */
  readonly status: ImapStatus | null;
  readonly code: ImapResponseCode | null;
  /** Text after the keyword (and after the code for status responses). */
  readonly text: string;
  readonly raw: string;
  /** Literal payloads that followed `{n}` markers, in order. */
  readonly literals: readonly Buffer[];
}

/** A command continuation request: `+ text`. */
export interface ImapContinuation {
  readonly kind: 'continuation';
  readonly text: string;
  readonly raw: string;
}

/** One complete server response. */
export type ImapResponse = ImapTaggedResponse | ImapUntaggedResponse | ImapContinuation;

/** What {@link readImapResponse} reads from: a wire `Connection` fits. */
export interface ImapByteSource {
  readLine(options?: { timeout?: number; step?: string }): Promise<string>;
  readBytes(n: number, options?: { timeout?: number; step?: string }): Promise<Buffer>;
}

const STATUS_WORDS = new Set<string>(['OK', 'NO', 'BAD', 'PREAUTH', 'BYE']);
// RFC 9051 tag = 1*<any ASTRING-CHAR except "+">; ASTRING-CHAR excludes ( ) { SP CTL % * " \ ]
const TAG = /^[^\s(){%*"\\\]+\x00-\x1f\x7f]+$/;
// `{n}`, `{n+}` (LITERAL+) and `~{n}` (literal8) at the very end of a line; 10 digits is already > 4 GiB.
const LITERAL = /~?\{(\d{1,10})\+?\}$/;

function protocolError(message: string, raw: string): WireError {
  return new WireError('E_PROTOCOL', `${message}: ${JSON.stringify(raw.slice(0, 200))}`, { step: 'imap' });
}

/** Splits `[NAME args] text` off a status response's text. */
export function parseResponseText(text: string): { code: ImapResponseCode | null; text: string } {
  if (!text.startsWith('[')) return { code: null, text };
  const end = text.indexOf(']');
  if (end < 0) return { code: null, text };
  const inner = text.slice(1, end);
  const space = inner.indexOf(' ');
  const name = (space < 0 ? inner : inner.slice(0, space)).toUpperCase();
  const args = space < 0 ? '' : inner.slice(space + 1);
  return { code: { name, args }, text: text.slice(end + 1).trimStart() };
}

function splitWord(text: string): [string, string] {
  const space = text.indexOf(' ');
  return space < 0 ? [text, ''] : [text.slice(0, space), text.slice(space + 1)];
}

/**
 * Parses one complete response line (literals already spliced out). Throws WireError `E_PROTOCOL`
 * for a line that is neither tagged, untagged nor a continuation.
 */
export function parseImapLine(raw: string, literals: readonly Buffer[] = []): ImapResponse {
  if (raw === '+' || raw.startsWith('+ ')) {
    return { kind: 'continuation', text: raw.slice(2), raw };
  }
  if (raw.startsWith('* ')) {
    const [first, rest] = splitWord(raw.slice(2));
    let number: number | null = null;
    let keyword = first;
    let after = rest;
    if (/^\d{1,10}$/.test(first)) {
      number = Number(first);
      [keyword, after] = splitWord(rest);
    }
    const type = keyword.toUpperCase();
    if (type === '') throw protocolError('Untagged response without a keyword', raw);
    if (number === null && STATUS_WORDS.has(type)) {
      const { code, text } = parseResponseText(after);
      return { kind: 'untagged', type, number, status: type as ImapStatus, code, text, raw, literals };
    }
    return { kind: 'untagged', type, number, status: null, code: null, text: after, raw, literals };
  }
  const [tag, rest] = splitWord(raw);
  const [word, after] = splitWord(rest);
  const status = word.toUpperCase();
  if (!TAG.test(tag) || (status !== 'OK' && status !== 'NO' && status !== 'BAD')) {
    throw protocolError('Not an IMAP response', raw);
  }
  const { code, text } = parseResponseText(after);
  return { kind: 'tagged', tag, status, code, text, raw };
}

/**
 * True when a line may end in a literal. RFC 9051 only allows literals in data responses, but a
 * `{n}` at the end of a status or tagged line is read as one too (as imapflow does): a hostile
 * server announcing a huge literal anywhere then fails fast with `E_TOO_MUCH_DATA` instead of
 * streaming bytes into the next line read. Continuations carry SASL text, never literals.
 */
function mayCarryLiteral(line: string): boolean {
  return !(line === '+' || line.startsWith('+ '));
}

/** Bounds for one response. */
export interface ReadImapResponseOptions {
  /** Largest literal accepted; larger ones fail before a byte of them is read (`E_TOO_MUCH_DATA`). */
  maxLiteralSize: number;
  /** Most line segments (and literals) one response may span (`E_TOO_MANY_LINES`). */
  maxLinesPerReply: number;
  timeout?: number;
  step?: string;
  /** Sees every raw line segment, e.g. to look for control characters. */
  onLine?: (line: string) => void;
}

/**
 * Reads one full IMAP response: a line, plus any `{n}` literals and the line segments after them.
 * Fails with the source's WireErrors (timeouts, close, `E_LINE_TOO_LONG`), `E_TOO_MUCH_DATA` for a
 * literal over `maxLiteralSize` (checked before reading it), `E_TOO_MANY_LINES`, or `E_PROTOCOL`.
 */
export async function readImapResponse(
  source: ImapByteSource,
  options: ReadImapResponseOptions,
): Promise<ImapResponse> {
  const read = { timeout: options.timeout, step: options.step };
  let line = await source.readLine(read);
  options.onLine?.(line);
  if (!mayCarryLiteral(line) || !LITERAL.test(line)) return parseImapLine(line);
  let raw = '';
  const literals: Buffer[] = [];
  for (let segments = 1; ; segments++) {
    const match = LITERAL.exec(line);
    raw += line;
    if (!match) break;
    if (segments >= options.maxLinesPerReply) {
      throw new WireError(
        'E_TOO_MANY_LINES',
        `An IMAP response spans more than ${options.maxLinesPerReply} lines`,
        {
          step: options.step,
        },
      );
    }
    const size = Number(match[1]);
    if (size > options.maxLiteralSize) {
      throw new WireError(
        'E_TOO_MUCH_DATA',
        `The server announced a ${size}-byte literal; the limit is ${options.maxLiteralSize} bytes`,
        { step: options.step },
      );
    }
    literals.push(await source.readBytes(size, read));
    line = await source.readLine(read);
    options.onLine?.(line);
  }
  return parseImapLine(raw, literals);
}

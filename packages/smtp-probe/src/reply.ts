import { checkLinesPerReply, escapeForDisplay } from '@mailports/wire';
import { SmtpProtocolError } from './errors';
import type { SmtpReply } from './types';

/** One reply line split into its parts. */
export interface ReplyLine {
  readonly code: number;
  /** True when the separator is a space or absent: the reply ends with this line. */
  readonly final: boolean;
  readonly text: string;
}

// RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39. Anything else is not an SMTP reply. A reply
// line is that code alone or followed by " " (last line) or "-" (more to come) and any text: in
// regular-expression form /^([2-5][0-5][0-9])(?:([ -])(.*))?$/s.
// RFC 3463 status-code = class "." subject "." detail; class is 2, 4 or 5.
const ENHANCED_CODE = /^([245])\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})(?: |$)/;

/** Shows a hostile line safely inside an error message (JSON escapes every control character). */
function quote(line: string): string {
  const shown = line.length > 80 ? line.slice(0, 80) + '…' : line;
  return JSON.stringify(shown);
}

/**
 * Splits one reply line (without CRLF). Throws {@link SmtpProtocolError} when the line is not
 * `code[-| ]text` or a bare final `code`.
 */
export function parseReplyLine(line: string, step?: string): ReplyLine {
  // Parsed by hand, not by the regular expression: this runs for every line a server sends, and a
  // match array per line was most of what reading a reply allocated.
  const code = replyCode(line);
  const separator = line.length > 3 ? line.charCodeAt(3) : SPACE;
  if (code === -1 || (separator !== SPACE && separator !== DASH)) {
    throw new SmtpProtocolError(`The server sent a line that is not an SMTP reply: ${quote(line)}`, {
      line,
      ...(step === undefined ? {} : { step }),
    });
  }
  return { code, final: separator === SPACE, text: line.length > 4 ? line.slice(4) : '' };
}

const SPACE = 0x20;
const DASH = 0x2d;

/** The reply code `line` starts with, or -1 when it does not start with one. */
function replyCode(line: string): number {
  if (line.length < 3) return -1;
  const hundreds = line.charCodeAt(0) - 0x30;
  const tens = line.charCodeAt(1) - 0x30;
  const units = line.charCodeAt(2) - 0x30;
  if (hundreds < 2 || hundreds > 5 || tens < 0 || tens > 5 || units < 0 || units > 9) return -1;
  return hundreds * 100 + tens * 10 + units;
}

/** The RFC 3463 enhanced status code at the start of `text`, when its class matches the reply code. */
export function parseEnhancedCode(code: number, text: string): string | undefined {
  const match = ENHANCED_CODE.exec(text);
  if (match === null || Number(match[1]) !== Math.floor(code / 100)) return undefined;
  return `${match[1]}.${match[2]}.${match[3]}`;
}

/**
 * Assembles reply lines into replies by Go's rule. Feed lines with {@link ReplyAssembler.push}; it
 * returns the reply once a final line arrived, otherwise null. One assembler per reply.
 */
export class ReplyAssembler {
  private code: number | null = null;
  private readonly lines: string[] = [];

  /**
   * @param maxLines - lines allowed in one reply; one more throws `E_TOO_MANY_LINES`.
   * @param step - recorded on errors.
   */
  constructor(
    private readonly maxLines: number,
    private readonly step?: string,
  ) {}

  /** Adds one line. Throws {@link SmtpProtocolError} on a broken line or a code change mid-reply. */
  push(line: string): SmtpReply | null {
    const parsed = parseReplyLine(line, this.step);
    if (this.code !== null && parsed.code !== this.code) {
      throw new SmtpProtocolError(
        `A multi-line reply changed its code from ${this.code} to ${parsed.code}: ${quote(line)}`,
        { line, ...(this.step === undefined ? {} : { step: this.step }) },
      );
    }
    if (this.lines.length >= this.maxLines) {
      checkLinesPerReply(this.lines.length + 1, { maxLinesPerReply: this.maxLines }, this.step);
    }
    this.code = parsed.code;
    this.lines.push(parsed.text);
    if (!parsed.final) return null;
    const first = this.lines[0] ?? '';
    const enhancedCode = parseEnhancedCode(parsed.code, first);
    return enhancedCode === undefined
      ? { code: parsed.code, lines: this.lines }
      : { code: parsed.code, enhancedCode, lines: this.lines };
  }
}

/**
 * Where {@link readReply} takes its lines from; wire's `Connection` is one. `readLine` bounds each line
 * in bytes and time; `takeBufferedLine` gives a line already received, or null, so the rest of a
 * multi-line reply that arrived in one packet is taken without a wait per line.
 */
export interface ReplyLineSource {
  readLine(options: { timeout: number; step?: string }): Promise<string>;
  takeBufferedLine?(): string | null;
}

/** Options of {@link readReply}. */
export interface ReadReplyOptions {
  /** Lines allowed in one reply (wire's `limits.maxLinesPerReply`). */
  maxLines: number;
  /** Milliseconds for the whole reply, so a drip-fed multi-line reply cannot stretch it. */
  timeout: number;
  step?: string;
}

/** {@link readReply}'s `finish` when none is given. */
const sameReply = (reply: SmtpReply): SmtpReply => reply;

/**
 * Reads one complete reply from `source`. Errors of `readLine` pass through unchanged; a malformed
 * reply rejects with SmtpProtocolError. Takes the source itself rather than closures over it: a probe
 * reads a reply for every command. `finish`, when given, runs on the complete reply inside the same
 * reaction (its throw rejects): a probe waits for every reply through these reactions, so each step
 * chained after them would be held that long too.
 */
export function readReply(source: ReplyLineSource, options: ReadReplyOptions): Promise<SmtpReply>;
export function readReply<T>(
  source: ReplyLineSource,
  options: ReadReplyOptions,
  finish: (reply: SmtpReply) => T | PromiseLike<T>,
): Promise<T>;
export function readReply<T>(
  source: ReplyLineSource,
  options: ReadReplyOptions,
  finish?: (reply: SmtpReply) => T | PromiseLike<T>,
): Promise<T | SmtpReply> {
  const deadline = performance.now() + options.timeout;
  const step = options.step;
  const assembler = new ReplyAssembler(options.maxLines, step);
  const done = finish ?? sameReply;
  // Lines already received are taken at once; the rest is a chain of reads, not a loop in an async
  // frame, which a probe would hold through every wait for its server.
  const next = (): Promise<T | SmtpReply> => {
    for (
      let line = source.takeBufferedLine?.() ?? null;
      line !== null;
      line = source.takeBufferedLine?.() ?? null
    ) {
      const reply = assembler.push(line);
      if (reply !== null) return Promise.resolve(done(reply));
    }
    return source
      .readLine({ timeout: Math.max(1, Math.ceil(deadline - performance.now())), step })
      .then((line): T | SmtpReply | PromiseLike<T | SmtpReply> => {
        const reply = assembler.push(line);
        return reply === null ? next() : done(reply);
      });
  };
  try {
    return next();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The reply as the server sent it, one `code[-| ]text` line per entry (for evidence and messages). */
export function formatReply(reply: SmtpReply): string[] {
  return reply.lines.map(
    (text, index) => `${reply.code}${index === reply.lines.length - 1 ? ' ' : '-'}${text}`,
  );
}

/** Reply codes a step accepts: a three-digit code matches exactly, a single digit matches its class. */
export type Expect = readonly number[];

/** Whether `code` is one of `expect`. */
export function matches(code: number, expect: Expect): boolean {
  return expect.some((wanted) => (wanted < 10 ? Math.floor(code / 100) === wanted : code === wanted));
}

/** A short quoted form of a reply for messages: escaped, first line only, bounded. */
export function describeReply(reply: SmtpReply): string {
  const first = formatReply(reply)[0] ?? String(reply.code);
  const shown = first.length > 120 ? first.slice(0, 120) + '…' : first;
  return `"${escapeForDisplay(shown)}"`;
}

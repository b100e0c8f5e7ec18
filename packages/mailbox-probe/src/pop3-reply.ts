import { WireError } from '@mailports/wire';

/** A POP3 status line: `+OK text` or `-ERR [RESP-CODE] text` (RFC 1939 §3, RFC 2449 §8). */
export interface Pop3StatusLine {
  readonly kind: 'status';
  readonly ok: boolean;
  /** Upper-cased RFC 2449 response code without brackets (`IN-USE`, `SYS/TEMP`, `AUTH`), or null. */
  readonly code: string | null;
  readonly text: string;
  /** The line as received. Untrusted. */
  readonly raw: string;
}

/** A SASL continuation: `+ base64` (RFC 5034). */
export interface Pop3Continuation {
  readonly kind: 'continuation';
  readonly text: string;
  readonly raw: string;
}

/** One POP3 first line. */
export type Pop3Line = Pop3StatusLine | Pop3Continuation;

/**
 * Parses a POP3 first response line. Throws WireError `E_PROTOCOL` for anything but `+OK`, `-ERR`
 * or a `+ ` continuation. The indicators are matched case-insensitively (servers are not always exact).
 */
export function parsePop3Line(raw: string): Pop3Line {
  if (raw === '+' || raw.startsWith('+ ')) return { kind: 'continuation', text: raw.slice(2), raw };
  const match = /^(\+OK|-ERR)(?:\s+(.*))?$/is.exec(raw);
  if (!match) {
    throw new WireError('E_PROTOCOL', `Not a POP3 reply: ${JSON.stringify(raw.slice(0, 200))}`, {
      step: 'pop3',
    });
  }
  const ok = match[1]!.toUpperCase() === '+OK';
  let text = match[2] ?? '';
  let code: string | null = null;
  const bracket = /^\[([^\]\s]+)\]\s*/.exec(text);
  if (bracket) {
    code = bracket[1]!.toUpperCase();
    text = text.slice(bracket[0].length);
  }
  return { kind: 'status', ok, code, text, raw };
}

/**
 * The APOP timestamp of a greeting (RFC 1939 §7: `<process-ID.clock@hostname>`), or null. Its
 * presence means the server offers APOP.
 */
export function apopTimestamp(greeting: string): string | null {
  const match = /<[^<>\s]*@[^<>\s]*>/.exec(greeting);
  return match ? match[0] : null;
}

/** What {@link readPop3MultiLine} reads from: a wire `Connection` fits. */
export interface Pop3LineSource {
  readLine(options?: { timeout?: number; step?: string }): Promise<string>;
}

/**
 * Reads the body of a multi-line reply up to the lone `.`, removing dot-stuffing (RFC 1939 §3).
 * At most `maxLines` lines (`E_TOO_MANY_LINES`); the source bounds each line and the total bytes.
 */
export async function readPop3MultiLine(
  source: Pop3LineSource,
  options: { maxLines: number; timeout?: number; step?: string; onLine?: (line: string) => void },
): Promise<string[]> {
  const lines: string[] = [];
  for (;;) {
    const line = await source.readLine({ timeout: options.timeout, step: options.step });
    options.onLine?.(line);
    if (line === '.') return lines;
    if (lines.length >= options.maxLines) {
      throw new WireError('E_TOO_MANY_LINES', `A POP3 reply has more than ${options.maxLines} lines`, {
        step: options.step,
      });
    }
    lines.push(line.startsWith('.') ? line.slice(1) : line);
  }
}

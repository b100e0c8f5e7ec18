import type { Session } from '../core/_session.js';

/** A command read from the client: tag, upper-cased command name and its arguments as strings. */
export interface ImapCommand {
  tag: string;
  command: string;
  /** Atoms, quoted strings (unescaped) and literal contents, in order; lists stay as raw text tokens. */
  args: string[];
  /** The first line as logged (secrets redacted). */
  line: string;
}

const LITERAL_AT_END = /\{(\d+)(\+?)\}$/;

/**
 * Reads one command, following literals: for `{n}` it sends a continuation (`+ Ready for literal data`)
 * and reads n bytes; `{n+}` (LITERAL+) needs none. Literal bytes are never logged. Null when the
 * connection ends; `{ error }` when a literal is larger than `maxLiteral`.
 */
export async function readCommand(
  session: Session,
  maxLiteral: number,
): Promise<ImapCommand | { error: string; tag: string } | null> {
  const first = await session.readLine();
  if (first === null) return null;
  let text = first;
  const literals: string[] = [];
  for (let match = LITERAL_AT_END.exec(text); match; match = LITERAL_AT_END.exec(text)) {
    const size = Number(match[1]);
    if (size > maxLiteral) return { error: 'Literal too large', tag: first.split(' ')[0] ?? '*' };
    if (match[2] !== '+') await session.write('+ Ready for literal data\r\n');
    const bytes = await session.readBytes(size);
    if (bytes === null) return null;
    // Literal contents stand in the text as a placeholder, resolved after tokenizing.
    text = `${text.slice(0, match.index)}\u0000${literals.length}\u0000`;
    literals.push(bytes.toString('utf8'));
    const rest = await session.readLine({ secret: true });
    if (rest === null) return null;
    text += rest;
  }
  const tokens = tokenize(text).map((token) => {
    const placeholder = /^\u0000(\d+)\u0000$/.exec(token);
    return placeholder ? (literals[Number(placeholder[1])] ?? '') : token;
  });
  const [tag = '', command = '', ...args] = tokens;
  return { tag, command: command.toUpperCase(), args, line: first };
}

/** Splits on spaces, keeping quoted strings (unescaped) and parenthesised lists whole. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === ' ') {
      index += 1;
    } else if (char === '"') {
      let value = '';
      index += 1;
      while (index < text.length && text[index] !== '"') {
        if (text[index] === '\\') index += 1;
        value += text[index] ?? '';
        index += 1;
      }
      tokens.push(value);
      index += 1;
    } else if (char === '(') {
      let depth = 0;
      const start = index;
      do {
        if (text[index] === '(') depth += 1;
        if (text[index] === ')') depth -= 1;
        index += 1;
      } while (index < text.length && depth > 0);
      tokens.push(text.slice(start, index));
    } else {
      const end = text.indexOf(' ', index);
      tokens.push(text.slice(index, end < 0 ? text.length : end));
      index = end < 0 ? text.length : end;
    }
  }
  return tokens;
}

/** Quotes a string for an IMAP response. */
export function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

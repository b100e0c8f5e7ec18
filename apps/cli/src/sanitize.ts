/**
 * Text from outside (arguments, environment, anything echoed back in an error) is made printable before
 * it reaches a terminal: a control character could otherwise set the window title, move the cursor or
 * hide text. Server text goes through wire's `escapeForDisplay` first (see render/text.ts); this is the
 * dependency-free fallback the start-up path uses, and a second net for what `escapeForDisplay` leaves:
 * Unicode line separators and bidirectional overrides, which can reorder what a person reads.
 */

// C0 controls (tab excluded by the caller when wanted), DEL, C1 controls, line/paragraph separators,
// bidi embeddings/overrides/isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  if (character === '\r') return '\\r';
  if (character === '\n') return '\\n';
  if (character === '\t') return '\\t';
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character, line separator and bidi override written as a visible escape
 * (`\x1b`, `\r`, `\u202e`). Printable text, including non-Latin letters, is unchanged.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** Like {@link printable}, but keeps the line feeds of a multi-line message (commander's usage text). */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal may still act on (DEL, C1
 * controls such as the single-byte CSI U+009B, line separators, bidi overrides) written as `\uXXXX`.
 * The result parses to the same value.
 */
export function jsonSafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

import { escapeForDisplay } from '@mailports/wire/text';

/**
 * Text from outside (arguments, environment, anything echoed back in an error) is made printable before
 * it reaches a terminal: a control character could otherwise set the window title, move the cursor or
 * hide text. One sanitizer for all of it, server text included: wire's browser-safe
 * `escapeForDisplay` (`@mailports/wire/text`), which also writes Unicode line separators, bidi
 * overrides and zero-width characters as visible escapes.
 */

/**
 * `text` with every control character, line separator, bidi override and zero-width character written
 * as a visible escape (`\x1b`, `\r`, `\u202e`). Printable text, including non-Latin letters, is unchanged.
 */
export function printable(text: string): string {
  return escapeForDisplay(text);
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
  // Most text has none: a test allocates nothing, while the replace cost about a kilobyte per scan record.
  if (!UNSAFE_IN_JSON.test(json)) return json;
  return json.replace(
    UNSAFE_IN_JSON_ALL,
    (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_JSON_ALL = new RegExp(UNSAFE_IN_JSON.source, 'g');

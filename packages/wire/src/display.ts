const NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t', '\0': '\\0' };

// C0 controls, DEL, C1 controls, and the Unicode format characters that reorder or hide text
// (bidi overrides and isolates, line/paragraph separators, zero-width and BOM).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

// What counts as a control character in server text: UNSAFE without TAB, which text may carry (RFC 5321
// textstring allows HT); everything else here is what terminals act on or what hides and reorders text.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Options of {@link escapeForDisplay}. */
export interface EscapeOptions {
  /**
   * Cut the escaped text to this many characters and append `…` when it was longer (bounded
   * evidence). Default: no cap.
   */
  readonly maxLength?: number;
}

/**
 * Makes untrusted server text safe to print to a terminal or a log: every C0/C1 control character
 * (ESC included, which neutralises whole ANSI sequences), DEL and the invisible Unicode characters
 * that reorder or hide text are replaced by visible escapes: `\r`, `\n`, `\t`, `\0`, `\x1b`,
 * `\u202e`. Printable text, including non-ASCII letters, is unchanged. With `maxLength`, the escaped
 * text is cut to that many characters plus `…`. Never throws.
 */
export function escapeForDisplay(text: string, options: EscapeOptions = {}): string {
  const escaped = String(text).replace(UNSAFE, (character) => {
    const named = NAMED[character];
    if (named) return named;
    const code = character.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  const max = options.maxLength;
  return max !== undefined && escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/**
 * True when untrusted text carries a control character (ESC, BEL, CR, LF, NUL, DEL, C1 controls
 * such as CSI) or a bidi or zero-width character: what a probe reports as `escape-sequences`. TAB
 * and printable text, non-ASCII letters included, are not. Never throws.
 */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(String(text));
}

/** Escaped preview of raw bytes (latin1, one character per byte), at most `max` bytes, `…` when cut. */
export function previewBytes(bytes: Buffer, max = 512): string {
  const shown = escapeForDisplay(bytes.subarray(0, max).toString('latin1'));
  return bytes.length > max ? `${shown}…` : shown;
}

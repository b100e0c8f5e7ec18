const NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t', '\0': '\\0' };

// C0 controls, DEL, C1 controls, and the Unicode format characters that reorder or hide text
// (bidi overrides and isolates, line/paragraph separators, zero-width and BOM).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Makes untrusted server text safe to print to a terminal or a log: every C0/C1 control character
 * (ESC included, which neutralises whole ANSI sequences), DEL and the invisible Unicode characters
 * that reorder or hide text are replaced by visible escapes: `\r`, `\n`, `\t`, `\0`, `\x1b`,
 * `\u202e`. Printable text, including non-ASCII letters, is unchanged. Never throws.
 */
export function escapeForDisplay(text: string): string {
  return String(text).replace(UNSAFE, (character) => {
    const named = NAMED[character];
    if (named) return named;
    const code = character.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Escaped preview of raw bytes (latin1, one character per byte), at most `max` bytes, `…` when cut. */
export function previewBytes(bytes: Buffer, max = 512): string {
  const shown = escapeForDisplay(bytes.subarray(0, max).toString('latin1'));
  return bytes.length > max ? `${shown}…` : shown;
}

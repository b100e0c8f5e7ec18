import { describe, expect, it } from 'vitest';
import { escapeForDisplay, hasControlCharacters } from './display';

describe('escapeForDisplay', () => {
  it('shows CR, LF, TAB and NUL as visible escapes', () => {
    expect(escapeForDisplay('220 hi\r\n\t\0')).toBe('220 hi\\r\\n\\t\\0');
  });

  it('neutralises ANSI escape sequences by escaping ESC', () => {
    const hostile = '250 ok \u001b[2J\u001b]0;pwned\u0007';
    const shown = escapeForDisplay(hostile);
    expect(shown).toBe('250 ok \\x1b[2J\\x1b]0;pwned\\x07');
    expect(shown).not.toMatch(/[\u0000-\u001f]/);
  });

  it('escapes DEL, C1 controls (CSI 0x9b) and invisible reordering characters', () => {
    expect(escapeForDisplay('a\u007fb\u009b31mc')).toBe('a\\x7fb\\x9b31mc');
    expect(escapeForDisplay('x\u202ey\u2066z\u200bw')).toBe('x\\u202ey\\u2066z\\u200bw');
  });

  it('leaves printable text, accents and emoji unchanged', () => {
    expect(escapeForDisplay('Grüße aus Köln — 📫 ok')).toBe('Grüße aus Köln — 📫 ok');
  });

  it('cuts the escaped text at maxLength and marks the cut', () => {
    expect(escapeForDisplay('a\u001bbcdef', { maxLength: 6 })).toBe('a\\x1bb…');
    expect(escapeForDisplay('short', { maxLength: 6 })).toBe('short');
  });
});

describe('hasControlCharacters', () => {
  it('flags ESC, BEL, CR, C1 controls, DEL and bidi overrides', () => {
    for (const text of ['\u001b[31mred', 'bell\u0007', 'a\rb', '\u009bcsi', 'del\u007f', 'abc\u202edcba']) {
      expect(hasControlCharacters(text)).toBe(true);
    }
  });

  it('flags zero-width characters', () => {
    expect(hasControlCharacters('pay\u200bpal')).toBe(true);
  });

  it('accepts tab, printable ASCII and UTF-8 text', () => {
    expect(hasControlCharacters('mail.example.com\tESMTP Postfix (Debian) — grüße')).toBe(false);
  });
});

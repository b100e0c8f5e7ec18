import { describe, expect, it } from 'vitest';
import { boundText, jsonCost, MAX_RESULT_STRING } from './result-budget';
import { Transcript } from './transcript';

describe('jsonCost', () => {
  it('counts what JSON escapes at six characters', () => {
    expect(jsonCost('abc')).toBe(3);
    expect(jsonCost('a\u001bb')).toBe(8);
    expect(jsonCost('"q"\u2028')).toBe(4 + 3 * 5);
    // Twice in a row: the test that finds no escape keeps no state between calls.
    expect(jsonCost('a\\b')).toBe(8);
    expect(jsonCost('a\\b')).toBe(8);
  });
});

describe('boundText', () => {
  it('keeps a small value unchanged', () => {
    const budget = { left: 1000, truncated: false };
    const value = { raw: ['PIPELINING', 'STARTTLS'], starttls: true, size: { limit: 10 } };
    expect(boundText(value, budget)).toEqual(value);
    expect(budget.truncated).toBe(false);
  });

  it("charges a value's own text only, not what a polluted Object.prototype would add", () => {
    const value = { banner: '220 mx', lines: ['a', 'b'] };
    const spent = (): { cost: number; same: boolean } => {
      const budget = { left: 1000, truncated: false };
      const same = boundText(value, budget) === value;
      return { cost: 1000 - budget.left, same };
    };
    const clean = spent();
    let polluted: { cost: number; same: boolean };
    Object.defineProperty(Object.prototype, 'polluted', {
      value: 'x'.repeat(500),
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      polluted = spent();
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(clean).toEqual({ cost: 8, same: true });
    expect(polluted).toEqual(clean);
  });

  it('holds many long strings, long keys included, within the budget and says so', () => {
    const flood = Array.from({ length: 250 }, (_, index) => `X-FLOOD-${index}-${'a'.repeat(3900)}`);
    const budget = { left: 64 * 1024, truncated: false };
    const bounded = boundText(
      { raw: flood, extensions: Object.fromEntries(flood.map((key) => [key, [key]])), starttls: true },
      budget,
    );
    expect(budget.truncated).toBe(true);
    expect(bounded.starttls).toBe(true);
    expect(JSON.stringify(bounded).length).toBeLessThan(70 * 1024);
    expect(bounded.raw.every((line) => line.length <= MAX_RESULT_STRING + 1)).toBe(true);
  });
});

describe('Transcript text budget', () => {
  it('keeps the first and the latest lines within its text budget and marks the gap', () => {
    const transcript = new Transcript({ maxText: 40_000 });
    for (let index = 0; index < 250; index++) transcript.add('server', `250-${index} ${'x'.repeat(3900)}`);
    transcript.add('client', 'QUIT');
    const entries = transcript.entries;
    const text = entries.reduce((sum, entry) => sum + entry.text.length, 0);
    expect(text).toBeLessThanOrEqual(40_000 + 100);
    expect(entries[0]?.text.startsWith('250-0 ')).toBe(true);
    expect(entries.some((entry) => entry.direction === 'event' && /left out/.test(entry.text))).toBe(true);
    expect(entries.at(-1)?.text).toBe('QUIT');
  });
});

import { describe, expect, it } from 'vitest';
import { Transcript } from './transcript';
import type { TranscriptEntry } from './types';

describe('Transcript', () => {
  it('records direction, text, TLS flag, redaction and time since the origin', () => {
    const transcript = new Transcript({ origin: 0 });
    transcript.add('server', '220 hi');
    transcript.add('client', 'AUTH PLAIN <redacted>', { tls: true, redacted: true });
    const [first, second] = transcript.entries;
    expect(first).toMatchObject({ direction: 'server', text: '220 hi', tls: false });
    expect(first).not.toHaveProperty('redacted');
    expect(second).toMatchObject({ direction: 'client', tls: true, redacted: true });
    expect(second?.at).toBeGreaterThan(0);
  });

  it('keeps times to a tenth of a millisecond and gives each reader its own copy', () => {
    const transcript = new Transcript({ origin: performance.now() - 12.345 });
    transcript.add('client', 'EHLO probe.example');
    const first = transcript.entries;
    const at = first[0]?.at ?? Number.NaN;
    expect(at).toBeGreaterThanOrEqual(12.3);
    expect(Math.round(at * 10)).toBeCloseTo(at * 10, 9);
    (first as TranscriptEntry[]).length = 0;
    expect(transcript.entries).toEqual([{ at, direction: 'client', text: 'EHLO probe.example', tls: false }]);
  });

  it('keeps nothing when told not to record, and still tells the time', () => {
    const transcript = new Transcript({ origin: performance.now() - 5, record: false });
    transcript.conceal('a-token-to-hide');
    for (let index = 0; index < 100; index++) transcript.add('server', `line ${index}`);
    expect(transcript.entries).toEqual([]);
    expect(transcript.omitted).toBe(0);
    expect(transcript.elapsed()).toBeGreaterThanOrEqual(5);
    expect(transcript.recording).toBe(false);
    expect(new Transcript().recording).toBe(true);
  });

  it('keeps the first and the latest entries of a flood and marks the gap', () => {
    const transcript = new Transcript({ maxEntries: 10 });
    for (let index = 0; index < 1000; index++) transcript.add('server', `line ${index}`);
    transcript.add('event', 'E_TOO_MUCH_DATA: too much');
    const entries = transcript.entries;
    expect(entries).toHaveLength(11);
    expect(entries.slice(0, 5).map((entry) => entry.text)).toEqual([
      'line 0',
      'line 1',
      'line 2',
      'line 3',
      'line 4',
    ]);
    expect(entries[5]).toMatchObject({ direction: 'event', text: '991 transcript entries left out' });
    expect(entries.at(-1)?.text).toBe('E_TOO_MUCH_DATA: too much');
    expect(entries.at(-2)?.text).toBe('line 999');
    expect(transcript.omitted).toBe(991);
  });
});

describe('concealed secrets', () => {
  it('replaces a concealed secret in any later entry, whichever side sent it, and marks it redacted', () => {
    const transcript = new Transcript();
    transcript.add('server', 'before: token-123456789');
    transcript.conceal('token-123456789');
    transcript.conceal('short');
    transcript.add('server', 'NO echo token-123456789 and short');
    const [before, after] = transcript.entries;
    expect(before?.text).toBe('before: token-123456789');
    expect(after).toMatchObject({ text: 'NO echo [redacted] and short', redacted: true });
  });
});

import { describe, expect, it } from 'vitest';
import { formatSource, ianaSource, rfcSource, uniqueSources } from './citations.js';

describe('rfcSource', () => {
  it('anchors a numbered section the way the RFC Editor does', () => {
    expect(rfcSource(8314, '3.3')).toEqual({
      label: 'RFC 8314 §3.3',
      url: 'https://www.rfc-editor.org/rfc/rfc8314#section-3.3',
    });
  });

  it('anchors an appendix by letter and cites a whole RFC without an anchor', () => {
    expect(rfcSource(821, 'A').url).toBe('https://www.rfc-editor.org/rfc/rfc821#appendix-A');
    expect(rfcSource(5321)).toEqual({ label: 'RFC 5321', url: 'https://www.rfc-editor.org/rfc/rfc5321' });
  });

  it('rejects what is not an RFC number or a section', () => {
    expect(() => rfcSource(0)).toThrow(RangeError);
    expect(() => rfcSource(8314, '3.3#x')).toThrow(RangeError);
  });
});

describe('ianaSource, formatSource and uniqueSources', () => {
  it('points at the IANA registry search for a port or a name', () => {
    expect(ianaSource(465).url).toMatch(/^https:\/\/www\.iana\.org\/.*\?search=465$/);
    expect(formatSource(rfcSource(6409))).toBe('RFC 6409 <https://www.rfc-editor.org/rfc/rfc6409>');
  });

  it('drops repeated URLs and keeps the first order', () => {
    const sources = uniqueSources([rfcSource(1), rfcSource(2), rfcSource(1)]);
    expect(sources.map((source) => source.label)).toEqual(['RFC 1', 'RFC 2']);
  });
});

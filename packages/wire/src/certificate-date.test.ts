import { describe, expect, it } from 'vitest';
import { certificateDate } from './certificate-date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number): string => String(value).padStart(2, '0');

/** A date the way OpenSSL prints it for Node's `valid_from` / `valid_to`. */
function opensslForm(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, ' ');
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${MONTHS[date.getUTCMonth()]} ${day} ${time} ${date.getUTCFullYear()} GMT`;
}

describe('certificateDate', () => {
  it('reads OpenSSL dates exactly as the general date parser does', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let index = 0; index < 2000; index++) {
      const date = new Date(Math.floor(Date.UTC(1970, 0, 1) + random() * (Date.UTC(2100, 0, 1) - 0)));
      date.setUTCMilliseconds(0);
      const text = opensslForm(date);
      expect(certificateDate(text), text).toBe(new Date(Date.parse(text)).toISOString());
      expect(certificateDate(text)).toBe(date.toISOString());
    }
  });

  it('reads single-digit days padded with a space and leap days', () => {
    expect(certificateDate('Mar  1 00:00:00 2027 GMT')).toBe('2027-03-01T00:00:00.000Z');
    expect(certificateDate('Feb 29 23:59:59 2028 GMT')).toBe('2028-02-29T23:59:59.000Z');
  });

  it('agrees with the general parser on days past the end of a month', () => {
    // Feb 30 rolls over into March there too; day 32 is no date at all.
    expect(certificateDate('Feb 30 00:00:00 2027 GMT')).toBe('2027-03-02T00:00:00.000Z');
    expect(certificateDate('Jan 32 00:00:00 2027 GMT')).toBe('');
    expect(certificateDate('Jan 99 00:00:00 2027 GMT')).toBe('');
  });

  it('falls back to the general parser for other forms and gives an empty string for no date', () => {
    expect(certificateDate('2027-03-01T00:00:00Z')).toBe('2027-03-01T00:00:00.000Z');
    expect(certificateDate('not a date')).toBe('');
    expect(certificateDate('')).toBe('');
    expect(certificateDate(undefined)).toBe('');
    expect(certificateDate('Foo  1 00:00:00 2027 GMT')).toBe('');
  });
});

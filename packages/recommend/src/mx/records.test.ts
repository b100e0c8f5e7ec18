import { describe, expect, it } from 'vitest';
import { judgeStsRecords, mxPatternMatches, parseStsPolicy } from './mta-sts-policy';
import { judgeTlsa, judgeTlsRptRecords, rolloverHints } from './records';

const SHA256 = 'ab'.repeat(32);

describe('mx patterns (RFC 8461 §4.1)', () => {
  it('match a name exactly, whatever the case and trailing dot', () => {
    expect(mxPatternMatches('mx.example.com', 'MX.Example.com.')).toBe(true);
    expect(mxPatternMatches('mx.example.com', 'mx2.example.com')).toBe(false);
  });

  it('let a wildcard stand for exactly one left-most label', () => {
    expect(mxPatternMatches('*.example.com', 'mail.example.com')).toBe(true);
    expect(mxPatternMatches('*.example.com', 'example.com')).toBe(false);
    expect(mxPatternMatches('*.example.com', 'a.b.example.com')).toBe(false);
  });
});

describe('the _mta-sts record (RFC 8461 §3.1)', () => {
  it('is valid as exactly one v=STSv1 record with an id', () => {
    expect(judgeStsRecords(['v=spf1 -all', 'v=STSv1; id=2026a'])).toEqual({
      valid: true,
      id: '2026a',
      problem: null,
    });
  });

  it('is no policy when several, none, or a malformed id are published', () => {
    expect(judgeStsRecords(['v=STSv1; id=a', 'v=STSv1; id=b']).valid).toBe(false);
    expect(judgeStsRecords([]).problem).toBe('no record');
    expect(judgeStsRecords(['v=STSv1; id=not valid!']).problem).toContain('not 1–32 letters and digits');
    expect(judgeStsRecords(['v=STSv1; garbage']).valid).toBe(false);
  });
});

describe('a policy body (RFC 8461 §3.2)', () => {
  it('parses with CRLF or LF lines and repeated mx keys, ignoring unknown keys', () => {
    const parsed = parseStsPolicy(
      'version: STSv1\r\nmode: testing\nmx: a.example\nmx: *.b.example\nmax_age: 604800\nextension: yes\n',
    );
    expect(parsed).toEqual({
      ok: true,
      policy: { version: 'STSv1', mode: 'testing', mx: ['a.example', '*.b.example'], maxAge: 604800 },
    });
  });

  it('is invalid without a version, with an unknown mode, or without mx outside mode none', () => {
    expect(parseStsPolicy('mode: enforce\nmx: a\nmax_age: 1\n').ok).toBe(false);
    expect(parseStsPolicy('version: STSv1\nmode: strict\nmx: a\nmax_age: 1\n').ok).toBe(false);
    expect(parseStsPolicy('version: STSv1\nmode: enforce\nmax_age: 1\n').ok).toBe(false);
    expect(parseStsPolicy('version: STSv1\nmode: none\nmax_age: 1\n').ok).toBe(true);
    expect(parseStsPolicy('<html>\n').ok).toBe(false);
  });
});

describe('TLSA records for port 25 (RFC 7672 §3.1)', () => {
  it('accept DANE-EE and DANE-TA with a digest of the right length', () => {
    expect(judgeTlsa({ usage: 3, selector: 1, matchingType: 1, data: SHA256.toUpperCase() })).toMatchObject({
      usable: true,
      data: SHA256,
    });
    expect(judgeTlsa({ usage: 2, selector: 0, matchingType: 2, data: 'cd'.repeat(64) }).usable).toBe(true);
  });

  it('set aside PKIX usages, unknown parameters and digests of the wrong length', () => {
    expect(judgeTlsa({ usage: 1, selector: 1, matchingType: 1, data: SHA256 }).problem).toContain(
      'not for SMTP',
    );
    expect(judgeTlsa({ usage: 3, selector: 7, matchingType: 1, data: SHA256 }).problem).toContain(
      'selector 7',
    );
    expect(judgeTlsa({ usage: 3, selector: 1, matchingType: 1, data: 'abcd' }).problem).toContain(
      'needs 32 bytes',
    );
  });

  it('hint at rollover only when a single record would break on a key change', () => {
    const one = judgeTlsa({ usage: 3, selector: 1, matchingType: 1, data: SHA256 });
    const two = judgeTlsa({ usage: 3, selector: 1, matchingType: 1, data: 'cd'.repeat(32) });
    expect(rolloverHints([one])).toHaveLength(1);
    expect(rolloverHints([one, two])).toEqual([]);
  });
});

describe('the _smtp._tls record (RFC 8460 §3)', () => {
  it('is valid with mailto: and https: reporting addresses', () => {
    const report = judgeTlsRptRecords([
      'v=TLSRPTv1; rua=mailto:tls@example.com,https://reports.example.com/tls',
    ]);
    expect(report).toMatchObject({
      present: true,
      valid: true,
      rua: ['mailto:tls@example.com', 'https://reports.example.com/tls'],
    });
  });

  it('names what is wrong with a record without rua, with another scheme, or duplicated', () => {
    expect(judgeTlsRptRecords(['v=TLSRPTv1;']).problem).toContain('no rua=');
    expect(judgeTlsRptRecords(['v=TLSRPTv1; rua=ftp://x']).problem).toContain('ftp://x');
    expect(judgeTlsRptRecords(['v=TLSRPTv1; rua=mailto:a@b', 'v=TLSRPTv1; rua=mailto:c@d']).valid).toBe(
      false,
    );
    expect(judgeTlsRptRecords([]).present).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { diffCapabilities, parseCapabilities } from './capabilities';

function caps(...lines: string[]) {
  return parseCapabilities({ lines: ['mail.example.com Hello', ...lines] });
}

describe('parseCapabilities', () => {
  it('keeps the domain line apart from the keyword lines', () => {
    const parsed = caps('PIPELINING', 'SIZE 10240000');
    expect(parsed.domain).toBe('mail.example.com Hello');
    expect(parsed.raw).toEqual(['PIPELINING', 'SIZE 10240000']);
  });

  it('types every well-known extension', () => {
    const parsed = caps(
      'PIPELINING',
      'SIZE 35882577',
      '8BITMIME',
      'SMTPUTF8',
      'CHUNKING',
      'BINARYMIME',
      'DSN',
      'ENHANCEDSTATUSCODES',
      'REQUIRETLS',
      'DELIVERBY 240',
      'ETRN',
      'STARTTLS',
      'AUTH PLAIN LOGIN',
    );
    expect(parsed).toMatchObject({
      size: { limit: 35882577 },
      auth: ['PLAIN', 'LOGIN'],
      authLegacyForm: false,
      starttls: true,
      pipelining: true,
      eightBitMime: true,
      smtpUtf8: true,
      chunking: true,
      binaryMime: true,
      dsn: true,
      enhancedStatusCodes: true,
      requireTls: true,
      deliverBy: { minByTime: 240 },
      etrn: true,
      other: [],
    });
  });

  it('matches keywords case-insensitively and upper-cases mechanisms', () => {
    const parsed = caps('starttls', 'Auth plain Login', 'size');
    expect(parsed.starttls).toBe(true);
    expect(parsed.auth).toEqual(['PLAIN', 'LOGIN']);
    expect(parsed.extensions['AUTH']).toEqual(['plain', 'Login']);
    expect(parsed.size).toEqual({ limit: null });
  });

  it('reads the old AUTH= form and merges it with AUTH without duplicates', () => {
    const parsed = caps('AUTH PLAIN LOGIN CRAM-MD5', 'AUTH=LOGIN PLAIN XOAUTH2');
    expect(parsed.auth).toEqual(['PLAIN', 'LOGIN', 'CRAM-MD5', 'XOAUTH2']);
    expect(parsed.authLegacyForm).toBe(true);
    expect(parsed.extensions['AUTH=']).toEqual(['LOGIN', 'PLAIN', 'XOAUTH2']);
  });

  it('reads doubled and trailing blanks, and the old form in lower case or with nothing after it', () => {
    const parsed = caps('SIZE  1000 ', '  PIPELINING', 'auth=login  plain', 'AUTH=');
    expect(parsed.size).toEqual({ limit: 1000 });
    expect(parsed.extensions['SIZE']).toEqual(['1000']);
    expect(parsed.pipelining).toBe(true);
    expect(parsed.auth).toEqual(['LOGIN', 'PLAIN']);
    expect(parsed.authLegacyForm).toBe(true);
    expect(parsed.extensions['AUTH=']).toEqual(['login', 'plain']);
    expect(parsed.raw).toEqual(['SIZE  1000 ', '  PIPELINING', 'auth=login  plain', 'AUTH=']);
  });

  it('reads SIZE 0 as no declared limit', () => {
    expect(caps('SIZE 0').size).toEqual({ limit: null });
  });

  it('does not invent a SIZE limit from a malformed parameter', () => {
    expect(caps('SIZE lots').size).toEqual({ limit: null });
    expect(caps('SIZE -5').size).toEqual({ limit: null });
  });

  it('reports no extension that was not advertised', () => {
    const parsed = caps();
    expect(parsed).toMatchObject({ size: null, auth: [], starttls: false, deliverBy: null, raw: [] });
  });

  it('keeps unknown keywords raw in other and in the extension map', () => {
    const parsed = caps('X-EXPS GSSAPI NTLM', 'VRFY', 'LIMITS RCPTMAX=100');
    expect(parsed.other).toEqual(['X-EXPS GSSAPI NTLM', 'VRFY', 'LIMITS RCPTMAX=100']);
    expect(parsed.extensions['LIMITS']).toEqual(['RCPTMAX=100']);
  });

  it('keeps lines that break the keyword grammar in other without typing them', () => {
    const parsed = caps('-STARTTLS', '  ', 'STARTTLS!');
    expect(parsed.starttls).toBe(false);
    expect(parsed.other).toEqual(['-STARTTLS', '  ', 'STARTTLS!']);
  });

  it('does not read STARTTLS out of another keyword or a parameter', () => {
    expect(caps('XSTARTTLS').starttls).toBe(false);
    expect(caps('X-INFO STARTTLS').starttls).toBe(false);
  });

  it('survives an EHLO reply without lines', () => {
    expect(parseCapabilities({ lines: [] }).domain).toBe('');
  });
});

describe('diffCapabilities', () => {
  it('reports AUTH appearing only after TLS and STARTTLS disappearing', () => {
    const before = caps('PIPELINING', 'STARTTLS', 'SIZE 1000');
    const after = caps('PIPELINING', 'SIZE 1000', 'AUTH PLAIN LOGIN');
    expect(diffCapabilities(before, after)).toEqual({
      added: ['AUTH'],
      removed: ['STARTTLS'],
      changed: [],
      authAdded: ['PLAIN', 'LOGIN'],
      authRemoved: [],
    });
  });

  it('reports changed parameters and mechanisms offered only in clear', () => {
    const before = caps('SIZE 1000', 'AUTH PLAIN LOGIN CRAM-MD5');
    const after = caps('SIZE 2000', 'AUTH plain login');
    expect(diffCapabilities(before, after)).toEqual({
      added: [],
      removed: [],
      changed: [
        { keyword: 'SIZE', before: ['1000'], after: ['2000'] },
        { keyword: 'AUTH', before: ['PLAIN', 'LOGIN', 'CRAM-MD5'], after: ['plain', 'login'] },
      ],
      authAdded: [],
      authRemoved: ['CRAM-MD5'],
    });
  });

  it('finds nothing when only case and order differ', () => {
    const changes = diffCapabilities(
      caps('pipelining', 'SIZE 10', 'AUTH PLAIN Login'),
      caps('SIZE 10', 'PIPELINING', 'auth plain LOGIN'),
    );
    expect(changes).toEqual({ added: [], removed: [], changed: [], authAdded: [], authRemoved: [] });
  });
});

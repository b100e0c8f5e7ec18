import { describe, expect, it } from 'vitest';
import {
  authBeforeTlsFinding,
  maskedStarttlsKeywords,
  SMTP_FINDINGS,
  smtpFinding,
  starttlsNotOfferedFinding,
} from './findings';

describe('SMTP findings catalogue', () => {
  it('gives every code a kebab-case name, a reference and a description', () => {
    for (const [code, definition] of Object.entries(SMTP_FINDINGS)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(definition.reference).toMatch(/^RFC \d+/);
      expect(definition.description.length).toBeGreaterThan(20);
    }
  });

  it('builds a finding with the catalogue severity and reference', () => {
    expect(smtpFinding('ehlo-refused', 'EHLO was refused.')).toEqual({
      code: 'ehlo-refused',
      severity: 'warning',
      message: 'EHLO was refused.',
      reference: 'RFC 5321 §4.1.1.1',
    });
  });
});

describe('starttlsNotOfferedFinding', () => {
  it('is critical on submission ports', () => {
    expect(starttlsNotOfferedFinding(587, false).severity).toBe('critical');
    expect(starttlsNotOfferedFinding(2525, false).severity).toBe('critical');
  });

  it('is a warning on port 25', () => {
    expect(starttlsNotOfferedFinding(25, false).severity).toBe('warning');
  });

  it('is critical on any port when STARTTLS was required', () => {
    const finding = starttlsNotOfferedFinding(25, true);
    expect(finding.severity).toBe('critical');
    expect(finding.message).toMatch(/required/);
  });
});

describe('authBeforeTlsFinding', () => {
  it('is critical and names the mechanisms that send the password in clear', () => {
    const finding = authBeforeTlsFinding(['PLAIN', 'LOGIN', 'CRAM-MD5'], { password: ['PLAIN', 'LOGIN'] });
    expect(finding.severity).toBe('critical');
    expect(finding.message).toContain('PLAIN, LOGIN would send the password in clear');
    expect(finding.evidence).toBe('AUTH PLAIN LOGIN CRAM-MD5');
  });

  it('escapes control characters in mechanism names taken from the server', () => {
    const finding = authBeforeTlsFinding(['PLAIN\u001b[2J'], { password: [] });
    expect(finding.message).toContain('PLAIN\\x1b[2J');
    expect(finding.evidence).toBe('AUTH PLAIN\\x1b[2J');
  });

  it('is a warning when only challenge-response mechanisms are offered in clear', () => {
    expect(authBeforeTlsFinding(['CRAM-MD5'], { password: [] }).severity).toBe('warning');
  });

  it('is critical when a bearer token would be replayable', () => {
    const finding = authBeforeTlsFinding(['XOAUTH2'], { password: [], replayable: ['XOAUTH2'] });
    expect(finding.severity).toBe('critical');
    expect(finding.message).toContain('XOAUTH2 would send a replayable token in clear');
  });
});

describe('maskedStarttlsKeywords', () => {
  it('spots the keyword a Cisco ASA writes over STARTTLS', () => {
    expect(maskedStarttlsKeywords(['PIPELINING', 'XXXXXXXA', 'SIZE'])).toEqual(['XXXXXXXA']);
  });

  it('leaves real X- extensions alone', () => {
    expect(maskedStarttlsKeywords(['XEXCH50', 'X-EXPS', 'XCLIENT'])).toEqual([]);
  });
});

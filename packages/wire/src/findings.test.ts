import { describe, expect, it } from 'vitest';
import { tlsFindings } from './probe/tls-findings';
import type { TlsInfo } from './types';

function tlsInfo(overrides: Partial<TlsInfo['verdict']> = {}, version = 'TLSv1.3'): TlsInfo {
  return {
    version,
    cipher: 'TLS_AES_128_GCM_SHA256',
    cipherStandardName: 'TLS_AES_128_GCM_SHA256',
    keyExchange: 'X25519 (253 bits)',
    servername: 'mail.example.org',
    chain: [],
    verdict: {
      trusted: true,
      errorCode: null,
      reason: null,
      hostnameMatches: true,
      checkedName: 'mail.example.org',
      expired: false,
      notYetValid: false,
      selfSigned: false,
      daysRemaining: 80,
      ...overrides,
    },
  };
}

describe('tlsFindings', () => {
  it('has nothing to say about a trusted, current certificate on TLS 1.3', () => {
    expect(tlsFindings(tlsInfo())).toEqual([]);
  });

  it('reports TLS 1.0 and 1.1 as outdated with RFC 8997', () => {
    for (const version of ['TLSv1', 'TLSv1.1']) {
      const findings = tlsFindings(tlsInfo({}, version));
      expect(findings).toEqual([
        expect.objectContaining({ code: 'tls-version-outdated', severity: 'warning', reference: 'RFC 8997' }),
      ]);
    }
    expect(tlsFindings(tlsInfo({}, 'TLSv1.2'))).toEqual([]);
  });

  it('names an untrusted chain without a more specific cause once', () => {
    const findings = tlsFindings(
      tlsInfo({ trusted: false, errorCode: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', reason: 'Unknown issuer.' }),
    );
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['certificate-untrusted', 'critical'],
    ]);
    expect(findings[0]?.message).toBe('Unknown issuer.');
  });

  it('reports the specific causes instead of a generic untrusted finding', () => {
    const codes = tlsFindings(
      tlsInfo({ trusted: false, hostnameMatches: false, expired: true, daysRemaining: -3 }),
    ).map((finding) => finding.code);
    expect(codes).toEqual(['certificate-expired', 'certificate-hostname-mismatch']);
  });
});

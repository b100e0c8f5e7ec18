import { X509Certificate } from 'node:crypto';
import { createTestCertificateAuthority } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { CertificateSummaries } from './certificate-summaries';

const authority = await createTestCertificateAuthority({ name: 'CN=Summaries Root, O=Example\\, Inc.' });
const leaves = await Promise.all(
  ['a.example', 'b.example', 'c.example'].map((name) => authority.issue({ names: [name, '127.0.0.1'] })),
);
/** A new X509Certificate object each time, as every TLS session gives. */
const certificate = (index: number): X509Certificate => new X509Certificate(leaves[index]?.cert ?? '');

describe('CertificateSummaries', () => {
  it('summarises a certificate from its own fields', () => {
    const cert = certificate(0);
    const read = new CertificateSummaries().of(cert);
    const summary = read.info;
    expect(read.commonNames).toEqual(['a.example']);
    expect(read.subjectAltName).toBe(cert.subjectAltName);
    expect(summary).toMatchObject({
      subjectCN: 'a.example',
      issuerCN: 'Summaries Root',
      issuer: 'CN=Summaries Root, O=Example\\, Inc.',
      altNames: ['a.example', 'IP:127.0.0.1'],
      serialNumber: cert.serialNumber,
      fingerprint256: cert.fingerprint256,
      selfSigned: false,
      validFrom: new Date(cert.validFrom).toISOString(),
      validTo: new Date(cert.validTo).toISOString(),
    });
    expect(Buffer.from(summary.der ?? '', 'base64').equals(cert.raw)).toBe(true);
  });

  it('reads a repeated certificate once and shares that summary, frozen', () => {
    const summaries = new CertificateSummaries();
    const first = summaries.of(certificate(1)).info;
    const again = summaries.of(certificate(1)).info;
    expect(again).toBe(first);
    expect(summaries.of(certificate(2)).info).not.toBe(first);
    expect(summaries.size).toBe(2);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.altNames)).toBe(true);
    expect(() => {
      (first as { subjectCN: string | null }).subjectCN = 'changed';
    }).toThrow(TypeError);
  });

  it('forgets the least recently used summary beyond its capacity', () => {
    const summaries = new CertificateSummaries(2);
    const a = summaries.of(certificate(0)).info;
    const b = summaries.of(certificate(1)).info;
    // Using `a` again makes `b` the least recently used: the third certificate pushes `b` out.
    expect(summaries.of(certificate(0)).info).toBe(a);
    summaries.of(certificate(2));
    expect(summaries.size).toBe(2);
    expect(summaries.of(certificate(0)).info).toBe(a);
    const rebuilt = summaries.of(certificate(1)).info;
    expect(rebuilt).not.toBe(b);
    expect(rebuilt).toEqual(b);
  });
});

import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { caSignedCertificate } from './__fixtures__/certificates';
import { certificateNames } from './der-names';

const der = (pem: string): Buffer => new X509Certificate(pem).raw;

describe('certificateNames', () => {
  it("reads a leaf's issuer as the exact bytes of its CA's subject, and the CA's own as self-issued", async () => {
    const certificate = await caSignedCertificate();
    const leaf = certificateNames(der(certificate.cert));
    const ca = certificateNames(der(certificate.ca));
    expect(leaf).not.toBeNull();
    expect(leaf?.issuer).toBe(ca?.subject);
    expect(leaf?.subject).not.toBe(ca?.subject);
    expect(ca?.issuer).toBe(ca?.subject);
  });

  it("finds every bundled root's names, each subject distinct from another root's unless the names are equal", () => {
    const subjects = new Map<string, string>();
    for (const pem of rootCertificates) {
      const certificate = new X509Certificate(pem);
      const names = certificateNames(certificate.raw);
      expect(names, certificate.subject).not.toBeNull();
      const known = subjects.get(names?.subject as string);
      // Equal encodings are equal printed names (the same CA reissued with a new key).
      if (known !== undefined) expect(known).toBe(certificate.subject);
      subjects.set(names?.subject as string, certificate.subject);
      // A root that says it issued itself has issuer bytes equal to its subject bytes.
      if (certificate.checkIssued(certificate)) expect(names?.issuer).toBe(names?.subject);
    }
    expect(subjects.size).toBeGreaterThan(100);
  });

  it('gives null for anything not shaped like a certificate and never throws', () => {
    const real = der(rootCertificates[0] as string);
    expect(certificateNames(Buffer.alloc(0))).toBeNull();
    expect(certificateNames(Buffer.from('not a certificate'))).toBeNull();
    // Cut short anywhere: either still readable up to the names, or null, never an exception.
    for (let length = 0; length < 200; length++) {
      const names = certificateNames(real.subarray(0, length));
      expect(names).toBeNull();
    }
    // A length field claiming more than 4 length bytes, or more bytes than there are.
    expect(certificateNames(Buffer.from([0x30, 0x85, 1, 1, 1, 1, 1]))).toBeNull();
    expect(certificateNames(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x30]))).toBeNull();
    let seed = 1;
    for (let round = 0; round < 2000; round++) {
      const bytes = Buffer.from(real);
      for (let flip = 0; flip < 4; flip++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        bytes[seed % Math.min(bytes.length, 400)] = seed & 0xff;
      }
      expect(() => certificateNames(bytes)).not.toThrow();
    }
  });
});

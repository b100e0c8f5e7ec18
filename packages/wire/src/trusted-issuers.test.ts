import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { createTestCertificateAuthority } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { TrustedIssuers } from './trusted-issuers';

const firstCertificate = (pem: string): X509Certificate => new X509Certificate(pem);

describe('TrustedIssuers', () => {
  it('finds the issuer among the extra CAs, in a bundle with other CAs and text around them', async () => {
    const wanted = await createTestCertificateAuthority({ name: 'CN=Wanted Root' });
    const other = await createTestCertificateAuthority({ name: 'CN=Other Root' });
    const leaf = firstCertificate((await wanted.issue()).cert);
    const bundle = `# a comment\n${other.cert}\nsome text\n${wanted.cert}`;
    for (const ca of [bundle, Buffer.from(bundle), [other.cert, Buffer.from(wanted.cert)]]) {
      const issuer = new TrustedIssuers(ca).issuerOf(leaf);
      expect(issuer?.subject).toBe('CN=Wanted Root');
    }
  });

  it('does not take a CA with the same name but another key for the issuer', async () => {
    const real = await createTestCertificateAuthority({ name: 'CN=Same Name' });
    const impostor = await createTestCertificateAuthority({ name: 'CN=Same Name' });
    const leaf = firstCertificate((await real.issue()).cert);
    expect(new TrustedIssuers(impostor.cert).issuerOf(leaf)).toBeUndefined();
    expect(new TrustedIssuers([impostor.cert, real.cert]).issuerOf(leaf)?.fingerprint256).toBe(
      firstCertificate(real.cert).fingerprint256,
    );
  });

  it('knows no issuer for a certificate no trusted CA signed, and none without extra CAs for a test root', async () => {
    const unknown = await createTestCertificateAuthority();
    const leaf = firstCertificate((await unknown.issue()).cert);
    expect(new TrustedIssuers().issuerOf(leaf)).toBeUndefined();
    expect(new TrustedIssuers('not a certificate at all').issuerOf(leaf)).toBeUndefined();
  });

  it("finds Node's bundled roots without extra CAs: each self-issued root is its own issuer", () => {
    const trust = new TrustedIssuers();
    let found = 0;
    for (const pem of rootCertificates.slice(0, 40)) {
      const root = new X509Certificate(pem);
      if (!root.checkIssued(root)) continue;
      expect(trust.issuerOf(root)?.fingerprint256, root.subject).toBe(root.fingerprint256);
      found++;
    }
    expect(found).toBeGreaterThan(30);
  });

  it('answers a certificate seen again from what it found, a missing issuer too, without reading it again', async () => {
    const authority = await createTestCertificateAuthority({ name: 'CN=Repeat Root' });
    const stranger = await createTestCertificateAuthority({ name: 'CN=Stranger Root' });
    const signed = (await authority.issue()).cert;
    const unsigned = (await stranger.issue()).cert;
    /** A certificate that counts reads of its DER, which a lookup starts with. */
    const counted = (pem: string): { certificate: X509Certificate; reads: () => number } => {
      const certificate = new X509Certificate(pem);
      const raw = certificate.raw;
      let reads = 0;
      Object.defineProperty(certificate, 'raw', {
        get: () => {
          reads++;
          return raw;
        },
      });
      return { certificate, reads: () => reads };
    };
    const trust = new TrustedIssuers(authority.cert);
    for (const [pem, issuer] of [
      [signed, firstCertificate(authority.cert).fingerprint256],
      [unsigned, undefined],
    ] as const) {
      const first = counted(pem);
      expect(trust.issuerOf(first.certificate)?.fingerprint256).toBe(issuer);
      expect(first.reads()).toBe(1);
      // A new object for the same certificate, as the next session gives.
      const again = counted(pem);
      expect(trust.issuerOf(again.certificate)?.fingerprint256).toBe(issuer);
      expect(again.reads()).toBe(0);
    }
  });
});

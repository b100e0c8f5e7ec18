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
});

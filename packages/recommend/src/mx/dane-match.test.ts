import { createHash, X509Certificate } from 'node:crypto';
import { createTestPki } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { matchTlsa } from './_dane-match';
import { judgeTlsa } from './records';

function der(pem: string): string {
  return new X509Certificate(pem).raw.toString('base64');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('TLSA matching against the chain a server sent', () => {
  it('matches DANE-EE(3 1 1) on the leaf key and ignores the names', async () => {
    const pki = await createTestPki({ hostnames: ['mx.example.test'] });
    const leaf = new X509Certificate(pki.selfSigned.cert);
    const spki = leaf.publicKey.export({ type: 'spki', format: 'der' });
    const record = judgeTlsa({ usage: 3, selector: 1, matchingType: 1, data: sha256(spki) });
    expect(matchTlsa([record], [der(pki.selfSigned.cert)], false)).toEqual({
      matchedRecord: 0,
      problem: null,
    });
  });

  it('matches DANE-TA(2 0 1) on an issuer the server sent, only when the leaf names the MX', async () => {
    const pki = await createTestPki({ hostnames: ['mx.example.test'] });
    const ca = new X509Certificate(pki.ca.cert);
    const record = judgeTlsa({ usage: 2, selector: 0, matchingType: 1, data: sha256(ca.raw) });
    const chain = [der(pki.leaf.cert), der(pki.ca.cert)];
    expect(matchTlsa([record], chain, true).matchedRecord).toBe(0);
    expect(matchTlsa([record], chain, false)).toMatchObject({
      matchedRecord: null,
      problem: expect.stringContaining('does not name the MX'),
    });
  });

  it('does not let DANE-TA match an issuer the server did not send', async () => {
    const pki = await createTestPki({ hostnames: ['mx.example.test'] });
    const ca = new X509Certificate(pki.ca.cert);
    const record = judgeTlsa({ usage: 2, selector: 0, matchingType: 1, data: sha256(ca.raw) });
    expect(matchTlsa([record], [der(pki.leaf.cert)], true).matchedRecord).toBeNull();
  });

  it('skips PKIX usages and says so when no certificate was captured', async () => {
    const pki = await createTestPki({ hostnames: ['mx.example.test'] });
    const leaf = new X509Certificate(pki.leaf.cert);
    const pkix = judgeTlsa({ usage: 1, selector: 0, matchingType: 1, data: sha256(leaf.raw) });
    expect(matchTlsa([pkix], [der(pki.leaf.cert)], true).matchedRecord).toBeNull();
    expect(matchTlsa([pkix], [], true).problem).toBe('no certificate was captured');
  });
});

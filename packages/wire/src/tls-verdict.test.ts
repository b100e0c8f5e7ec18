import type { Socket } from 'node:net';
import { createTestCertificateAuthority } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { caSignedCertificate, datedCertificate } from './__fixtures__/certificates';
import { type RawServer, serverTls, type TestCertificate, useRawServers } from './__fixtures__/servers';
import { tlsFindings } from './probe/tls-findings';
import { connect } from './open';

const serve = useRawServers();

function tlsServerWith(certificate: TestCertificate): Promise<RawServer> {
  return serve((socket: Socket) => {
    serverTls(socket, certificate);
  });
}

async function verdictFor(certificate: TestCertificate, ca?: string) {
  const server = await tlsServerWith(certificate);
  const connection = await connect({
    host: 'localhost',
    address: '127.0.0.1',
    port: server.port,
    implicitTls: true,
    ...(ca ? { tls: { ca } } : {}),
  });
  connection.destroy();
  const tls = connection.tls;
  if (!tls) throw new Error('no TLS facts');
  return tls;
}

describe('certificate verdicts on real handshakes', () => {
  it('captures an expired certificate and reports it as expired', async () => {
    const tls = await verdictFor(await datedCertificate('20200101000000Z', '20200102000000Z'));
    expect(tls.verdict).toMatchObject({
      trusted: false,
      expired: true,
      notYetValid: false,
      selfSigned: true,
    });
    expect(tls.verdict.daysRemaining).toBeLessThan(0);
    expect(tls.chain[0]?.validTo).toBe('2020-01-02T00:00:00.000Z');
    const codes = tlsFindings(tls).map((finding) => finding.code);
    expect(codes).toContain('certificate-expired');
    expect(codes).toContain('certificate-self-signed');
  });

  it('reports a certificate that is not valid yet', async () => {
    const tls = await verdictFor(await datedCertificate('20990101000000Z', '20990201000000Z'));
    expect(tls.verdict).toMatchObject({ trusted: false, expired: false, notYetValid: true });
    expect(tlsFindings(tls).map((finding) => finding.code)).toContain('certificate-not-yet-valid');
  });

  it('says the chain is incomplete when the leaf issuer is unknown', async () => {
    const certificate = await caSignedCertificate();
    const tls = await verdictFor(certificate);
    expect(tls.verdict).toMatchObject({
      trusted: false,
      selfSigned: false,
      errorCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    expect(tls.verdict.reason).toMatch(/incomplete/);
    expect(tlsFindings(tls).map((finding) => finding.code)).toEqual(['certificate-untrusted']);
  });

  it('walks the chain up to the trusted root and stops at its self-reference', async () => {
    const certificate = await caSignedCertificate();
    const tls = await verdictFor(certificate, certificate.ca);
    expect(tls.verdict.trusted).toBe(true);
    expect(tls.chain.map((entry) => entry.subjectCN)).toEqual(['localhost', 'Wire Test Root']);
    expect(tls.chain[0]?.issuerCN).toBe('Wire Test Root');
    expect(tls.chain[1]?.selfSigned).toBe(true);
    // The test leaf lives two days, so only the near expiry is worth telling.
    expect(tlsFindings(tls).map((finding) => finding.code)).toEqual(['certificate-expiring-soon']);
  });
});

describe('the certificate chain as the client verified it', () => {
  it('follows the intermediate the server sent, then ends with the trusted root it did not send', async () => {
    const root = await createTestCertificateAuthority({ name: 'CN=Chain Root' });
    const intermediate = await root.issueAuthority({ name: 'CN=Chain Intermediate' });
    const tls = await verdictFor(await intermediate.issue({ names: ['localhost'] }), root.cert);
    expect(tls.verdict.trusted).toBe(true);
    expect(tls.chain.map((entry) => [entry.subjectCN, entry.issuerCN, entry.selfSigned])).toEqual([
      ['localhost', 'Chain Intermediate', false],
      ['Chain Intermediate', 'Chain Root', false],
      ['Chain Root', 'Chain Root', true],
    ]);
    const fingerprints = tls.chain.map((entry) => entry.fingerprint256);
    expect(new Set(fingerprints).size).toBe(3);
  });

  it('ends with the last certificate sent when no trusted root issued it, and says why', async () => {
    const root = await createTestCertificateAuthority({ name: 'CN=Unknown Root' });
    const intermediate = await root.issueAuthority({ name: 'CN=Orphan Intermediate' });
    const tls = await verdictFor(await intermediate.issue({ names: ['localhost'] }));
    expect(tls.verdict.trusted).toBe(false);
    expect(tls.verdict.errorCode).toBe('UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    expect(tls.chain.map((entry) => entry.subjectCN)).toEqual(['localhost', 'Orphan Intermediate']);
  });

  it('reads names with escaped characters back as their values, and shows them escaped', async () => {
    const root = await createTestCertificateAuthority({ name: 'CN=Example\\, Inc. Root+OU=Trust, O=A\\+B' });
    const tls = await verdictFor(await root.issue({ names: ['localhost'] }), root.cert);
    expect(tls.verdict.trusted).toBe(true);
    const top = tls.chain[1];
    expect(top?.subjectCN).toBe('Example, Inc. Root');
    expect(tls.chain[0]?.issuerCN).toBe('Example, Inc. Root');
    expect(top?.subject).toContain('CN=Example\\, Inc. Root');
    expect(top?.subject).toContain('O=A\\+B');
  });
});

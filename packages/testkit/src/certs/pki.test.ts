import { once } from 'node:events';
import * as tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import {
  type CertificateWithKey,
  createTestCertificateAuthority,
  createTestPki,
  type TestPki,
} from './pki.js';

let pki: TestPki;
const servers: tls.Server[] = [];

beforeAll(async () => {
  pki = await createTestPki();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(pair: CertificateWithKey): Promise<number> {
  const server = tls.createServer({ cert: pair.cert, key: pair.key }, (socket) => socket.end());
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Connects with verification on and returns the error code, or 'ok'. */
function handshake(port: number, servername: string | undefined, ca: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername, ca, rejectUnauthorized: true });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve('ok');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      socket.destroy();
      resolve(error.code ?? error.message);
    });
  });
}

describe('createTestPki', () => {
  it('returns the same cached PKI to every caller in the process', async () => {
    expect(await createTestPki()).toBe(pki);
  });

  it('writes PKCS#8 private keys', () => {
    expect(pki.leaf.key).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(pki.ca.cert).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('issues a leaf that verifies against the CA for localhost', async () => {
    expect(await handshake(await serve(pki.leaf), 'localhost', pki.ca.cert)).toBe('ok');
  });

  it('issues a leaf that verifies against the CA for the IP address 127.0.0.1', async () => {
    expect(await handshake(await serve(pki.leaf), undefined, pki.ca.cert)).toBe('ok');
  });

  it('issues an expired certificate that clients reject as CERT_HAS_EXPIRED', async () => {
    expect(await handshake(await serve(pki.expired), 'localhost', pki.ca.cert)).toBe('CERT_HAS_EXPIRED');
  });

  it('issues a wrong-name certificate that fails the hostname check', async () => {
    expect(await handshake(await serve(pki.wrongName), 'localhost', pki.ca.cert)).toBe(
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );
  });

  it('issues a self-signed certificate that clients reject as DEPTH_ZERO_SELF_SIGNED_CERT', async () => {
    expect(await handshake(await serve(pki.selfSigned), 'localhost', pki.ca.cert)).toBe(
      'DEPTH_ZERO_SELF_SIGNED_CERT',
    );
  });

  it('covers custom hostnames in a separate PKI', async () => {
    const other = await createTestPki({ hostnames: ['mail.demo.test'] });
    expect(other).not.toBe(pki);
    expect(await handshake(await serve(other.leaf), 'mail.demo.test', other.ca.cert)).toBe('ok');
    expect(await handshake(await serve(other.leaf), 'localhost', other.ca.cert)).toBe(
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );
  });

  it('issues through an intermediate: the server sends leaf and intermediate, the client needs only the root', async () => {
    const root = await createTestCertificateAuthority({ name: 'CN=Chain Test Root' });
    const intermediate = await root.issueAuthority({ name: 'CN=Chain Test Intermediate' });
    const leaf = await intermediate.issue({ names: ['localhost'] });
    const sent = leaf.cert.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    expect(sent.map((pem) => new X509Certificate(pem).subject)).toEqual([
      'CN=localhost',
      'CN=Chain Test Intermediate',
    ]);
    expect(await handshake(await serve(leaf), 'localhost', root.cert)).toBe('ok');
    // Without the intermediate the root alone cannot link the leaf to itself.
    const leafAlone = { cert: sent[0] as string, key: leaf.key };
    expect(await handshake(await serve(leafAlone), 'localhost', root.cert)).toBe(
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    );
  });

  it('sends every intermediate up to the root, the root excluded', async () => {
    const root = await createTestCertificateAuthority();
    const first = await root.issueAuthority({ name: 'CN=First' });
    const second = await first.issueAuthority({ name: 'CN=Second' });
    const leaf = await second.issue({ names: ['localhost'] });
    const sent = leaf.cert.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    expect(sent.map((pem) => new X509Certificate(pem).subject)).toEqual([
      'CN=localhost',
      'CN=Second',
      'CN=First',
    ]);
    expect(await handshake(await serve(leaf), 'localhost', root.cert)).toBe('ok');
  });
});

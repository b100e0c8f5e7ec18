// x509 resolves its services through tsyringe, which needs the Reflect metadata API installed first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

type Crypto = webcrypto.Crypto;
type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

/** A PEM certificate with its PKCS#8 PEM private key, loadable by `node:tls`. */
export interface CertificateWithKey {
  /** PEM certificate (`-----BEGIN CERTIFICATE-----`). */
  cert: string;
  /** PEM PKCS#8 private key (`-----BEGIN PRIVATE KEY-----`). Generated at runtime, never stored on disk. */
  key: string;
}

/** The certificate fixtures of one test PKI, all ECDSA P-256. */
export interface TestPki {
  /** The test certificate authority: give `ca.cert` to a client's `ca` option to trust `leaf`. */
  ca: { cert: string };
  /** Valid server certificate signed by the CA; its SAN covers every requested hostname (DNS and IP entries). */
  leaf: CertificateWithKey;
  /** Signed by the CA and naming the same hosts, but `notAfter` lies in the past: clients see `CERT_HAS_EXPIRED`. */
  expired: CertificateWithKey;
  /** Signed by the CA for `wrong.example` only: a hostname check against the requested names fails. */
  wrongName: CertificateWithKey;
  /** Self-signed for the requested names, not issued by the CA: clients see `DEPTH_ZERO_SELF_SIGNED_CERT`. */
  selfSigned: CertificateWithKey;
}

/** Name of one certificate fixture of a {@link TestPki}, usable as a server's `certificate` option. */
export type TestCertificateName = 'leaf' | 'expired' | 'wrongName' | 'selfSigned';

/** Options of {@link createTestPki}. */
export interface TestPkiOptions {
  /** Names the leaf, expired and self-signed certificates cover. IPs become IP SANs. Default `['localhost', '127.0.0.1']`. */
  hostnames?: string[];
}

const DEFAULT_HOSTNAMES = ['localhost', '127.0.0.1'];
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

const cache = new Map<string, Promise<TestPki>>();

/**
 * Generates (once per process and per hostname list) a test CA and the server certificates signed by it.
 *
 * Generation uses WebCrypto ECDSA P-256 and takes a few milliseconds; the promise is cached, so every
 * server in a test run shares the same CA. Nothing is written to disk.
 *
 * @param options - `hostnames` (default `['localhost', '127.0.0.1']`).
 * @returns The PEM fixtures. Rejects only if WebCrypto is unavailable or a hostname is empty.
 */
export function createTestPki(options: TestPkiOptions = {}): Promise<TestPki> {
  const hostnames = options.hostnames && options.hostnames.length > 0 ? options.hostnames : DEFAULT_HOSTNAMES;
  const cacheKey = hostnames.join('\n');
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = generate(hostnames);
    // A failed generation must not poison the cache for later callers.
    pending.catch(() => cache.delete(cacheKey));
    cache.set(cacheKey, pending);
  }
  return pending;
}

async function generate(hostnames: string[]): Promise<TestPki> {
  if (hostnames.some((name) => name.trim() === '')) throw new TypeError('createTestPki: empty hostname');
  const crypto: Crypto = webcrypto;
  x509.cryptoProvider.set(crypto);
  const now = Date.now();

  const caKeys = await newKeys(crypto);
  const caCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial(),
      name: 'CN=mailports testkit CA, O=mailports testkit',
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + 3650 * DAY),
      signingAlgorithm: SIGNING,
      keys: caKeys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey, false, crypto),
      ],
    },
    crypto,
  );

  const issue = async (names: string[], notBefore: number, notAfter: number): Promise<CertificateWithKey> => {
    const keys = await newKeys(crypto);
    const cert = await x509.X509CertificateGenerator.create(
      {
        serialNumber: serial(),
        subject: `CN=${names[0]}`,
        issuer: caCert.subject,
        notBefore: new Date(notBefore),
        notAfter: new Date(notAfter),
        signingAlgorithm: SIGNING,
        signingKey: caKeys.privateKey,
        publicKey: keys.publicKey,
        extensions: [...(await serverExtensions(names, keys, crypto)), await authorityKeyId(caCert, crypto)],
      },
      crypto,
    );
    return { cert: cert.toString('pem'), key: await keyPem(keys.privateKey, crypto) };
  };

  const selfKeys = await newKeys(crypto);
  const selfCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial(),
      name: `CN=${hostnames[0]}`,
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + 365 * DAY),
      signingAlgorithm: SIGNING,
      keys: selfKeys,
      extensions: await serverExtensions(hostnames, selfKeys, crypto),
    },
    crypto,
  );

  return {
    ca: { cert: caCert.toString('pem') },
    leaf: await issue(hostnames, now - DAY, now + 365 * DAY),
    expired: await issue(hostnames, now - 30 * DAY, now - DAY),
    wrongName: await issue(['wrong.example'], now - DAY, now + 365 * DAY),
    selfSigned: { cert: selfCert.toString('pem'), key: await keyPem(selfKeys.privateKey, crypto) },
  };
}

async function serverExtensions(
  names: string[],
  keys: CryptoKeyPair,
  crypto: Crypto,
): Promise<x509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
    new x509.SubjectAlternativeNameExtension(
      names.map((value) => ({ type: isIp(value) ? ('ip' as const) : ('dns' as const), value })),
      false,
    ),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
  ];
}

async function authorityKeyId(ca: x509.X509Certificate, crypto: Crypto): Promise<x509.Extension> {
  return x509.AuthorityKeyIdentifierExtension.create(ca.publicKey, false, crypto);
}

function newKeys(crypto: Crypto): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

async function keyPem(key: CryptoKey, crypto: Crypto): Promise<string> {
  const der = Buffer.from(await crypto.subtle.exportKey('pkcs8', key));
  const body = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN PRIVATE KEY-----\n${body.trimEnd()}\n-----END PRIVATE KEY-----\n`;
}

function serial(): string {
  // A positive serial: clear the top bit so DER does not read it as negative.
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

function isIp(value: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(value) || value.includes(':');
}

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
  const now = Date.now();
  const ca = await createTestCertificateAuthority({
    name: 'CN=mailports testkit CA, O=mailports testkit',
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 3650 * DAY),
  });
  const year = { notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) };
  return {
    ca: { cert: ca.cert },
    leaf: await ca.issue({ names: hostnames, ...year }),
    expired: await ca.issue({
      names: hostnames,
      notBefore: new Date(now - 30 * DAY),
      notAfter: new Date(now - DAY),
    }),
    wrongName: await ca.issue({ names: ['wrong.example'], ...year }),
    selfSigned: await createSelfSignedCertificate({ names: hostnames, ...year }),
  };
}

/** What a certificate covers and when it is valid. */
export interface CertificateOptions {
  /** Host names and IPs (the first is the CN; IPs become IP SANs). Default `['localhost', '127.0.0.1']`. */
  names?: string[];
  /** Default: one day ago. */
  notBefore?: Date;
  /** Default: in a year. */
  notAfter?: Date;
}

/** A test certificate authority: its PEM certificate, and `issue` for server certificates it signs. */
export interface TestCertificateAuthority {
  /** PEM certificate of the CA: give it to a client's `ca` option. */
  readonly cert: string;
  /**
   * Issues a server certificate (ECDSA P-256) signed by this CA. `cert` is what a server sends: the
   * leaf, followed by this CA when it is an intermediate (and by its own issuers up to the root, root
   * excluded).
   */
  issue(options?: CertificateOptions): Promise<CertificateWithKey>;
  /**
   * An intermediate CA signed by this one (`name` is its subject, default `CN=mailports test
   * intermediate`): the chain shape of most public servers, whose leaf a client verifies against the
   * root only when the server sends the intermediate with it.
   */
  issueAuthority(options?: { name?: string }): Promise<TestCertificateAuthority>;
}

function crypto(): Crypto {
  x509.cryptoProvider.set(webcrypto);
  return webcrypto;
}

function validity(options: CertificateOptions): { names: string[]; notBefore: Date; notAfter: Date } {
  const now = Date.now();
  const names = options.names && options.names.length > 0 ? options.names : DEFAULT_HOSTNAMES;
  if (names.some((name) => name.trim() === '')) throw new TypeError('empty certificate name');
  return {
    names,
    notBefore: options.notBefore ?? new Date(now - DAY),
    notAfter: options.notAfter ?? new Date(now + 365 * DAY),
  };
}

/**
 * A fresh test certificate authority (ECDSA P-256, made with WebCrypto in memory, nothing on disk):
 * each call makes a new one, so two of them do not trust each other's certificates. Needs no
 * `openssl` binary. `name` is the subject (default `CN=mailports test root`).
 */
export async function createTestCertificateAuthority(
  options: { name?: string; notBefore?: Date; notAfter?: Date } = {},
): Promise<TestCertificateAuthority> {
  const subtle = crypto();
  const now = Date.now();
  const keys = await newKeys(subtle);
  const caCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial(),
      name: options.name ?? 'CN=mailports test root',
      notBefore: options.notBefore ?? new Date(now - DAY),
      notAfter: options.notAfter ?? new Date(now + 3650 * DAY),
      signingAlgorithm: SIGNING,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, subtle),
      ],
    },
    subtle,
  );
  return authorityOf(caCert, keys, '', subtle);
}

/** The authority `caCert` (key `keys`); `sentAbove` is the PEM of the intermediates above it, if any. */
function authorityOf(
  caCert: x509.X509Certificate,
  keys: CryptoKeyPair,
  sentAbove: string,
  subtle: Crypto,
): TestCertificateAuthority {
  const pem = caCert.toString('pem');
  // A root is not sent by servers; an intermediate is, with whatever is above it.
  const sent = caCert.subject === caCert.issuer ? '' : `${pem}\n${sentAbove}`;
  return {
    cert: pem,
    async issue(certificate = {}) {
      const { names, notBefore, notAfter } = validity(certificate);
      const leafKeys = await newKeys(subtle);
      const cert = await x509.X509CertificateGenerator.create(
        {
          serialNumber: serial(),
          subject: `CN=${names[0]}`,
          issuer: caCert.subject,
          notBefore,
          notAfter,
          signingAlgorithm: SIGNING,
          signingKey: keys.privateKey,
          publicKey: leafKeys.publicKey,
          extensions: [
            ...(await serverExtensions(names, leafKeys, subtle)),
            await authorityKeyId(caCert, subtle),
          ],
        },
        subtle,
      );
      const leafPem = cert.toString('pem');
      return {
        cert: sent === '' ? leafPem : `${leafPem}\n${sent}`,
        key: await keyPem(leafKeys.privateKey, subtle),
      };
    },
    async issueAuthority(options = {}) {
      const now = Date.now();
      const subKeys = await newKeys(subtle);
      const subCert = await x509.X509CertificateGenerator.create(
        {
          serialNumber: serial(),
          subject: options.name ?? 'CN=mailports test intermediate',
          issuer: caCert.subject,
          notBefore: new Date(now - DAY),
          notAfter: new Date(now + 1825 * DAY),
          signingAlgorithm: SIGNING,
          signingKey: keys.privateKey,
          publicKey: subKeys.publicKey,
          extensions: [
            new x509.BasicConstraintsExtension(true, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
            await x509.SubjectKeyIdentifierExtension.create(subKeys.publicKey, false, subtle),
            await authorityKeyId(caCert, subtle),
          ],
        },
        subtle,
      );
      return authorityOf(subCert, subKeys, sent, subtle);
    },
  };
}

/**
 * A self-signed server certificate (ECDSA P-256, in memory) for `names`, valid between the given
 * dates (past dates allowed: an expired or not-yet-valid certificate). Needs no `openssl` binary.
 */
export async function createSelfSignedCertificate(
  options: CertificateOptions = {},
): Promise<CertificateWithKey> {
  const subtle = crypto();
  const { names, notBefore, notAfter } = validity(options);
  const keys = await newKeys(subtle);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial(),
      name: `CN=${names[0]}`,
      notBefore,
      notAfter,
      signingAlgorithm: SIGNING,
      keys,
      extensions: await serverExtensions(names, keys, subtle),
    },
    subtle,
  );
  return { cert: cert.toString('pem'), key: await keyPem(keys.privateKey, subtle) };
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

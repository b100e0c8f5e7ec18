import type { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { CertificateSummaries, type SummarisedCertificate } from './certificate-summaries';
import type { CaInput } from './secure-context';
import { TrustedIssuers } from './trusted-issuers';
import type { CertificateVerdict, TlsInfo } from './types';

const DAY = 86_400_000;
const MAX_CHAIN = 10;

const REASONS: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'The certificate is self-signed: no trusted authority vouches for it.',
  SELF_SIGNED_CERT_IN_CHAIN: 'The chain ends in a self-signed authority that is not trusted.',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'The chain is incomplete: the issuer of the certificate was not sent and is not trusted.',
  UNABLE_TO_GET_ISSUER_CERT: 'The chain is incomplete: an issuing authority is missing.',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'The certificate was issued by an authority that is not trusted here.',
  CERT_HAS_EXPIRED: 'The certificate has expired.',
  CERT_NOT_YET_VALID: 'The certificate is not valid yet (check the clocks).',
  CERT_REVOKED: 'The certificate has been revoked.',
  CERT_SIGNATURE_FAILURE: 'The certificate signature does not verify.',
  CERT_UNTRUSTED: 'The certificate is not trusted for this purpose.',
  CERT_REJECTED: 'The certificate is marked as rejected.',
  INVALID_CA: 'An authority in the chain is not a valid CA.',
  INVALID_PURPOSE: 'The certificate is not meant for TLS servers.',
  PATH_LENGTH_EXCEEDED: 'The chain is longer than an authority allows.',
  HOSTNAME_MISMATCH: 'The certificate does not name the host it was checked against.',
  ERR_TLS_CERT_ALTNAME_INVALID: 'The certificate does not name the host it was checked against.',
};

// Shared by every probe in the process: repeats cost a lookup (see CertificateSummaries).
const summaries = new CertificateSummaries();

/**
 * Leaf first: the certificates the server sent, each followed by its issuer among them, then the
 * trusted issuer of the last one (servers do not send their root), until a self-issued certificate,
 * a repeat or {@link MAX_CHAIN}. Read from X509Certificate objects, whose fields cost only when read.
 */
function peerChain(socket: TLSSocket, trust: TrustedIssuers): X509Certificate[] {
  const leaf = socket.getPeerX509Certificate();
  if (leaf === undefined) return [];
  const chain = [leaf];
  const seen = new Set([leaf.fingerprint256]);
  let cert = leaf;
  while (chain.length < MAX_CHAIN && !cert.checkIssued(cert)) {
    const next = cert.issuerCertificate ?? trust.issuerOf(cert);
    if (next === undefined || seen.has(next.fingerprint256)) break;
    seen.add(next.fingerprint256);
    chain.push(next);
    cert = next;
  }
  return chain;
}

/**
 * Node's own hostname check, given what it reads of a certificate (its CNs and alternative names).
 * It reports a mismatch as an Error whose stack is never read; without capturing one the check costs
 * a fraction (a scan of IP targets meets a mismatch on every probe).
 */
function namesHost(name: string, leaf: SummarisedCertificate): boolean {
  const { subjectAltName: subjectaltname, commonNames: names } = leaf;
  // Node matches an IP address against IP subject alternative names only (never the CN): with none
  // in the certificate the answer is known without building its error.
  if (isIP(name) !== 0 && !subjectaltname.includes('IP Address:')) return false;
  const identity = {
    subject: names.length === 0 ? {} : { CN: names.length === 1 ? names[0] : names },
    ...(subjectaltname === '' ? {} : { subjectaltname }),
  } as unknown as PeerCertificate;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return checkServerIdentity(name, identity) === undefined;
  } catch {
    return false;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The transcript event for an established TLS session. */
export function tlsEvent(tls: TlsInfo): string {
  const parts = [tls.version ?? 'unknown version', tls.cipher ?? 'unknown cipher', tls.keyExchange].filter(
    Boolean,
  );
  return `TLS established: ${parts.join(', ')}`;
}

function keyExchange(socket: TLSSocket): string | null {
  const info = socket.getEphemeralKeyInfo();
  if (!info || typeof info !== 'object' || !('type' in info)) return null;
  const name = 'name' in info && info.name ? info.name : info.type;
  return 'size' in info && info.size ? `${name} (${info.size} bits)` : (name ?? null);
}

/**
 * Facts about an established TLS connection: version, cipher, key exchange, the certificate chain
 * and a verdict computed here. The handshake runs with `rejectUnauthorized: false` so the
 * certificate is always captured; `socket.authorized` then says whether the chain verified, and
 * Node's `tls.checkServerIdentity` whether the leaf names `checkedName`. Never throws.
 * @param checkedName the name the certificate must match (SNI name or host); null skips the check.
 * @param options.ca the extra CAs the handshake trusted besides Node's roots, so the chain can end
 *   with the root that verified it when the server did not send it.
 */
export function describeTls(
  socket: TLSSocket,
  checkedName: string | null,
  options: { ca?: CaInput | undefined } = {},
): TlsInfo {
  return describeTlsWith(socket, checkedName, new TrustedIssuers(options.ca));
}

/**
 * {@link describeTls} with the trusted issuers of the handshake's own context.
 * @internal
 */
export function describeTlsWith(
  socket: TLSSocket,
  checkedName: string | null,
  trust: TrustedIssuers,
): TlsInfo {
  const certificates = peerChain(socket, trust).map((certificate) => summaries.of(certificate));
  const leaf = certificates[0] ?? null;
  const chain = certificates.map((certificate) => certificate.info);
  const cipher = socket.getCipher();
  const now = Date.now();
  const leafInfo = chain[0];
  const validTo = leafInfo ? Date.parse(leafInfo.validTo) : Number.NaN;
  const validFrom = leafInfo ? Date.parse(leafInfo.validFrom) : Number.NaN;
  const expired = !Number.isNaN(validTo) && now > validTo;
  const notYetValid = !Number.isNaN(validFrom) && now < validFrom;

  let hostnameMatches: boolean | null = null;
  if (leaf && checkedName) hostnameMatches = namesHost(checkedName, leaf);
  const chainError = socket.authorized
    ? null
    : String(socket.authorizationError ?? (leaf ? 'UNKNOWN' : 'NO_CERTIFICATE'));
  const errorCode = chainError ?? (hostnameMatches === false ? 'ERR_TLS_CERT_ALTNAME_INVALID' : null);
  const trusted = leaf !== null && chainError === null && hostnameMatches !== false;
  let reason: string | null = null;
  if (!trusted) {
    if (!leaf) reason = 'The server presented no certificate.';
    else if (chainError === null) reason = `The certificate does not name ${checkedName ?? 'the host'}.`;
    else reason = REASONS[chainError] ?? `The certificate did not verify (${chainError}).`;
  }

  const verdict: CertificateVerdict = {
    trusted,
    errorCode,
    reason,
    hostnameMatches,
    checkedName,
    expired,
    notYetValid,
    selfSigned: leafInfo?.selfSigned ?? false,
    daysRemaining: Number.isNaN(validTo) ? 0 : Math.floor((validTo - now) / DAY),
  };
  const servername = (socket as TLSSocket & { servername?: string | false }).servername;
  return {
    version: socket.getProtocol() ?? null,
    cipher: cipher?.name ?? null,
    // The same text for TLS 1.3's ciphers: one string, not two copies, in every result kept.
    cipherStandardName:
      cipher === undefined ? null : cipher.standardName === cipher.name ? cipher.name : cipher.standardName,
    keyExchange: keyExchange(socket),
    servername: typeof servername === 'string' && servername.length > 0 ? servername : null,
    chain,
    verdict,
  };
}

import { isIP } from 'node:net';
import {
  checkServerIdentity,
  type DetailedPeerCertificate,
  type PeerCertificate,
  type TLSSocket,
} from 'node:tls';
import type { CertificateInfo, CertificateVerdict, TlsInfo } from './types';

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

function field(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

function distinguishedName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return '';
  let text = '';
  for (const key of Object.keys(name)) {
    const value = (name as unknown as Record<string, string | string[]>)[key];
    for (const entry of Array.isArray(value) ? value : [value]) {
      text += `${text === '' ? '' : ', '}${key}=${String(entry)}`;
    }
  }
  return text;
}

function isoDate(text: string | undefined): string {
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

function altNames(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/,\s*/)
    .map((entry) => entry.trim())
    .flatMap((entry) => {
      if (entry.startsWith('DNS:')) return [entry.slice(4)];
      if (entry.startsWith('IP Address:')) return [`IP:${entry.slice(11)}`];
      return [];
    });
}

function certificateInfo(cert: PeerCertificate): CertificateInfo {
  const subject = distinguishedName(cert.subject);
  const issuer = distinguishedName(cert.issuer);
  return {
    subjectCN: field(cert.subject?.CN),
    subject,
    issuerCN: field(cert.issuer?.CN),
    issuer,
    altNames: altNames(cert.subjectaltname),
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    serialNumber: cert.serialNumber ?? '',
    fingerprint256: cert.fingerprint256 ?? '',
    selfSigned: subject !== '' && subject === issuer,
    ...(cert.raw ? { der: cert.raw.toString('base64') } : {}),
  };
}

function isEmpty(cert: PeerCertificate | undefined): boolean {
  return !cert || Object.keys(cert).length === 0;
}

/** Leaf first; follows `issuerCertificate` until a self-loop, a repeat or {@link MAX_CHAIN}. */
function peerChain(
  socket: TLSSocket,
  known: PeerCertificate | null | undefined,
): { chain: CertificateInfo[]; leaf: PeerCertificate | null } {
  const first = (known ?? socket.getPeerCertificate(true)) as DetailedPeerCertificate | undefined;
  if (!first || isEmpty(first)) return { chain: [], leaf: null };
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = first;
  while (cert && !isEmpty(cert) && chain.length < MAX_CHAIN && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    chain.push(certificateInfo(cert));
    const next: DetailedPeerCertificate | undefined = cert.issuerCertificate;
    if (!next || next === cert) break;
    cert = next;
  }
  return { chain, leaf: first };
}

/**
 * Node's own hostname check. It reports a mismatch as an Error whose stack is never read; without
 * capturing one the check costs a fraction (a scan of IP targets meets a mismatch on every probe).
 */
function namesHost(name: string, leaf: PeerCertificate): boolean {
  // Node matches an IP address against IP subject alternative names only (never the CN): with none
  // in the certificate the answer is known without building its error.
  if (isIP(name) !== 0 && !(leaf.subjectaltname ?? '').includes('IP Address:')) return false;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return checkServerIdentity(name, leaf) === undefined;
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
 * `tls.checkServerIdentity(checkedName, leaf)` whether it names the host. Never throws.
 * @param checkedName the name the certificate must match (SNI name or host); null skips the check.
 * @param peerCertificate the detailed peer certificate already built for this session (the one
 *   Node hands its identity check), so it is not built twice; read from the socket when absent.
 */
export function describeTls(
  socket: TLSSocket,
  checkedName: string | null,
  peerCertificate?: PeerCertificate | null,
): TlsInfo {
  const { chain, leaf } = peerChain(socket, peerCertificate);
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
    cipherStandardName: cipher?.standardName ?? null,
    keyExchange: keyExchange(socket),
    servername: typeof servername === 'string' && servername.length > 0 ? servername : null,
    chain,
    verdict,
  };
}

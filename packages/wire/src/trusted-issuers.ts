import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { certificateNames } from './der-names';
import { LruMap } from './lru-map';
import type { CaInput } from './secure-context';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;
/** NODE_EXTRA_CA_CERTS larger than this is not read for names (Node itself would still trust it). */
const MAX_EXTRA_FILE = 16 * 1024 * 1024;

/** The DER certificates in PEM text; anything else in the text is ignored. */
function pemCertificates(text: string): Buffer[] {
  const found: Buffer[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) found.push(Buffer.from(match[1] as string, 'base64'));
  return found;
}

/** Trusted certificates by the hex of their subject name's encoding; built once, read by every probe. */
class SubjectIndex {
  readonly #der = new Map<string, Buffer[]>();
  /** Parsed on first use: most roots are never anyone's issuer in a run. */
  readonly #parsed = new Map<string, X509Certificate[]>();

  add(der: Buffer): void {
    const names = certificateNames(der);
    if (names === null) return;
    const list = this.#der.get(names.subject);
    if (list === undefined) this.#der.set(names.subject, [der]);
    else list.push(der);
  }

  /** The certificates whose subject is encoded as `subject` (hex). */
  withSubject(subject: string): readonly X509Certificate[] {
    const parsed = this.#parsed.get(subject);
    if (parsed !== undefined) return parsed;
    const certificates: X509Certificate[] = [];
    for (const der of this.#der.get(subject) ?? []) {
      try {
        certificates.push(new X509Certificate(der));
      } catch {
        // Not a certificate OpenSSL reads: it cannot have verified anything either.
      }
    }
    this.#parsed.set(subject, certificates);
    return certificates;
  }
}

let roots: SubjectIndex | null = null;

/** Node's bundled roots and NODE_EXTRA_CA_CERTS: what a default client context trusts. */
function rootIndex(): SubjectIndex {
  if (roots !== null) return roots;
  roots = new SubjectIndex();
  for (const pem of rootCertificates) for (const der of pemCertificates(pem)) roots.add(der);
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  if (extra) {
    try {
      const text = readFileSync(extra);
      if (text.length <= MAX_EXTRA_FILE)
        for (const der of pemCertificates(text.toString('latin1'))) roots.add(der);
    } catch {
      // Node warns about an unreadable file at start-up; without it there is nothing more to index.
    }
  }
  return roots;
}

/**
 * Finds the trusted certificate that issued the top of a chain a server sent (servers do not send
 * their root), among Node's roots and the probe's extra CAs, the way Node's detailed peer certificate
 * does: a subject equal to the issuer, confirmed by OpenSSL's issuer check. Indexes the roots by
 * reading only their names (about a millisecond, once per process) instead of parsing all of them.
 */
export class TrustedIssuers {
  readonly #extra: SubjectIndex | null;
  /**
   * Answers by the certificate's SHA-256 fingerprint (null: none known): most servers do not send
   * their root, so the same intermediates are looked up again probe after probe.
   */
  readonly #found = new LruMap<string, X509Certificate | null>(256);

  constructor(ca?: CaInput) {
    if (ca === undefined) {
      this.#extra = null;
      return;
    }
    this.#extra = new SubjectIndex();
    for (const part of Array.isArray(ca) ? ca : [ca]) {
      for (const der of pemCertificates(typeof part === 'string' ? part : part.toString('latin1')))
        this.#extra.add(der);
    }
  }

  /** The trusted issuer of `certificate`, or undefined when none is known here. Never throws. */
  issuerOf(certificate: X509Certificate): X509Certificate | undefined {
    const key = certificate.fingerprint256;
    let found = this.#found.get(key);
    if (found === undefined) {
      found = this.#lookUp(certificate);
      this.#found.set(key, found);
    }
    return found ?? undefined;
  }

  #lookUp(certificate: X509Certificate): X509Certificate | null {
    const names = certificateNames(certificate.raw);
    if (names === null) return null;
    for (const index of this.#extra === null ? [rootIndex()] : [this.#extra, rootIndex()]) {
      for (const candidate of index.withSubject(names.issuer)) {
        if (certificate.checkIssued(candidate)) return candidate;
      }
    }
    return null;
  }
}

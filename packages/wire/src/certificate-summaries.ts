import type { X509Certificate } from 'node:crypto';
import { certificateDate } from './certificate-date';
import { LruMap } from './lru-map';
import type { CertificateInfo } from './types';

// OpenSSL prints X509Certificate names (RFC 2253 escapes, UTF-8 kept) escaping `,+"\\<>;`, a
// leading `#` or space, a trailing space, and control characters as `\XX`.
const ESCAPE = /\\(?:([0-9A-Fa-f]{2})|(.))/gsu;

/** The values of `key` in a name as X509Certificate prints it (one `key=value` per line), unescaped. */
function nameValues(name: string, key: string): string[] {
  const values: string[] = [];
  const prefix = `${key}=`;
  // One RDN per line; the values of a multi-valued RDN share it, joined by an unescaped ` + `.
  for (const entry of name.split(/\n| (?<!\\)\+ /)) {
    if (!entry.startsWith(prefix)) continue;
    const raw = entry.slice(prefix.length);
    values.push(
      raw.includes('\\')
        ? raw.replace(ESCAPE, (_, hex: string | undefined, char: string | undefined) =>
            hex === undefined ? (char as string) : String.fromCharCode(Number.parseInt(hex, 16)),
          )
        : raw,
    );
  }
  return values;
}

/** The printed name on one line: `C=US, O=Example\, Inc., CN=mail.example.com` (escapes kept). */
function distinguishedName(name: string): string {
  return name.split('\n').join(', ');
}

function altNames(raw: string | undefined): string[] {
  if (!raw) return [];
  const names: string[] = [];
  for (const part of raw.split(/,\s*/)) {
    const entry = part.trim();
    if (entry.startsWith('DNS:')) names.push(entry.slice(4));
    else if (entry.startsWith('IP Address:')) names.push(`IP:${entry.slice(11)}`);
  }
  return names;
}

/** A certificate read once: its summary, and what a hostname check reads of it. */
export interface SummarisedCertificate {
  readonly info: CertificateInfo;
  /** The subject's common names, unescaped. */
  readonly commonNames: readonly string[];
  /** The subject alternative names as Node prints them (`DNS:a.example, IP Address:127.0.0.1`). */
  readonly subjectAltName: string;
}

function summarise(cert: X509Certificate): SummarisedCertificate {
  const subject = distinguishedName(cert.subject);
  const issuer = distinguishedName(cert.issuer);
  const commonNames = Object.freeze(nameValues(cert.subject, 'CN'));
  const subjectAltName = cert.subjectAltName ?? '';
  const info: CertificateInfo = Object.freeze({
    subjectCN: commonNames[0] ?? null,
    subject,
    issuerCN: nameValues(cert.issuer, 'CN')[0] ?? null,
    issuer,
    altNames: Object.freeze(altNames(subjectAltName)),
    validFrom: certificateDate(cert.validFrom),
    validTo: certificateDate(cert.validTo),
    serialNumber: cert.serialNumber,
    fingerprint256: cert.fingerprint256,
    selfSigned: subject !== '' && subject === issuer,
    der: cert.raw.toString('base64'),
  });
  return { info, commonNames, subjectAltName };
}

/**
 * Certificate summaries kept by SHA-256 fingerprint, the least recently used forgotten beyond
 * `capacity`. Certificates repeat from probe to probe: the MX hosts of a hosted-mail provider
 * commonly serve one leaf, and a few intermediates sign most others. A summary depends on the
 * certificate's DER alone (the fingerprint names it), so a repeat is read once and shared; shared
 * summaries are frozen.
 */
export class CertificateSummaries {
  readonly #kept: LruMap<string, SummarisedCertificate>;

  /** @param capacity summaries kept at most. */
  constructor(capacity = 256) {
    this.#kept = new LruMap(capacity);
  }

  /** Certificates summarised and kept now. */
  get size(): number {
    return this.#kept.size;
  }

  /** `cert` summarised (subject, issuer, names, validity, fingerprint and DER), with its names. */
  of(cert: X509Certificate): SummarisedCertificate {
    const key = cert.fingerprint256;
    const kept = this.#kept.get(key);
    if (kept !== undefined) return kept;
    const summary = summarise(cert);
    this.#kept.set(key, summary);
    return summary;
  }
}

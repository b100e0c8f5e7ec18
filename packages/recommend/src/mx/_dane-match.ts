import { createHash, X509Certificate } from 'node:crypto';
import type { TlsaRecord } from './types';
import type { DaneMatch } from './verdicts';

/** The bytes a TLSA record's selector picks (RFC 6698 §2.1.2): the whole certificate, or its SubjectPublicKeyInfo. */
function selected(certificate: X509Certificate, selector: number): Buffer {
  return selector === 0 ? certificate.raw : certificate.publicKey.export({ type: 'spki', format: 'der' });
}

/** The association data for a matching type (RFC 6698 §2.1.3): the bytes, their SHA-256 or SHA-512. */
function associated(bytes: Buffer, matchingType: number): string {
  if (matchingType === 1) return createHash('sha256').update(bytes).digest('hex');
  if (matchingType === 2) return createHash('sha512').update(bytes).digest('hex');
  return bytes.toString('hex');
}

function matches(record: TlsaRecord, certificate: X509Certificate): boolean {
  return associated(selected(certificate, record.selector), record.matchingType) === record.data;
}

/** True when each certificate from the leaf up to `anchor` is signed by the next one in the chain. */
function chainsTo(chain: readonly X509Certificate[], anchor: number): boolean {
  for (let index = 0; index < anchor; index += 1) {
    const child = chain[index] as X509Certificate;
    const parent = chain[index + 1] as X509Certificate;
    if (!child.checkIssued(parent) || !child.verify(parent.publicKey)) return false;
  }
  return true;
}

/**
 * Matches TLSA records against the chain the server sent (leaf first, DER in base64), as a DANE
 * sender does (RFC 7672 §3.1): DANE-EE(3) against the leaf only; DANE-TA(2) against any certificate
 * the server sent above the leaf, which must then chain down to the leaf, and the leaf must name the
 * MX host (`hostnameMatches`). Unusable records are skipped. Never throws.
 */
export function matchTlsa(
  records: readonly TlsaRecord[],
  chainDer: readonly (string | undefined)[],
  hostnameMatches: boolean | null,
): DaneMatch {
  let chain: X509Certificate[];
  try {
    chain = chainDer.flatMap((der) => (der ? [new X509Certificate(Buffer.from(der, 'base64'))] : []));
  } catch {
    return { matchedRecord: null, problem: 'the server’s certificate chain does not parse' };
  }
  if (chain.length === 0) return { matchedRecord: null, problem: 'no certificate was captured' };
  let problem: string | null = null;
  for (const [index, record] of records.entries()) {
    if (!record.usable) continue;
    if (record.usage === 3 && matches(record, chain[0] as X509Certificate))
      return { matchedRecord: index, problem: null };
    if (record.usage === 2) {
      const anchor = chain.findIndex((certificate, position) => position > 0 && matches(record, certificate));
      if (anchor < 0) continue;
      if (!chainsTo(chain, anchor)) {
        problem =
          'a DANE-TA record matches an issuer the server sent, but the chain to the leaf does not verify';
        continue;
      }
      if (hostnameMatches !== true) {
        problem = 'a DANE-TA record matches, but the certificate does not name the MX host (RFC 7672 §3.2.2)';
        continue;
      }
      return { matchedRecord: index, problem: null };
    }
  }
  return { matchedRecord: null, problem };
}

/**
 * Just enough DER to find a certificate's issuer and subject (RFC 5280 §4.1): the tags and lengths
 * of the first fields of `tbsCertificate`, no values decoded. Lets the trusted-issuer index key
 * every root by its subject without parsing the roots as certificates.
 */

interface Element {
  readonly tag: number;
  /** Where the contents start and end. */
  readonly start: number;
  readonly end: number;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const VERSION = 0xa0;

/** The element at `offset` within `limit`, or null when it is cut short or too long to be real. */
function element(der: Uint8Array, offset: number, limit: number): Element | null {
  if (offset + 2 > limit) return null;
  const tag = der[offset] as number;
  let length = der[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    // A certificate is far below 2^32 bytes; indefinite lengths are not DER.
    if (bytes === 0 || bytes > 4 || start + bytes > limit) return null;
    length = 0;
    for (let index = 0; index < bytes; index++) length = length * 256 + (der[start + index] as number);
    start += bytes;
  }
  const end = start + length;
  return end > limit ? null : { tag, start, end };
}

/**
 * The issuer and subject names of a DER certificate as hex of their encoded bytes (equal names
 * encoded alike compare equal; X.509 issuers copy the issuer's subject bytes), or null when `der`
 * is not shaped like a certificate. Never throws.
 */
export function certificateNames(der: Uint8Array): { issuer: string; subject: string } | null {
  const certificate = element(der, 0, der.length);
  if (certificate?.tag !== SEQUENCE) return null;
  const tbs = element(der, certificate.start, certificate.end);
  if (tbs?.tag !== SEQUENCE) return null;
  let field = element(der, tbs.start, tbs.end);
  if (field?.tag === VERSION) field = element(der, field.end, tbs.end);
  if (field?.tag !== INTEGER) return null;
  const signature = element(der, field.end, tbs.end);
  if (signature?.tag !== SEQUENCE) return null;
  const issuer = element(der, signature.end, tbs.end);
  if (issuer?.tag !== SEQUENCE) return null;
  const validity = element(der, issuer.end, tbs.end);
  if (validity?.tag !== SEQUENCE) return null;
  const subject = element(der, validity.end, tbs.end);
  if (subject?.tag !== SEQUENCE) return null;
  const hex = (from: Element): string => Buffer.from(der.subarray(from.start, from.end)).toString('hex');
  return { issuer: hex(issuer), subject: hex(subject) };
}

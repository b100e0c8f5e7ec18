import type { Source } from './types.js';

const RFC_EDITOR = 'https://www.rfc-editor.org/rfc/rfc';
const IANA_PORTS =
  'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml';

/**
 * A source pointing at an RFC, or at one section or appendix of it.
 *
 * Numeric sections anchor to `#section-N.N`; letter sections (`A`, `B.1`) anchor to `#appendix-A`.
 * @param rfc - The RFC number, e.g. `8314`.
 * @param section - Optional section (`'3.3'`) or appendix (`'A'`); omitted, the whole RFC.
 * @returns `{ label: 'RFC 8314 §3.3', url: 'https://www.rfc-editor.org/rfc/rfc8314#section-3.3' }`.
 * @throws RangeError when `rfc` is not a positive integer, or `section` is not of the form `N.N` / `A.N`.
 */
export function rfcSource(rfc: number, section?: string): Source {
  if (!Number.isInteger(rfc) || rfc <= 0) throw new RangeError(`not an RFC number: ${rfc}`);
  const base = `${RFC_EDITOR}${rfc}`;
  if (section === undefined) return { label: `RFC ${rfc}`, url: base };
  if (/^\d+(\.\d+)*$/.test(section)) {
    return { label: `RFC ${rfc} §${section}`, url: `${base}#section-${section}` };
  }
  if (/^[A-Z](\.\d+)*$/.test(section)) {
    return { label: `RFC ${rfc} Appendix ${section}`, url: `${base}#appendix-${section}` };
  }
  throw new RangeError(`not an RFC section: ${section}`);
}

/**
 * A source pointing at the IANA Service Name and Transport Protocol Port Number Registry,
 * filtered to one port number or service name.
 * @param query - A port number (`465`) or a service name (`submissions`).
 * @returns e.g. `{ label: 'IANA port registry: 465', url: '…service-names-port-numbers.xhtml?search=465' }`.
 */
export function ianaSource(query: number | string): Source {
  return {
    label: `IANA port registry: ${query}`,
    url: `${IANA_PORTS}?search=${encodeURIComponent(String(query))}`,
  };
}

/**
 * Formats a source for plain-text output: `RFC 8314 §3.3 <https://…>`.
 * @param source - Any source from this package.
 */
export function formatSource(source: Source): string {
  return `${source.label} <${source.url}>`;
}

/**
 * Removes duplicate sources (same URL), keeping the first occurrence and the original order.
 * @param sources - Sources gathered from several facts.
 */
export function uniqueSources(sources: Iterable<Source>): Source[] {
  const seen = new Set<string>();
  const result: Source[] = [];
  for (const source of sources) {
    if (seen.has(source.url)) continue;
    seen.add(source.url);
    result.push(source);
  }
  return result;
}

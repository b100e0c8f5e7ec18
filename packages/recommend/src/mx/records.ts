import { MX_SECURITY_RULES } from '@mailports/ports';
import type { TlsaRecord, TlsRptReport } from './types';

/**
 * Judges the TXT records at `_smtp._tls.<domain>` (RFC 8460 §3): exactly one record starting
 * `v=TLSRPTv1`, with `rua=` listing `mailto:` or `https:` addresses separated by commas. Pure.
 */
export function judgeTlsRptRecords(records: readonly string[]): TlsRptReport {
  const candidates = records.filter((record) => /^v=TLSRPTv1\s*(;|$)/.test(record));
  const base = { raw: [...records], rua: [] as string[] };
  if (candidates.length === 0) {
    return { ...base, present: false, valid: false, problem: 'no v=TLSRPTv1 record: failures go unreported' };
  }
  if (candidates.length > 1) {
    return {
      ...base,
      present: true,
      valid: false,
      problem: `${candidates.length} v=TLSRPTv1 records; senders expect one`,
    };
  }
  const ruaField = (candidates[0] as string)
    .split(';')
    .map((field) => field.trim())
    .find((field) => field.startsWith('rua='));
  if (!ruaField) return { ...base, present: true, valid: false, problem: 'the record has no rua= field' };
  const rua = ruaField
    .slice(4)
    .split(',')
    .map((uri) => uri.trim())
    .filter((uri) => uri !== '');
  const bad = rua.filter((uri) => !/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/i.test(uri));
  if (rua.length === 0 || bad.length > 0) {
    return {
      ...base,
      rua,
      present: true,
      valid: false,
      problem: rua.length === 0 ? 'rua= is empty' : `not a mailto: or https: address: ${bad.join(', ')}`,
    };
  }
  return { ...base, rua, present: true, valid: true, problem: null };
}

/**
 * Whether a port-25 sender can use a TLSA record (RFC 7672 §3.1): usage DANE-TA(2) or DANE-EE(3)
 * (PKIX-TA(0) and PKIX-EE(1) are not for SMTP, §3.1.3), selector 0 (certificate) or 1 (public key),
 * matching type 0 (full), 1 (SHA-256, 32 bytes) or 2 (SHA-512, 64 bytes) with data of that length. Pure.
 */
export function judgeTlsa(record: {
  usage: number;
  selector: number;
  matchingType: number;
  data: string;
}): TlsaRecord {
  const bytes = record.data.length / 2;
  const lengths = MX_SECURITY_RULES.tlsaDigestLengths.value;
  let problem: string | null = null;
  if (!MX_SECURITY_RULES.daneUsagesForSmtp.value.includes(record.usage)) {
    problem =
      record.usage === 0 || record.usage === 1
        ? `usage ${record.usage} (PKIX) is not for SMTP; senders ignore it (RFC 7672 §3.1.3)`
        : `usage ${record.usage} is not defined`;
  } else if (record.selector !== 0 && record.selector !== 1) {
    problem = `selector ${record.selector} is not defined`;
  } else if (record.matchingType !== 0 && record.matchingType !== 1 && record.matchingType !== 2) {
    problem = `matching type ${record.matchingType} is not defined`;
  } else if (record.matchingType !== 0 && lengths[record.matchingType] !== bytes) {
    problem = `matching type ${record.matchingType} needs ${lengths[record.matchingType]} bytes, the record has ${bytes}`;
  } else if (record.matchingType === 0 && bytes === 0) {
    problem = 'the record carries no data';
  }
  return { ...record, data: record.data.toLowerCase(), usable: problem === null, problem };
}

/** Advice on TLSA rollover (RFC 7671 §8.1, RFC 7672 §3.1.1): a lone DANE-EE record breaks delivery when the key changes. */
export function rolloverHints(records: readonly TlsaRecord[]): string[] {
  const usable = records.filter((record) => record.usable);
  if (usable.length === 0) return [];
  const endEntity = usable.filter((record) => record.usage === 3);
  const trustAnchors = usable.filter((record) => record.usage === 2);
  if (endEntity.length === 1 && trustAnchors.length === 0) {
    return [
      'Only one DANE-EE record: publish the next key’s TLSA record (at least two TTLs) before changing the key, or delivery by DANE senders stops (RFC 7671 §8.1).',
    ];
  }
  if (endEntity.length === 0 && trustAnchors.length === 1) {
    return [
      'Only one DANE-TA record: publish the next issuer’s record before the certificate changes issuer.',
    ];
  }
  return [];
}

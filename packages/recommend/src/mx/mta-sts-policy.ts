import { MX_SECURITY_RULES } from '@mailports/ports';
import type { MtaStsPolicy } from './types';

/** The `_mta-sts` TXT record set, judged by RFC 8461 §3.1. */
export interface StsRecordVerdict {
  /** Exactly one record starting `v=STSv1` and valid: the domain has a policy to fetch. */
  valid: boolean;
  id: string | null;
  /** Why the domain has no policy by its records (none, several, malformed); null when valid. */
  problem: string | null;
}

const ID = new RegExp(MX_SECURITY_RULES.mtaStsIdPattern.value);

/** `key=value` fields of a `;`-separated record, whitespace around them ignored; null on a field without `=`. */
function fields(text: string): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const part of text.split(';')) {
    const field = part.trim();
    if (field === '') continue;
    const equals = field.indexOf('=');
    if (equals <= 0) return null;
    const key = field.slice(0, equals).trim();
    if (!map.has(key)) map.set(key, field.slice(equals + 1).trim());
  }
  return map;
}

/**
 * Judges the TXT records at `_mta-sts.<domain>` (each already joined from its strings). Records not
 * starting with `v=STSv1` are discarded; if not exactly one remains, or it lacks a valid `id` (1–32
 * letters and digits), the domain has no MTA-STS policy (RFC 8461 §3.1). Pure; never throws.
 */
export function judgeStsRecords(records: readonly string[]): StsRecordVerdict {
  const candidates = records.filter((record) => /^v=STSv1\s*(;|$)/.test(record));
  if (candidates.length === 0) {
    return { valid: false, id: null, problem: records.length === 0 ? 'no record' : 'no v=STSv1 record' };
  }
  if (candidates.length > 1) {
    return {
      valid: false,
      id: null,
      problem: `${candidates.length} v=STSv1 records: senders ignore them all (RFC 8461 §3.1 wants exactly one)`,
    };
  }
  const parsed = fields(candidates[0] as string);
  const id = parsed?.get('id');
  if (!parsed || id === undefined) return { valid: false, id: null, problem: 'the record has no id= field' };
  if (!ID.test(id)) return { valid: false, id: null, problem: `id "${id}" is not 1–32 letters and digits` };
  return { valid: true, id, problem: null };
}

/** A policy parse: the policy, or why it is invalid (`sts-policy-invalid`). */
export type PolicyParse = { ok: true; policy: MtaStsPolicy } | { ok: false; problem: string };

/**
 * Parses a policy body (RFC 8461 §3.2): `key: value` lines separated by LF or CRLF; `version: STSv1`,
 * `mode` (enforce, testing, none), `max_age` (0–31557600) are required, `mx` is required unless mode is
 * `none` and may repeat. Unknown keys are ignored, as the RFC asks. Pure; never throws.
 */
export function parseStsPolicy(body: string): PolicyParse {
  const values = new Map<string, string[]>();
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, problem: `a line is not "key: value": "${line.slice(0, 60)}"` };
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const version = values.get('version')?.[0];
  if (version !== 'STSv1') return { ok: false, problem: `version is ${version ?? 'missing'}, not STSv1` };
  const mode = values.get('mode')?.[0];
  if (mode !== 'enforce' && mode !== 'testing' && mode !== 'none') {
    return { ok: false, problem: `mode is ${mode ?? 'missing'}, not enforce, testing or none` };
  }
  const maxAgeText = values.get('max_age')?.[0];
  const maxAge = maxAgeText !== undefined && /^\d{1,10}$/.test(maxAgeText) ? Number(maxAgeText) : Number.NaN;
  if (Number.isNaN(maxAge) || maxAge > MX_SECURITY_RULES.mtaStsMaxAgeLimit.value) {
    return { ok: false, problem: `max_age is ${maxAgeText ?? 'missing'}, not 0–31557600 seconds` };
  }
  const mx = (values.get('mx') ?? []).map((pattern) => pattern.toLowerCase().replace(/\.$/, ''));
  if (mode !== 'none' && mx.length === 0)
    return { ok: false, problem: 'no mx pattern in a policy that is not "none"' };
  return { ok: true, policy: { version, mode, mx, maxAge } };
}

/**
 * Whether an `mx` pattern names a host (RFC 8461 §4.1): an exact name (case-insensitive), or
 * `*.rest` matching exactly one more left-most label, so `*.example.com` matches `mx.example.com` but
 * neither `example.com` nor `a.b.example.com`. Pure.
 */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const wanted = pattern.toLowerCase().replace(/\.$/, '');
  if (!wanted.startsWith('*.')) return name === wanted;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot + 1) === wanted.slice(2);
}

/** Whether any of a policy's `mx` patterns names the host. */
export function policyCoversHost(policy: MtaStsPolicy, host: string): boolean {
  return policy.mx.some((pattern) => mxPatternMatches(pattern, host));
}

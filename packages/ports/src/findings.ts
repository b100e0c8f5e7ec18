import { FINDINGS, type FindingCode } from './data/findings.js';
import type { FindingDefinition } from './types.js';

/** True when `code` is in the findings catalogue. Pure; browser-safe. */
export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDINGS, code);
}

/**
 * The catalogue entry of a probe finding code (severity, description, sources); `undefined` for a
 * code the catalogue does not know. Pure; browser-safe.
 */
export function findingDefinition(code: string): FindingDefinition | undefined {
  return isFindingCode(code) ? FINDINGS[code] : undefined;
}

/** Every finding code with its catalogue entry, in catalogue order. */
export function listFindings(): Array<{ readonly code: FindingCode } & FindingDefinition> {
  return (Object.keys(FINDINGS) as FindingCode[]).map((code) => ({ code, ...FINDINGS[code] }));
}

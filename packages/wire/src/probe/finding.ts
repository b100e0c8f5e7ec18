import { FINDINGS, listFindings } from '@mailports/ports';
import { escapeForDisplay } from '../display';
import type { Finding, FindingCode, MailProtocol, Severity } from '../types';

/** Longest evidence a finding keeps, in characters after escaping (then `…`). */
export const MAX_EVIDENCE = 300;

/** Longest message a finding keeps, in characters (then `…`): messages may quote server text. */
export const MAX_FINDING_MESSAGE = 1000;

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What a probe adds to a catalogue entry to report a finding. */
export interface FindingDetails {
  /** One or two sentences for a person; default: the catalogue's description. */
  readonly message?: string;
  /** Raw server text; escaped and bounded to {@link MAX_EVIDENCE} characters here. */
  readonly evidence?: string;
  readonly inferred?: boolean;
  /** True in the catalogue's one `lowered` case (see `FINDINGS`); ignored for a code without one. */
  readonly lowered?: boolean;
}

/** Each code's reference text, joined once: every finding of a code carries the same one. */
const references = new Map<FindingCode, string>();
function referenceOf(code: FindingCode): string {
  let reference = references.get(code);
  if (reference === undefined) {
    reference = FINDINGS[code].sources.map((source) => source.label).join(', ');
    references.set(code, reference);
  }
  return reference;
}

/**
 * Builds a finding from the one catalogue (`FINDINGS` of `@mailports/ports`): the severity is the
 * code's (or its documented `lowered` one), the reference its sources; evidence is escaped and
 * bounded ({@link MAX_EVIDENCE}), the message bounded ({@link MAX_FINDING_MESSAGE}). Every probe reports through this, so a code means the same for every protocol.
 */
export function finding(code: FindingCode, details: FindingDetails = {}): Finding {
  const entry = FINDINGS[code];
  const lowered = details.lowered === true && 'lowered' in entry ? entry.lowered.severity : undefined;
  return {
    code,
    severity: lowered ?? entry.severity,
    message: cut(details.message ?? entry.description, MAX_FINDING_MESSAGE),
    reference: referenceOf(code),
    ...(details.evidence === undefined
      ? {}
      : { evidence: escapeForDisplay(details.evidence, { maxLength: MAX_EVIDENCE }) }),
    ...(details.inferred ? { inferred: true } : {}),
  };
}

/** A catalogue entry as text, for a probe package's documented list of its findings. */
export interface FindingSummary {
  readonly severity: Severity;
  readonly description: string;
  /** The sources' labels, e.g. `RFC 8314 §3, RFC 4954 §4`. */
  readonly reference: string;
}

/** The catalogue entries a probe of any of `protocols` can report, keyed by code, in catalogue order. */
export function findingCatalogue(
  protocols: readonly MailProtocol[],
): Readonly<Partial<Record<FindingCode, FindingSummary>>> {
  return Object.fromEntries(
    listFindings()
      .filter((entry) => entry.protocols.some((protocol) => protocols.includes(protocol)))
      .map((entry) => [
        entry.code,
        {
          severity: entry.severity,
          description: entry.description,
          reference: entry.sources.map((source) => source.label).join(', '),
        },
      ]),
  );
}

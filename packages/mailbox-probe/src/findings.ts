import type { FINDINGS, FindingCode } from '@mailports/ports';
import { escapeForDisplay, type Finding } from '@mailports/wire';
import { finding, findingCatalogue, type FindingSummary, MAX_EVIDENCE } from '@mailports/wire/probe';

/** A finding code the POP3 and IMAP probes can report (catalogue codes whose `protocols` include one of them). */
export type MailboxFindingCode = {
  [Code in FindingCode]: Extract<(typeof FINDINGS)[Code]['protocols'][number], 'imap' | 'pop3'> extends never
    ? never
    : Code;
}[FindingCode];

/**
 * The findings the POP3 and IMAP probes can report, with their severity, description and sources as
 * text, read from the one catalogue (`FINDINGS` of `@mailports/ports`) shared with the SMTP probe.
 */
export const MAILBOX_FINDING_CODES = findingCatalogue(['imap', 'pop3']) as Readonly<
  Record<MailboxFindingCode, FindingSummary>
>;

/** Neutralises control characters and bounds the length of untrusted server text. */
export function evidence(text: string): string {
  return escapeForDisplay(text, { maxLength: MAX_EVIDENCE });
}

/** Builds a catalogue finding (wire's `finding`); `lowered` selects the catalogue's documented lower severity. */
export function mailboxFinding(
  code: MailboxFindingCode,
  options: { message?: string; evidence?: string; inferred?: boolean; lowered?: boolean } = {},
): Finding {
  return finding(code, options);
}

import { escapeForDisplay, type Finding, type Severity } from '@mailports/wire';

/**
 * The findings the POP3 and IMAP probes report themselves, with their severity and the rule they
 * come from. The probes also report wire's `starttls-injection`, `certificate-*` and
 * `tls-version-outdated` findings.
 */
export const MAILBOX_FINDING_CODES = {
  'preauth-plaintext': {
    severity: 'critical',
    description:
      'The IMAP server greeted with PREAUTH on a plaintext connection: the session is authenticated in clear and STARTTLS is impossible (CVE-2020-12398 class).',
    reference: 'RFC 9051 §7.1.4, §6.2.1',
  },
  'login-before-tls': {
    severity: 'critical',
    description:
      'The IMAP server allows LOGIN before TLS (no LOGINDISABLED in clear): a client would send the password in clear.',
    reference: 'RFC 9051 §6.2.3, RFC 8314 §4.1',
  },
  'auth-before-tls': {
    severity: 'warning',
    description:
      'SASL mechanisms are offered in clear, before TLS. Critical when one sends the secret in clear (PLAIN, LOGIN), warning otherwise.',
    reference: 'RFC 8314 §4.1',
  },
  'user-before-tls': {
    severity: 'critical',
    description:
      'The POP3 server offers USER/PASS in clear, before TLS: a client would send the password in clear.',
    reference: 'RFC 2595 §4, RFC 8314 §4.1',
  },
  'apop-before-tls': {
    severity: 'warning',
    description:
      'The POP3 server offers APOP (a timestamp in its greeting) before TLS: no clear password, but an MD5 digest over a challenge an eavesdropper sees, open to offline guessing and to a man in the middle who picks the challenge (CVE-2007-1558); APOP also needs the server to keep the password readable.',
    reference: 'RFC 1939 §7, §13',
  },
  'starttls-not-offered': {
    severity: 'critical',
    description:
      'The server does not offer STARTTLS (IMAP) or STLS (POP3) in clear: no encryption on this port, or an attacker stripped it.',
    reference: 'RFC 8314 §3, RFC 2595',
  },
  'starttls-refused': {
    severity: 'critical',
    description: 'The server refused STARTTLS/STLS; the probe did not fall back to plaintext.',
    reference: 'RFC 2595 §3.1, §4',
  },
  'untagged-before-tls': {
    severity: 'warning',
    description: 'Mailbox data (EXISTS, FETCH …) arrived before TLS; it is untrusted and was discarded.',
    reference: 'RFC 9051 §6.2.1',
  },
  'alert-before-tls': {
    severity: 'warning',
    description:
      'An [ALERT] arrived before TLS: its text is untrusted and must not be shown as the server’s word.',
    reference: 'RFC 9051 §7.1',
  },
  'escape-sequences': {
    severity: 'warning',
    description: 'The server sent control characters or terminal escape sequences.',
    reference: 'RFC 9051 §4.1',
  },
  'tls-expected': {
    severity: 'warning',
    description:
      'The port sent no plaintext greeting but answered over TLS: it speaks implicit TLS, not STARTTLS.',
    reference: 'RFC 8314 §3',
  },
  'plaintext-on-implicit-port': {
    severity: 'critical',
    description: 'The implicit-TLS port answered in plaintext; the probe did not downgrade.',
    reference: 'RFC 8314 §3',
  },
  'capa-not-supported': {
    severity: 'info',
    description: 'The POP3 server does not support CAPA, so its capabilities are unknown.',
    reference: 'RFC 2449 §5',
  },
  'capabilities-changed': {
    severity: 'info',
    description: 'The capabilities inside TLS differ from those announced in clear.',
    reference: 'RFC 9051 §6.2.1, RFC 2595 §4',
  },
  'referral-not-followed': {
    severity: 'info',
    description:
      'The server answered with a REFERRAL to another server; the probe does not follow referrals.',
    reference: 'RFC 2221',
  },
} as const satisfies Record<string, { severity: Severity; description: string; reference: string }>;

/** A finding code of this package. */
export type MailboxFindingCode = keyof typeof MAILBOX_FINDING_CODES;

const MAX_EVIDENCE = 300;

/** Neutralises control characters and bounds the length of untrusted server text. */
export function evidence(text: string): string {
  return escapeForDisplay(text, { maxLength: MAX_EVIDENCE });
}

/** Builds a catalogue finding; `message` and `severity` default to the catalogue's; evidence is escaped and bounded. */
export function mailboxFinding(
  code: MailboxFindingCode,
  options: { message?: string; evidence?: string; inferred?: boolean; severity?: Severity } = {},
): Finding {
  const entry = MAILBOX_FINDING_CODES[code];
  return {
    code,
    severity: options.severity ?? entry.severity,
    message: options.message ?? entry.description,
    reference: entry.reference,
    ...(options.evidence === undefined ? {} : { evidence: evidence(options.evidence) }),
    ...(options.inferred ? { inferred: true } : {}),
  };
}

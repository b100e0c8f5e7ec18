import { type FindingCode, type FINDINGS, relayPort, wellKnownMailPorts } from '@mailports/ports';
import { escapeForDisplay, type Finding, type Severity } from '@mailports/wire';
import { finding, findingCatalogue } from '@mailports/wire/probe';
import { formatReply } from './reply';
import type { SmtpReply } from './types';

/** One entry of the SMTP view of the findings catalogue. */
export interface SmtpFindingDefinition {
  /** The code's one severity (see `lowered` in `@mailports/ports`' `FINDINGS` for the exception). */
  readonly severity: Severity;
  /** Where the rule comes from. */
  readonly reference: string;
  /** What the finding means, for documentation. */
  readonly description: string;
}

/** A finding code the SMTP probe can report (the catalogue codes whose `protocols` include `smtp`). */
export type SmtpFindingCode = {
  [Code in FindingCode]: 'smtp' extends (typeof FINDINGS)[Code]['protocols'][number] ? Code : never;
}[FindingCode];

/**
 * Every finding code the SMTP probe can report, read from the one catalogue (`FINDINGS` of
 * `@mailports/ports`), which holds severity, description and sources for every protocol.
 */
export const SMTP_FINDINGS = findingCatalogue(['smtp']) as Readonly<
  Record<SmtpFindingCode, SmtpFindingDefinition>
>;

/** Builds a catalogue finding; `lowered` selects the catalogue's documented lower severity. */
export function smtpFinding(
  code: SmtpFindingCode,
  message: string,
  extra: { lowered?: boolean; evidence?: string; inferred?: boolean } = {},
): Finding {
  return finding(code, { message, ...extra });
}

const SUBMISSION_PORTS = new Set(
  wellKnownMailPorts({ role: 'submission' }).flatMap((entry) =>
    entry.tls === 'starttls' ? [entry.port] : [],
  ),
);

/**
 * `starttls-not-offered`: critical, lowered to a warning on the relay port 25 (plaintext relay is
 * still legal there) unless STARTTLS was required.
 */
export function starttlsNotOfferedFinding(port: number, required: boolean): Finding {
  const lowered = !required && port === relayPort();
  const message = required
    ? 'STARTTLS was required but the server does not offer it: the session cannot be encrypted on this port.'
    : SUBMISSION_PORTS.has(port)
      ? `The server does not offer STARTTLS on submission port ${port}: credentials and mail would travel in clear.`
      : `The server does not offer STARTTLS on port ${port}: mail to it travels in clear.`;
  return smtpFinding('starttls-not-offered', message, { lowered });
}

/**
 * `auth-before-tls`, given the mechanisms offered in clear and, among them, those that send the
 * password readable and those that send a replayable token. Critical when either list is non-empty.
 */
export function authBeforeTlsFinding(
  offered: readonly string[],
  exposure: { readonly password: readonly string[]; readonly replayable?: readonly string[] },
): Finding {
  // Mechanism names are server text: escaped before they reach a message.
  const names = offered.map((name) => escapeForDisplay(name));
  const replayable = exposure.replayable ?? [];
  const parts: string[] = [];
  if (exposure.password.length > 0)
    parts.push(`${exposure.password.join(', ')} would send the password in clear`);
  if (replayable.length > 0) parts.push(`${replayable.join(', ')} would send a replayable token in clear`);
  const message =
    parts.length > 0
      ? `AUTH is offered before TLS (${names.join(', ')}); ${parts.join('; ')}.`
      : `AUTH is offered before TLS (${names.join(', ')}); user names and challenge responses would travel unencrypted.`;
  return smtpFinding('auth-before-tls', message, {
    lowered: parts.length === 0,
    evidence: `AUTH ${names.join(' ')}`,
  });
}

/** `plaintext-on-implicit-port`: the port greets in plaintext where implicit TLS was expected (evidence: the banner). */
export function plaintextOnImplicitPortFinding(port: number, banner: SmtpReply): Finding {
  const first = formatReply(banner)[0] ?? '';
  return smtpFinding(
    'plaintext-on-implicit-port',
    `Port ${port} greets in plaintext where implicit TLS was expected: clients configured for SSL/TLS cannot connect, and it must not be used without TLS.`,
    { evidence: first },
  );
}

/** What the person asked for, by the STARTTLS rule of the security plan. */
const ASKED: Readonly<Record<'required' | 'if-offered' | 'never', string>> = {
  required: 'STARTTLS was asked for',
  never: 'A plaintext session was asked for',
  'if-offered': 'The probe expected a plaintext greeting (then STARTTLS)',
};

/**
 * `tls-expected`, naming the mismatch: the port speaks implicit TLS but was set up for STARTTLS
 * (`starttls` `required` or `if-offered`) or for no encryption (`never`). Information when auto mode
 * goes on over TLS, a warning when the asked mode cannot work.
 */
export function tlsExpectedFinding(
  port: number,
  asked: 'required' | 'if-offered' | 'never',
  continuing: boolean,
): Finding {
  const setting = asked === 'never' ? 'no encryption' : 'STARTTLS';
  return smtpFinding(
    'tls-expected',
    `${ASKED[asked]} on port ${port}, but the port sent no plaintext greeting and completed a TLS handshake: it speaks implicit TLS. A client set to ${setting} here waits for a greeting that never comes; set it to SSL/TLS.`,
    { lowered: continuing },
  );
}

/** `greeting-delayed`: the greeting took `waited` ms, on purpose (greet-pause, tarpit); not a failure. */
export function greetingDelayedFinding(waited: number): Finding {
  return smtpFinding(
    'greeting-delayed',
    `The greeting took ${Math.round(waited)} ms: the server delays it on purpose (greet-pause or tarpit). Clients must wait; this is not a failure.`,
  );
}

/** `starttls-masked`, with the X-keywords as evidence (an inference: the middlebox is not seen directly). */
export function starttlsMaskedFinding(masked: readonly string[]): Finding {
  return smtpFinding(
    'starttls-masked',
    'An EHLO keyword looks like STARTTLS overwritten by a middlebox (a firewall that strips STARTTLS).',
    { evidence: masked.join(' '), inferred: true },
  );
}

/** Keywords that look like STARTTLS overwritten with X characters by a middlebox (Cisco ASA writes XXXXXXXA). */
export function maskedStarttlsKeywords(keywords: readonly string[]): string[] {
  return keywords.filter((keyword) => /^X{7}A?$/i.test(keyword) || /^X{8}$/i.test(keyword));
}

import { wellKnownMailPorts } from '@mailports/ports';
import { escapeForDisplay, type Finding, hasControlCharacters, type Severity } from '@mailports/wire';
import { formatReply } from './reply';
import type { SmtpReply } from './types';

/** One entry of the SMTP findings catalogue. */
export interface SmtpFindingDefinition {
  /** The usual severity; some findings depend on the port or mode (see `description`). */
  readonly severity: Severity;
  /** Where the rule comes from. */
  readonly reference: string;
  /** What the finding means, for documentation. */
  readonly description: string;
}

/**
 * Every finding code the SMTP probe itself emits. Wire adds the TLS ones (`certificate-*`,
 * `tls-version-outdated`) and `starttls-injection` is built by wire's `injectionFinding`.
 */
export const SMTP_FINDINGS = {
  'auth-before-tls': {
    severity: 'critical',
    reference: 'RFC 4954 §4; RFC 8314 §3',
    description:
      'AUTH is offered before TLS. Critical when a mechanism sends the secret in clear (PLAIN, LOGIN), warning otherwise.',
  },
  'starttls-not-offered': {
    severity: 'warning',
    reference: 'RFC 3207 §4; RFC 8314 §3',
    description:
      'The EHLO reply has no STARTTLS. Critical on submission ports (587, 2525) and when STARTTLS was required; warning on 25.',
  },
  'starttls-refused': {
    severity: 'critical',
    reference: 'RFC 3207 §4',
    description: 'STARTTLS is advertised but the server answered the command with something other than 220.',
  },
  'starttls-injection': {
    severity: 'critical',
    reference: 'RFC 3207 §4.2',
    description: 'Bytes arrived after the 220 to STARTTLS and before the handshake: response injection.',
  },
  'starttls-masked': {
    severity: 'warning',
    reference: 'RFC 3207',
    description:
      'An EHLO keyword made of X characters (such as XXXXXXXA): a middlebox rewrote STARTTLS out of the reply.',
  },
  'greeting-delayed': {
    severity: 'info',
    reference: 'RFC 5321 §4.5.3.2.1',
    description:
      'The 220 greeting took longer than the threshold: greet-pause or tarpitting, which is not a failure (clients must wait up to 5 minutes).',
  },
  'ehlo-refused': {
    severity: 'warning',
    reference: 'RFC 5321 §4.1.1.1',
    description:
      'EHLO was refused with a 5xx reply and the probe fell back to HELO: no extensions, no STARTTLS.',
  },
  'plaintext-on-implicit-port': {
    severity: 'critical',
    reference: 'RFC 8314 §3.3',
    description: 'The port was expected to speak implicit TLS but greeted in plaintext.',
  },
  'tls-expected': {
    severity: 'warning',
    reference: 'RFC 8314 §3.3',
    description:
      'No plaintext greeting arrived, but a TLS handshake on the same port succeeded: the port speaks implicit TLS.',
  },
  'requiretls-advertised': {
    severity: 'info',
    reference: 'RFC 8689',
    description: 'The server advertises REQUIRETLS: senders can demand TLS along the whole delivery path.',
  },
  'escape-sequences': {
    severity: 'warning',
    reference: 'RFC 5321 §4.2',
    description:
      'Server text carries control characters or escape sequences (a terminal-spoofing risk); the evidence is escaped.',
  },
} as const satisfies Record<string, SmtpFindingDefinition>;

/** A finding code of the SMTP probe itself. */
export type SmtpFindingCode = keyof typeof SMTP_FINDINGS;

/** Builds a finding with the catalogue's reference and, unless overridden, its severity. */
export function smtpFinding(
  code: SmtpFindingCode,
  message: string,
  extra: { severity?: Severity; evidence?: string; inferred?: boolean } = {},
): Finding {
  const definition: SmtpFindingDefinition = SMTP_FINDINGS[code];
  return {
    code,
    severity: extra.severity ?? definition.severity,
    message,
    reference: definition.reference,
    ...(extra.evidence === undefined ? {} : { evidence: extra.evidence }),
    ...(extra.inferred === undefined ? {} : { inferred: extra.inferred }),
  };
}

const SUBMISSION_PORTS = new Set(
  wellKnownMailPorts({ role: 'submission' }).flatMap((entry) =>
    entry.tls === 'starttls' ? [entry.port] : [],
  ),
);

/**
 * `starttls-not-offered`: critical when STARTTLS was required or on a submission port (passwords
 * would travel in clear), a warning on 25 and other ports where plaintext relay is still legal.
 */
export function starttlsNotOfferedFinding(port: number, required: boolean): Finding {
  const critical = required || SUBMISSION_PORTS.has(port);
  const message = required
    ? 'STARTTLS was required but the server does not offer it: the session cannot be encrypted on this port.'
    : SUBMISSION_PORTS.has(port)
      ? `The server does not offer STARTTLS on submission port ${port}: credentials and mail would travel in clear.`
      : `The server does not offer STARTTLS on port ${port}: mail to it travels in clear.`;
  return smtpFinding('starttls-not-offered', message, { severity: critical ? 'critical' : 'warning' });
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
    severity: parts.length > 0 ? 'critical' : 'warning',
    evidence: `AUTH ${names.join(' ')}`,
  });
}

/** `plaintext-on-implicit-port`: the port greets in plaintext where implicit TLS was expected (evidence: the banner). */
export function plaintextOnImplicitPortFinding(port: number, banner: SmtpReply): Finding {
  const first = formatReply(banner)[0] ?? '';
  return smtpFinding(
    'plaintext-on-implicit-port',
    `Port ${port} greets in plaintext where implicit TLS was expected: clients configured for SSL/TLS cannot connect, and it must not be used without TLS.`,
    { evidence: escapeForDisplay(first.slice(0, 200)) },
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
    { severity: continuing ? 'info' : 'warning' },
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

/** `escape-sequences` for the first of `lines` that carries control characters, escaped and bounded; else null. */
export function escapeSequencesFinding(lines: readonly string[]): Finding | null {
  const line = lines.find(hasControlCharacters);
  if (line === undefined) return null;
  const evidence = escapeForDisplay(line.length > 200 ? line.slice(0, 200) : line);
  return smtpFinding('escape-sequences', 'The server sent control characters in its reply text.', {
    evidence,
  });
}

import { rfcSource } from '../citations.js';
import type { FindingDefinition } from '../types.js';

const PODDEBNIAK = {
  label: 'Poddebniak et al., "Why TLS is better without STARTTLS", USENIX Security 2021',
  url: 'https://www.usenix.org/conference/usenixsecurity21/presentation/poddebniak',
};

/**
 * Every finding a mail probe can report, one entry per code, the same for SMTP, IMAP and POP3.
 * `severity` is the one severity of the code; `lowered` names the single, protocol-neutral case in
 * which a probe reports it lower (the evidence shows less exposure).
 */
export const FINDINGS = {
  'auth-before-tls': {
    severity: 'critical',
    lowered: {
      severity: 'warning',
      when: 'no mechanism offered in clear sends a reusable secret (a password or a bearer token)',
    },
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'SASL mechanisms (SMTP AUTH, IMAP AUTH=, POP3 SASL) are offered before TLS. A mechanism that sends a password (PLAIN, LOGIN) or a bearer token in clear exposes it to anyone on the path, which RFC 8314 forbids for mail access and RFC 4954 for submission; challenge-response mechanisms expose less.',
    sources: [rfcSource(8314, '3'), rfcSource(4954, '4')],
  },
  'login-before-tls': {
    severity: 'critical',
    protocols: ['imap'],
    description:
      'The IMAP server allows LOGIN before TLS (no LOGINDISABLED in clear): a client would send the password in clear.',
    sources: [rfcSource(9051, '6.2.3'), rfcSource(8314, '4.1')],
  },
  'user-before-tls': {
    severity: 'critical',
    protocols: ['pop3'],
    description:
      'The POP3 server offers USER/PASS in clear, before TLS: a client would send the password in clear.',
    sources: [rfcSource(2595, '4'), rfcSource(8314, '4.1')],
  },
  'apop-before-tls': {
    severity: 'warning',
    protocols: ['pop3'],
    description:
      'The POP3 server offers APOP (a timestamp in its greeting) before TLS: no clear password, but an MD5 digest over a challenge an eavesdropper sees, open to offline guessing and to a man in the middle who picks the challenge (CVE-2007-1558); APOP also needs the server to keep the password readable.',
    sources: [rfcSource(1939, '7'), rfcSource(1939, '13')],
  },
  'preauth-plaintext': {
    severity: 'critical',
    protocols: ['imap'],
    description:
      'The IMAP server greeted with PREAUTH on a plaintext connection: the session is authenticated in clear and STARTTLS is impossible (CVE-2020-12398 class).',
    sources: [rfcSource(9051, '7.1.4'), rfcSource(9051, '6.2.1')],
  },
  'starttls-not-offered': {
    severity: 'critical',
    lowered: {
      severity: 'warning',
      when: 'on the relay port 25, where plaintext delivery between servers is still legal, unless STARTTLS was required',
    },
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'The server does not offer STARTTLS (SMTP, IMAP) or STLS (POP3) in clear: no encryption on this port, or an attacker stripped it.',
    sources: [rfcSource(3207, '4'), rfcSource(2595, '4'), rfcSource(8314, '3')],
  },
  'starttls-refused': {
    severity: 'critical',
    lowered: { severity: 'warning', when: 'on the relay port 25, where plaintext delivery is still legal' },
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'STARTTLS/STLS is advertised but the server refused the command; the probe did not fall back to plaintext.',
    sources: [rfcSource(3207, '4'), rfcSource(2595, '4')],
  },
  'starttls-injection': {
    severity: 'critical',
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'Bytes arrived after the positive STARTTLS/STLS reply and before the TLS handshake: response injection. They were discarded; a client that kept them would treat injected plaintext as replies protected by TLS. Reported even when the handshake then fails.',
    sources: [rfcSource(3207, '4.2'), rfcSource(9051, '6.2.1'), rfcSource(2595, '4'), PODDEBNIAK],
  },
  'starttls-masked': {
    severity: 'warning',
    protocols: ['smtp'],
    description:
      'An EHLO keyword made of X characters (such as XXXXXXXA): a middlebox rewrote STARTTLS out of the reply.',
    sources: [rfcSource(3207)],
  },
  'tls-expected': {
    severity: 'warning',
    lowered: { severity: 'info', when: 'the probe, in mode auto, went on over implicit TLS' },
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'The port sent no plaintext greeting but completed a TLS handshake: it speaks implicit TLS, not plaintext or STARTTLS.',
    sources: [rfcSource(8314, '3.3')],
  },
  'plaintext-on-implicit-port': {
    severity: 'critical',
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'The port was expected to speak implicit TLS but greeted in plaintext; the probe did not downgrade.',
    sources: [rfcSource(8314, '3.3')],
  },
  'escape-sequences': {
    severity: 'warning',
    protocols: ['smtp', 'imap', 'pop3'],
    description:
      'Server text carries control characters or terminal escape sequences (a terminal-spoofing risk); the evidence is shown escaped.',
    sources: [rfcSource(5321, '4.2'), rfcSource(9051, '4.1')],
  },
  'greeting-delayed': {
    severity: 'info',
    protocols: ['smtp'],
    description:
      'The 220 greeting took longer than the threshold: greet-pause or tarpitting, which is not a failure (clients must wait up to 5 minutes).',
    sources: [rfcSource(5321, '4.5.3.2')],
  },
  'ehlo-refused': {
    severity: 'warning',
    protocols: ['smtp'],
    description:
      'EHLO was refused with a 5xx reply and the probe fell back to HELO: no extensions, no STARTTLS.',
    sources: [rfcSource(5321, '4.1.1.1')],
  },
  'requiretls-advertised': {
    severity: 'info',
    protocols: ['smtp'],
    description: 'The server advertises REQUIRETLS: senders can demand TLS along the whole delivery path.',
    sources: [rfcSource(8689)],
  },
  'untagged-before-tls': {
    severity: 'warning',
    protocols: ['imap'],
    description: 'Mailbox data (EXISTS, FETCH …) arrived before TLS; it is untrusted and was discarded.',
    sources: [rfcSource(9051, '6.2.1')],
  },
  'alert-before-tls': {
    severity: 'warning',
    protocols: ['imap'],
    description:
      'An [ALERT] arrived before TLS: its text is untrusted and must not be shown as the server’s word.',
    sources: [rfcSource(9051, '7.1')],
  },
  'capa-not-supported': {
    severity: 'info',
    protocols: ['pop3'],
    description: 'The POP3 server does not support CAPA, so its capabilities are unknown.',
    sources: [rfcSource(2449, '5')],
  },
  'capabilities-changed': {
    severity: 'info',
    protocols: ['imap', 'pop3'],
    description: 'The capabilities inside TLS differ from those announced in clear.',
    sources: [rfcSource(9051, '6.2.1'), rfcSource(2595, '4')],
  },
  'referral-not-followed': {
    severity: 'info',
    protocols: ['imap'],
    description:
      'The server answered with a REFERRAL to another server; the probe does not follow referrals.',
    sources: [rfcSource(2221)],
  },
  'certificate-expired': {
    severity: 'critical',
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The server certificate has expired.',
    sources: [rfcSource(5280, '4.1.2.5')],
  },
  'certificate-not-yet-valid': {
    severity: 'critical',
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The server certificate is not valid yet.',
    sources: [rfcSource(5280, '4.1.2.5')],
  },
  'certificate-hostname-mismatch': {
    severity: 'critical',
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The certificate does not name the host the client connected to.',
    sources: [rfcSource(7817, '3')],
  },
  'certificate-self-signed': {
    severity: 'critical',
    lowered: { severity: 'info', when: 'its CA was given explicitly, so it is trusted' },
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The certificate is self-signed: a mail client refuses it unless told to trust it.',
    sources: [rfcSource(8314, '5.3')],
  },
  'certificate-untrusted': {
    severity: 'critical',
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The certificate did not verify for another reason (unknown issuer, incomplete chain, …).',
    sources: [rfcSource(8314, '5.3')],
  },
  'certificate-expiring-soon': {
    severity: 'info',
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The certificate is trusted but expires within 14 days.',
    sources: [rfcSource(5280, '4.1.2.5')],
  },
  'tls-version-outdated': {
    severity: 'warning',
    protocols: ['smtp', 'imap', 'pop3'],
    description: 'The server negotiated a TLS version below 1.2, which is deprecated.',
    sources: [rfcSource(8997)],
  },
} as const satisfies Record<string, FindingDefinition>;

/** A finding code a mail probe can report: a key of {@link FINDINGS}. */
export type FindingCode = keyof typeof FINDINGS;

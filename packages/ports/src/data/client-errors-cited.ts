import type { ClientErrorEntry } from '../client-errors/types.js';

const NOT_HERE =
  'a desktop or non-JavaScript client that the repository’s tests cannot run; the message is quoted from the sources';

/**
 * Messages of clients that cannot run in this repository's tests (desktop mail programs, PHP):
 * each is quoted from its sources and marked `cited`, not reproduced.
 */
export const CITED_CLIENT_ERRORS: readonly ClientErrorEntry[] = [
  {
    id: 'thunderbird-timed-out',
    clients: ['thunderbird'],
    family: 'no-answer',
    message: 'Connection to server ‹host› timed out.',
    patterns: [/connection to server .* timed out/i],
    causes: ['no-answer', 'plaintext-to-implicit-tls-port'],
    evidence: { kind: 'cited', why: NOT_HERE },
    sources: [
      {
        label: 'thunderbird/autoconfig#111 (every guessed port times out)',
        url: 'https://github.com/thunderbird/autoconfig/issues/111',
      },
      {
        label: 'filefix.org: Thunderbird error 10060 "Connection to server timed out"',
        url: 'https://www.filefix.org/thunderbird-error-10060-timed-out.html',
      },
    ],
  },
  {
    id: 'thunderbird-reset',
    clients: ['thunderbird'],
    family: 'no-answer',
    message: 'The connection to the server ‹host› was reset.',
    patterns: [/connection to (?:the )?server .* was reset/i],
    causes: ['reset', 'tls-to-plaintext-port'],
    evidence: { kind: 'cited', why: NOT_HERE },
    sources: [
      {
        label: 'geekchamp: Thunderbird "connection to server was reset" troubleshooting',
        url: 'https://geekchamp.com/thunderbird-connection-to-server-was-reset-troubleshooting-guide/',
      },
    ],
  },
  {
    id: 'outlook-0x800ccc0e',
    clients: ['outlook'],
    family: 'no-answer',
    message: 'Outlook cannot connect to your outgoing (SMTP) e-mail server. (0x800CCC0E)',
    patterns: [/0x800CCC0E/i, /cannot connect to your outgoing \(SMTP\)/i],
    causes: ['no-answer', 'refused', 'plaintext-to-implicit-tls-port', 'tls-to-plaintext-port'],
    evidence: { kind: 'cited', why: NOT_HERE },
    sources: [
      {
        label: 'WiseChecker: Outlook error 0x800CCC0E, cannot connect to SMTP server',
        url: 'https://wisechecker.com/outlook-error-0x800ccc0e-fix-cannot-connect-to-smtp-server/',
      },
    ],
  },
  {
    id: 'phpmailer-could-not-connect',
    clients: ['phpmailer'],
    family: 'no-answer',
    message: 'SMTP Error: Could not connect to SMTP host. (SMTP connect() failed.)',
    patterns: [/could not connect to smtp host/i, /smtp connect\(\) failed/i, /failed to connect to server/i],
    causes: [
      'no-answer',
      'refused',
      'plaintext-to-implicit-tls-port',
      'tls-to-plaintext-port',
      'certificate-untrusted',
    ],
    evidence: { kind: 'cited', why: NOT_HERE },
    sources: [
      {
        label: 'PHPMailer wiki: Troubleshooting',
        url: 'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      },
      {
        label: 'Courier: "SMTP error: failed to connect to server" (PHPMailer)',
        url: 'https://courier.com/error-solutions/smtp-error-failed-to-connect-to-server',
      },
    ],
  },
];

import { rfcSource } from '../citations.js';
import type { SmtpTimeout } from '../types.js';

/**
 * RFC 5321 §4.5.3.2: the minimum per-step timeouts an SMTP client (and server) should allow. They are
 * minimums for delivery; a diagnostic probe may choose shorter limits, but should then call a silent
 * server "no answer yet", not "broken".
 */
export const SMTP_TIMEOUTS: readonly SmtpTimeout[] = [
  {
    step: 'initial-220',
    party: 'client',
    waitsFor: 'the 220 greeting after the TCP connection opens',
    minimumSeconds: 300,
    source: rfcSource(5321, '4.5.3.2.1'),
  },
  {
    step: 'mail',
    party: 'client',
    waitsFor: 'the reply to MAIL FROM',
    minimumSeconds: 300,
    source: rfcSource(5321, '4.5.3.2.2'),
  },
  {
    step: 'rcpt',
    party: 'client',
    waitsFor: 'the reply to RCPT TO',
    minimumSeconds: 300,
    source: rfcSource(5321, '4.5.3.2.3'),
  },
  {
    step: 'data-initiation',
    party: 'client',
    waitsFor: 'the 354 reply to DATA',
    minimumSeconds: 120,
    source: rfcSource(5321, '4.5.3.2.4'),
  },
  {
    step: 'data-block',
    party: 'client',
    waitsFor: 'each block of message data to be sent',
    minimumSeconds: 180,
    source: rfcSource(5321, '4.5.3.2.5'),
  },
  {
    step: 'data-termination',
    party: 'client',
    waitsFor: 'the 250 reply after the final "."',
    minimumSeconds: 600,
    source: rfcSource(5321, '4.5.3.2.6'),
  },
  {
    step: 'server',
    party: 'server',
    waitsFor: 'the next command from the client',
    minimumSeconds: 300,
    source: rfcSource(5321, '4.5.3.2.7'),
  },
];

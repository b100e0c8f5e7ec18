import { ianaSource, rfcSource } from '../citations.js';
import type { PortEntry } from '../types.js';

/** Port 2525: vendor convention, not IANA. */
export const port2525: PortEntry = {
  port: 2525,
  title: 'Alternative submission port (vendor convention, not standard)',
  protocol: 'smtp',
  role: 'submission',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'unofficial',
  iana: ['ms-v-worlds'],
  ianaAssignments: [
    {
      service: 'ms-v-worlds',
      transport: 'tcp',
      status: 'assigned',
      description: 'MS V-Worlds (unrelated to mail)',
      mailRelated: false,
      sources: [ianaSource(2525)],
    },
  ],
  alsoKnownAs: ['alternate SMTP port'],
  specs: [
    {
      rfc: 6409,
      title: 'Message Submission for Mail',
      says: 'Defines submission on 587 only; 2525 is not mentioned in any RFC.',
      source: rfcSource(6409),
    },
  ],
  history: [
    {
      date: '2018-01',
      event:
        'RFC 8314 names 465 and 587 as the submission ports; 2525 remains a relay-service convention ' +
        'outside the standards.',
      sources: [rfcSource(8314, '3.3')],
    },
  ],
  explanation:
    'Port 2525 is not a mail port in any standard: IANA lists an unrelated service there. Some email ' +
    'sending services (SendGrid, Mailgun and others) also listen on it as a way around networks that ' +
    'block 25 or 587; they usually offer STARTTLS there, as on 587, but check the provider. Amazon SES ' +
    'uses 2587 and 2465 instead. Use it only when the provider documents it and 465 and 587 are blocked.',
  blocking:
    'Not covered by RFC 5068; some hosts block it along with the standard ports, others leave it open.',
  notFor: [
    {
      role: 'relay',
      why: 'MX relay always uses port 25.',
      sources: [rfcSource(8314, '7.3')],
    },
  ],
  sources: [ianaSource(2525), rfcSource(8314, '3.3')],
};

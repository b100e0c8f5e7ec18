import { ianaSource, rfcSource } from '../citations.js';
import type { PortEntry } from '../types.js';
import { ianaRow } from './_iana.js';
import { SOURCES } from './_sources.js';
import { NOT_FOR_RELAY } from './_wrong-roles.js';

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
    ianaRow(2525, 'ms-v-worlds', 'MS V-Worlds', { mailRelated: false }),
    ianaRow(2525, 'ms-v-worlds', 'MS V-Worlds', { transport: 'udp', mailRelated: false }),
  ],
  alsoKnownAs: ['alternate SMTP port'],
  specs: [
    {
      rfc: 6409,
      title: 'Message Submission for Mail',
      says: 'Names 587 as the submission port; 2525 is not a standard submission port.',
      source: rfcSource(6409),
    },
    {
      rfc: 8314,
      section: '7.3',
      title: 'IANA Considerations: submissions',
      says: 'Registers 465 as the other submission port (2525 is not registered for mail: see the IANA registry).',
      source: rfcSource(8314, '7.3'),
    },
  ],
  history: [],
  explanation:
    'Port 2525 is not a mail port in any standard: IANA lists an unrelated service there. Some email ' +
    'sending services also listen on it as a way around networks that block 25 or 587; SendGrid, for ' +
    'example, documents 25, 2525 and 587 for plaintext or STARTTLS connections. The security mode ' +
    'depends on the service, so check its documentation. Use 2525 only when the service documents it ' +
    'and 465 and 587 are blocked.',
  blocking:
    'Not covered by RFC 5068 (it protects 587 only, §4.1); some hosts block it along with the standard ' +
    'ports, others leave it open.',
  notFor: [NOT_FOR_RELAY],
  sources: [ianaSource(2525), SOURCES.sendgridSmtp, SOURCES.wikipediaSmtpPorts],
};

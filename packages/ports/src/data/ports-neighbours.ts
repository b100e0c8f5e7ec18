import { ianaSource, rfcSource } from '../citations.js';
import type { PortEntry, Source } from '../types.js';

const SES_PORTS: Source = {
  label: 'Amazon SES: Connecting to an SMTP endpoint',
  url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html',
};
const RFC2033 = rfcSource(2033);
const RFC5804 = rfcSource(5804);

const port24: PortEntry = {
  port: 24,
  title: 'LMTP to the mailbox store (local convention)',
  protocol: 'lmtp',
  role: 'local-delivery',
  tls: 'none',
  tlsRequired: false,
  standing: 'unofficial',
  iana: [],
  ianaAssignments: [
    {
      service: '',
      transport: 'tcp',
      status: 'assigned',
      description: 'any private mail system',
      mailRelated: true,
      sources: [ianaSource(24)],
    },
  ],
  alsoKnownAs: ['priv-mail', 'lmtp'],
  specs: [
    {
      rfc: 2033,
      title: 'Local Mail Transfer Protocol',
      says:
        'LMTP is SMTP adapted for final delivery to a mailbox store; it has no assigned port and must ' +
        'not be used on port 25.',
      source: RFC2033,
    },
  ],
  history: [
    {
      date: '1996-10',
      event: 'RFC 2033 defines LMTP for delivery inside one site; no TCP port is assigned.',
      sources: [RFC2033],
    },
  ],
  explanation:
    'Port 24 is where many mail systems (Dovecot, Cyrus) run LMTP: the mail server uses it to hand ' +
    'accepted messages to the mailbox store. It is internal plumbing, not a port for mail programs, and ' +
    'should not be reachable from the internet. IANA lists 24 only as "any private mail system"; LMTP ' +
    'itself has no assigned port, and often runs over a local socket instead.',
  blocking: 'Not relevant: it should be reachable only inside the site.',
  notFor: [
    { role: 'submission', why: 'LMTP has no authentication step for users.', sources: [RFC2033] },
    {
      role: 'relay',
      why: 'LMTP must not be used on port 25 or for relay between sites.',
      sources: [RFC2033],
    },
  ],
  sources: [RFC2033, ianaSource(24)],
};

const port4190: PortEntry = {
  port: 4190,
  title: 'ManageSieve (server-side mail filters)',
  protocol: 'managesieve',
  role: 'filter-management',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'recommended',
  iana: ['sieve'],
  ianaAssignments: [
    {
      service: 'sieve',
      transport: 'tcp',
      status: 'assigned',
      description: 'ManageSieve Protocol',
      mailRelated: true,
      sources: [RFC5804, ianaSource(4190)],
    },
  ],
  alsoKnownAs: ['managesieve'],
  specs: [
    {
      rfc: 5804,
      title: 'A Protocol for Remotely Managing Sieve Scripts',
      says: 'Defines ManageSieve on port 4190, with STARTTLS and SASL authentication.',
      source: RFC5804,
    },
  ],
  history: [
    {
      date: '2010-07',
      event: 'RFC 5804 registers ManageSieve as "sieve" on 4190.',
      sources: [RFC5804],
    },
  ],
  explanation:
    'Port 4190 is ManageSieve: mail programs use it to upload server-side filter rules (Sieve scripts), ' +
    'such as vacation replies or sorting into folders. The session starts in plaintext and is upgraded ' +
    'with STARTTLS before the password is sent.',
  blocking: 'No known provider blocks it.',
  notFor: [],
  sources: [RFC5804, ianaSource(4190)],
};

const sesNote =
  'Amazon SES offers STARTTLS on 25, 587 and 2587 and TLS Wrapper (implicit TLS) on 465 and 2465, ' +
  'for networks that block the standard ports.';

const port2465: PortEntry = {
  port: 2465,
  title: 'Amazon SES alternative to 465 (implicit TLS)',
  protocol: 'smtp',
  role: 'submission',
  tls: 'implicit',
  tlsRequired: true,
  standing: 'unofficial',
  iana: [],
  ianaAssignments: [],
  alsoKnownAs: ['SES TLS Wrapper port'],
  specs: [],
  history: [],
  explanation:
    `Port 2465 is not a standard mail port. ${sesNote} Use it only with SES, and only when 465 is ` +
    'blocked on your network.',
  blocking: 'Not covered by RFC 5068; chosen by SES because networks rarely block it.',
  notFor: [{ role: 'relay', why: 'MX relay always uses port 25.', sources: [rfcSource(8314, '7.3')] }],
  sources: [SES_PORTS],
};

const port2587: PortEntry = {
  port: 2587,
  title: 'Amazon SES alternative to 587 (STARTTLS)',
  protocol: 'smtp',
  role: 'submission',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'unofficial',
  iana: [],
  ianaAssignments: [],
  alsoKnownAs: ['SES STARTTLS port'],
  specs: [],
  history: [],
  explanation:
    `Port 2587 is not a standard mail port. ${sesNote} Use it only with SES, and only when 587 is ` +
    'blocked on your network; require the STARTTLS upgrade as on 587.',
  blocking: 'Not covered by RFC 5068; chosen by SES because networks rarely block it.',
  notFor: [{ role: 'relay', why: 'MX relay always uses port 25.', sources: [rfcSource(8314, '7.3')] }],
  sources: [SES_PORTS],
};

/** Ports next to the main eight: local delivery, filter management and provider alternatives. */
export const NEIGHBOUR_PORTS: readonly PortEntry[] = [port24, port4190, port2465, port2587];

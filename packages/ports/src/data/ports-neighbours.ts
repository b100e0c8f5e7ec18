import { ianaSource, rfcSource } from '../citations.js';
import type { PortEntry } from '../types.js';
import { ianaRow, reservedUdp } from './_iana.js';
import { SOURCES } from './_sources.js';
import { NOT_FOR_RELAY } from './_wrong-roles.js';
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
    ianaRow(24, '', 'any private mail system'),
    ianaRow(24, '', 'any private mail system', { transport: 'udp' }),
  ],
  alsoKnownAs: ['priv-mail', 'lmtp'],
  specs: [
    {
      rfc: 2033,
      title: 'Local Mail Transfer Protocol',
      says:
        'LMTP is SMTP adapted for final delivery to a mailbox store, used only by prior arrangement; it ' +
        'keeps ESMTP and its extensions (AUTH included) and "MUST NOT be used on TCP port 25".',
      source: RFC2033,
    },
  ],
  history: [
    {
      date: '1996-10',
      event: 'RFC 2033 (John Myers) defines LMTP for delivery inside one site and forbids it on port 25.',
      sources: [RFC2033],
    },
  ],
  explanation:
    'Port 24 is a convention some mail systems (Dovecot, Cyrus) follow for LMTP: the mail server uses it to hand ' +
    'accepted messages to the mailbox store. It is internal plumbing, not a port for mail programs, and ' +
    'should not be reachable from the internet. IANA lists 24 only as "any private mail system"; LMTP ' +
    'itself has no assigned port, and often runs over a local socket instead.',
  blocking: 'Not relevant: it should be reachable only inside the site.',
  notFor: [
    {
      role: 'submission',
      why:
        'LMTP delivers to a mailbox store by prior arrangement; it may carry AUTH (an ESMTP extension), ' +
        'but it is not a submission service for mail programs.',
      sources: [RFC2033],
    },
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
    ianaRow(4190, 'sieve', 'ManageSieve Protocol', { sources: [ianaSource(4190), RFC5804] }),
    reservedUdp(4190),
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

/** What distinguishes one sending-service alternative port from the other. */
interface AlternativePort {
  readonly port: number;
  readonly standardPort: 465 | 587;
  readonly tls: 'implicit' | 'starttls';
  /** The unrelated IANA service that holds the number, and its registry description. */
  readonly iana: { readonly service: string; readonly description: string };
  readonly alsoKnownAs: string;
  /** Extra advice for the explanation's last sentence. */
  readonly advice?: string;
}

/**
 * A port some email-sending services offer next to a standard submission port, for networks that
 * block the standard one. Not a standard: IANA has the number registered to an unrelated service.
 */
function sendingServiceAlternative(alternative: AlternativePort): PortEntry {
  const { port, standardPort, tls, iana } = alternative;
  const mode = tls === 'implicit' ? 'implicit TLS' : 'STARTTLS';
  return {
    port,
    title: `Alternative to ${standardPort} offered by Amazon SES and Resend (${mode})`,
    protocol: 'smtp',
    role: 'submission',
    tls,
    tlsRequired: tls === 'implicit',
    standing: 'unofficial',
    iana: [iana.service],
    ianaAssignments: [
      ianaRow(port, iana.service, iana.description, { mailRelated: false }),
      ianaRow(port, iana.service, iana.description, { transport: 'udp', mailRelated: false }),
    ],
    alsoKnownAs: [alternative.alsoKnownAs],
    specs: [],
    history: [],
    explanation:
      `Port ${port} is not a standard mail port: IANA has it registered to an unrelated service. ` +
      'Amazon SES offers STARTTLS on 25, 587 and 2587 and TLS Wrapper (implicit TLS) on 465 and 2465; ' +
      'Resend documents the same pairs. ' +
      `Use ${port} only with a service that documents it, and only when ${standardPort} is blocked` +
      `${alternative.advice ?? ''}.`,
    blocking: 'Not covered by RFC 5068; offered for networks that block the standard ports.',
    notFor: [NOT_FOR_RELAY],
    sources: [SOURCES.sesSmtp, SOURCES.resendSmtp, ianaSource(port)],
  };
}

const port2465 = sendingServiceAlternative({
  port: 2465,
  standardPort: 465,
  tls: 'implicit',
  iana: { service: 'lbm', description: 'Load Balance Management' },
  alsoKnownAs: 'SES TLS Wrapper port',
});

const port2587 = sendingServiceAlternative({
  port: 2587,
  standardPort: 587,
  tls: 'starttls',
  iana: { service: 'masc', description: 'MASC' },
  alsoKnownAs: 'SES STARTTLS port',
  advice: '; require the STARTTLS upgrade as on 587',
});

/** Port 26: a shared-hosting convention for SMTP where 25 is blocked; unassigned at IANA. */
const port26: PortEntry = {
  port: 26,
  title: 'Alternative SMTP port on shared hosting (convention, not standard)',
  protocol: 'smtp',
  role: 'submission',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'unofficial',
  iana: [],
  ianaAssignments: [],
  alsoKnownAs: ['alternate SMTP port'],
  specs: [],
  history: [],
  explanation:
    'Port 26 is not a mail port in any standard and IANA lists nothing there. Many shared-hosting ' +
    'providers (cPanel servers especially) also run their SMTP service on 26, as a way around networks ' +
    'that block 25; it behaves like 587 (STARTTLS, then a login). Prefer 465 or 587, and use 26 only ' +
    'when the host documents it.',
  blocking: 'Some hosts block it along with the standard mail ports.',
  notFor: [NOT_FOR_RELAY],
  sources: [ianaSource(26), SOURCES.mmitechBlocks],
};

/** Ports next to the main eight: local delivery, filter management and provider alternatives. */
export const NEIGHBOUR_PORTS: readonly PortEntry[] = [port24, port26, port4190, port2465, port2587];

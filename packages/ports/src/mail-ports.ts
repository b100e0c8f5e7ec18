import { MAILBOX_PORTS } from './data/ports-mailbox.js';
import { SMTP_PORTS } from './data/ports-smtp.js';
import { lookupPort, recommendedPort, standingFor } from './queries.js';
import type {
  MailPortEntry,
  MailProtocol,
  MailRole,
  PortEntry,
  PortProtocol,
  PreferredPort,
  Standing,
} from './types.js';

function isMailPort(entry: PortEntry): entry is MailPortEntry {
  const mailProtocol = entry.protocol === 'smtp' || entry.protocol === 'imap' || entry.protocol === 'pop3';
  const mailRole = entry.role === 'relay' || entry.role === 'submission' || entry.role === 'retrieval';
  return mailProtocol && mailRole;
}

// The SMTP and mailbox tables hold only SMTP, POP3 and IMAP entries; the guard keeps the type honest.
const WELL_KNOWN: readonly MailPortEntry[] = [...SMTP_PORTS, ...MAILBOX_PORTS].filter(isMailPort);

/** Filters for {@link wellKnownMailPorts}; every given field must match. */
export interface MailPortFilter {
  readonly protocol?: MailProtocol;
  readonly role?: MailRole;
}

/**
 * The eight ports mail clients, servers and probes look at first: SMTP 25, 465, 587, 2525, POP3 110,
 * 995, IMAP 143, 993, in that (reading) order. Leaves out the neighbours (LMTP 24, ManageSieve 4190)
 * and the sending services' alternatives (2465, 2587), which a client only uses when told to.
 * @param filter - Optional; nothing returns all eight.
 */
export function wellKnownMailPorts(filter: MailPortFilter = {}): MailPortEntry[] {
  return WELL_KNOWN.filter(
    (entry) =>
      (filter.protocol === undefined || entry.protocol === filter.protocol) &&
      (filter.role === undefined || entry.role === filter.role),
  );
}

/**
 * The protocol spoken on a port this package knows: `protocolOfPort(993)` is `'imap'`,
 * `protocolOfPort(4190)` is `'managesieve'`.
 * @param port - A TCP port number.
 * @returns The protocol, or `undefined` for a port that is not a known mail port.
 */
export function protocolOfPort(port: number): PortProtocol | undefined {
  return lookupPort(port)?.protocol;
}

/**
 * The {@link wellKnownMailPorts} where TLS starts with the first byte (RFC 8314 "Implicit TLS"): 465,
 * 995, 993, or those of one protocol. A probe in `auto` mode starts TLS at once on these.
 * @param protocol - Optional; only that protocol's port(s), e.g. `'imap'` gives `[993]`.
 */
export function implicitTlsPorts(protocol?: MailProtocol): number[] {
  return wellKnownMailPorts(protocol === undefined ? {} : { protocol })
    .filter((entry) => entry.tls === 'implicit')
    .map((entry) => entry.port);
}

const STANDING_ORDER: readonly Standing[] = [
  'recommended',
  'supported',
  'legacy',
  'unofficial',
  'not-for-this-role',
];

/**
 * The {@link wellKnownMailPorts} that serve a role, best first: the standards' choice and its
 * fallbacks ({@link recommendedPort}), IMAP before POP3 for retrieval, then the role's other ports by
 * standing (2525 for submission). Implicit TLS comes before STARTTLS, as RFC 8314 §3 and mail clients'
 * autoconfiguration order them.
 *
 * - `submission`: 465, 587, 2525
 * - `relay`: 25
 * - `retrieval`: 993, 143, 995, 110
 *
 * This is the one source of "which port first" for a role; the recommender, the command line and the
 * docs derive their order from it.
 * @param role - The job the connection is for.
 */
export function preferredPorts(role: MailRole): PreferredPort[] {
  const protocols: readonly ('imap' | 'pop3' | undefined)[] =
    role === 'retrieval' ? ['imap', 'pop3'] : [undefined];
  const chosen = protocols.flatMap((protocol) => {
    const recommendation = recommendedPort(role, protocol === undefined ? {} : { protocol });
    return [recommendation, ...recommendation.fallbacks].map((choice) => choice.port);
  });
  const others = wellKnownMailPorts({ role })
    .filter((entry) => !chosen.includes(entry.port))
    .sort((a, b) => STANDING_ORDER.indexOf(a.standing) - STANDING_ORDER.indexOf(b.standing))
    .map((entry) => entry.port);
  return [...chosen, ...others].flatMap((port) => {
    const entry = WELL_KNOWN.find((candidate) => candidate.port === port);
    if (entry === undefined) return [];
    return [
      {
        port,
        protocol: entry.protocol,
        tls: entry.tls,
        standing: standingFor(port, role) ?? entry.standing,
        title: entry.title,
      },
    ];
  });
}

/** The port mail servers relay to each other on: the one an MX record implies (RFC 5321 §5.1). */
export function relayPort(): number {
  return recommendedPort('relay').port;
}

/**
 * The submission ports a role's standards do not register but providers offer for networks that block
 * the registered ones (2525), best first.
 */
export function unofficialSubmissionPorts(): number[] {
  return preferredPorts('submission')
    .filter((choice) => choice.standing === 'unofficial')
    .map((choice) => choice.port);
}

/** The submission port with STARTTLS (587): the default of a single SMTP probe. */
export function starttlsSubmissionPort(): number {
  const choice = preferredPorts('submission').find((candidate) => candidate.tls === 'starttls');
  if (choice === undefined) throw new Error('the knowledge base lists no STARTTLS submission port');
  return choice.port;
}

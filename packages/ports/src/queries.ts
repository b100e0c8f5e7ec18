import { rfcSource, uniqueSources } from './citations.js';
import { ALL_PORTS } from './data/all-ports.js';
import type {
  PortEntry,
  PortProtocol,
  PortRecommendation,
  PortRole,
  RecommendableRole,
  Source,
} from './types.js';

const byPort = new Map<number, PortEntry>(ALL_PORTS.map((entry) => [entry.port, entry]));

/**
 * Everything known about one port number.
 * @param port - A TCP port number, e.g. `465`.
 * @returns The entry, or `undefined` when the port is not a mail port this package knows.
 */
export function lookupPort(port: number): PortEntry | undefined {
  return byPort.get(port);
}

/** Filters for {@link listPorts}; every given field must match. */
export interface ListPortsFilter {
  readonly protocol?: PortProtocol;
  readonly role?: PortRole;
}

/**
 * The known ports, optionally filtered by protocol and role, in the package's reading order
 * (SMTP 25, 465, 587, 2525, then POP3, IMAP, then the neighbours).
 * @param filter - Optional; `{}` or nothing returns every port.
 */
export function listPorts(filter: ListPortsFilter = {}): PortEntry[] {
  return ALL_PORTS.filter(
    (entry) =>
      (filter.protocol === undefined || entry.protocol === filter.protocol) &&
      (filter.role === undefined || entry.role === filter.role),
  );
}

/** Options for {@link recommendedPort}. */
export interface RecommendedPortOptions {
  /** For `retrieval`: which mailbox protocol. Default `'imap'`. Ignored for other roles. */
  readonly protocol?: 'imap' | 'pop3';
}

/**
 * What current standards recommend for a role: the first choice and its fallbacks.
 *
 * - `submission`: 465 implicit TLS, then 587 STARTTLS (RFC 8314 §3.3).
 * - `relay`: 25 with STARTTLS (RFC 5321, RFC 3207); there is no alternative port for MX relay.
 * - `retrieval`: IMAP 993 implicit, then 143 STARTTLS; with `{ protocol: 'pop3' }`, 995 then 110
 *   (RFC 8314 §3.1, §3.2).
 * - `filter-management`: ManageSieve on 4190 with STARTTLS (RFC 5804).
 *
 * Pure; never throws for a valid role.
 * @param role - The job the connection is for.
 * @param options - See {@link RecommendedPortOptions}.
 */
export function recommendedPort(
  role: RecommendableRole,
  options: RecommendedPortOptions = {},
): PortRecommendation {
  switch (role) {
    case 'submission':
      return {
        role,
        port: 465,
        protocol: 'smtp',
        tls: 'implicit',
        why: 'RFC 8314 prefers implicit TLS for submission: nothing is sent before TLS.',
        fallbacks: [
          {
            port: 587,
            protocol: 'smtp',
            tls: 'starttls',
            why: 'Kept during the transition; require STARTTLS, never continue without it.',
          },
        ],
        sources: [rfcSource(8314, '3.3'), rfcSource(8314, '7.3'), rfcSource(6409)],
      };
    case 'relay':
      return {
        role,
        port: 25,
        protocol: 'smtp',
        tls: 'starttls',
        why: 'MX records cannot name a port, so server-to-server mail always uses 25, with STARTTLS.',
        fallbacks: [],
        sources: [rfcSource(5321), rfcSource(3207, '4'), rfcSource(8314, '7.3')],
      };
    case 'filter-management':
      return {
        role,
        port: 4190,
        protocol: 'managesieve',
        tls: 'starttls',
        why: 'RFC 5804 assigns ManageSieve port 4190 and requires STARTTLS support.',
        fallbacks: [],
        sources: [rfcSource(5804)],
      };
    case 'retrieval': {
      if (options.protocol === 'pop3') {
        return {
          role,
          port: 995,
          protocol: 'pop3',
          tls: 'implicit',
          why: 'RFC 8314 prefers POP3 over implicit TLS on 995.',
          fallbacks: [
            {
              port: 110,
              protocol: 'pop3',
              tls: 'starttls',
              why: 'STLS upgrade; require it before USER/PASS.',
            },
          ],
          sources: [rfcSource(8314, '3.1'), rfcSource(8314, '7.1')],
        };
      }
      return {
        role,
        port: 993,
        protocol: 'imap',
        tls: 'implicit',
        why: 'RFC 8314 prefers IMAP over implicit TLS on 993.',
        fallbacks: [
          { port: 143, protocol: 'imap', tls: 'starttls', why: 'STARTTLS upgrade; require it before LOGIN.' },
        ],
        sources: [rfcSource(8314, '3.2'), rfcSource(8314, '7.2')],
      };
    }
  }
}

/**
 * Every source cited anywhere in a port's entry, without duplicates.
 * @param port - A port number.
 * @returns An empty array for an unknown port.
 */
export function sourcesForPort(port: number): Source[] {
  const entry = byPort.get(port);
  if (entry === undefined) return [];
  return uniqueSources([
    ...entry.sources,
    ...entry.specs.map((spec) => spec.source),
    ...entry.ianaAssignments.flatMap((row) => row.sources),
    ...entry.history.flatMap((event) => event.sources),
    ...entry.notFor.flatMap((wrong) => wrong.sources),
  ]);
}

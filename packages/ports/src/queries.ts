import { rfcSource, uniqueSources } from './citations.js';
import { ALL_PORTS } from './data/all-ports.js';
import { IMAP_CAPABILITIES, POP3_CAPABILITIES } from './data/capabilities.js';
import { SMTP_EXTENSIONS } from './data/extensions.js';
import { MYTHS } from './data/myths.js';
import { PROVIDERS } from './data/providers.js';
import { SASL_MECHANISMS } from './data/sasl.js';
import { RELAY_POLICY_RECORDS, SRV_LABELS } from './data/srv.js';
import type {
  CapabilityEntry,
  CapabilityProtocol,
  Myth,
  MythVerdict,
  NetworkProvider,
  PortBlock,
  PortEntry,
  PortProtocol,
  PortRecommendation,
  PortRole,
  ProviderBlockOnPort,
  RecommendableRole,
  RelayPolicyRecord,
  SaslMechanism,
  Source,
  SrvLabel,
  Standing,
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

/**
 * How a port stands for a given role: its own standing when the role is the port's role,
 * `'not-for-this-role'` when the entry says the port must not be used for it.
 * @param port - A port number.
 * @param role - The role in question, e.g. `'relay'`.
 * @returns The standing, or `undefined` for an unknown port or a role the data says nothing about.
 */
export function standingFor(port: number, role: PortRole): Standing | undefined {
  const entry = byPort.get(port);
  if (entry === undefined) return undefined;
  if (entry.role === role) return entry.standing;
  return entry.notFor.some((wrong) => wrong.role === role) ? 'not-for-this-role' : undefined;
}

/** Options for {@link recommendedPort}. */
export interface RecommendedPortOptions {
  /** For `retrieval`: which mailbox protocol. Default `'imap'`. Ignored for other roles. */
  readonly protocol?: 'imap' | 'pop3';
}

/**
 * What current standards recommend for a role: the first choice and its fallbacks.
 *
 * - `submission`: 465 implicit TLS, then 587 STARTTLS (RFC 8314 §3, §3.3).
 * - `relay`: 25 with STARTTLS (RFC 5321, RFC 3207); there is no alternative port for MX relay.
 * - `retrieval`: IMAP 993 implicit, then 143 STARTTLS; with `{ protocol: 'pop3' }`, 995 then 110
 *   (RFC 8314 §3, §3.1, §3.2).
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
        why: 'RFC 8314 recommends implicit TLS for submission: nothing is sent before TLS.',
        fallbacks: [
          {
            port: 587,
            protocol: 'smtp',
            tls: 'starttls',
            why: 'Kept during the transition; require STARTTLS, never continue without it.',
          },
        ],
        sources: [rfcSource(8314, '3'), rfcSource(8314, '3.3'), rfcSource(8314, '7.3'), rfcSource(6409)],
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
        why: 'RFC 5804 assigns ManageSieve port 4190; the session upgrades with STARTTLS before authenticating.',
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
          why: 'RFC 8314 recommends POP3 over implicit TLS on 995.',
          fallbacks: [
            {
              port: 110,
              protocol: 'pop3',
              tls: 'starttls',
              why: 'STLS upgrade; require it before USER/PASS.',
            },
          ],
          sources: [rfcSource(8314, '3'), rfcSource(8314, '3.1'), rfcSource(8314, '7.1')],
        };
      }
      return {
        role,
        port: 993,
        protocol: 'imap',
        tls: 'implicit',
        why: 'RFC 8314 recommends IMAP over implicit TLS on 993.',
        fallbacks: [
          { port: 143, protocol: 'imap', tls: 'starttls', why: 'STARTTLS upgrade; require it before LOGIN.' },
        ],
        sources: [rfcSource(8314, '3'), rfcSource(8314, '3.2'), rfcSource(8314, '7.2')],
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

/**
 * A port explained in plain words: the entry's explanation followed by the networks known to block
 * or throttle it outbound.
 * @param port - A port number.
 * @returns A few sentences, or `undefined` for a port this package does not know.
 */
export function explainPort(port: number): string | undefined {
  const entry = byPort.get(port);
  if (entry === undefined) return undefined;
  const blocks = providersBlocking(port);
  if (blocks.length === 0) return entry.explanation;
  const verbs: Record<PortBlock['action'], string> = {
    blocked: 'blocks',
    throttled: 'throttles',
    'may-block': 'may block',
  };
  const list = blocks.map(
    ({ provider, block }) => `${provider.name} ${verbs[block.action]} it (${block.accounts})`,
  );
  return `${entry.explanation} Outbound restrictions known: ${list.join('; ')}.`;
}

/**
 * The network (cloud or access provider) with this id.
 * @param providerId - A stable id such as `'gcp'`, `'aws'`, `'hetzner'`; compared case-insensitively.
 * @returns The provider, or `undefined` when unknown.
 */
export function lookupProvider(providerId: string): NetworkProvider | undefined {
  const id = providerId.trim().toLowerCase();
  return PROVIDERS.find((provider) => provider.id === id);
}

/**
 * The outbound port restrictions of one network.
 * @param providerId - A provider id such as `'gcp'`; compared case-insensitively.
 * @returns The restrictions, or an empty array when the provider is unknown or restricts nothing.
 */
export function blocksFor(providerId: string): PortBlock[] {
  return [...(lookupProvider(providerId)?.blocks ?? [])];
}

/**
 * Every network that blocks, throttles or may block outbound connections to a port.
 * @param port - A port number.
 * @returns Provider and restriction pairs, in the providers data order; empty when none is known.
 */
export function providersBlocking(port: number): ProviderBlockOnPort[] {
  return PROVIDERS.flatMap((provider) =>
    provider.blocks.filter((block) => block.port === port).map((block) => ({ provider, block })),
  );
}

const capabilityTables: Record<CapabilityProtocol, readonly CapabilityEntry[]> = {
  smtp: SMTP_EXTENSIONS,
  imap: IMAP_CAPABILITIES,
  pop3: POP3_CAPABILITIES,
};

/**
 * What a capability keyword means: an SMTP EHLO keyword, an IMAP CAPABILITY atom or a POP3 CAPA tag.
 *
 * Case-insensitive, and tolerant of what servers actually send: parameters after the keyword are
 * ignored (`SIZE 35882577`, `SASL PLAIN LOGIN`), prefix families match their members (`AUTH=PLAIN`
 * matches `AUTH=`), and the pre-standard SMTP form `AUTH=LOGIN` matches `AUTH`.
 * @param protocol - `'smtp'`, `'imap'` or `'pop3'`.
 * @param keyword - The keyword as the server sent it.
 * @returns The entry, or `undefined` for an unknown keyword.
 */
export function capabilityInfo(protocol: CapabilityProtocol, keyword: string): CapabilityEntry | undefined {
  const table = capabilityTables[protocol];
  const token = (keyword.trim().split(/\s+/)[0] ?? '').toUpperCase();
  if (token === '') return undefined;
  const exact = table.find((entry) => entry.match === 'exact' && entry.keyword.toUpperCase() === token);
  if (exact !== undefined) return exact;
  const prefixed = table.find(
    (entry) => entry.match === 'prefix' && token.startsWith(entry.keyword.toUpperCase()),
  );
  if (prefixed !== undefined) return prefixed;
  const beforeEquals = token.split('=')[0] ?? '';
  if (protocol === 'smtp' && beforeEquals !== token) {
    return table.find((entry) => entry.keyword.toUpperCase() === beforeEquals);
  }
  return undefined;
}

/**
 * A SASL mechanism by name, case-insensitively (`'scram-sha-256'` finds `SCRAM-SHA-256`).
 * @param name - The mechanism name as advertised.
 * @returns The mechanism, or `undefined` when unknown.
 */
export function saslMechanism(name: string): SaslMechanism | undefined {
  const wanted = name.trim().toUpperCase();
  return SASL_MECHANISMS.find((mechanism) => mechanism.name === wanted);
}

/** Filters for {@link myths}; every given field must match. */
export interface MythFilter {
  /** Only myths about this port. */
  readonly port?: number;
  readonly verdict?: MythVerdict;
}

/**
 * The checked claims of the popular "Default SMTP Port" article, with corrections and sources.
 * @param filter - Optional; nothing returns every myth.
 */
export function myths(filter: MythFilter = {}): Myth[] {
  return MYTHS.filter(
    (myth) =>
      (filter.port === undefined || myth.ports.includes(filter.port)) &&
      (filter.verdict === undefined || myth.verdict === filter.verdict),
  );
}

/** Filters for {@link srvLabels}; every given field must match. */
export interface SrvFilter {
  readonly protocol?: SrvLabel['protocol'];
  readonly role?: SrvLabel['role'];
}

/**
 * The DNS SRV labels for mail client configuration (RFC 6186, RFC 8314 §5.1), implicit TLS first.
 * @param filter - Optional; nothing returns every label.
 */
export function srvLabels(filter: SrvFilter = {}): SrvLabel[] {
  return SRV_LABELS.filter(
    (label) =>
      (filter.protocol === undefined || label.protocol === filter.protocol) &&
      (filter.role === undefined || label.role === filter.role),
  );
}

/**
 * The SRV label a DNS name starts with: `'_imaps._tcp.example.com'` and `'_IMAPS._TCP'` both find
 * `_imaps._tcp`.
 * @param name - A label or a full SRV owner name.
 * @returns The label, or `undefined` when the name is not a mail SRV name.
 */
export function lookupSrvLabel(name: string): SrvLabel | undefined {
  const wanted = name.trim().toLowerCase();
  return SRV_LABELS.find((label) => wanted === label.label || wanted.startsWith(`${label.label}.`));
}

/** The mechanisms that harden port-25 relay: MTA-STS, TLS-RPT, DANE and REQUIRETLS. */
export function relayPolicies(): RelayPolicyRecord[] {
  return [...RELAY_POLICY_RECORDS];
}

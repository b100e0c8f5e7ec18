import { type SrvLabel, srvLabels } from '@mailports/ports';
import type { MailProtocol, ProbeMode } from '@mailports/wire';
import type { Lookup } from './_lookup';
import type { Candidate, Role } from './types';

/** An SRV service a mail client asks for (RFC 6186 §3, RFC 8314 §5.1) and the role it serves. */
interface SrvService {
  label: string;
  role: Role;
  protocol: MailProtocol;
  mode: ProbeMode;
  /** For a STARTTLS service: the RFC 8314 implicit-TLS port of the same protocol, probed beside it. */
  companionPort: number | null;
  /** Client preference at equal SRV priority: implicit TLS first, IMAP before POP3. */
  order: number;
}

function serviceOf(label: SrvLabel, index: number, all: readonly SrvLabel[]): SrvService | null {
  const protocol = label.protocol;
  if (protocol !== 'smtp' && protocol !== 'imap' && protocol !== 'pop3') return null;
  if (label.role !== 'submission' && label.role !== 'retrieval') return null;
  const implicit = all.find(
    (other) => other.protocol === protocol && other.role === label.role && other.tls === 'implicit',
  );
  return {
    label: label.label,
    role: label.role === 'submission' ? 'send' : 'read',
    protocol,
    mode: label.tls === 'implicit' ? 'implicit' : 'auto',
    companionPort: label.tls === 'implicit' || !implicit ? null : implicit.port,
    order: index,
  };
}

/** The submission and mailbox SRV services from @mailports/ports, in client preference order. */
export const SRV_SERVICES: readonly SrvService[] = srvLabels()
  .map((label, index, all) => serviceOf(label, index, all))
  .filter((item): item is SrvService => item !== null);

/** One usable SRV record, with the service it was published for. */
interface Published {
  service: SrvService;
  host: string;
  port: number;
  priority: number;
  weight: number;
}

/** What the SRV records of a domain say, for the roles asked. */
export interface SrvFindings {
  /** The advertised candidates, each with `stated` (the domain's order for its role), and their companions. */
  candidates: Candidate[];
  /** Labels published with the lone target `.`: not offered (RFC 6186 §3). */
  notOffered: string[];
  /** Records that cannot be used, with why (port 0, an empty target beside others…). */
  ignored: string[];
}

/**
 * The domain's stated order of one role's records across its services: SRV priority first (RFC 6186
 * §3.4 compares IMAP and POP3 records by priority), then the higher weight, then the client
 * preference at equal priority (implicit TLS first, RFC 8314 §5.1; IMAP before POP3).
 */
function statedOrder(records: readonly Published[]): Published[] {
  return [...records].sort(
    (a, b) => a.priority - b.priority || b.weight - a.weight || a.service.order - b.service.order,
  );
}

/**
 * Asks the SRV services of the roles and turns them into candidates: the advertised ones first, in the
 * domain's stated order (`stated`, `priority`), then, on each host that advertised only the STARTTLS
 * service, the RFC 8314 implicit-TLS companion (465 beside 587, 993 beside 143, 995 beside 110) with the
 * source `beside srv <label>`: found, not advertised, always probed.
 * @param tier - Base priority of the advertised candidates; companions follow at `companionTier`.
 */
export async function srvCandidates(
  domain: string,
  roles: readonly Role[],
  lookup: Lookup,
  tiers: { advertised: number; companion: number },
): Promise<SrvFindings> {
  const notOffered: string[] = [];
  const ignored: string[] = [];
  const published: Published[] = [];
  await Promise.all(
    SRV_SERVICES.filter((service) => roles.includes(service.role)).map(async (service) => {
      const name = `${service.label}.${domain}`;
      const records = await lookup.query(
        `SRV ${name}`,
        async () => (await lookup.resolver.resolveSrv(name)) ?? [],
        (found) =>
          found
            .map((record) => `${record.priority} ${record.weight} ${record.port} ${record.name || '.'}`)
            .join(', '),
      );
      // RFC 6186 §3: a single record with target "." means the service is not offered at all.
      if (records.length === 1 && (records[0]?.name === '' || records[0]?.name === '.')) {
        notOffered.push(service.label);
        return;
      }
      for (const record of records) {
        if (record.name === '' || record.name === '.') {
          ignored.push(`SRV ${name}: target "." beside other records is meaningless (RFC 2782)`);
          continue;
        }
        const host = record.name.replace(/\.$/, '').toLowerCase();
        if (record.port < 1 || record.port > 65535) {
          // Port 0 is no TCP destination: a probe would "answer" for a port that does not exist.
          ignored.push(`SRV ${name}: ${host} port ${record.port} is not a usable port`);
          continue;
        }
        published.push({
          service,
          host,
          port: record.port,
          priority: record.priority,
          weight: record.weight,
        });
      }
    }),
  );
  const candidates: Candidate[] = [];
  for (const role of roles) {
    const ordered = statedOrder(published.filter((item) => item.service.role === role));
    for (const [stated, item] of ordered.entries()) {
      candidates.push({
        host: item.host,
        port: item.port,
        protocol: item.service.protocol,
        mode: item.service.mode,
        role,
        source: `srv ${item.service.label}`,
        priority: tiers.advertised + stated,
        stated,
        ...(await addressesOf(lookup, item.host)),
      });
    }
    let index = 0;
    for (const item of ordered) {
      const port = item.service.companionPort;
      if (port === null) continue;
      const advertised = ordered.some(
        (other) =>
          other.host === item.host && other.port === port && other.service.protocol === item.service.protocol,
      );
      if (
        advertised ||
        candidates.some((other) => other.host === item.host && other.port === port && other.role === role)
      )
        continue;
      candidates.push({
        host: item.host,
        port,
        protocol: item.service.protocol,
        mode: 'implicit',
        role,
        source: `beside srv ${item.service.label}`,
        priority: tiers.companion + index++,
        ...(await addressesOf(lookup, item.host)),
      });
    }
  }
  return { candidates, notOffered, ignored };
}

async function addressesOf(lookup: Lookup, host: string): Promise<{ addresses?: string[] }> {
  const addresses = await lookup.addresses(host);
  return addresses.length > 0 ? { addresses } : {};
}

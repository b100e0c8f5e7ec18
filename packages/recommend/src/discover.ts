import { relayPort, unofficialSubmissionPorts } from '@mailports/ports';
import type { MailProtocol, ProbeMode } from '@mailports/wire';
import { defaultPorts, IMPLICIT_TLS_PORTS } from './_classify';
import { Lookup, systemLookup } from './_lookup';
import { srvCandidates } from './_srv';
import { type ParsedTarget, parseDnsServer, parseTarget } from './_target';
import type {
  Candidate,
  DiscoverOptions,
  Discovery,
  PublishedOptions,
  PublishedReport,
  PublishedServer,
  Role,
} from './types';

// Thunderbird's GuessConfig host prefixes per protocol ('' is the domain itself).
const GUESS_PREFIXES: Record<MailProtocol, readonly string[]> = {
  smtp: ['smtp.', 'mail.', ''],
  imap: ['imap.', 'mail.', ''],
  pop3: ['pop3.', 'pop.', 'mail.', ''],
};

// Priority tiers, so that candidates sort SRV (the domain's stated order), the RFC 8314 companions SRV
// did not advertise, fallbacks, input, MX (by preference), guesses.
const TIER = {
  srv: 0,
  published: 20_000,
  companion: 40_000,
  fallback: 50_000,
  input: 100_000,
  mx: 200_000,
  guess: 300_000,
} as const;

/** The unregistered submission port providers offer for networks that block the registered ones. */
const FALLBACK_SUBMISSION_PORTS = unofficialSubmissionPorts();
/** The port an MX record implies. */
const RELAY_PORT = relayPort();

/**
 * MX hosts probed at most, in preference order: a sender tries them in that order, and a domain listing
 * hundreds must not turn one question into hundreds of connections (internet.nl tests 10 as well).
 */
export const MAX_MX_HOSTS = 10;

/** Port and mode a probe uses for a well-known port: explicit implicit TLS survives port remapping. */
function modeFor(port: number): ProbeMode {
  return IMPLICIT_TLS_PORTS.has(port) ? 'implicit' : 'auto';
}

function candidate(
  host: string,
  port: number,
  protocol: MailProtocol,
  role: Role,
  source: string,
  priority: number,
  addresses: string[],
  mode: ProbeMode = modeFor(port),
): Candidate {
  return {
    host,
    port,
    protocol,
    mode,
    role,
    source,
    priority,
    ...(addresses.length > 0 ? { addresses } : {}),
  };
}

/**
 * 2525 on each resolved host the SRV records name for submission: SRV publishes only the registered
 * ports, so without this a network that blocks 465 and 587 would leave no option to try.
 */
function fallbackCandidates(srv: readonly Candidate[]): Candidate[] {
  const hosts = new Map<string, string[]>();
  for (const item of srv) {
    if (item.role === 'send' && item.addresses && !hosts.has(item.host)) hosts.set(item.host, item.addresses);
  }
  return [...hosts].flatMap(([host, addresses], index) =>
    FALLBACK_SUBMISSION_PORTS.map((port) =>
      candidate(host, port, 'smtp', 'send', 'fallback (srv host)', TIER.fallback + index, addresses),
    ),
  );
}

async function mxCandidates(
  domain: string,
  lookup: Lookup,
  notOffered: string[],
  ignored: string[],
): Promise<Candidate[]> {
  const records = await lookup.query(
    `MX ${domain}`,
    () => lookup.resolver.resolveMx(domain),
    (found) =>
      `${found.length} host(s): ${found
        .slice(0, 3)
        .map((record) => `${record.priority} ${record.exchange || '.'}`)
        .join(', ')}${found.length > 3 ? ', …' : ''}`,
  );
  // RFC 7505: a single MX with the root as exchange says the domain accepts no mail.
  if (records.length === 1 && (records[0]?.exchange === '' || records[0]?.exchange === '.')) {
    notOffered.push('MX');
    return [];
  }
  const sorted = [...records]
    .filter((record) => record.exchange !== '' && record.exchange !== '.')
    .sort((a, b) => a.priority - b.priority);
  if (sorted.length > MAX_MX_HOSTS) {
    ignored.push(
      `MX ${domain}: ${sorted.length} hosts listed; only the ${MAX_MX_HOSTS} most preferred are probed`,
    );
  }
  return Promise.all(
    sorted.slice(0, MAX_MX_HOSTS).map(async (record) => {
      const host = record.exchange.replace(/\.$/, '').toLowerCase();
      return candidate(
        host,
        RELAY_PORT,
        'smtp',
        'relay',
        'mx',
        TIER.mx + record.priority,
        await lookup.addresses(host),
      );
    }),
  );
}

async function guessCandidates(domain: string, roles: readonly Role[], lookup: Lookup): Promise<Candidate[]> {
  const found: Candidate[] = [];
  let order = 0;
  const names = new Set(
    roles.flatMap((role) => defaultPorts(role).flatMap(({ protocol }) => GUESS_PREFIXES[protocol])),
  );
  // Resolve every guessed name at once; the loop below then reads the cache.
  await Promise.all([...names].map((prefix) => lookup.addresses(`${prefix}${domain}`)));
  for (const role of roles.filter((item) => item !== 'relay')) {
    for (const { port, protocol } of defaultPorts(role)) {
      for (const prefix of GUESS_PREFIXES[protocol]) {
        const host = `${prefix}${domain}`;
        const addresses = await lookup.addresses(host);
        order += 1;
        if (addresses.length === 0) continue;
        found.push(
          candidate(
            host,
            port,
            protocol,
            role,
            `guess ${prefix || '(domain)'}`,
            TIER.guess + order,
            addresses,
          ),
        );
      }
    }
  }
  return found;
}

function hostCandidates(host: string, roles: readonly Role[], addresses: string[]): Candidate[] {
  return roles.flatMap((role) =>
    defaultPorts(role).map(({ port, protocol }, index) =>
      candidate(host, port, protocol, role, 'input', TIER.input + index, addresses),
    ),
  );
}

/** Port and mode for a published server: the port's own convention when it has one, else as published. */
function publishedMode(port: number, socketType: PublishedServer['socketType']): ProbeMode {
  if (defaultPortSet.has(port)) return modeFor(port);
  return socketType === 'SSL' ? 'implicit' : 'auto';
}

const defaultPortSet: ReadonlySet<number> = new Set(
  (['send', 'read', 'relay'] as const).flatMap((role) => defaultPorts(role).map((item) => item.port)),
);

/**
 * Fetches what the domain publishes (module loaded on call: Node only) and makes each server of a
 * role asked a candidate with its source (`autoconfig`, `ispdb`, `autodiscover`).
 */
async function publishedCandidates(input: {
  domain: string;
  email: string | null;
  mxHosts: string[];
  roles: readonly Role[];
  lookup: Lookup;
  options: PublishedOptions;
  signal: AbortSignal | undefined;
}): Promise<{ candidates: Candidate[]; report: PublishedReport }> {
  const { fetchPublished } = await import('./published/fetch-published');
  const { lookup } = input;
  const { fetches, servers } = await fetchPublished({
    domain: input.domain,
    email: input.email,
    mxHosts: input.mxHosts,
    addresses: (host) => lookup.addresses(host),
    srv: (name) => lookup.query(`SRV ${name}`, async () => (await lookup.resolver.resolveSrv(name)) ?? []),
    options: input.options,
    signal: input.signal,
  });
  const candidates: Candidate[] = [];
  for (const [index, server] of servers.entries()) {
    if (!input.roles.includes(server.role)) continue;
    candidates.push(
      candidate(
        server.host,
        server.port,
        server.protocol,
        server.role,
        server.source,
        TIER.published + index,
        await lookup.addresses(server.host),
        publishedMode(server.port, server.socketType),
      ),
    );
  }
  return { candidates, report: { fetches, servers, audit: [] } };
}

/** Keeps the first candidate per role, host and port; sorts each role's candidates by priority. */
function tidy(candidates: readonly Candidate[], roles: readonly Role[]): Candidate[] {
  const seen = new Set<string>();
  const unique = candidates.filter((item) => {
    const key = `${item.role} ${item.host}:${item.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return roles.flatMap((role) =>
    unique.filter((item) => item.role === role).sort((a, b) => a.priority - b.priority),
  );
}

async function discoverName(
  parsed: Extract<ParsedTarget, { kind: 'email' | 'name' }>,
  roles: readonly Role[],
  guess: boolean,
  lookup: Lookup,
  notOffered: string[],
  ignored: string[],
): Promise<{ domain: string | null; candidates: Candidate[] }> {
  const domain = parsed.kind === 'email' ? parsed.domain : parsed.name;
  // MX is asked even when relay is not: an MX record is what tells a mail domain from a bare host.
  const [found, allMx] = await Promise.all([
    srvCandidates(domain, roles, lookup, { advertised: TIER.srv, companion: TIER.companion }),
    mxCandidates(domain, lookup, notOffered, ignored),
  ]);
  notOffered.push(...found.notOffered);
  ignored.push(...found.ignored);
  const srv = found.candidates;
  const mx = roles.includes('relay') ? allMx : [];
  // Guess only for roles the domain did not describe with SRV records, as a client falls back.
  const unserved = roles.filter((role) => role !== 'relay' && !srv.some((item) => item.role === role));
  const guesses = guess ? await guessCandidates(domain, unserved, lookup) : [];
  const listed = [
    ...srv,
    ...fallbackCandidates(srv),
    ...mx,
    ...guesses.filter((item) => parsed.kind === 'email' || item.host !== domain),
  ];
  const isDomain = parsed.kind === 'email' || listed.length > 0 || allMx.length > 0 || notOffered.length > 0;
  const candidates = [...listed];
  if (parsed.kind === 'name') {
    // The name itself: every role it was not otherwise described for (a bare host: all of them).
    const rolesForInput = roles.filter(
      (role) =>
        !listed.some((item) => item.role === role) && !(role === 'relay' && notOffered.includes('MX')),
    );
    candidates.push(...hostCandidates(domain, rolesForInput, await lookup.addresses(domain)));
  } else if (roles.includes('relay') && !mx.length && !notOffered.includes('MX')) {
    // RFC 5321 §5.1: without MX records the domain itself is the implicit mail exchanger.
    const addresses = await lookup.addresses(domain);
    if (addresses.length > 0)
      candidates.push(candidate(domain, RELAY_PORT, 'smtp', 'relay', 'implicit mx', TIER.mx, addresses));
  }
  return { domain: isDomain ? domain : null, candidates };
}

/**
 * Finds the hosts and ports worth probing for a target, the way a mail client would:
 * - an email address or a domain: RFC 6186 / RFC 8314 §5.1 SRV records (`_submissions._tcp`,
 *   `_submission._tcp`, `_imaps._tcp`, `_imap._tcp`, `_pop3s._tcp`, `_pop3._tcp`; a lone target
 *   `.` lands in `notOffered`), in the domain's stated order (`stated`: SRV priority, then weight,
 *   across the services of a role, RFC 6186 §3.4); beside each host that advertised only STARTTLS,
 *   the RFC 8314 implicit-TLS port of the same protocol (465 beside 587, 993 beside 143, 995 beside
 *   110; source `beside srv <label>`: found, not advertised); 2525 on each resolved submission host
 *   as the fallback (source `fallback (srv host)`); MX records for `relay` (the ten most preferred;
 *   the domain itself without MX, RFC 5321 §5.1); and, for roles without SRV records, Thunderbird's
 *   conventional names (smtp., imap., pop3., pop., mail., the domain itself) that resolve;
 * - a bare host (a name without SRV, MX or guessable names) or an IP address: that host on the
 *   default ports of each role (send 465, 587, 2525, 25; relay 25; read 993, 143, 995, 110).
 *
 * SRV and MX records come from the system's DNS servers (or `dnsServer`); addresses come from the
 * system resolver, as every mail client gets them (hosts file, VPN and split-DNS resolvers), unless
 * `dnsServer` is given: then that server answers everything. Every question and its answer is in
 * `queries`, so that an empty discovery can say what it asked. Uses node:dns (loaded on call, so
 * importing this package stays browser-safe).
 * @param options.roles - Default `['send', 'read']`.
 * @param options.dnsServer - `'host'` or `'host:port'` (an IP address); default: the system's.
 * @param options.timeout - Per-query timeout in milliseconds, default 5000.
 * @param options.guess - Try conventional names; default true.
 * @returns Never rejects for DNS outcomes: failures other than "no such record" are listed in `errors`,
 * unusable records (port 0, MX hosts beyond ten) in `ignored`.
 * @throws RecommendError `E_INVALID_TARGET` or `E_INVALID_DNS_SERVER` for malformed input.
 */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const roles = options.roles ?? ['send', 'read'];
  const { domainToASCII } = await import('node:url');
  const parsed = parseTarget(options.target, domainToASCII);
  const server = options.dnsServer === undefined ? undefined : parseDnsServer(options.dnsServer);
  const dns = await import('node:dns/promises');
  const timeout = options.timeout ?? 5000;
  const resolver = new dns.Resolver({ timeout, tries: 1 });
  if (server !== undefined) resolver.setServers([server]);
  const cancel = () => resolver.cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const system = (options.addresses ?? (server === undefined ? 'system' : 'dns')) === 'system';
  const lookup = new Lookup(resolver, {
    signal: options.signal,
    timeout,
    system: system ? systemLookup(dns.lookup) : null,
    via: server ?? 'system DNS servers',
  });
  const notOffered: string[] = [];
  const ignored: string[] = [];
  const base = { input: options.target, notOffered, ignored, queries: lookup.queries };
  try {
    if (options.signal?.aborted) return { ...base, domain: null, candidates: [], errors: ['aborted'] };
    if (parsed.kind === 'ip') {
      const candidates = hostCandidates(parsed.address, roles, [parsed.address]);
      return { ...base, domain: null, candidates: tidy(candidates, roles), errors: [] };
    }
    const found = await discoverName(parsed, roles, options.guess ?? true, lookup, notOffered, ignored);
    const published =
      // Published configuration describes client settings (send, read): relay alone needs none of it.
      found.domain === null || options.fetch === false || !roles.some((role) => role !== 'relay')
        ? null
        : await publishedCandidates({
            domain: found.domain,
            email: parsed.kind === 'email' ? options.target.trim() : null,
            mxHosts: found.candidates.filter((item) => item.source === 'mx').map((item) => item.host),
            roles,
            lookup,
            options: options.fetch ?? {},
            signal: options.signal,
          });
    return {
      ...base,
      domain: found.domain,
      candidates: tidy([...found.candidates, ...(published?.candidates ?? [])], roles),
      notOffered: [...new Set(notOffered)].sort(),
      errors: lookup.errors,
      ...(published ? { published: published.report } : {}),
    };
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
}

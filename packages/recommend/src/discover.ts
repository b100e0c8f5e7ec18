import type { Resolver } from 'node:dns/promises';
import { srvLabels } from '@mailports/ports';
import type { MailProtocol, ProbeMode } from '@mailports/wire';
import { defaultPorts, IMPLICIT_TLS_PORTS } from './_classify';
import { type ParsedTarget, parseDnsServer, parseTarget } from './_target';
import type { Candidate, DiscoverOptions, Discovery, Role } from './types';

/** An SRV service label (RFC 6186 §3, RFC 8314 §5.1) and what it stands for. */
interface SrvService {
  label: string;
  role: Role;
  protocol: MailProtocol;
  mode: ProbeMode;
}

// Client preference order, as @mailports/ports lists the labels: implicit TLS before STARTTLS, IMAP
// before POP3. A STARTTLS label is probed in `auto` mode, so a server without STARTTLS is still seen.
const SRV_SERVICES: readonly SrvService[] = srvLabels().map((label) => ({
  label: label.label,
  role: label.role === 'submission' ? 'send' : 'read',
  protocol: label.protocol,
  mode: label.tls === 'implicit' ? 'implicit' : 'auto',
}));

// Thunderbird's GuessConfig host prefixes per protocol ('' is the domain itself).
const GUESS_PREFIXES: Record<MailProtocol, readonly string[]> = {
  smtp: ['smtp.', 'mail.', ''],
  imap: ['imap.', 'mail.', ''],
  pop3: ['pop3.', 'pop.', 'mail.', ''],
};

// Priority tiers, so that candidates sort SRV (by record priority), fallbacks, input, MX (by preference),
// guesses.
const TIER = { srv: 0, fallback: 50_000, input: 100_000, mx: 200_000, guess: 300_000 } as const;

/** The unregistered submission port providers offer for networks that block 465 and 587. */
const FALLBACK_SUBMISSION_PORT = 2525;

/** DNS answers that mean "no such record", not a failure worth reporting. */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME']);

/** Port and mode a probe uses for a well-known port: explicit implicit TLS survives port remapping. */
function modeFor(port: number): ProbeMode {
  return IMPLICIT_TLS_PORTS.has(port) ? 'implicit' : 'auto';
}

class Lookup {
  readonly errors: string[] = [];
  private readonly addressCache = new Map<string, Promise<string[]>>();

  constructor(
    readonly resolver: Resolver,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Runs a query; a missing record is `[]`, a failure is recorded and also `[]`. After an abort, asks nothing. */
  async query<T>(what: string, run: () => Promise<T[]>): Promise<T[]> {
    if (this.signal?.aborted) {
      if (!this.errors.includes('aborted')) this.errors.push('aborted');
      return [];
    }
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ERROR';
      if (!ABSENT.has(code)) this.errors.push(`${what}: ${code}`);
      return [];
    }
  }

  /** A and AAAA addresses of a name (IPv4 first), cached. */
  addresses(name: string): Promise<string[]> {
    // RFC 6761 §6.3: localhost names are loopback, whatever a (test) DNS server says.
    if (name === 'localhost' || name.endsWith('.localhost')) return Promise.resolve(['127.0.0.1']);
    let pending = this.addressCache.get(name);
    if (!pending) {
      pending = Promise.all([
        this.query(`A ${name}`, () => this.resolver.resolve4(name)),
        this.query(`AAAA ${name}`, () => this.resolver.resolve6(name)),
      ]).then(([v4, v6]) => [...v4, ...v6]);
      this.addressCache.set(name, pending);
    }
    return pending;
  }
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

async function srvCandidates(domain: string, roles: readonly Role[], lookup: Lookup, notOffered: string[]) {
  const found: Candidate[] = [];
  await Promise.all(
    SRV_SERVICES.filter((service) => roles.includes(service.role)).map(async (service) => {
      const name = `${service.label}.${domain}`;
      const records = await lookup.query(
        `SRV ${name}`,
        async () => (await lookup.resolver.resolveSrv(name)) ?? [],
      );
      // RFC 6186 §3: a single record with target "." means the service is not offered at all.
      if (records.length === 1 && (records[0]?.name === '' || records[0]?.name === '.')) {
        notOffered.push(service.label);
        return;
      }
      const sorted = [...records].sort((a, b) => a.priority - b.priority || b.weight - a.weight);
      for (const record of sorted) {
        if (record.name === '' || record.name === '.') continue;
        const host = record.name.replace(/\.$/, '').toLowerCase();
        found.push(
          candidate(
            host,
            record.port,
            service.protocol,
            service.role,
            `srv ${service.label}`,
            TIER.srv + record.priority,
            await lookup.addresses(host),
            service.mode,
          ),
        );
      }
    }),
  );
  return found;
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
  return [...hosts].map(([host, addresses], index) =>
    candidate(
      host,
      FALLBACK_SUBMISSION_PORT,
      'smtp',
      'send',
      'fallback (srv host)',
      TIER.fallback + index,
      addresses,
    ),
  );
}

async function mxCandidates(domain: string, lookup: Lookup, notOffered: string[]): Promise<Candidate[]> {
  const records = await lookup.query(`MX ${domain}`, () => lookup.resolver.resolveMx(domain));
  // RFC 7505: a single MX with the root as exchange says the domain accepts no mail.
  if (records.length === 1 && (records[0]?.exchange === '' || records[0]?.exchange === '.')) {
    notOffered.push('MX');
    return [];
  }
  const sorted = [...records].sort((a, b) => a.priority - b.priority);
  return Promise.all(
    sorted.map(async (record) => {
      const host = record.exchange.replace(/\.$/, '').toLowerCase();
      return candidate(
        host,
        25,
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
): Promise<{ domain: string | null; candidates: Candidate[] }> {
  const domain = parsed.kind === 'email' ? parsed.domain : parsed.name;
  // MX is asked even when relay is not: an MX record is what tells a mail domain from a bare host.
  const [srv, allMx] = await Promise.all([
    srvCandidates(domain, roles, lookup, notOffered),
    mxCandidates(domain, lookup, notOffered),
  ]);
  const mx = roles.includes('relay') ? allMx : [];
  // Guess only for roles the domain did not describe with SRV records, as a client falls back.
  const unserved = roles.filter((role) => role !== 'relay' && !srv.some((item) => item.role === role));
  const guesses = guess ? await guessCandidates(domain, unserved, lookup) : [];
  const found = [
    ...srv,
    ...fallbackCandidates(srv),
    ...mx,
    ...guesses.filter((item) => parsed.kind === 'email' || item.host !== domain),
  ];
  const isDomain = parsed.kind === 'email' || found.length > 0 || allMx.length > 0 || notOffered.length > 0;
  const candidates = [...found];
  if (parsed.kind === 'name') {
    // The name itself: every role it was not otherwise described for (a bare host: all of them).
    const rolesForInput = roles.filter(
      (role) => !found.some((item) => item.role === role) && !(role === 'relay' && notOffered.includes('MX')),
    );
    candidates.push(...hostCandidates(domain, rolesForInput, await lookup.addresses(domain)));
  } else if (roles.includes('relay') && !mx.length && !notOffered.includes('MX')) {
    // RFC 5321 §5.1: without MX records the domain itself is the implicit mail exchanger.
    const addresses = await lookup.addresses(domain);
    if (addresses.length > 0)
      candidates.push(candidate(domain, 25, 'smtp', 'relay', 'implicit mx', TIER.mx, addresses));
  }
  return { domain: isDomain ? domain : null, candidates };
}

/**
 * Finds the hosts and ports worth probing for a target, the way a mail client would:
 * - an email address or a domain: RFC 6186 / RFC 8314 §5.1 SRV records (`_submissions._tcp`,
 *   `_submission._tcp`, `_imaps._tcp`, `_imap._tcp`, `_pop3s._tcp`, `_pop3._tcp`; a lone target
 *   `.` lands in `notOffered`) with 2525 on each resolved submission host as the fallback (source
 *   `fallback (srv host)`), MX records for `relay` (the domain itself without MX, RFC 5321 §5.1),
 *   and, for roles without SRV records, Thunderbird's conventional names (smtp., imap., pop3., pop.,
 *   mail., the domain itself) — only names that resolve become candidates;
 * - a bare host (a name without SRV, MX or guessable names) or an IP address: that host on the
 *   default ports of each role (send 465, 587, 2525, 25; relay 25; read 993, 143, 995, 110).
 *
 * Every candidate records its `source` and, when resolved, `addresses`. Uses node:dns (loaded on
 * call, so importing this package stays browser-safe).
 * @param options.roles - Default `['send', 'read']`.
 * @param options.dnsServer - `'host'` or `'host:port'` (an IP address); default: the system's servers.
 * @param options.timeout - Per-query timeout in milliseconds, default 5000.
 * @param options.guess - Try conventional names; default true.
 * @returns Never rejects for DNS outcomes: failures other than "no such record" are listed in `errors`.
 * @throws RecommendError `E_INVALID_TARGET` or `E_INVALID_DNS_SERVER` for malformed input.
 */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const roles = options.roles ?? ['send', 'read'];
  const { domainToASCII } = await import('node:url');
  const parsed = parseTarget(options.target, domainToASCII);
  const server = options.dnsServer === undefined ? undefined : parseDnsServer(options.dnsServer);
  const { Resolver } = await import('node:dns/promises');
  const resolver = new Resolver({ timeout: options.timeout ?? 5000, tries: 1 });
  if (server !== undefined) resolver.setServers([server]);
  const cancel = () => resolver.cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const lookup = new Lookup(resolver, options.signal);
  const notOffered: string[] = [];
  try {
    if (options.signal?.aborted) {
      return { input: options.target, domain: null, candidates: [], notOffered, errors: ['aborted'] };
    }
    if (parsed.kind === 'ip') {
      const candidates = hostCandidates(parsed.address, roles, [parsed.address]);
      return {
        input: options.target,
        domain: null,
        candidates: tidy(candidates, roles),
        notOffered,
        errors: [],
      };
    }
    const found = await discoverName(parsed, roles, options.guess ?? true, lookup, notOffered);
    return {
      input: options.target,
      domain: found.domain,
      candidates: tidy(found.candidates, roles),
      notOffered: [...new Set(notOffered)].sort(),
      errors: lookup.errors,
    };
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
}

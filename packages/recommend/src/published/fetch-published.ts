import type { PublishedFetch, PublishedOptions, PublishedServer, PublishedSource } from '../types';
import { type FetchLimits, fetchBounded } from './_fetch';
import { type Placeholders, PublishedConfigError, parseAutoconfig, parseAutodiscover } from './_parse';

/** The public Thunderbird ISPDB. */
export const DEFAULT_ISPDB = 'https://autoconfig.thunderbird.net/v1.1/';

/** What {@link fetchPublished} needs from discovery. */
export interface PublishedInput {
  domain: string;
  email: string | null;
  /** MX host names: the ISPDB is also asked for their domain, as Thunderbird does. */
  mxHosts: readonly string[];
  /** Discovery's resolver: addresses, and SRV targets for `_autodiscover._tcp`. */
  addresses: (host: string) => Promise<string[]>;
  srv: (name: string) => Promise<Array<{ name: string; port: number }>>;
  options: PublishedOptions;
  signal?: AbortSignal | undefined;
}

interface Attempt {
  source: PublishedSource;
  url: string;
  method: 'GET' | 'POST';
  body?: string;
}

/** The last two labels of a host: the domain the ISPDB may know an MX provider by. */
function baseDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}

function autodiscoverRequest(email: string): string {
  const escaped = email.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">',
    `<Request><EMailAddress>${escaped}</EMailAddress>`,
    '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>',
    '</Request></Autodiscover>',
  ].join('');
}

async function attempts(input: PublishedInput): Promise<Attempt[]> {
  const { domain, email } = input;
  const query = email ? `?emailaddress=${encodeURIComponent(email)}` : '';
  const ispdb = input.options.ispdb ?? DEFAULT_ISPDB;
  const list: Attempt[] = [
    { source: 'autoconfig', url: `https://autoconfig.${domain}/mail/config-v1.1.xml${query}`, method: 'GET' },
    {
      source: 'autoconfig',
      url: `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${query}`,
      method: 'GET',
    },
    { source: 'ispdb', url: `${ispdb}${domain}`, method: 'GET' },
  ];
  if (input.options.allowHttp) {
    // Thunderbird's third and fourth tries, only when asked: a plain-HTTP answer can be forged on the way.
    list.push(
      {
        source: 'autoconfig',
        url: `http://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
        method: 'GET',
      },
      {
        source: 'autoconfig',
        url: `http://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${query}`,
        method: 'GET',
      },
    );
  }
  for (const mxDomain of new Set(input.mxHosts.map(baseDomain))) {
    if (mxDomain !== domain && mxDomain.includes('.'))
      list.push({ source: 'ispdb', url: `${ispdb}${mxDomain}`, method: 'GET' });
  }
  // Autodiscover answers for an address; without one there is nothing to ask it.
  if (email) {
    const body = autodiscoverRequest(email);
    const hosts = [`autodiscover.${domain}`];
    for (const record of await input.srv(`_autodiscover._tcp.${domain}`)) {
      const target = record.name.replace(/\.$/, '').toLowerCase();
      if (target && target !== '.') hosts.push(record.port === 443 ? target : `${target}:${record.port}`);
    }
    for (const host of new Set(hosts)) {
      list.push({
        source: 'autodiscover',
        url: `https://${host}/autodiscover/autodiscover.xml`,
        method: 'POST',
        body,
      });
    }
  }
  return list;
}

/** Fetch outcomes that only mean "nothing is published there". */
function absent(code: string, message: string): boolean {
  return code === 'E_FETCH_ADDRESS' || (code === 'E_FETCH_STATUS' && /HTTP 40[34]|HTTP 410/.test(message));
}

/**
 * Reads what a domain publishes for mail clients, in Thunderbird's order and beyond it: autoconfig
 * (`autoconfig.<domain>`, then `<domain>/.well-known/autoconfig`), the ISPDB (for the domain and the
 * domains of its MX hosts) and Microsoft Autodiscover (POX at `autodiscover.<domain>` and at the
 * targets of `_autodiscover._tcp`). All at once, each bounded (see `fetchBounded`); a hostile or broken
 * document is a `failed` fetch with its code, never an exception.
 */
export async function fetchPublished(
  input: PublishedInput,
): Promise<{ fetches: PublishedFetch[]; servers: PublishedServer[] }> {
  const limits: FetchLimits = {
    maxBytes: input.options.maxBytes ?? 131_072,
    timeout: input.options.timeout ?? 5000,
    maxRedirects: input.options.maxRedirects ?? 3,
    allowHttp: input.options.allowHttp === true,
    ca: input.options.ca,
    port: input.options.port,
    addresses: input.addresses,
    signal: input.signal,
  };
  const values: Placeholders = { email: input.email, domain: input.domain };
  const results = await Promise.all(
    (await attempts(input)).map(async (attempt) => {
      const outcome = await fetchBounded(attempt.url, limits, {
        method: attempt.method,
        ...(attempt.body !== undefined ? { body: attempt.body } : {}),
      });
      const base = { source: attempt.source, url: attempt.url };
      if (!outcome.ok) {
        const fetch: PublishedFetch = absent(outcome.code, outcome.message)
          ? { ...base, outcome: 'absent', message: outcome.message }
          : { ...base, outcome: 'failed', code: outcome.code, message: outcome.message };
        return { fetch, servers: [] as PublishedServer[] };
      }
      try {
        const meta = { source: attempt.source, url: outcome.url };
        const parsed =
          attempt.source === 'autodiscover'
            ? parseAutodiscover(outcome.body, meta)
            : parseAutoconfig(outcome.body, meta, values);
        const skipped = parsed.skipped.length > 0 ? ` (skipped: ${parsed.skipped.join('; ')})` : '';
        const fetch: PublishedFetch = {
          ...base,
          outcome: 'found',
          message: `${parsed.servers.length} server(s)${skipped}`,
        };
        return { fetch, servers: parsed.servers };
      } catch (error) {
        const code = error instanceof PublishedConfigError ? error.code : 'E_CONFIG_MALFORMED';
        const message = error instanceof Error ? error.message : String(error);
        return { fetch: { ...base, outcome: 'failed', code, message } as PublishedFetch, servers: [] };
      }
    }),
  );
  return { fetches: results.map((item) => item.fetch), servers: results.flatMap((item) => item.servers) };
}

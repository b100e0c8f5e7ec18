import type { SmtpProbeResult } from '@mailports/smtp-probe';
import type { ProbeResultBase } from '@mailports/wire';
import { matchTlsa } from './_dane-match';
import { mtaSts, observe, resolverFor } from './_inspection';
import { weakest } from './_lookups';
import { policyCoversHost } from './mta-sts-policy';
import { judgeTlsa, rolloverHints } from './records';
import type { SenderVerdict, TlsaLookup } from './types';
import { daneVerdict, mtaStsVerdict } from './verdicts';

/** Options of {@link relayPolicyVerdicts}. */
export interface RelayCheckOptions {
  domain: string;
  /** The port-25 results of the domain's MX hosts (any others are ignored). */
  results: readonly ProbeResultBase[];
  /** `host[:port]` of the resolver; default the system's. */
  resolver?: string | undefined;
  ca?: string | string[] | undefined;
  dnsTimeout?: number | undefined;
  /** Port of the MTA-STS policy host instead of 443 (tests). */
  policyPort?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * The MTA-STS and DANE senders' verdicts on MX probe results already made (no second connection):
 * the `_mta-sts` policy, and per host the TLSA RRset and the DNSSEC status of its MX and address
 * answers. Keyed `host:port` as probed. Never rejects: a resolver that cannot be used gives `{}`.
 */
export async function relayPolicyVerdicts(
  options: RelayCheckOptions,
): Promise<Record<string, SenderVerdict[]>> {
  let resolver: Awaited<ReturnType<typeof resolverFor>>;
  try {
    resolver = await resolverFor(options.resolver, options.dnsTimeout ?? 3000, options.signal);
  } catch {
    return {};
  }
  const smtp = options.results.filter((result): result is SmtpProbeResult => result.protocol === 'smtp');
  const [sts, mx] = await Promise.all([
    mtaSts(options.domain, resolver, {
      domain: options.domain,
      ...(options.ca ? { ca: options.ca } : {}),
      ...(options.policyPort ? { policyPort: options.policyPort } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    }),
    resolver.lookup(options.domain, 'MX'),
  ]);
  const hosts = new Map<string, Promise<{ tlsa: TlsaLookup; addressDnssec: ReturnType<typeof weakest> }>>();
  const hostFacts = (host: string) => {
    let pending = hosts.get(host);
    if (!pending) {
      const name = `_25._tcp.${host}`;
      pending = Promise.all([
        resolver.lookup(host, 'A'),
        resolver.lookup(host, 'AAAA'),
        resolver.lookup(name, 'TLSA'),
      ]).then(([a, aaaa, tlsa]) => {
        const records = tlsa.records.map((record) => judgeTlsa(record));
        return {
          tlsa: {
            name,
            dnssec: tlsa.dnssec,
            records,
            evidence: tlsa.evidence,
            rolloverHints: rolloverHints(records),
          },
          addressDnssec: weakest([a.dnssec, aaaa.dnssec]),
        };
      });
      hosts.set(host, pending);
    }
    return pending;
  };
  const verdicts: Record<string, SenderVerdict[]> = {};
  await Promise.all(
    smtp.map(async (result) => {
      const { tlsa, addressDnssec } = await hostFacts(result.host);
      const observation = observe(result, { names: [], confirmed: null });
      const covered = sts.policy ? policyCoversHost(sts.policy, result.host) : null;
      const match = matchTlsa(
        tlsa.records,
        result.tls?.chain.map((certificate) => certificate.der) ?? [],
        observation.certificateMatchesHost,
      );
      verdicts[`${result.host}:${result.port}`] = [
        mtaStsVerdict(sts, covered, observation),
        daneVerdict({
          resolver: resolver.label,
          mxDnssec: mx.dnssec,
          addressDnssec,
          tlsa,
          observation,
          match,
        }),
      ];
    }),
  );
  return verdicts;
}

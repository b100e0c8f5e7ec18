import { isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';
import { MX_SECURITY_RULES, relayPort } from '@mailports/ports';
import { probeSmtp, type SmtpProbeResult } from '@mailports/smtp-probe';
import { matchTlsa } from './_dane-match';
import { parseResolver } from './_dns-client';
import { type Resolver as ResolverType, Resolver, weakest } from './_lookups';
import { fetchPolicy } from './_mta-sts-fetch';
import { MxError } from './errors';
import { judgeStsRecords, parseStsPolicy, policyCoversHost } from './mta-sts-policy';
import { judgeTlsa, judgeTlsRptRecords, rolloverHints } from './records';
import { summarize } from './summary';
import type {
  AddressObservation,
  DnsEvidence,
  DnssecStatus,
  InspectMxOptions,
  MtaStsReport,
  MxAddressReport,
  MxHostReport,
  MxKind,
  MxReport,
  TlsaLookup,
  TlsRptReport,
} from './types';
import { daneVerdict, mtaStsVerdict, opportunisticVerdict } from './verdicts';

/** A resolver given as `host[:port]`, or the system's first nameserver; throws `E_INVALID_RESOLVER`. */
export async function resolverFor(
  text: string | undefined,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Resolver> {
  const resolverText = text ?? (await defaultResolver());
  const server = parseResolver(resolverText);
  if (!server)
    throw new MxError(
      'E_INVALID_RESOLVER',
      `not an IP address with an optional port: ${JSON.stringify(resolverText.slice(0, 80))}`,
    );
  return new Resolver(server, timeoutMs, signal);
}

const DNS_NAME =
  /^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

async function defaultResolver(): Promise<string> {
  const { getServers } = await import('node:dns');
  return getServers()[0] ?? '127.0.0.1';
}

function validDomain(domain: string): string {
  const ascii = domainToASCII(domain.trim().replace(/\.$/, '')).toLowerCase();
  if (!ascii || !DNS_NAME.test(ascii))
    throw new MxError('E_INVALID_DOMAIN', `not a domain name: ${JSON.stringify(domain.slice(0, 80))}`);
  return ascii;
}

/** Why a lookup gave no usable answer (timeout, SERVFAIL, bogus), or null when it answered. */
function lookupFailed(evidence: DnsEvidence): string | null {
  if (evidence.dnssec !== 'failed' && evidence.dnssec !== 'bogus') return null;
  return `the lookup failed: ${evidence.error ?? evidence.rcode}`;
}

/** The TLS-RPT record verdict, or the failed lookup that stands in for it. */
function tlsRptOf(records: string[], evidence: DnsEvidence): TlsRptReport {
  const failed = lookupFailed(evidence);
  const judged = judgeTlsRptRecords(records);
  return failed ? { ...judged, problem: failed } : judged;
}

/** The `_mta-sts` record and policy of a domain (RFC 8461 §3). Never throws. */
export async function mtaSts(
  domain: string,
  resolver: ResolverType,
  options: InspectMxOptions,
): Promise<MtaStsReport> {
  const txt = await resolver.lookup(`_mta-sts.${domain}`, 'TXT');
  const raw = txt.records.map((record) => record.text);
  const judged = judgeStsRecords(raw);
  const report: MtaStsReport = {
    record: {
      present: judged.valid,
      id: judged.id,
      raw,
      problem: lookupFailed(txt.evidence) ?? judged.problem,
    },
    url: null,
    policy: null,
    failure: null,
    fetch: null,
  };
  if (!judged.valid) return report;
  const host = `mta-sts.${domain}`;
  report.url = `https://${host}/.well-known/mta-sts.txt`;
  const v4 = await resolver.lookup(host, 'A');
  const addresses = v4.records.length > 0 ? v4.records : (await resolver.lookup(host, 'AAAA')).records;
  const address = addresses[0]?.address;
  if (!address) {
    report.failure = {
      resultType: 'sts-policy-fetch-error',
      message: `${host} has no address (${v4.rcode})`,
    };
    return report;
  }
  const fetched = await fetchPolicy({
    host,
    address,
    port: options.policyPort ?? 443,
    timeoutMs: options.policyTimeout ?? MX_SECURITY_RULES.mtaStsFetchTimeoutMs.value,
    maxBytes: options.policyMaxBytes ?? MX_SECURITY_RULES.mtaStsPolicyMaxBytes.value,
    ...(options.ca ? { ca: Array.isArray(options.ca) ? options.ca : [options.ca] } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!fetched.ok) {
    const { error, ...evidence } = fetched.failure;
    report.fetch = evidence;
    const resultType =
      error.code === 'E_POLICY_TLS'
        ? 'sts-webpki-invalid'
        : error.code === 'E_POLICY_CONTENT_TYPE'
          ? 'sts-policy-invalid'
          : 'sts-policy-fetch-error';
    report.failure = { resultType, message: `${error.code}: ${error.message}` };
    return report;
  }
  const { body, ...evidence } = fetched.result;
  report.fetch = evidence;
  const parsed = parseStsPolicy(body);
  if (parsed.ok) report.policy = parsed.policy;
  else report.failure = { resultType: 'sts-policy-invalid', message: parsed.problem };
  return report;
}

/** What a port-25 probe result shows, in the terms the sender verdicts use. */
export function observe(
  result: SmtpProbeResult,
  reverse: { names: string[]; confirmed: boolean | null },
): AddressObservation {
  const reverseNames = reverse.names;
  const leaf = result.tls?.chain[0];
  const dnsNames = leaf ? leaf.altNames.filter((name) => !name.startsWith('IP:')) : [];
  const ehloName =
    (result.ehloBefore?.domain ?? result.ehloAfter?.domain ?? '').split(/\s+/)[0]?.toLowerCase() || null;
  const verdict = result.tls?.verdict;
  return {
    status: result.status,
    statusMessage: result.statusMessage,
    starttlsOffered: result.ehloBefore ? result.ehloBefore.starttls : result.greeting ? false : null,
    tlsEstablished: result.tls !== null && result.starttls?.accepted === true,
    tlsVersion: result.tls?.version ?? null,
    certificateNames: dnsNames.length > 0 ? dnsNames : leaf?.subjectCN ? [leaf.subjectCN] : [],
    certificateTrusted: verdict
      ? verdict.errorCode === null || verdict.errorCode === 'ERR_TLS_CERT_ALTNAME_INVALID'
      : null,
    certificateMatchesHost: verdict ? verdict.hostnameMatches : null,
    certificateExpired: verdict ? verdict.expired : null,
    certificateError: verdict?.errorCode ?? null,
    ehloName,
    reverseNames,
    reverseConfirmed: reverse.confirmed,
    ehloMatchesReverse: ehloName && reverseNames.length > 0 ? reverseNames.includes(ehloName) : null,
    greetingMs: result.timings.greeting ?? null,
    greetingDelayed: result.findings.some((finding) => finding.code === 'greeting-delayed'),
  };
}

async function inspectHost(
  host: string,
  preference: number | null,
  context: { resolver: ResolverType; options: InspectMxOptions; mxDnssec: DnssecStatus; sts: MtaStsReport },
): Promise<MxHostReport> {
  const { resolver, options, sts } = context;
  const tlsaName = `_25._tcp.${host}`;
  const [v4, v6, tlsaAnswer] = await Promise.all([
    resolver.lookup(host, 'A'),
    resolver.lookup(host, 'AAAA'),
    resolver.lookup(tlsaName, 'TLSA'),
  ]);
  const records = tlsaAnswer.records.map((record) => judgeTlsa(record));
  const tlsa: TlsaLookup = {
    name: tlsaName,
    dnssec: tlsaAnswer.dnssec,
    records,
    evidence: tlsaAnswer.evidence,
    rolloverHints: rolloverHints(records),
  };
  const addressDnssec = weakest([v4.dnssec, v6.dnssec]);
  const covered = sts.policy ? policyCoversHost(sts.policy, host) : null;
  const port = options.smtpPort ?? relayPort();
  const probeOne = async (address: string): Promise<MxAddressReport> => {
    const [result, reverse] = await Promise.all([
      probeSmtp({
        host,
        address,
        port,
        mode: 'auto',
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.ehloName ? { ehloName: options.ehloName } : {}),
        ...(options.greetingDelayThreshold !== undefined
          ? { greetingDelayThreshold: options.greetingDelayThreshold }
          : {}),
        ...(options.smtpTimeouts ? { timeouts: options.smtpTimeouts } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
      resolver.reverse(address),
    ]);
    const observation = observe(result, reverse);
    const match = matchTlsa(
      records,
      result.tls?.chain.map((certificate) => certificate.der) ?? [],
      observation.certificateMatchesHost,
    );
    return {
      address,
      family: isIPv6(address) ? 6 : 4,
      port,
      observation,
      verdicts: {
        opportunistic: opportunisticVerdict(observation),
        mtaSts: mtaStsVerdict(sts, covered, observation),
        dane: daneVerdict({
          resolver: resolver.label,
          mxDnssec: context.mxDnssec,
          addressDnssec,
          tlsa,
          observation,
          match,
        }),
      },
      probe: result,
    };
  };
  // One connection at a time per MX host: some MXs allow a single connection per client.
  const reports: MxAddressReport[] = [];
  for (const address of [...v4.records, ...v6.records].map((record) => record.address))
    reports.push(await probeOne(address));
  const evidence: DnsEvidence[] = [v4.evidence, v6.evidence, tlsaAnswer.evidence];
  return {
    host,
    preference,
    ipv4: reports.filter((report) => report.family === 4),
    ipv6: reports.filter((report) => report.family === 6),
    addressDnssec,
    tlsa,
    mtaStsCovered: covered,
    evidence,
  };
}

/** Runs the whole inspection (see `inspectMx`). */
export async function runInspection(options: InspectMxOptions): Promise<MxReport> {
  const started = Date.now();
  const domain = validDomain(options.domain);
  const resolverText = options.resolver ?? (await defaultResolver());
  const server = parseResolver(resolverText);
  if (!server)
    throw new MxError(
      'E_INVALID_RESOLVER',
      `not an IP address with an optional port: ${JSON.stringify(resolverText.slice(0, 80))}`,
    );
  const resolver = new Resolver(server, options.dnsTimeout ?? 3000, options.signal);
  const [mxAnswer, sts, tlsRptAnswer] = await Promise.all([
    resolver.lookup(domain, 'MX'),
    mtaSts(domain, resolver, options),
    resolver.lookup(`_smtp._tls.${domain}`, 'TXT'),
  ]);
  let kind: MxKind = 'records';
  let targets: Array<{ host: string; preference: number | null }> = [];
  let mxDnssec = mxAnswer.dnssec;
  const exchanges = [...mxAnswer.records].sort((a, b) => a.preference - b.preference);
  if (mxAnswer.dnssec === 'failed' || mxAnswer.dnssec === 'bogus') kind = 'failed';
  else if (exchanges.some((record) => record.exchange === '')) {
    // RFC 7505 §3: a null MX (preference 0, exchange ".") says the domain accepts no mail.
    kind = 'null-mx';
  } else if (exchanges.length > 0) {
    targets = exchanges.map((record) => ({ host: record.exchange, preference: record.preference }));
  } else {
    // RFC 5321 §5.1: without MX records, the domain's own address records are the implicit MX.
    const [a, aaaa] = await Promise.all([resolver.lookup(domain, 'A'), resolver.lookup(domain, 'AAAA')]);
    kind = a.records.length + aaaa.records.length > 0 ? 'implicit' : 'none';
    if (kind === 'implicit') {
      targets = [{ host: domain, preference: null }];
      mxDnssec = weakest([mxAnswer.dnssec, a.dnssec, aaaa.dnssec]);
    }
  }
  const maxHosts = options.maxHosts ?? 10;
  const hosts = await Promise.all(
    targets
      .slice(0, maxHosts)
      .map((target) => inspectHost(target.host, target.preference, { resolver, options, mxDnssec, sts })),
  );
  if (targets.length > maxHosts) {
    resolver.problems.push({
      code: 'mx-limit',
      message: `${targets.length} MX hosts; only the first ${maxHosts} by preference were probed`,
    });
  }
  if (kind === 'null-mx' && exchanges.length > 1) {
    resolver.problems.push({
      code: 'null-mx-with-others',
      message: 'A null MX is published next to other MX records (RFC 7505 §3 says it must be the only one).',
    });
  }
  const report: Omit<MxReport, 'summary' | 'durationMs'> = {
    domain,
    resolver: resolver.label,
    mx: { kind, dnssec: mxDnssec, evidence: mxAnswer.evidence },
    hosts,
    mtaSts: sts,
    tlsRpt: tlsRptOf(
      tlsRptAnswer.records.map((record) => record.text),
      tlsRptAnswer.evidence,
    ),
    problems: resolver.problems,
  };
  if (sts.policy?.mode === 'testing' && !report.tlsRpt.valid) {
    // RFC 8461 §5: testing mode exists to collect TLS-RPT reports; without a record they go nowhere.
    report.problems.push({
      code: 'testing-without-tls-rpt',
      message:
        'The MTA-STS policy is in testing mode, but no valid _smtp._tls record says where failure reports go.',
    });
  }
  return { ...report, summary: summarize(report), durationMs: Date.now() - started };
}

// One target, from its line to its record: the MX lookup, its mail hosts probed (shared between
// domains behind one MX) and the verdict. `scan` runs it for every line; queue workers for every job.
import { isTransientDnsFailure } from './dns';
import type { InputLine } from './line-source';
import { type HostProbeContext, type HostResult, probeHost, type SharedHostResults } from './probe-host';
import { SCAN_SCHEMA_VERSION, type ScanRecord, targetStatus } from './record';
import type { Target } from './target';

/** One target line, as {@link targetScanner} takes it. */
export type TargetLine = Pick<InputLine, 'number' | 'text'>;

/**
 * A target's status from its hosts' results. When no host was probed (none resolved, or none at a
 * public address), the first host's error says why: a lookup failure that may pass is worth another
 * run, hosts outside the internet are not (another run would not probe them either).
 */
function verdictOf(probed: readonly HostResult[]): Pick<ScanRecord, 'status' | 'inconclusive' | 'error'> {
  const error = probed[0]?.error ?? null;
  if (probed.every((entry) => entry.status === 'dns-failed'))
    return {
      status: 'dns-failed',
      inconclusive: probed.some((entry) => isTransientDnsFailure(entry.error?.code ?? '')),
      error,
    };
  if (probed.every((entry) => entry.status === 'not-public'))
    return { status: 'error', inconclusive: false, error };
  return { ...targetStatus(probed.map((entry) => entry.outcome)), error: null };
}

/**
 * Scans one parsed target: MX lookup for a domain, every mail host probed (results shared through
 * `shared`), and the record built. Resolves to null when the scan was aborted meanwhile (the target
 * then has no record and is left for a later run). Used by `scan` and by queue workers alike.
 */
export function targetScanner(
  context: HostProbeContext & { port: number; shared: SharedHostResults },
): (line: TargetLine, target: Target) => Promise<ScanRecord | null> {
  const { resolver, shared } = context;
  // Promise chains rather than awaits, and no async functions: a scan holds these for every target in
  // flight, and a suspended frame, or a promise that only passes a result on, costs more than a reaction.
  const settle = (
    line: TargetLine,
    target: Target,
    begun: number,
    mx: ScanRecord['mx'],
    results: Array<{ result: HostResult | null; shared: boolean }>,
  ): ScanRecord | null => {
    // An interrupted host leaves the whole target for a later run.
    if (context.signal.aborted || results.some((entry) => entry.result === null)) return null;
    const probed = results.map((entry) => ({ ...(entry.result as HostResult), shared: entry.shared }));
    return record(line, { key: target.key, ...verdictOf(probed), mx, hosts: probed }, begun);
  };
  // A domain's mail hosts, shared with every other domain behind them.
  const probeMailHosts = (
    line: TargetLine,
    target: Target,
    begun: number,
    mx: ScanRecord['mx'],
    hosts: Array<{ host: string; port: number }>,
  ): Promise<ScanRecord | null> => {
    const probeShared = (entry: { host: string; port: number }) =>
      shared.get(entry.host, entry.port, () => probeHost(entry.host, entry.port, context, 'dns'));
    // One MX needs no Promise.all around it.
    const [only] = hosts;
    if (only !== undefined && hosts.length === 1)
      return probeShared(only).then((entry) => settle(line, target, begun, mx, [entry]));
    return Promise.all(hosts.map(probeShared)).then((results) => settle(line, target, begun, mx, results));
  };
  const scanDomain = (line: TargetLine, target: Extract<Target, { kind: 'domain' }>, begun: number) =>
    resolver.mx(target.domain).then((answer) => {
      if (answer.kind === 'null-mx')
        return record(
          line,
          { key: target.key, status: 'no-mail', inconclusive: false, mx: [], hosts: [], error: null },
          begun,
        );
      if (answer.kind === 'failed') {
        const error = { code: answer.code, message: answer.message };
        const inconclusive = isTransientDnsFailure(answer.code);
        return record(
          line,
          { key: target.key, status: 'dns-failed', inconclusive, mx: null, hosts: [], error },
          begun,
        );
      }
      const mx = answer.kind === 'mx' ? answer.hosts : null;
      const hosts = answer.hosts.map((entry) => ({ host: entry.host, port: context.port }));
      return probeMailHosts(line, target, begun, mx, hosts);
    });
  return (line, target) => {
    try {
      const begun = performance.now();
      // An endpoint is its own target, never shared: a repeated one is a duplicate line, and caching
      // endpoints would keep every result of a long scan alive.
      if (target.kind === 'endpoint')
        return probeHost(target.host, target.port, context).then((result) =>
          settle(line, target, begun, null, [{ result, shared: false }]),
        );
      return scanDomain(line, target, begun);
    } catch (error) {
      // Only a bug gets here; it rejects, as it would from an async function.
      return Promise.reject(error);
    }
  };
}

/** The record of a line that gets no probe: `invalid`, `duplicate`, or `error` (a queue job that failed for good). */
export function lineRecord(
  line: TargetLine,
  key: string | null,
  status: 'invalid' | 'duplicate' | 'error',
  error: ScanRecord['error'],
): ScanRecord {
  return record(line, { key, status, inconclusive: false, mx: null, hosts: [], error }, performance.now());
}

function record(
  line: TargetLine,
  fields: Pick<ScanRecord, 'key' | 'status' | 'inconclusive' | 'mx' | 'hosts' | 'error'>,
  started: number,
): ScanRecord {
  return {
    schemaVersion: SCAN_SCHEMA_VERSION,
    kind: 'scan-record',
    line: line.number,
    target: line.text.trim().slice(0, 1024),
    ...fields,
    scannedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
  };
}

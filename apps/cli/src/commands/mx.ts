import { readFile } from 'node:fs/promises';
import type { MxReport } from '@mailports/recommend';
import { EXIT, UsageError } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import { parseDuration, parsePort } from '../options';
import type { MxFlags } from '../flags';
import { envelope, serialize } from '../render/json';
import { mxText } from '../render/mx';
import { printable } from '../sanitize';
import { withOption } from './common';

/** Defaults of `mailports mx`; --help quotes these. */
export const MX_DEFAULTS = { overallMs: 120_000, dnsMs: 3_000, policyMs: 60_000, connectMs: 10_000 } as const;

/**
 * 0 when an opportunistic sender reaches an MX over TLS and no sender with a policy refuses every MX;
 * 1 when nothing can be delivered (null MX, no MX, no address answers); 3 otherwise (mail goes in
 * clear, or a sender with a policy would not deliver).
 */
export function mxExitCode(report: MxReport): number {
  const { summary } = report;
  if (summary.opportunistic.outcome === 'refuses' || summary.opportunistic.outcome === 'no-answer')
    return EXIT.none;
  const refusing = [summary['mta-sts'], summary.dane].some((line) => line.outcome === 'refuses');
  return summary.opportunistic.outcome === 'delivers-encrypted' && !refusing ? EXIT.ok : EXIT.partial;
}

async function readCaFile(file: string): Promise<string> {
  try {
    const pem = await readFile(file, 'utf8');
    if (pem.includes('-----BEGIN CERTIFICATE-----')) return pem;
  } catch {
    // Reported below, as for an unreadable file.
  }
  throw new UsageError(
    `--ca: cannot read a PEM certificate from '${printable(file)}'`,
    'pass a PEM file with CA certificates',
  );
}

/**
 * `mailports mx <domain>`: port 25 as sending servers see it (MX path, opportunistic, MTA-STS and DANE
 * verdicts, TLS-RPT), as text or one JSON document.
 * @throws UsageError for a malformed domain, resolver, port or duration; nothing is sent then.
 */
export async function mxCommand(domain: string, flags: MxFlags, io: Io = processIo()): Promise<number> {
  const output = createOutput(io, flags.color);
  const overallMs = flags.timeout
    ? withOption('--timeout', () => parseDuration(flags.timeout as string))
    : MX_DEFAULTS.overallMs;
  const connectMs = flags.connectTimeout
    ? withOption('--connect-timeout', () => parseDuration(flags.connectTimeout as string))
    : MX_DEFAULTS.connectMs;
  const smtpPort = flags.smtpPort
    ? withOption('--smtp-port', () => parsePort(flags.smtpPort as string))
    : undefined;
  const policyPort = flags.policyPort
    ? withOption('--policy-port', () => parsePort(flags.policyPort as string))
    : undefined;
  const ca = flags.ca ? await readCaFile(flags.ca) : undefined;
  const { inspectMx, MxError } = await import('@mailports/recommend');
  const signal = AbortSignal.timeout(overallMs);
  let report: MxReport;
  try {
    report = await inspectMx({
      // An address stands for its domain: what matters to senders is the part after the last @.
      domain: domain.includes('@') ? domain.slice(domain.lastIndexOf('@') + 1) : domain,
      ...(flags.resolver ? { resolver: flags.resolver } : {}),
      ...(smtpPort ? { smtpPort } : {}),
      ...(policyPort ? { policyPort } : {}),
      ...(ca ? { ca } : {}),
      ...(flags.ehloName ? { ehloName: flags.ehloName } : {}),
      smtpTimeouts: { connect: connectMs },
      policyTimeout: Math.min(MX_DEFAULTS.policyMs, overallMs),
      signal,
    });
  } catch (error) {
    if (
      error instanceof MxError &&
      (error.code === 'E_INVALID_DOMAIN' || error.code === 'E_INVALID_RESOLVER')
    ) {
      throw new UsageError(
        error.message,
        error.code === 'E_INVALID_RESOLVER'
          ? 'give --resolver as an IP address: 127.0.0.1, 127.0.0.1:5353, [::1]:53'
          : 'give a mail domain, e.g. example.com',
      );
    }
    throw error;
  }
  if (flags.json)
    output.out(serialize({ ...envelope('mx', 'mx'), report: jsonReport(report, flags.verbose === true) }));
  else output.out(mxText(report, output.color, flags.verbose === true));
  return mxExitCode(report);
}

/** The report for --json: each address keeps its probe result, without the transcript unless --verbose. */
function jsonReport(report: MxReport, verbose: boolean): MxReport {
  if (verbose) return report;
  const trim = (address: MxReport['hosts'][number]['ipv4'][number]) => ({
    ...address,
    probe: { ...address.probe, transcript: [] },
  });
  return {
    ...report,
    hosts: report.hosts.map((host) => ({
      ...host,
      ipv4: host.ipv4.map(trim),
      ipv6: host.ipv6.map(trim),
    })),
  };
}

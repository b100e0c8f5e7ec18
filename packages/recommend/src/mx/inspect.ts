import type { InspectMxOptions, MxReport } from './types';

/**
 * Port 25 as sending servers see it. Resolves the domain's MX hosts through one validating resolver
 * (null MX per RFC 7505; the domain itself as implicit MX per RFC 5321 §5.1), every IPv4 and IPv6
 * address of each (at most `maxHosts` hosts, by preference), probes each address on port 25
 * (STARTTLS, certificate, EHLO name against reverse DNS, greeting delay), reads `_mta-sts` and
 * fetches the policy by RFC 8461 §3.3, looks up TLSA at `_25._tcp.<mx>` with DNSSEC status from the
 * resolver's AD bit, and checks `_smtp._tls` (RFC 8460). Each address gets three verdicts:
 * opportunistic, MTA-STS and DANE sender, failures named in TLS-RPT result types.
 *
 * Node only (loaded on call; importing this package stays browser-safe).
 * @returns The report; DNS, policy and probe failures are findings in it, never rejections.
 * @throws MxError `E_INVALID_DOMAIN` or `E_INVALID_RESOLVER` for malformed input.
 */
export async function inspectMx(options: InspectMxOptions): Promise<MxReport> {
  const { runInspection } = await import('./_inspection');
  return runInspection(options);
}

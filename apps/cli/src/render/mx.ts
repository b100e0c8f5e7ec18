import type {
  MxAddressReport,
  MxHostReport,
  MxReport,
  SenderOutcome,
  SenderVerdict,
} from '@mailports/recommend';
import { type ColorName, type Colors, styleOf } from '../io';
import { printable } from '../sanitize';

const OUTCOME_STYLE: Readonly<Record<SenderOutcome, ColorName>> = {
  'delivers-encrypted': 'green',
  'delivers-and-reports': 'yellow',
  'not-applicable': 'dim',
  'delivers-in-clear': 'yellow',
  refuses: 'red',
  'no-answer': 'red',
};

const SENDER_LABEL = { opportunistic: 'opportunistic', 'mta-sts': 'MTA-STS', dane: 'DANE' } as const;

function verdictLine(verdict: SenderVerdict, color: Colors, verbose: boolean): string[] {
  const outcome = styleOf(color, OUTCOME_STYLE, verdict.outcome)(verdict.outcome.padEnd(21));
  const type = verdict.resultType ? color.magenta(`[${verdict.resultType}] `) : '';
  const [first, ...rest] = verdict.reasons;
  const lines = [
    `      ${SENDER_LABEL[verdict.sender].padEnd(14)} ${outcome} ${type}${printable(first?.text ?? '')}`,
  ];
  if (verbose) {
    for (const reason of rest) {
      const cite = reason.citation ? color.dim(` (${reason.citation.label})`) : '';
      lines.push(`      ${' '.repeat(36)}${color.dim(reason.kind)} ${printable(reason.text)}${cite}`);
    }
  }
  return lines;
}

function addressLines(address: MxAddressReport, color: Colors, verbose: boolean): string[] {
  const seen = address.observation;
  const where =
    address.family === 6 ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`;
  const facts: string[] = [seen.status];
  if (seen.starttlsOffered === false) facts.push('no STARTTLS');
  if (seen.tlsEstablished) facts.push(`STARTTLS ${seen.tlsVersion ?? ''}`.trim());
  if (seen.certificateNames.length > 0) {
    const trust = seen.certificateTrusted
      ? 'trusted'
      : `untrusted${seen.certificateError ? ` (${seen.certificateError})` : ''}`;
    facts.push(`certificate ${seen.certificateNames.slice(0, 3).join(', ')} ${trust}`);
  }
  if (seen.ehloName) {
    const match =
      seen.ehloMatchesReverse === null
        ? 'no reverse DNS'
        : seen.ehloMatchesReverse
          ? '= reverse DNS'
          : `≠ reverse DNS ${seen.reverseNames.join(', ')}`;
    const confirmed = seen.reverseConfirmed === false ? ' (reverse DNS not forward-confirmed)' : '';
    facts.push(`EHLO ${seen.ehloName} ${match}${confirmed}`);
  }
  if (seen.greetingMs !== null)
    facts.push(`greeting ${seen.greetingMs} ms${seen.greetingDelayed ? ' (delayed)' : ''}`);
  return [
    `    ${color.cyan(where)}  ${printable(facts.join(' · '))}`,
    ...verdictLine(address.verdicts.opportunistic, color, verbose),
    ...verdictLine(address.verdicts.mtaSts, color, verbose),
    ...verdictLine(address.verdicts.dane, color, verbose),
  ];
}

function hostLines(host: MxHostReport, color: Colors, verbose: boolean): string[] {
  const tlsa =
    host.tlsa.records.length === 0
      ? `no TLSA (${host.tlsa.evidence.rcode})`
      : `TLSA ${host.tlsa.records.map((record) => `${record.usage} ${record.selector} ${record.matchingType}${record.usable ? '' : ' (unusable)'}`).join(', ')} (${host.tlsa.dnssec})`;
  const covered =
    host.mtaStsCovered === null
      ? ''
      : host.mtaStsCovered
        ? ' · in MTA-STS policy'
        : ' · NOT in MTA-STS policy';
  const lines = [
    `  ${color.bold(`${host.preference ?? 'implicit'} ${printable(host.host)}`)}  addresses ${host.addressDnssec} · ${printable(tlsa)}${covered}`,
  ];
  for (const hint of host.tlsa.rolloverHints) lines.push(`    ${color.dim(hint)}`);
  for (const [label, list] of [
    ['IPv4', host.ipv4],
    ['IPv6', host.ipv6],
  ] as const) {
    if (list.length === 0) lines.push(`    ${color.dim(`${label}: no address`)}`);
    for (const address of list) lines.push(...addressLines(address, color, verbose));
  }
  return lines;
}

/** The text report of `mailports mx`: MX hosts and addresses with three verdicts each, then policies and summary. */
export function mxText(report: MxReport, color: Colors, verbose: boolean): string {
  const lines = [
    `${color.bold(`Port 25 of ${printable(report.domain)}`)} as sending servers see it ${color.dim(`(DNSSEC according to resolver ${report.resolver})`)}`,
    `MX: ${report.mx.kind} (${report.mx.dnssec})${report.mx.evidence.error ? ` — ${printable(report.mx.evidence.error)}` : ''}`,
  ];
  for (const host of report.hosts) lines.push(...hostLines(host, color, verbose));
  const sts = report.mtaSts;
  const stsLine = sts.policy
    ? `policy ${sts.policy.mode}, mx ${sts.policy.mx.join(', ')}, max_age ${sts.policy.maxAge}`
    : sts.failure
      ? `${sts.failure.resultType}: ${sts.failure.message}`
      : (sts.record.problem ?? 'none');
  lines.push(`MTA-STS: ${sts.record.present ? `id ${sts.record.id} · ` : ''}${printable(stsLine)}`);
  const rpt = report.tlsRpt;
  lines.push(
    `TLS-RPT: ${rpt.valid ? `reports to ${printable(rpt.rua.join(', '))}` : printable(rpt.problem ?? 'invalid')}`,
  );
  for (const problem of report.problems)
    lines.push(color.yellow(`! ${problem.code}: ${printable(problem.message)}`));
  lines.push('', color.bold('Senders:'));
  for (const sender of ['opportunistic', 'mta-sts', 'dane'] as const) {
    const line = report.summary[sender];
    lines.push(`  ${styleOf(color, OUTCOME_STYLE, line.outcome)('●')} ${printable(line.text)}`);
  }
  return lines.join('\n');
}

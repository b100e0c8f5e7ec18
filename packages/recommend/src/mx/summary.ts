import type { MxReport, SenderKind, SenderOutcome } from './types';

/** Best first: what a sender would end up doing when it may try every MX and address. */
const ORDER: readonly SenderOutcome[] = [
  'delivers-encrypted',
  'delivers-and-reports',
  'not-applicable',
  'delivers-in-clear',
  'refuses',
  'no-answer',
];

const SENDER_NAMES: Record<SenderKind, string> = {
  opportunistic: 'An opportunistic sender',
  'mta-sts': 'An MTA-STS sender',
  dane: 'A DANE sender',
};

const OUTCOME_TEXT: Record<SenderOutcome, string> = {
  'delivers-encrypted': 'delivers over TLS',
  'delivers-and-reports': 'delivers, but reports a policy failure',
  'not-applicable': 'finds no policy of its kind and behaves opportunistically',
  'delivers-in-clear': 'delivers in clear',
  refuses: 'refuses to deliver',
  'no-answer': 'gets no answer',
};

/**
 * One line per kind of sender for the whole domain: the best outcome it reaches on any MX address
 * (senders move on to the next address and MX), named with where it happens. Pure.
 */
export function summarize(
  report: Pick<MxReport, 'mx' | 'hosts'>,
): Record<SenderKind, { outcome: SenderOutcome; text: string }> {
  const key = { opportunistic: 'opportunistic', 'mta-sts': 'mtaSts', dane: 'dane' } as const;
  const result = {} as Record<SenderKind, { outcome: SenderOutcome; text: string }>;
  for (const sender of ['opportunistic', 'mta-sts', 'dane'] as const) {
    const name = SENDER_NAMES[sender];
    if (report.mx.kind === 'null-mx' || report.mx.kind === 'none') {
      const why =
        report.mx.kind === 'null-mx'
          ? 'the domain publishes a null MX (RFC 7505)'
          : 'the domain has no MX and no address';
      result[sender] = { outcome: 'refuses', text: `${name} does not deliver: ${why}.` };
      continue;
    }
    const verdicts = report.hosts.flatMap((host) =>
      [...host.ipv4, ...host.ipv6].map((address) => ({
        host: host.host,
        address,
        verdict: address.verdicts[key[sender]],
      })),
    );
    if (report.mx.kind === 'failed') {
      const why =
        report.mx.dnssec === 'bogus'
          ? 'the answer fails DNSSEC validation, TLS-RPT dnssec-invalid'
          : (report.mx.evidence.error ?? report.mx.evidence.rcode);
      result[sender] = {
        outcome: 'no-answer',
        text: `${name} cannot look up the MX records (${why}); it retries later.`,
      };
      continue;
    }
    if (verdicts.length === 0) {
      result[sender] = { outcome: 'no-answer', text: `${name} finds no MX address to deliver to.` };
      continue;
    }
    const best = [...verdicts].sort(
      (a, b) => ORDER.indexOf(a.verdict.outcome) - ORDER.indexOf(b.verdict.outcome),
    )[0];
    if (!best) continue;
    const where = `${best.host} (${best.address.address})`;
    const failing = verdicts.filter((item) => item.verdict.resultType !== null).length;
    const note = failing > 0 ? `; ${failing} of ${verdicts.length} addresses fail its checks` : '';
    const at = best.verdict.outcome === 'not-applicable' ? '' : ` at ${where}`;
    result[sender] = {
      outcome: best.verdict.outcome,
      text: `${name} ${OUTCOME_TEXT[best.verdict.outcome]}${at}${note}.`,
    };
  }
  return result;
}

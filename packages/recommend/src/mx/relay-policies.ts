import type { Reason, Verdict } from '../types';
import type { SenderVerdict } from './types';

const SENDER_NAME = {
  opportunistic: 'Opportunistic senders',
  'mta-sts': 'MTA-STS senders',
  dane: 'DANE senders',
} as const;

/**
 * Applies the MTA-STS and DANE senders' verdicts to a relay option: a sender that refuses the MX
 * (an `enforce` policy that does not name it, a certificate the policy rejects, a TLSA mismatch, a
 * bogus DNSSEC answer) caps the option at `works`, with the reason first; a policy that only reports
 * (`testing`) or that the MX satisfies adds a reason and changes nothing. Pure; the verdict only ever
 * goes down.
 */
export function applyRelayPolicies(
  option: { verdict: Verdict; score: number; reasons: Reason[] },
  verdicts: readonly SenderVerdict[],
): { verdict: Verdict; score: number; reasons: Reason[] } {
  let { verdict, score } = option;
  const limiting: Reason[] = [];
  const notes: Reason[] = [];
  for (const item of verdicts) {
    const first = item.reasons[0]?.text ?? '';
    const type = item.resultType ? ` (TLS-RPT: ${item.resultType})` : '';
    const rule = item.reasons.find((reason) => reason.citation);
    const text = `${SENDER_NAME[item.sender]}: ${first}${type}`;
    const reason: Reason = { kind: 'observed', text, ...(rule?.citation ? { citation: rule.citation } : {}) };
    if (item.outcome === 'refuses') {
      limiting.push({
        ...reason,
        text: `${SENDER_NAME[item.sender]} will not deliver here: ${first}${type}`,
      });
      if (verdict === 'recommended') {
        verdict = 'works';
        score -= 100;
      }
    } else if (item.outcome === 'delivers-and-reports' || item.outcome === 'delivers-encrypted')
      notes.push(reason);
  }
  return { verdict, score, reasons: [...limiting, ...option.reasons, ...notes] };
}

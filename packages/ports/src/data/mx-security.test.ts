import { describe, expect, it } from 'vitest';
import { MX_SECURITY_RULES, SENDER_BEHAVIOURS, TLSRPT_RESULT_TYPES } from '../index.js';

describe('port-25 sender facts', () => {
  it('list the eleven TLS-RPT result types of RFC 8460 §4.3, each cited to its subsection', () => {
    expect(TLSRPT_RESULT_TYPES).toHaveLength(11);
    expect(new Set(TLSRPT_RESULT_TYPES.map((entry) => entry.type)).size).toBe(11);
    for (const entry of TLSRPT_RESULT_TYPES)
      expect(entry.source.label).toMatch(/^RFC 8460 §4\.3\.(1|2\.1|2\.2)$/);
  });

  it('cite an RFC for every limit and every sender', () => {
    for (const rule of Object.values(MX_SECURITY_RULES))
      expect(rule.source.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/);
    expect(SENDER_BEHAVIOURS.map((behaviour) => behaviour.sender)).toEqual([
      'opportunistic',
      'mta-sts',
      'dane',
    ]);
    for (const behaviour of SENDER_BEHAVIOURS) expect(behaviour.sources.length).toBeGreaterThan(0);
  });

  it('keep only DANE-TA and DANE-EE for SMTP (RFC 7672 §3.1.3)', () => {
    expect(MX_SECURITY_RULES.daneUsagesForSmtp.value).toEqual([2, 3]);
  });
});

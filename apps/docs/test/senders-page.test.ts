import { SENDER_BEHAVIOURS, TLSRPT_RESULT_TYPES } from '@mailports/ports';
import { describe, expect, it } from 'vitest';
import { sendersPage } from '../scripts/lib/senders-page.mjs';

describe('the port-25 senders page', () => {
  const markdown = sendersPage();

  it('explains each of the three senders with its sources', () => {
    for (const behaviour of SENDER_BEHAVIOURS) {
      for (const source of behaviour.sources) expect(markdown).toContain(source.url);
    }
    expect(markdown).toMatch(
      /## The opportunistic sender[\s\S]*## The MTA-STS sender[\s\S]*## The DANE sender/,
    );
  });

  it('lists every TLS-RPT result type of RFC 8460 §4.3', () => {
    for (const entry of TLSRPT_RESULT_TYPES) expect(markdown).toContain(`<code>${entry.type}</code>`);
  });

  it('says DNSSEC statuses are the named resolver’s', () => {
    expect(markdown).toContain('according to resolver X');
  });
});

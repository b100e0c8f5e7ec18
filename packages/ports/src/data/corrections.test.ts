import { describe, expect, it } from 'vitest';
import { lookupPort, lookupProvider, lookupSrvLabel, myths, saslMechanism } from '../queries';

/** Every text of a port entry with the labels of every source it cites. */
function cited(port: number): Array<{ text: string; labels: string[] }> {
  const entry = lookupPort(port);
  if (!entry) throw new Error(`no entry for ${port}`);
  return [
    ...entry.specs.map((spec) => ({ text: spec.says, labels: [spec.source.label] })),
    ...entry.history.map((event) => ({ text: event.event, labels: event.sources.map((item) => item.label) })),
    { text: `${entry.explanation} ${entry.blocking}`, labels: entry.sources.map((item) => item.label) },
  ];
}

describe('facts checked against the primary sources', () => {
  it('never cites RFC 5068 for permission to block port 25; only "do not block 587" (§4.1)', () => {
    const texts = [
      ...[25, 587, 2525].flatMap(cited).map((item) => item.text),
      ...myths().map((myth) => myth.correction),
      ...(lookupProvider('residential') ? [lookupProvider('residential')!.alternatives] : []),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/RFC 5068 (allows|accepts|lets)/);
      expect(text).not.toMatch(/as RFC 5068 allows/);
    }
    expect(cited(587).some((item) => item.labels.includes('RFC 5068 §4.1'))).toBe(true);
  });

  it('dates EHLO to RFC 1425 and port 25 to RFC 788 Appendix A', () => {
    const history = lookupPort(25)?.history ?? [];
    expect(history.find((event) => event.event.includes('EHLO'))?.sources[0]?.label).toBe('RFC 1425');
    expect(history[0]?.sources.map((item) => item.label)).toContain('RFC 788 Appendix A');
  });

  it('cites the STARTTLS-before-login rule to RFC 3207 and RFC 2595 §2.3, and gives §4.1 its RFC 8997 title', () => {
    for (const port of [587, 143, 110]) {
      const specs = lookupPort(port)?.specs ?? [];
      const section41 = specs.find((spec) => spec.rfc === 8314 && spec.section === '4.1');
      expect(section41?.title, String(port)).toBe(
        'Deprecation of Services Using Cleartext and TLS Versions Less Than 1.2',
      );
      expect(section41?.says).not.toContain('expected before');
    }
    expect(lookupPort(143)?.specs.some((spec) => spec.source.label === 'RFC 2595 §2.3')).toBe(true);
    expect(lookupPort(587)?.specs.some((spec) => spec.source.label === 'RFC 3207 §4')).toBe(true);
  });

  it('says 465 is never MX relay but common for smarthost relay', () => {
    expect(lookupPort(465)?.explanation).toContain('smarthost on 465');
    expect(lookupPort(465)?.explanation).not.toContain('never used between mail servers');
  });

  it('lets LMTP carry AUTH and calls port 24 a convention', () => {
    const entry = lookupPort(24);
    expect(entry?.explanation).toContain('a convention');
    expect(entry?.notFor.find((item) => item.role === 'submission')?.why).toContain('may carry AUTH');
  });

  it('knows AWS blocks 25 on EC2 and Lambda, Azure unblocks MCA-E, and CRAM-MD5 is LIMITED', () => {
    expect(lookupProvider('aws')?.blocks[0]).toMatchObject({ port: 25, action: 'blocked' });
    expect(lookupProvider('azure')?.blocks[0]?.accounts).toContain('MCA-E');
    expect(saslMechanism('CRAM-MD5')?.status).toBe('limited');
  });

  it('lists port 26 and the _sieve and _autodiscover SRV labels', () => {
    expect(lookupPort(26)?.standing).toBe('unofficial');
    expect(lookupSrvLabel('_sieve._tcp.example.com')?.port).toBe(4190);
    expect(lookupSrvLabel('_autodiscover._tcp')?.protocol).toBe('https');
  });
});

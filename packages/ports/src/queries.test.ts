import { describe, expect, it } from 'vitest';
import { listPorts, lookupPort, recommendedPort, sourcesForPort } from './queries.js';

describe('lookupPort', () => {
  it('lists both current IANA names on 465: submissions and urd', () => {
    const entry = lookupPort(465);
    expect(entry?.iana).toEqual(expect.arrayContaining(['submissions', 'urd']));
    const smtps = entry?.ianaAssignments.find((row) => row.service === 'smtps');
    expect(smtps?.status).toBe('revoked');
  });

  it('returns undefined for a port that is not a mail port', () => {
    expect(lookupPort(80)).toBeUndefined();
  });

  it('knows that IANA gives 2525 to an unrelated service', () => {
    const entry = lookupPort(2525);
    expect(entry?.standing).toBe('unofficial');
    expect(entry?.ianaAssignments.every((row) => !row.mailRelated)).toBe(true);
  });
});

describe('listPorts', () => {
  it('filters by protocol and role together', () => {
    const ports = listPorts({ protocol: 'smtp', role: 'submission' }).map((entry) => entry.port);
    expect(ports).toEqual(expect.arrayContaining([465, 587, 2525, 2465, 2587]));
    expect(ports).not.toContain(25);
  });

  it('returns every port without a filter', () => {
    expect(listPorts()).toHaveLength(12);
  });

  it('returns mailbox ports for retrieval', () => {
    expect(listPorts({ role: 'retrieval' }).map((entry) => entry.port)).toEqual([110, 995, 143, 993]);
  });
});

describe('recommendedPort', () => {
  it('recommends 465 with implicit TLS for submission, 587 STARTTLS as the fallback (RFC 8314 §3.3)', () => {
    const choice = recommendedPort('submission');
    expect(choice).toMatchObject({ port: 465, tls: 'implicit', protocol: 'smtp' });
    expect(choice.fallbacks).toEqual([expect.objectContaining({ port: 587, tls: 'starttls' })]);
    expect(choice.sources.map((source) => source.label)).toContain('RFC 8314 §3.3');
  });

  it('recommends 993 for IMAP and 995 for POP3', () => {
    expect(recommendedPort('retrieval')).toMatchObject({ port: 993, protocol: 'imap', tls: 'implicit' });
    expect(recommendedPort('retrieval', { protocol: 'pop3' })).toMatchObject({ port: 995, tls: 'implicit' });
  });

  it('recommends 25 with STARTTLS for relay, with no fallback port', () => {
    expect(recommendedPort('relay')).toMatchObject({ port: 25, tls: 'starttls', fallbacks: [] });
  });

  it('agrees with the port data on every recommended port and fallback', () => {
    for (const role of ['submission', 'relay', 'retrieval', 'filter-management'] as const) {
      const choice = recommendedPort(role);
      for (const option of [choice, ...choice.fallbacks]) {
        const entry = lookupPort(option.port);
        expect(entry?.tls, `${role} ${option.port}`).toBe(option.tls);
        expect(entry?.protocol).toBe(option.protocol);
      }
      expect(lookupPort(choice.port)?.standing).toBe('recommended');
    }
  });
});

describe('sourcesForPort', () => {
  it('gathers every source of an entry once', () => {
    const urls = sourcesForPort(465).map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('https://www.rfc-editor.org/rfc/rfc8314#section-7.3');
  });

  it('returns nothing for an unknown port', () => {
    expect(sourcesForPort(1)).toEqual([]);
  });
});

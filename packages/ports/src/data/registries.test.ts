import { describe, expect, it } from 'vitest';
import type { CapabilityEntry, Source } from '../types.js';
import { ALL_PORTS } from './all-ports.js';
import { IMAP_CAPABILITIES, POP3_CAPABILITIES } from './capabilities.js';
import { SMTP_EXTENSIONS } from './extensions.js';
import { MYTHS } from './myths.js';
import { PROVIDERS } from './providers.js';
import { SASL_MECHANISMS } from './sasl.js';
import { SMTP_TIMEOUTS } from './smtp-timeouts.js';
import { RELAY_POLICY_RECORDS, SRV_LABELS } from './srv.js';

const isCitable = (source: Source) => source.label.trim().length > 0 && /^https:\/\/\S+$/.test(source.url);
const allCitable = (sources: readonly Source[]) => sources.length > 0 && sources.every(isCitable);

describe('capability registries', () => {
  const all = [...SMTP_EXTENSIONS, ...IMAP_CAPABILITIES, ...POP3_CAPABILITIES];

  it('cites a source with an https URL for every keyword, its RFC first when it has one', () => {
    for (const entry of all) {
      expect(allCitable(entry.sources), entry.keyword).toBe(true);
      if (entry.rfc !== null) expect(entry.sources[0]?.label.startsWith(`RFC ${entry.rfc}`)).toBe(true);
    }
  });

  it('has no keyword twice within a protocol', () => {
    for (const table of [SMTP_EXTENSIONS, IMAP_CAPABILITIES, POP3_CAPABILITIES]) {
      const keywords = table.map((entry) => entry.keyword.toUpperCase());
      expect(new Set(keywords).size).toBe(keywords.length);
    }
  });

  it('marks exactly the keywords ending in "=" as prefix families', () => {
    for (const entry of all)
      expect(entry.match === 'prefix', entry.keyword).toBe(entry.keyword.endsWith('='));
  });

  it('includes the keywords a TLS prober depends on', () => {
    const keys = (table: readonly CapabilityEntry[]) => table.map((entry) => entry.keyword);
    expect(keys(SMTP_EXTENSIONS)).toEqual(expect.arrayContaining(['STARTTLS', 'AUTH', 'REQUIRETLS', 'SIZE']));
    expect(keys(IMAP_CAPABILITIES)).toEqual(
      expect.arrayContaining([
        'STARTTLS',
        'LOGINDISABLED',
        'AUTH=',
        'SASL-IR',
        'IMAP4rev1',
        'IMAP4rev2',
        'IDLE',
        'ID',
      ]),
    );
    expect(keys(POP3_CAPABILITIES)).toEqual(
      expect.arrayContaining(['STLS', 'SASL', 'USER', 'TOP', 'UIDL', 'PIPELINING', 'IMPLEMENTATION', 'APOP']),
    );
  });
});

describe('SASL mechanisms', () => {
  it('says exactly PLAIN and LOGIN send the password readable', () => {
    const clear = SASL_MECHANISMS.filter((mechanism) => mechanism.sendsSecretInClear).map((m) => m.name);
    expect(clear.sort()).toEqual(['LOGIN', 'PLAIN']);
  });

  it('requires TLS for every mechanism that sends a password or a replayable token', () => {
    for (const mechanism of SASL_MECHANISMS) {
      const exposed =
        mechanism.credentialOnWire === 'password' || mechanism.credentialOnWire === 'bearer-token';
      if (exposed) expect(mechanism.needsTls, mechanism.name).toBe(true);
    }
    expect(SASL_MECHANISMS.find((m) => m.name === 'XOAUTH2')?.credentialOnWire).toBe('bearer-token');
  });

  it('gives standard mechanisms an RFC and non-standard ones none', () => {
    for (const mechanism of SASL_MECHANISMS) {
      expect(mechanism.rfc === null, mechanism.name).toBe(mechanism.status === 'non-standard');
      expect(allCitable(mechanism.sources), mechanism.name).toBe(true);
      expect(mechanism.name).toBe(mechanism.name.toUpperCase());
    }
  });
});

describe('providers', () => {
  it('has a unique stable id, a dated verification and a citable source for each network', () => {
    const ids = PROVIDERS.map((provider) => provider.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'gcp',
        'aws',
        'azure',
        'digitalocean',
        'linode',
        'hetzner',
        'vultr',
        'oracle',
        'residential',
      ]),
    );
    for (const provider of PROVIDERS) {
      expect(allCitable(provider.sources), provider.id).toBe(true);
      expect(provider.lastVerified).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(provider.blocks.length).toBeGreaterThan(0);
    }
  });

  it('dates every check on a real day no later than today, and explains any unverified part', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const provider of PROVIDERS) {
      const day = provider.lastVerified.padEnd(10, '-01').slice(0, 10);
      expect(Number.isNaN(Date.parse(day)), provider.id).toBe(false);
      expect(provider.lastVerified <= today, provider.id).toBe(true);
      if (provider.unverified !== undefined)
        expect(provider.unverified.length, provider.id).toBeGreaterThan(20);
    }
  });

  it('restricts only ports the knowledge base describes', () => {
    const known = new Set(ALL_PORTS.map((entry) => entry.port));
    for (const provider of PROVIDERS)
      for (const block of provider.blocks) expect(known.has(block.port)).toBe(true);
  });

  it('restricts port 25 on every network, as RFC 5068 allows, and never blocks 587 outside Linode new accounts', () => {
    for (const provider of PROVIDERS)
      expect(
        provider.blocks.some((block) => block.port === 25),
        provider.id,
      ).toBe(true);
    const on587 = PROVIDERS.filter((provider) => provider.blocks.some((block) => block.port === 587));
    expect(on587.map((provider) => provider.id)).toEqual(['linode']);
  });
});

describe('myths', () => {
  it('corrects every claim with a quote, a correction and a citable source', () => {
    expect(MYTHS.length).toBeGreaterThanOrEqual(11);
    for (const myth of MYTHS) {
      expect(myth.quote.length, myth.id).toBeGreaterThan(10);
      expect(myth.correction.length, myth.id).toBeGreaterThan(40);
      expect(allCitable(myth.sources), myth.id).toBe(true);
      expect(myth.ports.length).toBeGreaterThan(0);
    }
    const ids = MYTHS.map((myth) => myth.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('corrects at least one claim about each of the eight ports the article names, citing a primary source', () => {
    for (const port of [25, 465, 587, 2525, 110, 995, 143, 993]) {
      expect(
        MYTHS.some((myth) => myth.ports.includes(port)),
        `port ${port}`,
      ).toBe(true);
    }
    for (const myth of MYTHS) {
      expect(
        myth.sources.some((source) => /^(RFC|IANA) /.test(source.label)),
        myth.id,
      ).toBe(true);
    }
  });

  it('gives the reason RFC 8314 §7.3 gives for the smtps revocation, not performance', () => {
    const myth = MYTHS.find((entry) => entry.id === '465-smtps-not-ssl-performed-badly');
    expect(myth?.correction).toContain('MX records cannot name a port');
    expect(myth?.sources[0]?.label).toBe('RFC 8314 §7.3');
  });

  it('calls the 465 reassignment story wrong and the "no more 465" claim outdated', () => {
    expect(MYTHS.find((myth) => myth.id === '465-smtps-not-ssl-performed-badly')?.verdict).toBe('wrong');
    expect(MYTHS.find((myth) => myth.id === 'smtp-no-longer-supports-465')?.verdict).toBe('outdated');
  });

  it('flags the "secure whenever you want" claim as wrong because STARTTLS can be stripped', () => {
    const myth = MYTHS.find((entry) => entry.id === '587-secure-whenever-you-want');
    expect(myth?.verdict).toBe('wrong');
    expect(myth?.sources.map((source) => source.label)).toContain('RFC 3207 §6');
  });
});

describe('SRV labels and relay policies', () => {
  it('maps each SRV label to the port and TLS mode of its port entry', () => {
    const expected: Record<string, number> = {
      '_submissions._tcp': 465,
      '_submission._tcp': 587,
      '_imaps._tcp': 993,
      '_imap._tcp': 143,
      '_pop3s._tcp': 995,
      '_pop3._tcp': 110,
      '_sieve._tcp': 4190,
      '_autodiscover._tcp': 443,
    };
    expect(Object.fromEntries(SRV_LABELS.map((label) => [label.label, label.port]))).toEqual(expected);
    // Autodiscover is HTTPS (published settings), not a mail port of this knowledge base.
    expect(SRV_LABELS.filter((label) => label.protocol === 'https').map((label) => label.label)).toEqual([
      '_autodiscover._tcp',
    ]);
    for (const label of SRV_LABELS.filter((item) => item.protocol !== 'https')) {
      const entry = ALL_PORTS.find((port) => port.port === label.port);
      expect(entry?.tls, label.label).toBe(label.tls);
      expect(entry?.protocol).toBe(label.protocol);
      expect(label.label.endsWith('s._tcp')).toBe(label.tls === 'implicit');
      expect(allCitable(label.sources)).toBe(true);
    }
  });

  it('cites RFC 8314 §5.1 for _submissions._tcp', () => {
    const label = SRV_LABELS.find((entry) => entry.label === '_submissions._tcp');
    expect(label?.sources[0]?.url).toBe('https://www.rfc-editor.org/rfc/rfc8314#section-5.1');
  });

  it('cites each relay policy by its own RFC', () => {
    const rfcs = Object.fromEntries(RELAY_POLICY_RECORDS.map((record) => [record.id, record.rfc]));
    expect(rfcs).toEqual({ 'mta-sts': 8461, 'tls-rpt': 8460, dane: 7672, requiretls: 8689 });
    for (const record of RELAY_POLICY_RECORDS) {
      expect(record.sources[0]?.label).toBe(`RFC ${record.rfc}`);
    }
  });
});

describe('SMTP timeouts', () => {
  it('lists the seven RFC 5321 §4.5.3.2 minimums, each citing its own subsection', () => {
    expect(SMTP_TIMEOUTS.map((timeout) => timeout.minimumSeconds)).toEqual([
      300, 300, 300, 120, 180, 600, 300,
    ]);
    SMTP_TIMEOUTS.forEach((timeout, index) => {
      expect(timeout.source.url).toBe(`https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2.${index + 1}`);
    });
  });
});

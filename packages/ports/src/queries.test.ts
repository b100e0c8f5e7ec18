import { describe, expect, it } from 'vitest';
import {
  blocksFor,
  capabilityInfo,
  explainPort,
  listPorts,
  lookupPort,
  lookupProvider,
  lookupSrvLabel,
  myths,
  providersBlocking,
  recommendedPort,
  relayPolicies,
  saslMechanism,
  sourcesForPort,
  srvLabels,
  standingFor,
} from './queries.js';

describe('lookupPort', () => {
  it('lists both current IANA names on 465, submissions registered on 2017-12-12, and smtps revoked', () => {
    const entry = lookupPort(465);
    expect(entry?.iana).toEqual(expect.arrayContaining(['submissions', 'urd']));
    const submissions = entry?.ianaAssignments.find((row) => row.service === 'submissions');
    expect(submissions).toMatchObject({
      registered: '2017-12-12',
      description: 'Message Submission over TLS protocol',
    });
    const smtps = entry?.ianaAssignments.find((row) => row.service === 'smtps');
    expect(smtps?.status).toBe('revoked');
  });

  it('knows the unrelated services IANA has on the sending-service alternatives 2465 and 2587', () => {
    expect(lookupPort(2465)?.iana).toEqual(['lbm']);
    expect(lookupPort(2587)?.iana).toEqual(['masc']);
    expect(lookupPort(2465)?.standing).toBe('unofficial');
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
    expect(listPorts()).toHaveLength(13);
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

  it('rests every implicit-TLS recommendation on RFC 8314 §3 and the registration of its port', () => {
    const registration: Record<number, string> = { 465: '7.3', 995: '7.1', 993: '7.2' };
    for (const choice of [
      recommendedPort('submission'),
      recommendedPort('retrieval'),
      recommendedPort('retrieval', { protocol: 'pop3' }),
    ]) {
      const labels = choice.sources.map((source) => source.label);
      expect(choice.tls).toBe('implicit');
      expect(labels).toContain('RFC 8314 §3');
      expect(labels).toContain(`RFC 8314 §${registration[choice.port]}`);
    }
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

describe('capabilityInfo', () => {
  it('finds keywords whatever their case', () => {
    expect(capabilityInfo('imap', 'logindisabled')?.keyword).toBe('LOGINDISABLED');
    expect(capabilityInfo('pop3', 'stls')?.rfc).toBe(2595);
    expect(capabilityInfo('smtp', 'StartTLS')?.rfc).toBe(3207);
  });

  it('matches prefix families and ignores parameters the server appends', () => {
    expect(capabilityInfo('imap', 'AUTH=PLAIN')?.keyword).toBe('AUTH=');
    expect(capabilityInfo('smtp', 'SIZE 35882577')?.keyword).toBe('SIZE');
    expect(capabilityInfo('pop3', 'SASL PLAIN LOGIN')?.keyword).toBe('SASL');
    expect(capabilityInfo('smtp', 'AUTH=LOGIN PLAIN')?.keyword).toBe('AUTH');
  });

  it('keeps protocols apart and returns undefined for unknown keywords', () => {
    expect(capabilityInfo('smtp', 'STLS')).toBeUndefined();
    expect(capabilityInfo('imap', 'X-UNKNOWN')).toBeUndefined();
    expect(capabilityInfo('imap', '   ')).toBeUndefined();
  });
});

describe('saslMechanism', () => {
  it('finds mechanisms case-insensitively and says which ones expose the password', () => {
    expect(saslMechanism('plain')?.sendsSecretInClear).toBe(true);
    expect(saslMechanism('Login')?.sendsSecretInClear).toBe(true);
    for (const name of ['CRAM-MD5', 'scram-sha-256', 'GSSAPI', 'EXTERNAL', 'OAUTHBEARER']) {
      expect(saslMechanism(name)?.sendsSecretInClear, name).toBe(false);
    }
    expect(saslMechanism('XOAUTH2')?.credentialOnWire).toBe('bearer-token');
    expect(saslMechanism('KERBEROS_V4')).toBeUndefined();
  });
});

describe('providers', () => {
  it('lists the blocks of a provider by id, and nothing for an unknown id', () => {
    expect(blocksFor('linode').map((block) => block.port)).toEqual([25, 465, 587]);
    expect(blocksFor('GCP')).toEqual([expect.objectContaining({ port: 25, action: 'blocked' })]);
    expect(blocksFor('nowhere')).toEqual([]);
    // AWS blocks outbound 25 on EC2 (liftable on request) and on Lambda.
    expect(lookupProvider('aws')?.blocks[0]?.action).toBe('blocked');
  });

  it('finds every provider blocking a port', () => {
    const on465 = providersBlocking(465).map(({ provider }) => provider.id);
    expect(on465.sort()).toEqual(['hetzner', 'linode']);
    expect(providersBlocking(25).length).toBe(9);
    expect(providersBlocking(993)).toEqual([]);
  });
});

describe('explainPort', () => {
  it('adds the known network restrictions to the explanation', () => {
    const text = explainPort(25) ?? '';
    expect(text).toContain('Google Cloud');
    expect(text).toContain('Amazon Web Services (EC2, Lambda) blocks it');
    expect(explainPort(993)).toBe(lookupPort(993)?.explanation);
    expect(explainPort(8080)).toBeUndefined();
  });
});

describe('myths, SRV labels and relay policies', () => {
  it('filters myths by port and verdict', () => {
    expect(myths().length).toBeGreaterThanOrEqual(11);
    expect(myths({ port: 465 }).every((myth) => myth.ports.includes(465))).toBe(true);
    expect(myths({ verdict: 'right' }).map((myth) => myth.id)).toEqual(['1998-gellens-klensin-587']);
  });

  it('maps SRV names, with or without the domain, to their ports', () => {
    expect(lookupSrvLabel('_submissions._tcp.example.com')).toMatchObject({ port: 465, tls: 'implicit' });
    expect(lookupSrvLabel('_IMAP._TCP')?.port).toBe(143);
    expect(lookupSrvLabel('_imapsx._tcp')).toBeUndefined();
    expect(srvLabels({ protocol: 'pop3' }).map((label) => label.port)).toEqual([995, 110]);
  });

  it('returns a copy of the relay policies so callers cannot change the data', () => {
    const policies = relayPolicies();
    policies.pop();
    expect(relayPolicies()).toHaveLength(4);
  });
});

describe('standingFor', () => {
  it('rates 465 recommended for submission but not for relay, and 25 not for submission', () => {
    expect(standingFor(465, 'submission')).toBe('recommended');
    expect(standingFor(465, 'relay')).toBe('not-for-this-role');
    expect(standingFor(25, 'submission')).toBe('not-for-this-role');
    expect(standingFor(993, 'relay')).toBeUndefined();
    expect(standingFor(1, 'relay')).toBeUndefined();
  });
});

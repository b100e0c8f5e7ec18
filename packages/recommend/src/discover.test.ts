import { createDnsServer, type DnsServerOptions, type DnsTestServer } from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from './discover';
import { RecommendError } from './errors';
import type { Candidate } from './types';

const servers: DnsTestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function dns(options: DnsServerOptions): Promise<string> {
  const server = await createDnsServer(options);
  servers.push(server);
  return server.address;
}

function brief(candidates: readonly Candidate[]): string[] {
  return candidates.map((item) => `${item.role} ${item.host}:${item.port} ${item.mode} ${item.source}`);
}

const zone: DnsServerOptions['records'] = {
  'example.test': {
    MX: [
      { priority: 20, exchange: 'mx2.example.test' },
      { priority: 10, exchange: 'mx1.example.test' },
    ],
  },
  'mx1.example.test': { A: ['127.0.0.1'] },
  'mx2.example.test': { A: ['127.0.0.2'] },
  'mail.example.test': { A: ['127.0.0.1'] },
  '_submissions._tcp.example.test': {
    SRV: [{ priority: 0, weight: 1, port: 465, target: 'mail.example.test' }],
  },
  '_submission._tcp.example.test': {
    SRV: [
      { priority: 10, weight: 1, port: 587, target: 'backup.example.test' },
      { priority: 0, weight: 1, port: 587, target: 'mail.example.test.' },
    ],
  },
  '_imaps._tcp.example.test': { SRV: [{ priority: 0, weight: 1, port: 993, target: 'mail.example.test' }] },
  '_imap._tcp.example.test': { SRV: [{ port: 0, target: '.' }] },
  '_pop3s._tcp.example.test': { SRV: [{ port: 0, target: '.' }] },
  '_pop3._tcp.example.test': { SRV: [{ port: 0, target: '.' }] },
};

describe('discover', () => {
  it('finds SRV services for an email address, in priority order, with 2525 on a resolved submission host as the fallback, and lists the ones not offered', async () => {
    const discovery = await discover({
      target: 'Ann@Example.Test',
      dnsServer: await dns({ records: zone }),
      timeout: 1000,
    });
    expect(discovery.domain).toBe('example.test');
    expect(brief(discovery.candidates)).toEqual([
      'send mail.example.test:465 implicit srv _submissions._tcp',
      'send mail.example.test:587 auto srv _submission._tcp',
      'send backup.example.test:587 auto srv _submission._tcp',
      'send backup.example.test:465 implicit beside srv _submission._tcp',
      'send mail.example.test:2525 auto fallback (srv host)',
      'read mail.example.test:993 implicit srv _imaps._tcp',
    ]);
    expect(discovery.notOffered).toEqual(['_imap._tcp', '_pop3._tcp', '_pop3s._tcp']);
    expect(discovery.candidates[0]?.addresses).toEqual(['127.0.0.1']);
    // A target that does not resolve stays a candidate (its probe will say so) without addresses.
    expect(discovery.candidates[2]?.addresses).toBeUndefined();
    expect(discovery.errors).toEqual([]);
  });

  it('probes 465 beside a host whose SRV records advertise only 587, as found but not advertised, after the advertised one', async () => {
    const address = await dns({
      records: {
        'gmail-like.test': { MX: [{ priority: 5, exchange: 'mx.gmail-like.test' }] },
        '_submission._tcp.gmail-like.test': {
          SRV: [{ priority: 5, weight: 0, port: 587, target: 'smtp.gmail-like.test' }],
        },
        '_imaps._tcp.gmail-like.test': {
          SRV: [{ priority: 5, weight: 0, port: 993, target: 'imap.gmail-like.test' }],
        },
        '_pop3._tcp.gmail-like.test': {
          SRV: [{ priority: 20, weight: 0, port: 110, target: 'pop.gmail-like.test' }],
        },
        'smtp.gmail-like.test': { A: ['127.0.0.1'] },
        'imap.gmail-like.test': { A: ['127.0.0.1'] },
        'pop.gmail-like.test': { A: ['127.0.0.1'] },
      },
    });
    const discovery = await discover({ target: 'ann@gmail-like.test', dnsServer: address });
    expect(brief(discovery.candidates)).toEqual([
      'send smtp.gmail-like.test:587 auto srv _submission._tcp',
      'send smtp.gmail-like.test:465 implicit beside srv _submission._tcp',
      'send smtp.gmail-like.test:2525 auto fallback (srv host)',
      'read imap.gmail-like.test:993 implicit srv _imaps._tcp',
      'read pop.gmail-like.test:110 auto srv _pop3._tcp',
      'read pop.gmail-like.test:995 implicit beside srv _pop3._tcp',
    ]);
    expect(discovery.candidates.map((item) => item.stated ?? null)).toEqual([0, null, null, 0, 1, null]);
  });

  it("orders IMAP and POP3 records by the domain's SRV priority, POP3 first when the domain says so", async () => {
    const address = await dns({
      records: {
        '_imaps._tcp.pop-first.test': {
          SRV: [{ priority: 10, weight: 0, port: 993, target: 'imap.pop-first.test' }],
        },
        '_pop3s._tcp.pop-first.test': {
          SRV: [{ priority: 0, weight: 0, port: 995, target: 'pop.pop-first.test' }],
        },
        'imap.pop-first.test': { A: ['127.0.0.1'] },
        'pop.pop-first.test': { A: ['127.0.0.1'] },
      },
    });
    const discovery = await discover({ target: 'ann@pop-first.test', roles: ['read'], dnsServer: address });
    expect(brief(discovery.candidates)).toEqual([
      'read pop.pop-first.test:995 implicit srv _pop3s._tcp',
      'read imap.pop-first.test:993 implicit srv _imaps._tcp',
    ]);
  });

  it('ignores an SRV record with port 0 and says why, instead of probing a port that does not exist', async () => {
    const address = await dns({
      records: {
        '_submissions._tcp.zero.test': {
          SRV: [{ priority: 0, weight: 0, port: 0, target: 'mail.zero.test' }],
        },
        'mail.zero.test': { A: ['127.0.0.1'] },
      },
    });
    const discovery = await discover({
      target: 'ann@zero.test',
      roles: ['send'],
      dnsServer: address,
      guess: false,
    });
    expect(discovery.candidates).toEqual([]);
    expect(discovery.ignored).toEqual([
      'SRV _submissions._tcp.zero.test: mail.zero.test port 0 is not a usable port',
    ]);
  });

  it('probes only the ten most preferred of hundreds of MX hosts, and says so', async () => {
    const records: DnsServerOptions['records'] = { 'many.test': { MX: [] } };
    for (let index = 0; index < 300; index += 1) {
      records['many.test']?.MX?.push({ priority: 300 - index, exchange: `mx${index}.many.test` });
    }
    const discovery = await discover({
      target: 'many.test',
      roles: ['relay'],
      dnsServer: await dns({ records }),
    });
    expect(discovery.candidates.map((item) => item.host)).toEqual(
      Array.from({ length: 10 }, (_, index) => `mx${299 - index}.many.test`),
    );
    expect(discovery.ignored).toEqual([
      'MX many.test: 300 hosts listed; only the 10 most preferred are probed',
    ]);
  });

  it('takes addresses from the system resolver by default, and logs every question with its answer', async () => {
    const server = await createDnsServer({
      records: {
        '_imaps._tcp.split.test': { SRV: [{ priority: 0, weight: 0, port: 993, target: 'localhost' }] },
      },
    });
    servers.push(server);
    const discovery = await discover({
      target: 'ann@split.test',
      roles: ['read'],
      dnsServer: server.address,
      addresses: 'system',
    });
    // localhost comes from the hosts file through getaddrinfo: the DNS server was never asked for it.
    expect(discovery.candidates[0]?.addresses).toContain('127.0.0.1');
    expect(server.queries.some((query) => query.name === 'localhost')).toBe(false);
    expect(discovery.queries).toContainEqual({
      question: 'SRV _imaps._tcp.split.test',
      via: server.address,
      answer: '0 0 993 localhost',
    });
    expect(discovery.queries).toContainEqual(
      expect.objectContaining({ question: 'address localhost', via: 'system resolver' }),
    );
    expect(discovery.queries).toContainEqual({
      question: 'SRV _pop3._tcp.split.test',
      via: server.address,
      answer: 'no record',
    });
  });

  it('finds the MX hosts for relay, by preference', async () => {
    const discovery = await discover({
      target: 'example.test',
      roles: ['relay'],
      dnsServer: await dns({ records: zone }),
    });
    expect(brief(discovery.candidates)).toEqual([
      'relay mx1.example.test:25 auto mx',
      'relay mx2.example.test:25 auto mx',
    ]);
  });

  it('guesses conventional names as Thunderbird does, keeping only names that resolve', async () => {
    const address = await dns({
      records: {
        'guess.test': { A: ['127.0.0.1'], MX: [{ priority: 10, exchange: 'mail.guess.test' }] },
        'smtp.guess.test': { A: ['127.0.0.1'] },
        'imap.guess.test': { AAAA: ['::1'] },
      },
    });
    const discovery = await discover({ target: 'ann@guess.test', dnsServer: address });
    expect(brief(discovery.candidates)).toEqual([
      'send smtp.guess.test:465 implicit guess smtp.',
      'send guess.test:465 implicit guess (domain)',
      'send smtp.guess.test:587 auto guess smtp.',
      'send guess.test:587 auto guess (domain)',
      'send smtp.guess.test:2525 auto guess smtp.',
      'send guess.test:2525 auto guess (domain)',
      'send smtp.guess.test:25 auto guess smtp.',
      'send guess.test:25 auto guess (domain)',
      'read imap.guess.test:993 implicit guess imap.',
      'read guess.test:993 implicit guess (domain)',
      'read imap.guess.test:143 auto guess imap.',
      'read guess.test:143 auto guess (domain)',
      'read guess.test:995 implicit guess (domain)',
      'read guess.test:110 auto guess (domain)',
    ]);
    expect(discovery.candidates.find((item) => item.host === 'imap.guess.test')?.addresses).toEqual(['::1']);
  });

  it('does not guess when told not to', async () => {
    const address = await dns({
      records: {
        'guess.test': { MX: [{ priority: 1, exchange: 'mx.guess.test' }] },
        'smtp.guess.test': { A: ['127.0.0.1'] },
      },
    });
    const discovery = await discover({ target: 'ann@guess.test', dnsServer: address, guess: false });
    expect(discovery.candidates).toEqual([]);
    expect(discovery.domain).toBe('guess.test');
  });

  it('treats a name without mail records as a bare host on the default ports of each role', async () => {
    const address = await dns({ records: { 'box.test': { A: ['127.0.0.1'] } } });
    const discovery = await discover({
      target: 'box.test',
      roles: ['send', 'relay', 'read'],
      dnsServer: address,
    });
    expect(discovery.domain).toBeNull();
    expect(brief(discovery.candidates)).toEqual([
      'send box.test:465 implicit input',
      'send box.test:587 auto input',
      'send box.test:2525 auto input',
      'send box.test:25 auto input',
      'relay box.test:25 auto input',
      'read box.test:993 implicit input',
      'read box.test:143 auto input',
      'read box.test:995 implicit input',
      'read box.test:110 auto input',
    ]);
  });

  it('takes an IP address as a bare host without asking DNS', async () => {
    const discovery = await discover({ target: '[127.0.0.1]', roles: ['read'], dnsServer: '127.0.0.1:9' });
    expect(discovery.domain).toBeNull();
    expect(discovery.candidates.map((item) => `${item.host}:${item.port}`)).toEqual([
      '127.0.0.1:993',
      '127.0.0.1:143',
      '127.0.0.1:995',
      '127.0.0.1:110',
    ]);
  });

  it('uses the domain itself as the implicit MX when there is no MX record, and honours a null MX', async () => {
    const address = await dns({
      records: {
        'plain.test': { A: ['127.0.0.1'] },
        'nomail.test': { MX: [{ priority: 0, exchange: '.' }] },
      },
    });
    const implicit = await discover({ target: 'ann@plain.test', roles: ['relay'], dnsServer: address });
    expect(brief(implicit.candidates)).toEqual(['relay plain.test:25 auto implicit mx']);
    const none = await discover({ target: 'ann@nomail.test', roles: ['relay'], dnsServer: address });
    expect(none.candidates).toEqual([]);
    expect(none.notOffered).toEqual(['MX']);
  });

  it('reports DNS failures in errors instead of throwing', async () => {
    const address = await dns({ failures: { '_submissions._tcp.broken.test': 'servfail' } });
    const discovery = await discover({
      target: 'ann@broken.test',
      roles: ['send'],
      dnsServer: address,
      guess: false,
    });
    expect(discovery.errors).toContain('SRV _submissions._tcp.broken.test: ESERVFAIL');
  });

  it('reports a DNS server that never answers as timeouts', async () => {
    const address = await dns({ failures: { '_submissions._tcp.slow.test': 'timeout' } });
    const discovery = await discover({
      target: 'ann@slow.test',
      roles: ['send'],
      dnsServer: address,
      guess: false,
      timeout: 200,
    });
    expect(discovery.errors).toContain('SRV _submissions._tcp.slow.test: ETIMEOUT');
  });

  it('rejects malformed targets and DNS servers with a typed error, asking nothing', async () => {
    for (const target of [
      '',
      'ann@',
      '@example.test',
      'a@b@c.invalid',
      'bad name.test',
      'a\r\nb.test',
      '-x.test',
    ]) {
      await expect(discover({ target })).rejects.toMatchObject({ code: 'E_INVALID_TARGET' });
    }
    await expect(
      discover({ target: 'example.test', dnsServer: 'dns.example.test:53' }),
    ).rejects.toBeInstanceOf(RecommendError);
    await expect(discover({ target: 'example.test', dnsServer: '127.0.0.1:99999' })).rejects.toMatchObject({
      code: 'E_INVALID_DNS_SERVER',
    });
  });

  it('accepts IPv6 DNS server notations', async () => {
    const discovery = await discover({ target: '::1', roles: ['relay'], dnsServer: '[::1]:53' });
    expect(brief(discovery.candidates)).toEqual(['relay ::1:25 auto input']);
  });
});

describe('discover: cancellation', () => {
  it('stops asking once the signal fires and says so', async () => {
    const address = await dns({ failures: { '_submissions._tcp.slow.test': 'timeout' } });
    const controller = new AbortController();
    const pending = discover({
      target: 'ann@slow.test',
      dnsServer: address,
      timeout: 5000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const discovery = await pending;
    expect(discovery.errors).toContain('aborted');
    expect(discovery.candidates).toEqual([]);
  });
});

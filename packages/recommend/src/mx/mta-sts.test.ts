import * as dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import {
  createDnsServer,
  createSmtpServer,
  createTestPki,
  type DnsRecords,
  type DnsTestServer,
  type SmtpTestServer,
  type TestPki,
} from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PolicyBehaviour, type PolicyServer, startPolicyServer } from './__fixtures__/policy-server';
import { inspectMx } from './inspect';
import type { InspectMxOptions, MxAddressReport, MxReport } from './types';

const POLICY = (mode: string, ...mx: string[]) =>
  `version: STSv1\r\nmode: ${mode}\r\n${mx.map((pattern) => `mx: ${pattern}\r\n`).join('')}max_age: 86400\r\n`;

const CASES: Record<string, PolicyBehaviour> = {
  'enforce.test': { kind: 'policy', body: POLICY('enforce', '*.enforce.test') },
  'uncovered.test': { kind: 'policy', body: POLICY('enforce', 'other.uncovered.test') },
  'testing.test': { kind: 'policy', body: POLICY('testing', 'other.testing.test') },
  'none.test': { kind: 'policy', body: POLICY('none') },
  'redirect.test': { kind: 'redirect', location: 'https://elsewhere.test/.well-known/mta-sts.txt' },
  'notfound.test': { kind: 'status', status: 404 },
  'endless.test': { kind: 'endless' },
  'drip.test': { kind: 'drip' },
  'badcert.test': { kind: 'wrong-certificate' },
  'html.test': { kind: 'policy', body: POLICY('enforce', '*.html.test'), contentType: 'text/html' },
  'badpolicy.test': {
    kind: 'policy',
    body: 'version: STSv1\nmode: enforce\nmx: mx.badpolicy.test\nmax_age: 99999999999\n',
  },
  'wrongname.test': { kind: 'policy', body: POLICY('enforce', 'mx.wrongname.test') },
  'clear.test': { kind: 'policy', body: POLICY('enforce', 'mx.clear.test') },
};

let pki: TestPki;
let dns: DnsTestServer;
let policy: PolicyServer;
let mx: SmtpTestServer;
let wrongName: SmtpTestServer;
let clear: SmtpTestServer;

function zone(): Record<string, DnsRecords> {
  const records: Record<string, DnsRecords> = {};
  for (const domain of [...Object.keys(CASES), 'twosts.test']) {
    const address =
      domain === 'wrongname.test' ? '127.0.0.2' : domain === 'clear.test' ? '127.0.0.3' : '127.0.0.1';
    records[domain] = { MX: [{ priority: 10, exchange: `mx.${domain}` }] };
    records[`mx.${domain}`] = { A: [address] };
    records[`mta-sts.${domain}`] = { A: ['127.0.0.1'] };
    records[`_mta-sts.${domain}`] = { TXT: ['v=spf1 -all', ['v=STSv1; ', 'id=20261204T1']] };
  }
  records['many.test'] = {
    MX: [30, 10, 20].map((priority) => ({ priority, exchange: `mx${priority}.many.test` })),
  };
  records['mixednull.test'] = {
    MX: [
      { priority: 0, exchange: '.' },
      { priority: 10, exchange: 'mx.slow.test' },
    ],
  };
  records['slow.test'] = { MX: [{ priority: 10, exchange: 'mx.slow.test' }] };
  records['mx.slow.test'] = { A: ['127.0.0.4'] };
  records['_mta-sts.twosts.test'] = { TXT: ['v=STSv1; id=one', 'v=STSv1; id=two'] };
  records['_smtp._tls.enforce.test'] = { TXT: ['v=TLSRPTv1; rua=mailto:tls-reports@enforce.test'] };
  records['_smtp._tls.none.test'] = { TXT: ['v=TLSRPTv1; rua=ftp://nowhere'] };
  return records;
}

beforeAll(async () => {
  const names = Object.keys(CASES).flatMap((domain) => [`mta-sts.${domain}`, `mx.${domain}`]);
  pki = await createTestPki({ hostnames: [...names, 'mx.twosts.test'] });
  dns = await createDnsServer({ records: zone(), failures: { 'silent.test': 'timeout' } });
  policy = await startPolicyServer(CASES, { good: pki.leaf, wrong: pki.wrongName });
  mx = await createSmtpServer({ host: '127.0.0.1', cert: pki.leaf.cert, key: pki.leaf.key });
  wrongName = await createSmtpServer({ host: '127.0.0.2', certificate: 'wrongName' });
  clear = await createSmtpServer({ host: '127.0.0.3', tls: 'none' });
});

afterAll(async () => {
  await Promise.all([dns?.close(), policy?.close(), mx?.close(), wrongName?.close(), clear?.close()]);
});

function inspect(domain: string, extra: Partial<InspectMxOptions> = {}): Promise<MxReport> {
  const server = domain === 'wrongname.test' ? wrongName : domain === 'clear.test' ? clear : mx;
  return inspectMx({
    domain,
    resolver: dns.address,
    smtpPort: server.port,
    policyPort: policy.port,
    ca: [pki.ca.cert, mx.ca],
    dnsTimeout: 2000,
    policyTimeout: 5000,
    ...extra,
  });
}

function first(report: MxReport): MxAddressReport {
  const address = report.hosts[0]?.ipv4[0];
  if (!address) throw new Error('no address');
  return address;
}

describe('an MTA-STS sender', () => {
  it('delivers to an MX a wildcard pattern covers, over TLS with a certificate valid for it', async () => {
    const report = await inspect('enforce.test');
    expect(report.mtaSts.record).toMatchObject({ present: true, id: '20261204T1' });
    expect(report.mtaSts.policy).toEqual({
      version: 'STSv1',
      mode: 'enforce',
      mx: ['*.enforce.test'],
      maxAge: 86400,
    });
    expect(report.hosts[0]?.mtaStsCovered).toBe(true);
    expect(first(report).verdicts.mtaSts).toMatchObject({ outcome: 'delivers-encrypted', resultType: null });
    expect(report.tlsRpt).toMatchObject({
      present: true,
      valid: true,
      rua: ['mailto:tls-reports@enforce.test'],
    });
  });

  it('refuses an MX that an enforce policy does not name', async () => {
    const report = await inspect('uncovered.test');
    expect(report.hosts[0]?.mtaStsCovered).toBe(false);
    expect(first(report).verdicts.mtaSts).toMatchObject({
      outcome: 'refuses',
      resultType: 'validation-failure',
    });
    expect(report.summary['mta-sts'].outcome).toBe('refuses');
  });

  it('delivers and reports when a testing policy does not name the MX', async () => {
    const report = await inspect('testing.test');
    expect(first(report).verdicts.mtaSts).toMatchObject({
      outcome: 'delivers-and-reports',
      resultType: 'validation-failure',
    });
    expect(report.problems.map((problem) => problem.code)).toContain('testing-without-tls-rpt');
  });

  it('applies no rules for a policy in mode none', async () => {
    const report = await inspect('none.test');
    expect(first(report).verdicts.mtaSts).toMatchObject({ outcome: 'not-applicable', resultType: null });
    expect(report.tlsRpt).toMatchObject({ present: true, valid: false });
    expect(report.tlsRpt.problem).toContain('ftp://nowhere');
  });

  it('refuses an MX whose certificate names another host, as certificate-host-mismatch', async () => {
    const report = await inspect('wrongname.test');
    expect(first(report).verdicts.mtaSts).toMatchObject({
      outcome: 'refuses',
      resultType: 'certificate-host-mismatch',
    });
    expect(first(report).verdicts.opportunistic.outcome).toBe('delivers-encrypted');
  });

  it('refuses an MX without STARTTLS, which an opportunistic sender reaches in clear', async () => {
    const report = await inspect('clear.test');
    const address = first(report);
    expect(address.verdicts.mtaSts).toMatchObject({
      outcome: 'refuses',
      resultType: 'starttls-not-supported',
    });
    expect(address.verdicts.opportunistic).toMatchObject({
      outcome: 'delivers-in-clear',
      resultType: 'starttls-not-supported',
    });
  });
});

describe('the MX path', () => {
  it('reports a greeting slower than the threshold as delayed (greet-pause), not as a failure', async () => {
    const slow = await createSmtpServer({ host: '127.0.0.4', hostile: { greetingDelayMs: 300 } });
    try {
      const report = await inspectMx({
        domain: 'slow.test',
        resolver: dns.address,
        smtpPort: slow.port,
        greetingDelayThreshold: 100,
      });
      const address = first(report);
      expect(address.observation).toMatchObject({ status: 'ok', greetingDelayed: true });
      expect(address.verdicts.opportunistic.outcome).toBe('delivers-encrypted');
    } finally {
      await slow.close();
    }
  });

  it('probes at most maxHosts MX hosts, by preference, and says how many it left out', async () => {
    const report = await inspectMx({
      domain: 'many.test',
      resolver: dns.address,
      smtpPort: mx.port,
      maxHosts: 2,
    });
    expect(report.hosts.map((host) => [host.preference, host.host])).toEqual([
      [10, 'mx10.many.test'],
      [20, 'mx20.many.test'],
    ]);
    expect(report.problems.map((problem) => problem.code)).toContain('mx-limit');
  });

  it('reads a null MX published next to other MX records as no mail, and names the contradiction', async () => {
    const report = await inspectMx({ domain: 'mixednull.test', resolver: dns.address, smtpPort: mx.port });
    expect(report.mx.kind).toBe('null-mx');
    expect(report.problems.map((problem) => problem.code)).toContain('null-mx-with-others');
  });

  it('counts an MX that refuses in its greeting as no dialogue, not as delivery in clear', async () => {
    const refusing = await createSmtpServer({ host: '127.0.0.4', preset: 'greeting-554' });
    try {
      const report = await inspectMx({ domain: 'slow.test', resolver: dns.address, smtpPort: refusing.port });
      expect(first(report).observation.status).toBe('rejected');
      expect(first(report).verdicts.opportunistic.outcome).toBe('no-answer');
    } finally {
      await refusing.close();
    }
  });
});

describe('the policy fetch, by RFC 8461 §3.3', () => {
  it('does not follow a redirect', async () => {
    const report = await inspect('redirect.test');
    expect(report.mtaSts.failure?.resultType).toBe('sts-policy-fetch-error');
    expect(report.mtaSts.failure?.message).toMatch(/^E_POLICY_REDIRECT: .*301.*elsewhere\.test/);
    expect(first(report).verdicts.mtaSts).toMatchObject({
      outcome: 'not-applicable',
      resultType: 'sts-policy-fetch-error',
    });
  });

  it('accepts only status 200', async () => {
    const report = await inspect('notfound.test');
    expect(report.mtaSts.failure?.message).toMatch(/^E_POLICY_STATUS/);
  });

  it('stops reading an endless body at the size limit', async () => {
    const report = await inspect('endless.test', { policyMaxBytes: 4096 });
    expect(report.mtaSts.failure?.message).toMatch(/^E_POLICY_TOO_LARGE/);
    expect(report.mtaSts.fetch?.bytes).toBeGreaterThan(4096);
  });

  it('gives up on a slow drip at the time limit', async () => {
    const report = await inspect('drip.test', { policyTimeout: 400 });
    expect(report.mtaSts.failure).toMatchObject({ resultType: 'sts-policy-fetch-error' });
    expect(report.mtaSts.failure?.message).toMatch(/^E_POLICY_TIMEOUT/);
  });

  it('rejects a policy host whose certificate names another host, as sts-webpki-invalid', async () => {
    const report = await inspect('badcert.test');
    expect(report.mtaSts.failure?.resultType).toBe('sts-webpki-invalid');
  });

  it('rejects a policy served as another media type than text/plain', async () => {
    const report = await inspect('html.test');
    expect(report.mtaSts.failure).toMatchObject({ resultType: 'sts-policy-invalid' });
    expect(report.mtaSts.failure?.message).toContain('text/html');
  });

  it('rejects a policy whose max_age is beyond one year', async () => {
    const report = await inspect('badpolicy.test');
    expect(report.mtaSts.failure).toMatchObject({ resultType: 'sts-policy-invalid' });
    expect(report.mtaSts.failure?.message).toContain('max_age');
  });

  it('fetches nothing when two v=STSv1 records are published', async () => {
    const report = await inspect('twosts.test');
    expect(report.mtaSts.record.present).toBe(false);
    expect(report.mtaSts.record.problem).toContain('2 v=STSv1 records');
    expect(report.mtaSts.url).toBeNull();
  });
});

/** A UDP "resolver" that answers every query with `reply(query)`. */
async function fakeResolver(reply: (query: Buffer) => Buffer): Promise<{ address: string; close(): void }> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, remote) => socket.send(reply(message), remote.port, remote.address));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { address: `127.0.0.1:${(socket.address() as AddressInfo).port}`, close: () => socket.close() };
}

describe('a resolver that fails', () => {
  it('that stays silent ends as E_DNS_TIMEOUT within the DNS time limit', async () => {
    const report = await inspectMx({ domain: 'silent.test', resolver: dns.address, dnsTimeout: 300 });
    expect(report.mx.kind).toBe('failed');
    expect(report.problems.map((problem) => problem.code)).toContain('E_DNS_TIMEOUT');
  });

  it('that answers another question is caught as E_DNS_MISMATCH', async () => {
    const liar = await fakeResolver((query) => {
      // Same id and flags, but the question renamed: an answer for another name.
      const copy = Buffer.from(query);
      copy[2] = (copy[2] ?? 0) | 0x80;
      const at = copy.indexOf(Buffer.from('lies'));
      if (at >= 0) copy.write('liar', at);
      return copy;
    });
    try {
      const report = await inspectMx({ domain: 'lies.test', resolver: liar.address, dnsTimeout: 500 });
      expect(report.problems.map((problem) => problem.code)).toContain('E_DNS_MISMATCH');
      expect(report.mx.kind).toBe('failed');
    } finally {
      liar.close();
    }
  });

  it('that sends garbage is caught as E_DNS_MALFORMED', async () => {
    const garbage = await fakeResolver((query) =>
      Buffer.concat([query.subarray(0, 2), Buffer.from([0x81, 0x80, 0, 1, 0, 5, 0, 0, 0, 0, 0xff])]),
    );
    try {
      const report = await inspectMx({ domain: 'garbage.test', resolver: garbage.address, dnsTimeout: 500 });
      expect(report.problems.map((problem) => problem.code)).toContain('E_DNS_MALFORMED');
    } finally {
      garbage.close();
    }
  });

  it('that truncates every UDP answer is asked again over TCP', async () => {
    const truncating = await createDnsServer({ records: zone(), truncateUdp: true });
    try {
      const report = await inspectMx({
        domain: 'enforce.test',
        resolver: truncating.address,
        smtpPort: mx.port,
        policyPort: policy.port,
        ca: [pki.ca.cert],
      });
      expect(report.hosts.map((host) => host.host)).toEqual(['mx.enforce.test']);
      expect(
        truncating.queries.some((query) => query.name === 'enforce.test' && query.transport === 'tcp'),
      ).toBe(true);
    } finally {
      await truncating.close();
    }
  });

  it('refuses a resolver that is not an IP address', async () => {
    await expect(inspectMx({ domain: 'enforce.test', resolver: 'dns.example' })).rejects.toMatchObject({
      code: 'E_INVALID_RESOLVER',
    });
    await expect(inspectMx({ domain: 'bad domain', resolver: '127.0.0.1' })).rejects.toMatchObject({
      code: 'E_INVALID_DOMAIN',
    });
  });
});

describe('the relay recommendation', () => {
  it('lowers an MX that an enforce policy does not name from recommended to works, saying why', async () => {
    const { recommend } = await import('../recommend');
    const options = {
      roles: ['relay' as const],
      dnsServer: dns.address,
      resolvePorts: { '25': mx.port, '443': policy.port },
      ca: [pki.ca.cert],
      guess: false,
      fetch: false as const,
      timeouts: { connect: 2000 },
    };
    const covered = await recommend({ ...options, target: 'enforce.test' });
    expect(covered.recommendations[0]?.best).toMatchObject({
      host: 'mx.enforce.test',
      verdict: 'recommended',
    });
    const uncovered = await recommend({ ...options, target: 'uncovered.test' });
    const option = uncovered.recommendations[0]?.options[0];
    expect(option?.verdict).toBe('works');
    expect(option?.reasons[0]?.text).toMatch(
      /^MTA-STS senders will not deliver here: .*other\.uncovered\.test.*validation-failure/,
    );
  });
});

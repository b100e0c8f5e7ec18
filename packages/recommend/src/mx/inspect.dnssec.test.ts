import type { SmtpTestServer } from '@mailports/testkit';
import { createTestPki } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DnssecRig, loadRig, mxServer } from './__fixtures__/dnssec-rig';
import { inspectMx } from './inspect';
import type { MxAddressReport, MxReport } from './types';

// Against the real rig of scripts/dnssec/up.sh: NSD serving a signed zone, Unbound validating it.
let rig: DnssecRig;
const servers: SmtpTestServer[] = [];

async function inspect(domain: string, server: SmtpTestServer): Promise<MxReport> {
  return inspectMx({ domain, resolver: rig.resolver, smtpPort: server.port, dnsTimeout: 3000 });
}

function onlyAddress(report: MxReport): MxAddressReport {
  const address = report.hosts[0]?.ipv4[0] ?? report.hosts[0]?.ipv6[0];
  if (!address) throw new Error(`no address in ${JSON.stringify(report.hosts)}`);
  return address;
}

beforeAll(() => {
  rig = loadRig();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function start(host: string, hostname: string, extra: { cert?: string; key?: string } = {}) {
  const server = await mxServer(rig, host, hostname, extra);
  servers.push(server);
  return server;
}

describe('a DANE sender, with a validating resolver', () => {
  it('delivers to a self-signed MX whose DANE-EE(3) record matches, and says so according to the resolver', async () => {
    const server = await start('127.0.0.71', 'mx.good.dane.test');
    const report = await inspect('good.dane.test', server);
    expect(report.mx).toMatchObject({ kind: 'records', dnssec: 'secure' });
    const host = report.hosts[0];
    expect(host).toMatchObject({ host: 'mx.good.dane.test', preference: 10, addressDnssec: 'secure' });
    expect(host?.tlsa).toMatchObject({
      dnssec: 'secure',
      records: [{ usage: 3, selector: 1, matchingType: 1, usable: true }],
    });
    const address = onlyAddress(report);
    expect(address.verdicts.dane).toMatchObject({ outcome: 'delivers-encrypted', resultType: null });
    expect(address.verdicts.dane.reasons[0]?.text).toContain(`according to resolver ${rig.resolver}`);
    expect(address.verdicts.opportunistic.outcome).toBe('delivers-encrypted');
    expect(address.observation).toMatchObject({
      ehloName: 'mx.good.dane.test',
      reverseNames: ['mx.good.dane.test'],
      reverseConfirmed: true,
      ehloMatchesReverse: true,
    });
    expect(host?.tlsa.rolloverHints[0]).toContain('Only one DANE-EE record');
  });

  it('refuses an MX whose certificate matches no TLSA record, reporting tlsa-invalid', async () => {
    const server = await start('127.0.0.72', 'mx.mismatch.dane.test');
    const report = await inspect('mismatch.dane.test', server);
    const address = onlyAddress(report);
    expect(address.verdicts.dane).toMatchObject({ outcome: 'refuses', resultType: 'tlsa-invalid' });
    expect(address.verdicts.opportunistic.outcome).toBe('delivers-encrypted');
    expect(address.observation).toMatchObject({ ehloMatchesReverse: false, reverseConfirmed: false });
    expect(report.summary.dane.outcome).toBe('refuses');
  });

  it('ignores TLSA records in an unsigned zone: not DANE', async () => {
    const server = await start('127.0.0.74', 'mx.plain.test');
    const report = await inspect('plain.test', server);
    expect(report.mx.dnssec).toBe('insecure');
    expect(report.hosts[0]?.tlsa).toMatchObject({ dnssec: 'insecure', records: [{ usage: 3 }] });
    const dane = onlyAddress(report).verdicts.dane;
    expect(dane.outcome).toBe('not-applicable');
    expect(dane.reasons[0]?.text).toContain('not DNSSEC-signed');
  });

  it('names a zone with expired signatures dnssec-invalid and lists no MX from it', async () => {
    const server = await start('127.0.0.76', 'mx.bogus.test');
    const report = await inspect('bogus.test', server);
    expect(report.mx).toMatchObject({ kind: 'failed', dnssec: 'bogus' });
    expect(report.mx.evidence.error).toContain('checking disabled');
    expect(report.hosts).toEqual([]);
  });

  it('still requires TLS when every TLSA record is unusable (a short digest, a PKIX usage)', async () => {
    const server = await start('127.0.0.75', 'mx.badtlsa.dane.test');
    const report = await inspect('badtlsa.dane.test', server);
    const records = report.hosts[0]?.tlsa.records ?? [];
    expect(records.map((record) => record.problem)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('needs 32 bytes'),
        expect.stringContaining('not for SMTP'),
      ]),
    );
    expect(onlyAddress(report).verdicts.dane).toMatchObject({
      outcome: 'delivers-encrypted',
      resultType: 'tlsa-invalid',
    });
  });

  it('probes an IPv6-only MX over ::1 and reports it under ipv6', async () => {
    const server = await start('::1', 'mx.v6.dane.test');
    const report = await inspect('v6.dane.test', server);
    expect(report.hosts[0]?.ipv4).toEqual([]);
    expect(report.hosts[0]?.ipv6[0]).toMatchObject({ address: '::1', family: 6 });
    expect(report.hosts[0]?.ipv6[0]?.verdicts.dane.outcome).toBe('delivers-encrypted');
  });

  it('treats a null MX as a domain that accepts no mail', async () => {
    const report = await inspectMx({ domain: 'nullmx.dane.test', resolver: rig.resolver });
    expect(report.mx.kind).toBe('null-mx');
    expect(report.hosts).toEqual([]);
    expect(report.summary.opportunistic.text).toContain('null MX');
  });

  it('uses the domain itself as implicit MX when it has an address but no MX', async () => {
    const server = await start('127.0.0.73', 'implicit.dane.test');
    const report = await inspect('implicit.dane.test', server);
    expect(report.mx.kind).toBe('implicit');
    expect(report.hosts[0]).toMatchObject({ host: 'implicit.dane.test', preference: null });
    expect(onlyAddress(report).verdicts.dane.outcome).toBe('delivers-encrypted');
  });

  it('refuses a certificate from another key even when a CA would trust it', async () => {
    const pki = await createTestPki({ hostnames: ['mx.good.dane.test'] });
    const server = await start('127.0.0.71', 'mx.good.dane.test', { cert: pki.leaf.cert, key: pki.leaf.key });
    const report = await inspectMx({
      domain: 'good.dane.test',
      resolver: rig.resolver,
      smtpPort: server.port,
      ca: pki.ca.cert,
    });
    const address = onlyAddress(report);
    expect(address.observation.certificateTrusted).toBe(true);
    expect(address.verdicts.dane).toMatchObject({ outcome: 'refuses', resultType: 'tlsa-invalid' });
  });
});

describe('the relay recommendation, with a validating resolver', () => {
  it('lowers a trusted MX whose key matches no TLSA record from recommended to works', async () => {
    const { recommend } = await import('../recommend');
    const pki = await createTestPki({ hostnames: ['mx.good.dane.test'] });
    const server = await start('127.0.0.71', 'mx.good.dane.test', { cert: pki.leaf.cert, key: pki.leaf.key });
    const report = await recommend({
      target: 'good.dane.test',
      roles: ['relay'],
      dnsServer: rig.resolver,
      resolvePorts: { '25': server.port },
      ca: pki.ca.cert,
      guess: false,
      fetch: false,
    });
    const option = report.recommendations[0]?.options[0];
    expect(option?.verdict).toBe('works');
    expect(option?.reasons[0]?.text).toMatch(/^DANE senders will not deliver here: .*tlsa-invalid/);
  });
});

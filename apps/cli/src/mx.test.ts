import {
  createDnsServer,
  createSmtpServer,
  createTestPki,
  type DnsTestServer,
  type SmtpTestServer,
} from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, writeCaFile } from './__fixtures__/local';
import { runCli, schemaValidator } from './__fixtures__/run-cli';

let dns: DnsTestServer;
let mx: SmtpTestServer;
let ca: CaFile;

beforeAll(async () => {
  const pki = await createTestPki({ hostnames: ['mx1.example.test'] });
  mx = await createSmtpServer({
    host: '127.0.0.1',
    hostname: 'mx1.example.test',
    cert: pki.leaf.cert,
    key: pki.leaf.key,
  });
  dns = await createDnsServer({
    records: {
      'example.test': {
        MX: [
          { priority: 20, exchange: 'mx2.example.test' },
          { priority: 10, exchange: 'mx1.example.test' },
        ],
      },
      'mx1.example.test': { A: ['127.0.0.1'] },
      'mx2.example.test': { AAAA: ['::1'] },
      '_smtp._tls.example.test': { TXT: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.test'] },
      'nullmx.test': { MX: [{ priority: 0, exchange: '.' }] },
    },
  });
  ca = writeCaFile(pki.ca.cert);
});

afterAll(async () => {
  await Promise.all([dns.close(), mx.close()]);
  ca.remove();
});

function mxArgs(domain: string, ...extra: string[]): string[] {
  return [
    'mx',
    domain,
    '--resolver',
    dns.address,
    '--smtp-port',
    String(mx.port),
    '--ca',
    ca.file,
    '--connect-timeout',
    '2s',
    ...extra,
  ];
}

describe('mailports mx', () => {
  it('prints one JSON document that validates against the mx schema', async () => {
    const run = await runCli(mxArgs('example.test', '--json'));
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('mx');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.report.hosts.map((host: { host: string }) => host.host)).toEqual([
      'mx1.example.test',
      'mx2.example.test',
    ]);
    expect(document.report.hosts[0].ipv4[0].verdicts.opportunistic.outcome).toBe('delivers-encrypted');
    expect(document.report.tlsRpt.valid).toBe(true);
    expect(run.code).toBe(0);
  });

  it('lists every MX by preference in text, IPv4 and IPv6 apart, with the three senders', async () => {
    const run = await runCli(mxArgs('example.test'));
    expect(run.stdout).toMatch(/10 mx1\.example\.test[\s\S]*20 mx2\.example\.test/);
    expect(run.stdout).toContain('127.0.0.1:');
    expect(run.stdout).toContain('[::1]:');
    expect(run.stdout).toContain('IPv4: no address');
    for (const sender of ['opportunistic', 'MTA-STS', 'DANE']) expect(run.stdout).toContain(sender);
    expect(run.stdout).toContain('TLS-RPT: reports to mailto:tlsrpt@example.test');
  });

  it('takes an e-mail address for its domain', async () => {
    const run = await runCli(mxArgs('postmaster@example.test', '--json'));
    expect(JSON.parse(run.stdout).report.domain).toBe('example.test');
  });

  it('exits 1 for a null MX, which accepts no mail', async () => {
    const run = await runCli(mxArgs('nullmx.test'));
    expect(run.stdout).toContain('MX: null-mx');
    expect(run.code).toBe(1);
  });

  it('refuses a resolver that is not an IP address before sending anything', async () => {
    const run = await runCli(['mx', 'example.test', '--resolver', 'resolver.example']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--resolver');
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSmtpServer, createTestPki, type SmtpTestServer } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCaFile } from './__fixtures__/local';
import { runCli, schemaValidator } from './__fixtures__/run-cli';

// The rig of scripts/dnssec/up.sh: NSD serving dane.test (signed), Unbound validating it.
const env = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../.dnssec/env.json'), 'utf8'),
) as { resolver: string; certificate: string; key: string };
let good: SmtpTestServer;

beforeAll(async () => {
  const cert = readFileSync(env.certificate, 'utf8');
  const key = readFileSync(env.key, 'utf8');
  good = await createSmtpServer({ host: '127.0.0.71', hostname: 'mx.good.dane.test', cert, key });
});
afterAll(() => good.close());

describe('mailports mx with a validating resolver', () => {
  it('reports DANE-EE delivery to a self-signed MX, in JSON that validates against the schema', async () => {
    const run = await runCli([
      'mx',
      'good.dane.test',
      '--resolver',
      env.resolver,
      '--smtp-port',
      String(good.port),
      '--json',
    ]);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('mx');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.report.resolver).toBe(env.resolver);
    expect(document.report.mx).toMatchObject({ kind: 'records', dnssec: 'secure' });
    expect(document.report.hosts[0].ipv4[0].verdicts.dane).toMatchObject({
      outcome: 'delivers-encrypted',
      resultType: null,
    });
    expect(run.code).toBe(0);
  });

  it('says a bogus zone failed DNSSEC validation, and exits 1 with nothing to deliver to', async () => {
    const run = await runCli(['mx', 'bogus.test', '--resolver', env.resolver]);
    expect(run.stdout).toContain('MX: failed (bogus)');
    expect(run.stdout).toContain('checking disabled');
    expect(run.code).toBe(1);
  });
});

describe('mailports recommend --role relay with a validating resolver', () => {
  it('puts the DANE refusal first when a trusted MX key matches no TLSA record', async () => {
    const pki = await createTestPki({ hostnames: ['mx.good.dane.test'] });
    const other = await createSmtpServer({
      host: '127.0.0.71',
      hostname: 'mx.good.dane.test',
      cert: pki.leaf.cert,
      key: pki.leaf.key,
    });
    const ca = writeCaFile(pki.ca.cert);
    try {
      const run = await runCli([
        'recommend',
        'good.dane.test',
        '--role',
        'relay',
        '--dns-server',
        env.resolver,
        '--port-map',
        `25=${other.port}`,
        '--ca',
        ca.file,
        '--no-fetch',
        '--json',
      ]);
      const document = JSON.parse(run.stdout);
      expect(schemaValidator('recommend')(document)).toBe(true);
      const option = document.recommendations[0].options[0];
      expect(option.verdict).toBe('works');
      expect(option.reasons[0].text).toMatch(/^DANE senders will not deliver here: .*tlsa-invalid/);
    } finally {
      ca.remove();
      await other.close();
    }
  });
});

import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDnsServer, createTestPki, type DnsTestServer } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDemoProvider } from './__fixtures__/demo';
import { type CaFile, writeCaFile } from './__fixtures__/local';
import { runCli, schemaValidator } from './__fixtures__/run-cli';

// autoconfig.pub.test is a local HTTPS server (testkit CA) reached through --port-map 443=…; its
// config lists the demo provider's servers, one with the wrong security mode.
const demo = useDemoProvider();
let https: Server;
let dns: DnsTestServer;
let ca: CaFile;
let portMap = '';

const CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="pub.test"><domain>pub.test</domain>
<incomingServer type="imap"><hostname>localhost</hostname><port>993</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>localhost</hostname><port>587</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>`;

beforeAll(async () => {
  const pki = await createTestPki({ hostnames: ['autoconfig.pub.test'] });
  https = createServer({ cert: pki.leaf.cert, key: pki.leaf.key }, (request, response) => {
    if (
      request.headers.host?.startsWith('autoconfig.pub.test') &&
      request.url?.startsWith('/mail/config-v1.1.xml')
    ) {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(CONFIG);
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  dns = await createDnsServer({ records: { 'autoconfig.pub.test': { A: ['127.0.0.1'] } } });
  ca = writeCaFile(`${demo.provider.ca}\n${pki.ca.cert}`);
  portMap = `${demo.portMap},443=${(https.address() as AddressInfo).port}`;
});

afterAll(async () => {
  https.closeAllConnections();
  await new Promise<void>((resolve) => https.close(() => resolve()));
  await dns.close();
  ca.remove();
});

function args(...extra: string[]): string[] {
  return [
    'recommend',
    'ann@pub.test',
    '--dns-server',
    dns.address,
    '--port-map',
    portMap,
    '--ca',
    ca.file,
    '--timeout',
    '20s',
    ...extra,
  ];
}

describe('mailports recommend: published configuration and its audit', () => {
  it('probes what autoconfig publishes and says where the published setting is wrong, in text and JSON', async () => {
    const [text, json] = await Promise.all([runCli(args()), runCli(args('--json'))]);
    expect(text.stdout).toContain('Published configuration');
    expect(text.stdout).toMatch(
      /autoconfig https:\/\/autoconfig\.pub\.test\/mail\/config-v1\.1\.xml\?emailaddress=ann%40pub\.test → found: 2 server\(s\)/,
    );
    expect(text.stdout).toMatch(/wrong +autoconfig says SSL on 587; 587 speaks STARTTLS\./);
    expect(text.stdout).toMatch(
      /ok +autoconfig lists localhost:993 \(IMAP, SSL \(implicit TLS\)\): confirmed/,
    );
    const document = JSON.parse(json.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.discovery.published.audit.map((item: { code: string }) => item.code).sort()).toEqual([
      'confirmed',
      'mode-mismatch',
    ]);
    expect(
      document.discovery.candidates.some((item: { source: string }) => item.source === 'autoconfig'),
    ).toBe(true);
  });

  it('reads nothing published with --no-fetch', async () => {
    const run = await runCli(args('--no-fetch', '--json'));
    expect(JSON.parse(run.stdout).discovery.published).toBeUndefined();
  });
});

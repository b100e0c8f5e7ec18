import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDnsServer, createTestPki, type DemoProvider, startDemoProvider } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../discover';
import { recommend } from '../recommend';

// Local HTTPS servers with certificates from the testkit CA stand in for autoconfig, ISPDB and
// Autodiscover; the testkit DNS server maps every name to 127.0.0.1. Nothing leaves loopback.

const NAMES = ['autoconfig.pub.test', 'pub.test', 'autodiscover.pub.test', 'ispdb.test', 'mx-provider.test'];
type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes = new Map<string, Handler>();
let https: Server;
let port = 0;
let ca = '';
let dnsAddress = '';
let demo: DemoProvider;
const closers: Array<{ close(): Promise<void> }> = [];

function config(servers: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1"><emailProvider id="pub.test"><domain>pub.test</domain>${servers}</emailProvider></clientConfig>`;
}

function server(
  element: 'incomingServer' | 'outgoingServer',
  type: string,
  host: string,
  at: number,
  socket: string,
) {
  return `<${element} type="${type}"><hostname>${host}</hostname><port>${at}</port><socketType>${socket}</socketType><authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></${element}>`;
}

function xml(body: string): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/xml' });
    response.end(body);
  };
}

beforeAll(async () => {
  const pki = await createTestPki({ hostnames: NAMES });
  ca = pki.ca.cert;
  https = createServer({ cert: pki.leaf.cert, key: pki.leaf.key }, (request, response) => {
    const route = routes.get(
      `${(request.headers.host ?? '').replace(/:\d+$/, '')}${(request.url ?? '').split('?')[0]}`,
    );
    if (route) route(request, response);
    else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  port = (https.address() as AddressInfo).port;
  const records = Object.fromEntries(
    [...NAMES, 'mail.pub.test', 'imap.pub.test'].map((name) => [name, { A: ['127.0.0.1'] }]),
  );
  const dns = await createDnsServer({ records });
  closers.push(dns);
  dnsAddress = dns.address;
  demo = await startDemoProvider({ dns: false });
  closers.push(demo);
});

afterAll(async () => {
  await new Promise<void>((resolve) => https.close(() => resolve()));
  https.closeAllConnections();
  await Promise.all(closers.map((item) => item.close()));
});

function fetchOptions(extra: Record<string, unknown> = {}) {
  return { port, ca, ispdb: `https://ispdb.test:${port}/v1.1/`, timeout: 1500, ...extra };
}

describe('published configuration as discovery sources', () => {
  it('reads autoconfig, the ISPDB and Autodiscover, and makes each published server a candidate with its source', async () => {
    routes.clear();
    routes.set(
      'autoconfig.pub.test/mail/config-v1.1.xml',
      xml(
        config(
          server('incomingServer', 'imap', 'imap.%EMAILDOMAIN%', 993, 'SSL') +
            server('outgoingServer', 'smtp', 'mail.pub.test', 587, 'SSL'),
        ),
      ),
    );
    routes.set(
      'ispdb.test/v1.1/pub.test',
      xml(config(server('incomingServer', 'pop3', 'mail.pub.test', 995, 'SSL'))),
    );
    routes.set(
      'autodiscover.pub.test/autodiscover/autodiscover.xml',
      xml(
        '<?xml version="1.0"?><Autodiscover><Response><Account><Protocol><Type>SMTP</Type><Server>mail.pub.test</Server><Port>465</Port><SSL>on</SSL></Protocol></Account></Response></Autodiscover>',
      ),
    );
    const discovery = await discover({
      target: 'ann@pub.test',
      dnsServer: dnsAddress,
      guess: false,
      fetch: fetchOptions(),
    });
    expect(
      discovery.candidates.map(
        (item) => `${item.role} ${item.host}:${item.port} ${item.mode} ${item.source}`,
      ),
    ).toEqual([
      'send mail.pub.test:587 auto autoconfig',
      'send mail.pub.test:465 implicit autodiscover',
      'read imap.pub.test:993 implicit autoconfig',
      'read mail.pub.test:995 implicit ispdb',
    ]);
    const found = discovery.published?.fetches
      .filter((item) => item.outcome === 'found')
      .map((item) => item.source);
    expect(found?.sort()).toEqual(['autoconfig', 'autodiscover', 'ispdb']);
    expect(discovery.published?.fetches.find((item) => item.url.includes('.well-known'))?.outcome).toBe(
      'absent',
    );
    expect(discovery.published?.servers[0]?.url).toContain('emailaddress=ann%40pub.test');
  });

  it('fetches nothing when told not to', async () => {
    routes.clear();
    const discovery = await discover({
      target: 'ann@pub.test',
      dnsServer: dnsAddress,
      guess: false,
      fetch: false,
    });
    expect(discovery.published).toBeUndefined();
  });

  it('audits every published setting against the live probe', async () => {
    routes.clear();
    routes.set(
      'autoconfig.pub.test/mail/config-v1.1.xml',
      xml(
        config(
          server('incomingServer', 'imap', 'localhost', 993, 'SSL') +
            server('outgoingServer', 'smtp', 'localhost', 587, 'SSL'),
        ),
      ),
    );
    routes.set(
      'ispdb.test/v1.1/pub.test',
      xml(config(server('incomingServer', 'imap', 'mail.pub.test', 993, 'SSL'))),
    );
    const report = await recommend({
      target: 'ann@pub.test',
      dnsServer: dnsAddress,
      guess: false,
      resolvePorts: demo.portMap,
      ca: demo.ca,
      timeouts: { connect: 2000, greeting: 2000, command: 2000, tls: 2000, dns: 1000 },
      fetch: fetchOptions(),
    });
    const audit = report.discovery.published?.audit.map((item) => `${item.code}: ${item.text}`);

    expect(audit).toContain('mode-mismatch: autoconfig says SSL on 587; 587 speaks STARTTLS.');
    expect(audit).toContain(
      'confirmed: autoconfig lists localhost:993 (IMAP, SSL (implicit TLS)): confirmed, it answers as published.',
    );
    expect(audit?.find((item) => item.startsWith('certificate-name'))).toMatch(
      /^certificate-name: ispdb lists mail\.pub\.test, whose certificate names another host/,
    );
    const send = report.recommendations.find((item) => item.role === 'send');
    expect(send?.options.find((option) => option.source === 'autoconfig')?.wellKnownPort).toBe(587);
  });

  it('ends each hostile published config in a clear finding, never a crash', async () => {
    routes.clear();
    routes.set('autoconfig.pub.test/mail/config-v1.1.xml', xml(config('<x>'.padEnd(300_000, 'a'))));
    routes.set('pub.test/.well-known/autoconfig/mail/config-v1.1.xml', (_request, response) => {
      response.writeHead(302, { location: '/loop' });
      response.end();
    });
    routes.set('pub.test/loop', (_request, response) => {
      response.writeHead(302, {
        location: '/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=ann%40pub.test',
      });
      response.end();
    });
    routes.set(
      'ispdb.test/v1.1/pub.test',
      xml(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><clientConfig>&lol2;</clientConfig>',
      ),
    );
    routes.set('ispdb.test/v1.1/mx-provider.test', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>not a config</html>');
    });
    routes.set('autodiscover.pub.test/autodiscover/autodiscover.xml', (_request, response) => {
      response.writeHead(301, {
        location: `http://autodiscover.pub.test:${port}/autodiscover/autodiscover.xml`,
      });
      response.end();
    });
    const dns = await createDnsServer({
      records: {
        ...Object.fromEntries(NAMES.map((name) => [name, { A: ['127.0.0.1'] }])),
        'pub.test': { A: ['127.0.0.1'], MX: [{ priority: 1, exchange: 'mx1.mx-provider.test' }] },
        'mx1.mx-provider.test': { A: ['127.0.0.1'] },
        '_autodiscover._tcp.pub.test': { SRV: [{ priority: 0, weight: 0, port, target: 'ispdb.test' }] },
      },
    });
    closers.push(dns);
    // The SRV target answers nothing in time: a timeout.
    routes.set('ispdb.test/autodiscover/autodiscover.xml', () => {});
    const discovery = await discover({
      target: 'ann@pub.test',
      roles: ['send', 'read', 'relay'],
      dnsServer: dns.address,
      guess: false,
      fetch: fetchOptions({ timeout: 800 }),
    });
    const outcomes = Object.fromEntries(
      (discovery.published?.fetches ?? []).map((item) => [
        item.url.replace(/\?.*$/, '').replace(`:${port}`, ''),
        item.code ?? item.outcome,
      ]),
    );
    expect(outcomes).toEqual({
      'https://autoconfig.pub.test/mail/config-v1.1.xml': 'E_FETCH_TOO_LARGE',
      'https://pub.test/.well-known/autoconfig/mail/config-v1.1.xml': 'E_FETCH_REDIRECTS',
      'https://ispdb.test/v1.1/pub.test': 'E_CONFIG_DOCTYPE',
      'https://ispdb.test/v1.1/mx-provider.test': 'E_FETCH_CONTENT_TYPE',
      'https://autodiscover.pub.test/autodiscover/autodiscover.xml': 'E_FETCH_DOWNGRADE',
      'https://ispdb.test/autodiscover/autodiscover.xml': 'E_FETCH_TIMEOUT',
    });
    expect(discovery.candidates.map((item) => item.source)).toEqual(['mx']);
  });

  it('reads plain HTTP only when asked, as Thunderbird does', async () => {
    routes.clear();
    const plain = createHttpServer((request, response) => {
      if ((request.headers.host ?? '').startsWith('autoconfig.pub.test')) {
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end(config(server('incomingServer', 'imap', 'imap.pub.test', 993, 'SSL')));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const plainPort = (plain.address() as AddressInfo).port;
      routes.set('autoconfig.pub.test/mail/config-v1.1.xml', (_request, response) => {
        response.writeHead(302, { location: `http://autoconfig.pub.test:${plainPort}/mail/config-v1.1.xml` });
        response.end();
      });
      const refused = await discover({
        target: 'ann@pub.test',
        dnsServer: dnsAddress,
        guess: false,
        fetch: fetchOptions(),
      });
      expect(refused.published?.fetches[0]).toMatchObject({ outcome: 'failed', code: 'E_FETCH_DOWNGRADE' });
      const asked = await discover({
        target: 'ann@pub.test',
        dnsServer: dnsAddress,
        guess: false,
        fetch: fetchOptions({ allowHttp: true }),
      });
      expect(asked.published?.fetches[0]).toMatchObject({ outcome: 'found' });
      expect(
        asked.published?.fetches.some((item) => item.url.startsWith('http://autoconfig.pub.test/')),
      ).toBe(true);
    } finally {
      plain.closeAllConnections();
      await new Promise<void>((resolve) => plain.close(() => resolve()));
    }
  });
});

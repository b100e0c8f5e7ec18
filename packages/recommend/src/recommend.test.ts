import {
  createDnsServer,
  type DemoProvider,
  type DnsTestServer,
  startDemoProvider,
} from '@mailports/testkit';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from './recommend';
import { childText, children, parseXml } from './__fixtures__/xml';
import { nodemailerOptions, settingsTable, thunderbirdConfig } from './settings';
import type { ProgressEvent, RankedOption, Recommendation } from './types';

let demo: DemoProvider;
const closers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  demo = await startDemoProvider();
  closers.push(demo);
});

afterAll(async () => {
  await Promise.all(closers.map((server) => server.close()));
});

const fast = { connect: 2000, greeting: 2000, command: 2000, tls: 2000, dns: 1000, overall: 10_000 };

function dnsAddress(): string {
  if (!demo.dns) throw new Error('the demo provider runs without DNS');
  return demo.dns.address;
}

function brief(options: readonly RankedOption[]): string[] {
  return options.map(
    (option) => `${option.wellKnownPort ?? option.port} ${option.security ?? '-'} ${option.verdict}`,
  );
}

function byRole(recommendations: readonly Recommendation[], role: Recommendation['role']): Recommendation {
  const found = recommendations.find((item) => item.role === role);
  if (!found) throw new Error(`no ${role} recommendation`);
  return found;
}

describe('recommend against the demo provider', () => {
  it('discovers by SRV and MX, probes for real, ranks implicit TLS first and 2525 as the fallback, and the settings verify with nodemailer', async () => {
    const events: ProgressEvent[] = [];
    const report = await recommend({
      target: `user@${demo.domain}`,
      roles: ['send', 'read', 'relay'],
      dnsServer: dnsAddress(),
      resolvePorts: demo.portMap,
      ca: demo.ca,
      timeouts: fast,
      onProgress: (event) => events.push(event),
    });

    expect(report.discovery.domain).toBe(demo.domain);
    expect(report.recommendations.map((item) => item.role)).toEqual(['send', 'read', 'relay']);
    const send = byRole(report.recommendations, 'send');
    const read = byRole(report.recommendations, 'read');
    const relay = byRole(report.recommendations, 'relay');
    expect(brief(send.options)).toEqual([
      '465 implicit recommended',
      '587 starttls recommended',
      '2525 starttls works',
    ]);
    expect(brief(read.options)).toEqual([
      '993 implicit recommended',
      '143 starttls recommended',
      '995 implicit recommended',
      '110 starttls recommended',
    ]);
    expect(brief(relay.options)).toEqual(['25 starttls recommended']);
    expect(send.best).toMatchObject({
      host: 'localhost',
      port: demo.ports.smtps,
      wellKnownPort: 465,
      source: 'srv _submissions._tcp',
    });
    expect(relay.best?.source).toBe('mx');

    // Every distinct probe reported a start and an end.
    expect(report.results).toHaveLength(8);
    expect(events.filter((event) => event.type === 'probe-start')).toHaveLength(8);
    expect(events.filter((event) => event.type === 'probe-end')).toHaveLength(8);

    expect(settingsTable(report.recommendations)).toEqual([
      {
        role: 'send',
        protocol: 'smtp',
        server: 'localhost',
        port: demo.ports.smtps,
        security: 'SSL/TLS',
        authentication: 'Normal password',
      },
      {
        role: 'read',
        protocol: 'imap',
        server: 'localhost',
        port: demo.ports.imaps,
        security: 'SSL/TLS',
        authentication: 'Normal password',
      },
      {
        role: 'relay',
        protocol: 'smtp',
        server: 'localhost',
        port: demo.ports.relay,
        security: 'STARTTLS',
        authentication: 'None',
      },
    ]);

    const config = parseXml(
      thunderbirdConfig({ domain: demo.domain, incoming: read.options, outgoing: send.options }),
    );
    const provider = children(config, 'emailProvider')[0];
    if (!provider) throw new Error('no emailProvider');
    const firstIncoming = children(provider, 'incomingServer')[0];
    expect(firstIncoming?.attributes['type']).toBe('imap');
    expect(firstIncoming && childText(firstIncoming, 'port')).toBe(String(demo.ports.imaps));
    expect(firstIncoming && childText(firstIncoming, 'socketType')).toBe('SSL');

    // The generated options, used for real: implicit TLS on the 465 stand-in, then STARTTLS on the 587 one.
    const [user, pass] = Object.entries(demo.users)[0] ?? ['', ''];
    for (const option of send.options) {
      const transport = nodemailer.createTransport({
        ...nodemailerOptions(option, { user }),
        auth: { user, pass },
        tls: { ca: demo.ca },
      });
      try {
        await expect(transport.verify()).resolves.toBe(true);
      } finally {
        transport.close();
      }
    }
  });

  it('never blames your network for the silent 2525 fallback the domain never advertised', async () => {
    const report = await recommend({
      target: `user@${demo.domain}`,
      roles: ['send'],
      dnsServer: dnsAddress(),
      resolvePorts: { ...demo.portMap, '2525': demo.ports.unanswered },
      ca: demo.ca,
      timeouts: { ...fast, connect: 500 },
    });
    const send = byRole(report.recommendations, 'send');
    const texts = send.inferences.map((reason) => reason.text);
    expect(texts.join('\n')).not.toContain('filtered on your network');
    const silent = send.inferences.find((reason) => reason.text.startsWith('No answer on port 2525'));
    expect(silent?.text).toContain("the host's firewall, or a filter on the way, drops 2525");
    expect(silent).toMatchObject({ kind: 'inferred', confidence: 'medium' });
    expect(silent?.evidence?.[0]).toContain('localhost port 2525 (not advertised by the domain): no answer');
  });

  it('infers that outbound 25 is filtered when the MX port gets no answer while 587 answered on that host', async () => {
    const report = await recommend({
      target: `user@${demo.domain}`,
      roles: ['send', 'relay'],
      dnsServer: dnsAddress(),
      resolvePorts: { ...demo.portMap, '25': demo.ports.unanswered },
      ca: demo.ca,
      timeouts: { ...fast, connect: 500 },
    });
    const relay = byRole(report.recommendations, 'relay');
    expect(relay.best).toBeNull();
    expect(brief(relay.options)).toEqual(['25 - unusable']);
    expect(relay.options[0]?.reasons[0]?.text).toContain('No answer on port 25');
    const inference = relay.inferences.find((reason) => reason.text.startsWith('Port 25 timed out'));
    expect(inference).toMatchObject({ kind: 'inferred', confidence: 'medium' });
    expect(inference?.text).toContain(
      'while port 587 answered on the same host, and the domain advertises 25 there: outbound port 25 is probably filtered on your network (Google Cloud',
    );
    expect(byRole(report.recommendations, 'send').best?.wellKnownPort).toBe(465);
  });

  it('probes a bare host on the default ports, judging remapped ports by the port they stand for', async () => {
    const report = await recommend({
      target: '127.0.0.1',
      roles: ['send'],
      resolvePorts: { ...demo.portMap, '2525': demo.ports.stalled },
      ca: demo.ca,
      timeouts: { ...fast, greeting: 300 },
    });
    expect(report.discovery.domain).toBeNull();
    const send = byRole(report.recommendations, 'send');
    expect(brief(send.options)).toEqual([
      '465 implicit recommended',
      '587 starttls recommended',
      '2525 - unusable',
      '25 starttls unusable',
    ]);
    expect(send.options[2]?.reasons[0]?.text).toContain('never sent its greeting');
    expect(send.options[3]?.reasons.map((reason) => reason.text).join(' ')).toContain(
      'this is a relay (MX) server',
    );
  });

  it('reports refused and silent ports as unusable, each with its own reason', async () => {
    const report = await recommend({
      target: '127.0.0.1',
      roles: ['read'],
      resolvePorts: { '993': demo.ports.stalled, '143': demo.ports.stalled, '995': 1, '110': 1 },
      timeouts: { ...fast, greeting: 200 },
    });
    const read = byRole(report.recommendations, 'read');
    expect(read.best).toBeNull();
    expect(read.options.every((option) => option.verdict === 'unusable')).toBe(true);
    const reasons = read.options.flatMap((option) => option.reasons.map((reason) => reason.text)).join('\n');
    expect(reasons).toContain('refused the connection: the host answered, but nothing listens there');
    expect(reasons).toContain('never sent its greeting');
  });
});

describe('recommend: planning and limits', () => {
  let dns: DnsTestServer;

  beforeAll(async () => {
    dns = await createDnsServer({
      records: {
        'twins.test': { MX: [{ priority: 10, exchange: 'mail.twins.test' }] },
        'smtp.twins.test': { A: ['127.0.0.1'] },
        'mail.twins.test': { A: ['127.0.0.1'] },
        'first-refuses.test': { A: ['127.0.0.3', '127.0.0.1'] },
      },
    });
    closers.push(dns);
  });

  it('probes the same address and port once, whichever names led there', async () => {
    const report = await recommend({
      target: 'ann@twins.test',
      roles: ['send', 'relay'],
      dnsServer: dns.address,
      resolvePorts: demo.portMap,
      ca: demo.ca,
      servername: 'localhost',
      timeouts: fast,
    });
    // smtp. and mail. both resolve to 127.0.0.1: 465, 587, 2525 and 25 once each, the MX shares 25.
    expect(report.discovery.candidates.length).toBeGreaterThan(4);
    expect(report.results.map((result) => result.port).sort()).toEqual(
      [demo.ports.smtps, demo.ports.submission, demo.ports.alt, demo.ports.relay].sort(),
    );
    expect(byRole(report.recommendations, 'send').best?.wellKnownPort).toBe(465);
    expect(byRole(report.recommendations, 'relay').best?.wellKnownPort).toBe(25);
  });

  it('judges a host by the address that answers, not by a first address that refuses', async () => {
    const report = await recommend({
      target: 'first-refuses.test',
      roles: ['send'],
      dnsServer: dns.address,
      resolvePorts: demo.portMap,
      ca: demo.ca,
      servername: 'localhost',
      timeouts: fast,
    });
    expect(byRole(report.recommendations, 'send').best?.wellKnownPort).toBe(465);
    const smtps = report.results.find((result) => result.port === demo.ports.smtps);
    expect(smtps).toMatchObject({ status: 'ok', address: '127.0.0.1' });
    expect(smtps?.connectAttempts?.map((attempt) => `${attempt.address} ${attempt.outcome}`)).toEqual([
      '127.0.0.3 refused',
      '127.0.0.1 connected',
    ]);
  });

  it('never runs more probes at once than the concurrency allows', async () => {
    let running = 0;
    let peak = 0;
    await recommend({
      target: '127.0.0.1',
      roles: ['send', 'read'],
      resolvePorts: demo.portMap,
      ca: demo.ca,
      timeouts: fast,
      concurrency: 2,
      onProgress: (event) => {
        running += event.type === 'probe-start' ? 1 : -1;
        peak = Math.max(peak, running);
      },
    });
    expect(peak).toBe(2);
  });

  it('ends probes still running at the global deadline as aborted, and still answers', async () => {
    const report = await recommend({
      target: '127.0.0.1',
      roles: ['send'],
      resolvePorts: {
        '465': demo.ports.stalled,
        '587': demo.ports.stalled,
        '2525': demo.ports.stalled,
        '25': demo.ports.stalled,
      },
      timeouts: { ...fast, greeting: 60_000, overall: 60_000 },
      deadline: 300,
    });
    // All four stand-ins are the same stalled listener: one implicit-TLS probe and one plaintext probe.
    expect(report.results.map((result) => result.status)).toEqual(['aborted', 'aborted']);
    expect(byRole(report.recommendations, 'send').best).toBeNull();
  });

  it('rejects a malformed target before probing anything', async () => {
    await expect(recommend({ target: 'not a target' })).rejects.toMatchObject({ code: 'E_INVALID_TARGET' });
  });
});

import { createDnsServer, type DemoProvider, startDemoProvider, type TestServer } from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { recommend } from './recommend';
import type { ProgressEvent, Recommendation, Role } from './types';

const USER = 'user@demo.test';
/** Not the demo's default `password`: that word is in every report ("Normal password"). */
const PASSWORD = 'correct horse battery staple';
const fast = { connect: 2000, greeting: 2000, command: 2000, tls: 2000, dns: 1000, overall: 10_000 };
const providers: DemoProvider[] = [];
const closers: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

async function provider(): Promise<DemoProvider> {
  const started = await startDemoProvider({ users: { [USER]: PASSWORD } });
  providers.push(started);
  return started;
}

/** Every client line that starts a login, whatever the protocol (SMTP AUTH, IMAP AUTHENTICATE/LOGIN, POP3 AUTH/USER/PASS). */
function loginLines(server: TestServer): string[] {
  return server
    .clientLines()
    .filter((line) => /^(?:\S+ )?(?:AUTH|AUTHENTICATE|LOGIN|USER|PASS)\b/i.test(line));
}

function role(recommendations: readonly Recommendation[], name: Role): Recommendation {
  const found = recommendations.find((item) => item.role === name);
  if (!found) throw new Error(`no ${name} recommendation`);
  return found;
}

/**
 * recommend() against the demo provider through its DNS server, with `extra` options. The demo's SRV
 * records name `localhost`, outside demo.test: the user trusts it explicitly, as `--trust-host` does.
 */
function run(demo: DemoProvider, extra: Partial<Parameters<typeof recommend>[0]>) {
  return recommend({
    target: USER,
    roles: ['send', 'read', 'relay'],
    dnsServer: demo.dns!.address,
    resolvePorts: demo.portMap,
    timeouts: fast,
    trustHosts: ['localhost'],
    ...extra,
  });
}

describe('recommend with credentials: one login check per role, on the best option only', () => {
  it('logs in on the best send and read options, nowhere else, and keeps the password out of the report', async () => {
    const demo = await provider();
    const events: ProgressEvent[] = [];
    const report = await run(demo, {
      ca: demo.ca,
      credentials: { username: USER, password: PASSWORD },
      onProgress: (event) => events.push(event),
    });
    expect(role(report.recommendations, 'send').login).toMatchObject({
      username: USER,
      outcome: 'succeeded',
      mechanism: 'PLAIN',
      result: { port: demo.ports.smtps, security: 'implicit' },
    });
    expect(role(report.recommendations, 'read').login).toMatchObject({
      outcome: 'succeeded',
      result: { port: demo.ports.imaps, security: 'implicit' },
    });
    expect(role(report.recommendations, 'relay').login).toMatchObject({
      outcome: 'not-tried',
      reason: 'relay',
    });

    expect(loginLines(demo.servers.smtps)).toHaveLength(1);
    expect(loginLines(demo.servers.imaps)).toHaveLength(1);
    const others = ['submission', 'alt', 'relay', 'imap', 'pop3s', 'pop3'] as const;
    for (const name of others) expect(loginLines(demo.servers[name]), name).toEqual([]);
    // Every probe ran without credentials: the login is its own, later connection.
    expect(report.results.every((result) => result.auth.test === null)).toBe(true);

    const serialized = JSON.stringify(report);
    expect(serialized).not.toContain(PASSWORD);
    expect(serialized).not.toContain(Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64'));
    expect(events.filter((event) => event.type.startsWith('login')).map((event) => event.type)).toEqual(
      expect.arrayContaining(['login-start', 'login-end', 'login-start', 'login-end']),
    );
  });

  it('reports a wrong password as failed with the server code', async () => {
    const demo = await provider();
    const report = await run(demo, {
      ca: demo.ca,
      roles: ['send'],
      credentials: { username: USER, password: 'wrong' },
    });
    const login = role(report.recommendations, 'send').login;
    expect(login).toMatchObject({ outcome: 'failed', mechanism: 'PLAIN' });
    expect(login?.message).toMatch(/^AUTH PLAIN rejected the credentials \(535/);
  });

  it('sends nothing to a best option whose certificate failed verification, even accepted as insecure', async () => {
    const demo = await provider();
    const report = await run(demo, {
      insecure: true,
      roles: ['send', 'read'],
      credentials: { username: USER, password: PASSWORD },
    });
    const send = role(report.recommendations, 'send');
    expect(send.best?.port).toBe(demo.ports.smtps);
    expect(send.login).toMatchObject({ outcome: 'not-tried', reason: 'untrusted-certificate' });
    expect(send.login?.result).toBeUndefined();
    expect(role(report.recommendations, 'read').login).toMatchObject({ reason: 'untrusted-certificate' });
    const servers: TestServer[] = [demo.servers.smtps, demo.servers.submission, demo.servers.imaps];
    for (const server of servers) expect(loginLines(server)).toEqual([]);
    // Only the probe connected: no login connection was opened.
    expect(demo.servers.smtps.connections).toHaveLength(1);
  });
});

describe('recommend with credentials: only to hosts inside the queried domain, or trusted by name', () => {
  it('sends nothing to an SRV target outside the domain, and says why and how to trust it', async () => {
    const demo = await provider();
    const report = await run(demo, {
      ca: demo.ca,
      roles: ['send', 'read'],
      trustHosts: [],
      credentials: { username: USER, password: PASSWORD },
    });
    const send = role(report.recommendations, 'send');
    expect(send.best?.host).toBe('localhost');
    expect(send.login).toMatchObject({ outcome: 'not-tried', reason: 'outside-domain' });
    expect(send.login?.message).toContain('localhost is not inside demo.test');
    expect(send.login?.message).toContain('--trust-host localhost');
    expect(role(report.recommendations, 'read').login).toMatchObject({ reason: 'outside-domain' });
    for (const name of ['smtps', 'submission', 'alt', 'relay', 'imaps', 'imap', 'pop3s', 'pop3'] as const) {
      expect(loginLines(demo.servers[name]), name).toEqual([]);
    }
    // Only the probes connected: the decision came before any login connection.
    expect(demo.servers.smtps.connections).toHaveLength(1);
  });

  it('logs in on an SRV target under the queried domain without being told to trust it', async () => {
    const demo = await provider();
    const dns = await createDnsServer({
      records: {
        '_submissions._tcp.inside.test': {
          SRV: [{ priority: 0, weight: 0, port: 465, target: 'mail.inside.test' }],
        },
        'mail.inside.test': { A: ['127.0.0.1'] },
      },
    });
    closers.push(dns);
    const report = await run(demo, {
      target: 'user@inside.test',
      roles: ['send'],
      dnsServer: dns.address,
      trustHosts: [],
      ca: demo.ca,
      // The demo's certificate names localhost; the login check is about the domain rule.
      servername: 'localhost',
      credentials: { username: USER, password: PASSWORD },
    });
    const send = role(report.recommendations, 'send');
    expect(send.best).toMatchObject({ host: 'mail.inside.test', port: demo.ports.smtps });
    expect(send.login).toMatchObject({ outcome: 'succeeded' });
  });
});

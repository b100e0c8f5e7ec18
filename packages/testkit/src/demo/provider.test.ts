import { Resolver } from 'node:dns/promises';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from '../__fixtures__/raw-client.js';
import { type DemoProvider, startDemoProvider } from './provider.js';

let provider: DemoProvider;
const clients: RawClient[] = [];

beforeAll(async () => {
  provider = await startDemoProvider();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await provider.close();
});

async function plain(port: number): Promise<RawClient> {
  const client = await RawClient.connect(port);
  clients.push(client);
  return client;
}
async function secure(port: number): Promise<RawClient> {
  const client = await RawClient.connect(port, { tls: { servername: provider.hostname, ca: provider.ca } });
  clients.push(client);
  return client;
}
const auth = () => Buffer.from('\0user@demo.test\0password').toString('base64');

describe('startDemoProvider', () => {
  it('maps every well-known port to a distinct listening port', () => {
    expect(Object.keys(provider.portMap).sort()).toEqual([
      '110',
      '143',
      '25',
      '2525',
      '465',
      '587',
      '993',
      '995',
    ]);
    expect(new Set(Object.values(provider.ports)).size).toBe(10);
    expect(provider.portMap['465']).toBe(provider.ports.smtps);
    expect(provider.users).toEqual({ 'user@demo.test': 'password' });
  });

  it('smtps speaks implicit TLS with a certificate valid for localhost and accepts AUTH', async () => {
    const client = await secure(provider.ports.smtps);
    expect(await client.reply()).toEqual(['220 localhost ESMTP']);
    client.send('EHLO c\r\n');
    expect(await client.reply()).toContain('250-AUTH PLAIN LOGIN');
    client.send(`AUTH PLAIN ${auth()}\r\n`);
    expect(await client.reply()).toEqual(['235 2.7.0 Authentication successful']);
  });

  it.each(['submission', 'alt'] as const)('%s offers STARTTLS, and AUTH only after TLS', async (role) => {
    const client = await plain(provider.ports[role]);
    await client.reply();
    client.send('EHLO c\r\n');
    const before = await client.reply();
    expect(before).toContain('250-STARTTLS');
    expect(before.join('\n')).not.toContain('AUTH');
    client.send('MAIL FROM:<a@b>\r\n');
    expect(await client.reply()).toEqual(['530 5.7.0 Authentication required']);
    client.send('STARTTLS\r\n');
    await client.reply();
    expect(await client.startTls({ servername: 'localhost', ca: provider.ca })).toBe('ok');
    client.send('EHLO c\r\n');
    expect(await client.reply()).toContain('250-AUTH PLAIN LOGIN');
  });

  it('relay offers STARTTLS and never AUTH, and accepts mail', async () => {
    const client = await plain(provider.ports.relay);
    await client.reply();
    client.send('EHLO c\r\nSTARTTLS\r\n');
    expect(await client.reply()).toContain('250-STARTTLS');
    await client.reply();
    expect(await client.startTls({ servername: 'localhost', ca: provider.ca })).toBe('ok');
    client.send('EHLO c\r\n');
    expect((await client.reply()).join('\n')).not.toContain('AUTH');
    client.send('MAIL FROM:<a@b>\r\n');
    expect(await client.reply()).toEqual(['250 2.1.0 Ok']);
  });

  it('imaps speaks implicit TLS; imap advertises STARTTLS and LOGINDISABLED', async () => {
    const imaps = await secure(provider.ports.imaps);
    expect(await imaps.line()).toMatch(/^\* OK \[CAPABILITY .*AUTH=PLAIN.*\] Dovecot ready\.$/);
    const imap = await plain(provider.ports.imap);
    expect(await imap.line()).toMatch(/^\* OK \[CAPABILITY .*STARTTLS LOGINDISABLED\] Dovecot ready\.$/);
  });

  it('pop3s speaks implicit TLS; pop3 offers STLS and no USER before TLS', async () => {
    const pop3s = await secure(provider.ports.pop3s);
    expect(await pop3s.line()).toBe('+OK Dovecot ready.');
    const pop3 = await plain(provider.ports.pop3);
    await pop3.line();
    pop3.send('CAPA\r\n');
    const capa = await pop3.until((line) => line === '.');
    expect(capa).toContain('STLS');
    expect(capa).not.toContain('USER');
  });

  it('stalled accepts the connection and never sends a byte', async () => {
    const client = await plain(provider.ports.stalled);
    expect(await client.drain(300)).toBe('');
    expect(client.closed).toBe(false);
  });

  it('unanswered leaves a TCP connect without any answer', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: provider.ports.unanswered });
      socket.setTimeout(300, () => {
        socket.destroy();
        resolve('timeout');
      });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error) => resolve(error.message));
    });
    expect(outcome).toBe('timeout');
  });

  it('serves MX and RFC 6186 SRV records for the demo domain', async () => {
    const resolver = new Resolver({ timeout: 3000, tries: 2 });
    resolver.setServers([provider.dns!.address]);
    expect(await resolver.resolveMx('demo.test')).toEqual([{ exchange: 'localhost', priority: 10 }]);
    expect(await resolver.resolveSrv('_submissions._tcp.demo.test')).toEqual([
      { name: 'localhost', port: 465, priority: 0, weight: 1 },
    ]);
  });

  it('applies per-role overrides, e.g. a submission port that strips STARTTLS', async () => {
    const hostile = await startDemoProvider({
      dns: false,
      overrides: { submission: { preset: 'strip-starttls' } },
    });
    try {
      expect(hostile.dns).toBeNull();
      const client = await RawClient.connect(hostile.ports.submission);
      clients.push(client);
      await client.reply();
      client.send('EHLO c\r\n');
      expect(await client.reply()).not.toContain('250-STARTTLS');
    } finally {
      await hostile.close();
    }
  });
});

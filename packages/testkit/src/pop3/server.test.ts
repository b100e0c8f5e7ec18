import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionOutcome, RawClient } from '../__fixtures__/raw-client.js';
import type { TestServer } from '../core/server.js';
import type { Pop3ServerOptions } from './options.js';
import { createPop3Server } from './server.js';

const servers: TestServer[] = [];
const clients: RawClient[] = [];

async function session(options: Pop3ServerOptions = {}): Promise<{ server: TestServer; client: RawClient }> {
  const server = await createPop3Server(options);
  servers.push(server);
  const client = await RawClient.connect(server.port);
  clients.push(client);
  return { server, client };
}
const dotted = (client: RawClient) => client.until((line) => line === '.' || line.startsWith('-ERR'));

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('createPop3Server defaults', () => {
  it('greets, lists CAPA without USER before TLS, upgrades with STLS and logs in inside TLS', async () => {
    const { server, client } = await session({ users: { alice: 'secret' } });
    expect(server.url).toBe(`pop3://127.0.0.1:${server.port}`);
    expect(await client.line()).toBe('+OK Dovecot ready.');
    client.send('CAPA\r\n');
    expect(await dotted(client)).toEqual([
      '+OK',
      'TOP',
      'UIDL',
      'RESP-CODES',
      'PIPELINING',
      'AUTH-RESP-CODE',
      'STLS',
      '.',
    ]);
    client.send('USER alice\r\n');
    expect(await client.line()).toBe(
      '-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    );
    client.send('STLS\r\n');
    expect(await client.line()).toBe('+OK Begin TLS negotiation now.');
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    client.send('CAPA\r\n');
    expect(await dotted(client)).toEqual([
      '+OK',
      'TOP',
      'UIDL',
      'RESP-CODES',
      'PIPELINING',
      'AUTH-RESP-CODE',
      'USER',
      'SASL PLAIN LOGIN',
      '.',
    ]);
    client.send('USER alice\r\nPASS secret\r\nSTAT\r\n');
    expect(await client.line()).toBe('+OK');
    expect(await client.line()).toBe('+OK Logged in.');
    expect(await client.line()).toMatch(/^\+OK 1 \d+$/);
    client.send('LIST\r\n');
    expect(await dotted(client)).toEqual(['+OK 1 messages:', expect.stringMatching(/^1 \d+$/), '.']);
    client.send('RETR 1\r\n');
    const retr = await dotted(client);
    expect(retr).toContain('Subject: Test message');
    client.send('QUIT\r\n');
    expect(await client.line()).toBe('+OK Logging out.');
    expect(await client.waitClose()).toBe(true);
    await server.idle();
    expect(server.sensitiveInPlaintext()).toEqual(['USER']);
    expect(server.clientLines({ tls: true })).toContain('PASS ***');
  });

  it('accepts AUTH PLAIN through a continuation inside TLS', async () => {
    const server = await createPop3Server({ tls: 'implicit', users: { alice: 'secret' } });
    servers.push(server);
    expect(server.url).toBe(`pop3s://127.0.0.1:${server.port}`);
    const client = await RawClient.connect(server.port, { tls: { servername: 'localhost', ca: server.ca } });
    clients.push(client);
    expect(await client.line()).toBe('+OK Dovecot ready.');
    client.send('AUTH PLAIN\r\n');
    expect(await client.line()).toBe('+ ');
    client.send(`${Buffer.from('\0alice\0secret').toString('base64')}\r\n`);
    expect(await client.line()).toBe('+OK Logged in.');
    expect(server.clientLines()).toEqual(['AUTH PLAIN', '***']);
  });

  it('adds an APOP timestamp to the greeting and accepts the matching digest', async () => {
    const { client } = await session({ apop: true, users: { alice: 'secret' } });
    const greeting = (await client.line()) ?? '';
    const timestamp = /<[^>]+>/.exec(greeting)?.[0] ?? '';
    expect(timestamp).toMatch(/^<\d+\.\d+@pop\.test>$/);
    client.send(`APOP alice ${createHash('md5').update(`${timestamp}secret`).digest('hex')}\r\n`);
    expect(await client.line()).toBe('+OK Logged in.');
  });
});

describe('hostile POP3 behaviours', () => {
  it('greeting-err: sends a -ERR greeting and closes', async () => {
    const { client } = await session({ preset: 'greeting-err' });
    expect(await client.line()).toBe('-ERR [SYS/TEMP] Server is busy, try again later');
    expect(await client.waitClose()).toBe(true);
  });

  it('starttls-refused: answers STLS with -ERR', async () => {
    const { client } = await session({ preset: 'starttls-refused' });
    await client.line();
    client.send('STLS\r\n');
    expect(await client.line()).toBe('-ERR TLS support not enabled');
  });

  it('starttls-injection: sends a fake CAPA answer in the same write as the STLS +OK', async () => {
    const { server, client } = await session({ preset: 'starttls-injection' });
    await client.line();
    client.send('STLS\r\n');
    expect(await client.line()).toBe('+OK Begin TLS negotiation now.');
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    expect(client.leftover).toBe('+OK Capability list follows\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n');
  });

  it('starttls-garbage: answers STLS with +OK, then breaks the handshake', async () => {
    const { client } = await session({ preset: 'starttls-garbage' });
    await client.line();
    client.send('STLS\r\n');
    expect(await client.line()).toBe('+OK Begin TLS negotiation now.');
    expect(await client.startTls({ servername: 'localhost', rejectUnauthorized: false })).not.toBe('ok');
  });

  it('user-before-tls: advertises USER in plaintext and accepts the password', async () => {
    const { server, client } = await session({ preset: 'user-before-tls', users: { a: 'b' } });
    await client.line();
    client.send('CAPA\r\n');
    expect(await dotted(client)).toContain('USER');
    client.send('AUTH\r\n');
    expect(await dotted(client)).toEqual(['+OK', 'PLAIN', 'LOGIN', '.']);
    client.send('USER a\r\nPASS b\r\n');
    expect(await client.line()).toBe('+OK');
    expect(await client.line()).toBe('+OK Logged in.');
    expect(server.sensitiveInPlaintext()).toEqual(['USER', 'PASS']);
  });

  it('strip-starttls: leaves STLS out of CAPA', async () => {
    const { client } = await session({ preset: 'strip-starttls' });
    await client.line();
    client.send('CAPA\r\n');
    expect(await dotted(client)).not.toContain('STLS');
  });

  it('no-greeting: stays silent', async () => {
    const { client } = await session({ preset: 'no-greeting' });
    client.send('CAPA\r\n');
    expect(await client.drain(300)).toBe('');
  });

  it('endless-line: streams a +OK line that never ends, up to maxBytes', async () => {
    const { client } = await session({ hostile: { endlessLine: { maxBytes: 100_000 } } });
    expect(await client.waitClose(5000)).toBe(true);
    expect(client.receivedBytes).toBe(100_000);
    expect((await client.drain(10)).startsWith('+OK AAAA')).toBe(true);
  });

  it('reset: aborts with a TCP RST', async () => {
    const server = await createPop3Server({ preset: 'reset' });
    servers.push(server);
    expect(await connectionOutcome(server.port)).toBe('ECONNRESET');
  });
});

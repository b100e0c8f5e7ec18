import { afterEach, describe, expect, it } from 'vitest';
import { connectionOutcome, RawClient } from '../__fixtures__/raw-client.js';
import type { TestServer } from '../core/server.js';
import type { ImapServerOptions } from './options.js';
import { createImapServer } from './server.js';

const servers: TestServer[] = [];
const clients: RawClient[] = [];

async function session(options: ImapServerOptions = {}): Promise<{ server: TestServer; client: RawClient }> {
  const server = await createImapServer(options);
  servers.push(server);
  const client = await RawClient.connect(server.port);
  clients.push(client);
  return { server, client };
}
const tagged = (client: RawClient, tag: string) => client.until((line) => line.startsWith(`${tag} `));
const PRE_TLS = 'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED';
const IN_TLS = 'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN';

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('createImapServer defaults', () => {
  it('greets with capabilities, refuses plaintext LOGIN, upgrades with STARTTLS and logs in inside TLS', async () => {
    const { server, client } = await session({ users: { alice: 'se cret' } });
    expect(server.url).toBe(`imap://127.0.0.1:${server.port}`);
    expect(await client.line()).toBe(`* OK [CAPABILITY ${PRE_TLS}] Dovecot ready.`);
    client.send('a1 CAPABILITY\r\n');
    expect(await tagged(client, 'a1')).toEqual([
      `* CAPABILITY ${PRE_TLS}`,
      'a1 OK Pre-login capabilities listed, post-login capabilities have more.',
    ]);
    client.send('a2 LOGIN alice "se cret"\r\n');
    expect(await tagged(client, 'a2')).toEqual([
      'a2 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    ]);
    client.send('a3 STARTTLS\r\n');
    expect(await tagged(client, 'a3')).toEqual(['a3 OK Begin TLS negotiation now.']);
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    client.send('a4 CAPABILITY\r\n');
    expect((await tagged(client, 'a4'))[0]).toBe(`* CAPABILITY ${IN_TLS}`);
    client.send('a5 LOGIN alice "se cret"\r\n');
    expect((await tagged(client, 'a5'))[0]).toMatch(
      /^a5 OK \[CAPABILITY IMAP4rev1 .*MOVE UIDPLUS\] Logged in$/,
    );
    client.send('a6 SELECT INBOX\r\n');
    expect((await tagged(client, 'a6')).at(-1)).toBe('a6 OK [READ-WRITE] Select completed.');
    client.send('a7 LOGOUT\r\n');
    expect(await tagged(client, 'a7')).toEqual(['* BYE Logging out', 'a7 OK Logout completed.']);
    expect(await client.waitClose()).toBe(true);
    await server.idle();
    expect(server.sensitiveInPlaintext()).toEqual(['LOGIN']);
    expect(server.clientLines({ tls: false })).toContain('a2 LOGIN alice ***');
    expect(JSON.stringify(server.connections[0]?.entries)).not.toContain('se cret');
  });

  it('omits the capability code from the greeting when asked', async () => {
    const { client } = await session({ greetingCapabilities: false });
    expect(await client.line()).toBe('* OK Dovecot ready.');
  });

  it('runs AUTHENTICATE PLAIN with SASL-IR and with a continuation', async () => {
    const server = await createImapServer({ tls: 'implicit', users: { alice: 'secret' } });
    servers.push(server);
    const client = await RawClient.connect(server.port, { tls: { servername: 'localhost', ca: server.ca } });
    clients.push(client);
    expect(await client.line()).toBe(`* OK [CAPABILITY ${IN_TLS}] Dovecot ready.`);
    const response = Buffer.from('\0alice\0secret').toString('base64');
    client.send(`b1 AUTHENTICATE PLAIN ${response}\r\n`);
    expect((await tagged(client, 'b1'))[0]).toMatch(/^b1 OK \[CAPABILITY .*\] Logged in$/);
    const second = await RawClient.connect(server.port, { tls: { servername: 'localhost', ca: server.ca } });
    clients.push(second);
    await second.line();
    second.send('c1 AUTHENTICATE PLAIN\r\n');
    expect(await second.line()).toBe('+ ');
    second.send(`${Buffer.from('\0alice\0wrong').toString('base64')}\r\n`);
    expect(await tagged(second, 'c1')).toEqual(['c1 NO [AUTHENTICATIONFAILED] Authentication failed.']);
    expect(server.clientLines()).toEqual(['b1 AUTHENTICATE PLAIN ***', 'c1 AUTHENTICATE PLAIN', '***']);
  });

  it('accepts LOGIN arguments sent as synchronizing and non-synchronizing literals', async () => {
    const { client } = await session({ tls: 'none', allowPlaintextAuth: true, users: { alice: 'pa"ss' } });
    await client.line();
    client.send('d1 LOGIN {5}\r\n');
    expect(await client.line()).toBe('+ Ready for literal data');
    client.send('alice {5+}\r\npa"ss\r\n');
    expect((await tagged(client, 'd1'))[0]).toMatch(/^d1 OK /);
  });

  it('answers ID, NOOP and unknown commands', async () => {
    const { client } = await session();
    await client.line();
    client.send('e1 ID NIL\r\ne2 NOOP\r\ne3 FROB\r\n');
    expect(await tagged(client, 'e3')).toEqual([
      '* ID ("name" "Dovecot")',
      'e1 OK ID completed.',
      'e2 OK NOOP completed.',
      'e3 BAD Error in IMAP command FROB: Unknown command.',
    ]);
  });
});

describe('hostile IMAP behaviours', () => {
  it('preauth: greets PREAUTH in plaintext and refuses STARTTLS', async () => {
    const { client } = await session({ preset: 'preauth' });
    expect(await client.line()).toBe('* PREAUTH [CAPABILITY IMAP4rev1] Logged in as user');
    client.send('a STARTTLS\r\n');
    expect(await client.line()).toBe('a BAD STARTTLS not allowed in authenticated state.');
  });

  it('preauth-starttls: also advertises STARTTLS in the PREAUTH greeting', async () => {
    const { client } = await session({ preset: 'preauth-starttls' });
    expect(await client.line()).toBe('* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] Logged in as user');
  });

  it('starttls-refused and starttls-bad: answer STARTTLS with NO or BAD', async () => {
    const refused = await session({ preset: 'starttls-refused' });
    await refused.client.line();
    refused.client.send('a STARTTLS\r\n');
    expect(await refused.client.line()).toBe('a NO [UNAVAILABLE] TLS support is not available');
    const bad = await session({ preset: 'starttls-bad' });
    await bad.client.line();
    bad.client.send('a STARTTLS\r\n');
    expect(await bad.client.line()).toBe('a BAD Unknown command');
  });

  it('starttls-injection: sends a CAPABILITY with AUTH=PLAIN in the same write as the tagged OK', async () => {
    const { server, client } = await session({ preset: 'starttls-injection' });
    await client.line();
    client.send('a STARTTLS\r\n');
    expect(await client.line()).toBe('a OK Begin TLS negotiation now.');
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    expect(client.leftover).toBe('* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN\r\n');
  });

  it('starttls-close: answers STARTTLS with OK, then closes before the handshake', async () => {
    const { client } = await session({ preset: 'starttls-close' });
    await client.line();
    client.send('a STARTTLS\r\n');
    expect(await client.line()).toBe('a OK Begin TLS negotiation now.');
    expect(await client.startTls({ servername: 'localhost', rejectUnauthorized: false })).not.toBe('ok');
  });

  it('untagged-exists and alert: send untagged data right after the greeting', async () => {
    const exists = await session({ preset: 'untagged-exists' });
    await exists.client.line();
    expect(await exists.client.line()).toBe('* 54321 EXISTS');
    const alert = await session({ preset: 'alert' });
    await alert.client.line();
    expect(await alert.client.line()).toMatch(/^\* OK \[ALERT\] /);
  });

  it('logindisabled-missing: drops LOGINDISABLED and accepts LOGIN in plaintext', async () => {
    const { server, client } = await session({ preset: 'logindisabled-missing', users: { a: 'b' } });
    expect(await client.line()).not.toContain('LOGINDISABLED');
    client.send('a LOGIN a b\r\n');
    expect(await client.line()).toMatch(/^a OK /);
    expect(server.sensitiveInPlaintext()).toEqual(['LOGIN']);
  });

  it('strip-starttls: leaves STARTTLS out of the capabilities', async () => {
    const { client } = await session({ preset: 'strip-starttls' });
    expect(await client.line()).not.toContain('STARTTLS');
  });

  it('huge-literal: announces a 100 MB literal and streams up to maxBytes', async () => {
    const { client } = await session({ hostile: { hugeLiteral: { maxBytes: 50_000 } } });
    expect(await client.line()).toBe('* OK {100000000}');
    expect(await client.waitClose(5000)).toBe(true);
    expect(client.receivedBytes).toBe(50_000);
  });

  it('greeting-bye: sends BYE and closes', async () => {
    const { client } = await session({ preset: 'greeting-bye' });
    expect(await client.line()).toBe('* BYE Too many connections, try again later');
    expect(await client.waitClose()).toBe(true);
  });

  it('no-greeting and endless-line behave like the other protocols', async () => {
    const silent = await session({ preset: 'no-greeting' });
    silent.client.send('a CAPABILITY\r\n');
    expect(await silent.client.drain(300)).toBe('');
    const endless = await session({ hostile: { endlessLine: { maxBytes: 30_000 } } });
    expect(await endless.client.waitClose(5000)).toBe(true);
    expect((await endless.client.drain(10)).startsWith('* OK AAAA')).toBe(true);
  });

  it('reset: aborts with a TCP RST', async () => {
    const server = await createImapServer({ preset: 'reset' });
    servers.push(server);
    expect(await connectionOutcome(server.port)).toBe('ECONNRESET');
  });
});

import { describe, expect, it } from 'vitest';
import { connectionOutcome, type RawClient } from '../__fixtures__/raw-client.js';
import { useSmtpServers } from '../__fixtures__/smtp-servers.js';

const { start, session } = useSmtpServers();

async function ehlo(client: RawClient): Promise<string[]> {
  await client.reply();
  client.send('EHLO c\r\n');
  return client.reply();
}

describe('hostile SMTP behaviours', () => {
  it('no-greeting: never greets nor answers, but logs what the client sends', async () => {
    const { server, client } = await session({ preset: 'no-greeting' });
    client.send('EHLO c\r\n');
    expect(await client.drain(300)).toBe('');
    expect(server.clientLines()).toEqual(['EHLO c']);
  });

  it('greetingDelayMs: greets only after the pause', async () => {
    const { client } = await session({ hostile: { greetingDelayMs: 400 } });
    expect(await client.line(100)).toBeNull();
    expect(await client.line(2000)).toBe('220 mx.test ESMTP');
  });

  it('endlessLine: streams bytes without CRLF up to maxBytes, then closes', async () => {
    const { client } = await session({ hostile: { endlessLine: { maxBytes: 200_000 } } });
    expect(await client.waitClose(5000)).toBe(true);
    expect(client.receivedBytes).toBe(200_000);
    const text = await client.drain(10);
    expect(text.startsWith('220 AAAA')).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('ehlo-flood: answers EHLO with thousands of lines', async () => {
    const { client } = await session({ preset: 'ehlo-flood' });
    await client.reply();
    client.send('EHLO c\r\n');
    const reply = await client.reply();
    expect(reply.length).toBeGreaterThan(5000);
    expect(reply.at(-1)).toBe('250 8BITMIME');
  });

  it('reset: aborts the connection with a TCP RST right after accepting it', async () => {
    const server = await start({ preset: 'reset' });
    const code = await connectionOutcome(server.port);
    expect(code).toBe('ECONNRESET');
    await server.idle();
    expect(server.connections[0]?.closeReason).toBe('reset');
  });

  it('greeting-421: sends the 421 greeting and closes', async () => {
    const { client } = await session({ preset: 'greeting-421' });
    expect(await client.reply()).toEqual([
      '421 4.3.2 mx.test Service not available, closing transmission channel',
    ]);
    expect(await client.waitClose()).toBe(true);
  });

  it('greeting-554: keeps the connection and answers 503 to everything but QUIT', async () => {
    const { client } = await session({ preset: 'greeting-554' });
    expect(await client.reply()).toEqual(['554 5.3.2 mx.test No SMTP service here']);
    client.send('EHLO c\r\n');
    expect(await client.reply()).toEqual(['503 5.5.1 Error: no valid greeting']);
    client.send('QUIT\r\n');
    expect(await client.reply()).toEqual(['221 2.0.0 Bye']);
  });

  it('ehlo-rejected: answers EHLO with 500 and HELO with 250', async () => {
    const { client } = await session({ preset: 'ehlo-rejected' });
    expect(await ehlo(client)).toEqual(['500 5.5.2 Error: command not recognized']);
    client.send('HELO c\r\n');
    expect(await client.reply()).toEqual(['250 mx.test']);
  });

  it('starttls-refused: advertises STARTTLS, then answers it with 454', async () => {
    const { client } = await session({ preset: 'starttls-refused' });
    expect(await ehlo(client)).toContain('250-STARTTLS');
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['454 4.7.0 TLS not available due to local problem']);
  });

  it('starttls-garbage: answers 220, then garbage where the ServerHello belongs', async () => {
    const { client } = await session({ preset: 'starttls-garbage' });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['220 2.0.0 Ready to start TLS']);
    expect(await client.startTls({ servername: 'localhost', rejectUnauthorized: false })).not.toBe('ok');
  });

  it('starttls-close: answers 220, then closes before the handshake', async () => {
    const { client } = await session({ preset: 'starttls-close' });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['220 2.0.0 Ready to start TLS']);
    expect(await client.startTls({ servername: 'localhost', rejectUnauthorized: false })).not.toBe('ok');
  });

  it('starttls-stall: answers 220, then never answers the ClientHello', async () => {
    const { server, client } = await session({ preset: 'starttls-stall' });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    await client.reply();
    const handshake = client.startTls({ servername: 'localhost', rejectUnauthorized: false });
    const outcome = await Promise.race([
      handshake,
      new Promise((resolve) => setTimeout(resolve, 300, 'pending')),
    ]);
    expect(outcome).toBe('pending');
    expect(server.connections[0]?.events()).toContain('stalled after the STARTTLS reply');
  });

  it('starttls-plaintext: answers 220, then carries on in plaintext', async () => {
    const { server, client } = await session({ preset: 'starttls-plaintext' });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['220 2.0.0 Ready to start TLS']);
    client.send('NOOP\r\n');
    expect(await client.reply()).toEqual(['250 2.0.0 Ok']);
    expect(server.connections[0]?.tls).toBe(false);
  });

  it('starttls-injection: sends extra replies in the same write as the STARTTLS 220', async () => {
    const { server, client } = await session({ preset: 'starttls-injection' });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['220 2.0.0 Ready to start TLS']);
    // One read brought the 220 and the injected replies: they shared a segment.
    expect(client.lastChunk).toBe('220 2.0.0 Ready to start TLS\r\n250-evil\r\n250 AUTH PLAIN LOGIN\r\n');
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    expect(client.leftover).toBe('250-evil\r\n250 AUTH PLAIN LOGIN\r\n');
  });

  it('ignoreAfterTls: leaves the first command inside TLS unanswered so injected replies line up', async () => {
    const { server, client } = await session({
      preset: 'starttls-injection',
      hostile: { ignoreAfterTls: 1 },
    });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    await client.reply();
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    client.send('EHLO again\r\nNOOP\r\n');
    expect(await client.reply()).toEqual(['250 2.0.0 Ok']);
    expect(server.connections[0]?.events()).toContain('ignored the line above (ignoreAfterTls)');
  });

  it('a multi-line greeting is sent as given', async () => {
    const { client } = await session({ greeting: ['220-mx.test ESMTP', '220-second line', '220 ready'] });
    expect(await client.reply()).toEqual(['220-mx.test ESMTP', '220-second line', '220 ready']);
  });

  it('strip-starttls: leaves STARTTLS out of EHLO', async () => {
    const { client } = await session({ preset: 'strip-starttls' });
    expect(await ehlo(client)).not.toContain('250-STARTTLS');
  });

  it('plaintext-implicit-port: greets in plaintext where a client expects TLS', async () => {
    const { server, client } = await session({ preset: 'plaintext-implicit-port' });
    expect(server.tls).toBe('none');
    expect(await client.reply()).toEqual(['220 mx.test ESMTP']);
  });

  it('terminal-escape: puts terminal escape sequences in the greeting', async () => {
    const { client } = await session({ preset: 'terminal-escape' });
    expect((await client.reply())[0]).toContain('\x1b]0;pwned\x07');
  });

  it('auth-before-tls: offers and accepts AUTH in plaintext, and flags it', async () => {
    const { server, client } = await session({ preset: 'auth-before-tls', users: { a: 'b' } });
    expect(await ehlo(client)).toContain('250-AUTH PLAIN LOGIN');
    client.send(`AUTH PLAIN ${Buffer.from('\0a\0b').toString('base64')}\r\n`);
    expect(await client.reply()).toEqual(['235 2.7.0 Authentication successful']);
    expect(server.sensitiveInPlaintext()).toEqual(['AUTH']);
  });

  it('serves the expired certificate when asked, so clients see CERT_HAS_EXPIRED', async () => {
    const { server, client } = await session({ certificate: 'expired' });
    await ehlo(client);
    client.send('STARTTLS\r\n');
    await client.reply();
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('CERT_HAS_EXPIRED');
  });
});

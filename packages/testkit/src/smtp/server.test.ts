import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { useSmtpServers } from '../__fixtures__/smtp-servers.js';

const { start, connect } = useSmtpServers();
const plain = (user: string, password: string) => Buffer.from(`\0${user}\0${password}`).toString('base64');

describe('createSmtpServer defaults', () => {
  it('plays a Postfix-like dialogue: greeting, EHLO, STARTTLS, AUTH inside TLS, a message, QUIT', async () => {
    const server = await start({ users: { alice: 'secret' } });
    expect(server.url).toBe(`smtp://127.0.0.1:${server.port}`);
    const client = await connect(server);
    expect(await client.reply()).toEqual(['220 mx.test ESMTP']);
    client.send('EHLO client.test\r\n');
    expect(await client.reply()).toEqual([
      '250-mx.test',
      '250-PIPELINING',
      '250-SIZE 10240000',
      '250-STARTTLS',
      '250-ENHANCEDSTATUSCODES',
      '250 8BITMIME',
    ]);
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['220 2.0.0 Ready to start TLS']);
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    expect(client.leftover).toBe('');
    client.send('EHLO client.test\r\n');
    expect(await client.reply()).toEqual([
      '250-mx.test',
      '250-PIPELINING',
      '250-SIZE 10240000',
      '250-AUTH PLAIN LOGIN',
      '250-ENHANCEDSTATUSCODES',
      '250 8BITMIME',
    ]);
    client.send(`AUTH PLAIN ${plain('alice', 'secret')}\r\n`);
    expect(await client.reply()).toEqual(['235 2.7.0 Authentication successful']);
    client.send('MAIL FROM:<alice@test>\r\nRCPT TO:<bob@test>\r\nDATA\r\n');
    expect(await client.reply()).toEqual(['250 2.1.0 Ok']);
    expect(await client.reply()).toEqual(['250 2.1.5 Ok']);
    expect(await client.reply()).toEqual(['354 End data with <CR><LF>.<CR><LF>']);
    client.send('Subject: hi\r\n\r\n..dot\r\n.\r\n');
    expect(await client.reply()).toEqual(['250 2.0.0 Ok: queued as TEST1']);
    client.send('QUIT\r\n');
    expect(await client.reply()).toEqual(['221 2.0.0 Bye']);
    expect(await client.waitClose()).toBe(true);

    await server.idle();
    expect(server.messages).toEqual([
      {
        connection: 1,
        from: 'alice@test',
        to: ['bob@test'],
        data: 'Subject: hi\r\n\r\n.dot',
        tls: true,
        user: 'alice',
      },
    ]);
    const log = server.connections[0]!;
    expect(log.clientLines({ tls: false })).toEqual(['EHLO client.test', 'STARTTLS']);
    expect(log.clientLines({ tls: true })).toEqual([
      'EHLO client.test',
      'AUTH PLAIN ***',
      'MAIL FROM:<alice@test>',
      'RCPT TO:<bob@test>',
      'DATA',
      'QUIT',
    ]);
    expect(server.sensitiveInPlaintext()).toEqual([]);
    expect(JSON.stringify(log.entries)).not.toContain(plain('alice', 'secret'));
  });

  it('refuses AUTH before TLS with 538 and records it as sent in plaintext', async () => {
    const server = await start({ users: { alice: 'secret' } });
    const client = await connect(server);
    await client.reply();
    client.send('EHLO c\r\n');
    await client.reply();
    client.send(`AUTH PLAIN ${plain('alice', 'secret')}\r\n`);
    expect(await client.reply()).toEqual([
      '538 5.7.11 Encryption required for requested authentication mechanism',
    ]);
    expect(server.sensitiveInPlaintext()).toEqual(['AUTH']);
    expect(server.clientLines({ tls: false })).toContain('AUTH PLAIN ***');
  });

  it('runs AUTH LOGIN with continuations and logs the answers as ***', async () => {
    const server = await start({ users: { alice: 'secret' }, allowPlaintextAuth: true, tls: 'none' });
    const client = await connect(server);
    await client.reply();
    client.send('EHLO c\r\n');
    expect(await client.reply()).toContain('250-AUTH PLAIN LOGIN');
    client.send('AUTH LOGIN\r\n');
    expect(await client.reply()).toEqual(['334 VXNlcm5hbWU6']);
    client.send(`${Buffer.from('alice').toString('base64')}\r\n`);
    expect(await client.reply()).toEqual(['334 UGFzc3dvcmQ6']);
    client.send(`${Buffer.from('wrong').toString('base64')}\r\n`);
    expect(await client.reply()).toEqual(['535 5.7.8 Error: authentication failed: authentication failure']);
    expect(server.clientLines()).toEqual(['EHLO c', 'AUTH LOGIN', '***', '***']);
  });

  it('answers STARTTLS with 502 and leaves it out of EHLO when tls is none', async () => {
    const server = await start({ tls: 'none' });
    const client = await connect(server);
    await client.reply();
    client.send('EHLO c\r\n');
    expect(await client.reply()).not.toContain('250-STARTTLS');
    client.send('STARTTLS\r\n');
    expect(await client.reply()).toEqual(['502 5.5.1 Error: command not implemented']);
  });

  it('speaks TLS from the first byte in implicit mode and stays silent to a plaintext client', async () => {
    const server = await start({ tls: 'implicit' });
    expect(server.url).toBe(`smtps://127.0.0.1:${server.port}`);
    const secure = await connect(server, { tls: { servername: 'localhost', ca: server.ca } });
    expect(await secure.reply()).toEqual(['220 mx.test ESMTP']);
    secure.send('EHLO c\r\n');
    expect(await secure.reply()).toContain('250-AUTH PLAIN LOGIN');
    const plaintext = await connect(server);
    expect(await plaintext.drain(300)).toBe('');
  });

  it('discards plaintext commands pipelined behind STARTTLS instead of running them inside TLS', async () => {
    const server = await start();
    const client = await connect(server);
    await client.reply();
    client.send('EHLO c\r\n');
    await client.reply();
    client.send('STARTTLS\r\nEHLO injected\r\n');
    expect(await client.reply()).toEqual(['220 2.0.0 Ready to start TLS']);
    expect(await client.startTls({ servername: 'localhost', ca: server.ca })).toBe('ok');
    client.send('NOOP\r\n');
    expect(await client.reply()).toEqual(['250 2.0.0 Ok']);
    const log = server.connections[0]!;
    expect(log.entries.find((entry) => entry.text === 'EHLO injected')).toMatchObject({
      discarded: true,
      tls: false,
    });
  });

  it('lets a handler replace a command and fall back to the built-in one', async () => {
    const server = await start({
      handlers: {
        EHLO: async (context, args) => {
          if (args === 'special') return context.reply(550, ['5.7.1 go away', 'really']);
          return context.next();
        },
        XYZZY: (context) => context.write('250 nothing happens\r\n'),
      },
    });
    const client = await connect(server);
    await client.reply();
    client.send('EHLO special\r\n');
    expect(await client.reply()).toEqual(['550-5.7.1 go away', '550 really']);
    client.send('EHLO normal\r\n');
    expect((await client.reply())[0]).toBe('250-mx.test');
    client.send('XYZZY\r\n');
    expect(await client.reply()).toEqual(['250 nothing happens']);
  });

  it('lets nodemailer verify the server and send a message through STARTTLS and AUTH', async () => {
    const server = await start({ users: { alice: 'secret' } });
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      requireTLS: true,
      auth: { user: 'alice', pass: 'secret' },
      tls: { ca: server.ca, servername: 'localhost' },
    });
    await expect(transport.verify()).resolves.toBe(true);
    await transport.sendMail({ from: 'alice@test', to: 'bob@test', subject: 'hello', text: 'body' });
    transport.close();
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]).toMatchObject({
      from: 'alice@test',
      to: ['bob@test'],
      tls: true,
      user: 'alice',
    });
    expect(server.sensitiveInPlaintext()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { useSmtpServers } from '../__fixtures__/smtp-servers.js';
import { createSmtpServer } from '../smtp/server.js';

const { start, connect } = useSmtpServers();

describe('shared server core', () => {
  it('closes a connection whose line exceeds maxLineLength and logs why', async () => {
    const server = await start({ limits: { maxLineLength: 1000 } });
    const client = await connect(server);
    await client.reply();
    client.send(`EHLO ${'x'.repeat(5000)}`);
    expect(await client.waitClose()).toBe(true);
    await server.idle();
    expect(server.connections[0]?.events()).toContain('client line longer than 1000 bytes: closed');
  });

  it('closes a connection that sends more than maxBytes in total', async () => {
    const server = await start({ limits: { maxBytes: 2000 } });
    const client = await connect(server);
    await client.reply();
    for (let index = 0; index < 50; index += 1) client.send('NOOP\r\n'.repeat(10));
    expect(await client.waitClose()).toBe(true);
  });

  it('closes idle connections after idleTimeoutMs', async () => {
    const server = await start({ limits: { idleTimeoutMs: 50 } });
    const client = await connect(server);
    await client.reply();
    expect(await client.waitClose()).toBe(true);
    await server.idle();
    expect(server.connections[0]?.events()).toContain('idle timeout');
  });

  it('records lines that arrived in one segment with the same segment number', async () => {
    const server = await start({});
    const client = await connect(server);
    await client.reply();
    client.send('NOOP\r\nNOOP\r\n');
    await client.reply();
    await client.reply();
    client.send('NOOP\r\n');
    await client.reply();
    const segments = server.connections[0]?.entries
      .filter((e) => e.direction === 'client')
      .map((e) => e.segment);
    expect(segments?.[0]).toBe(segments?.[1]);
    expect(segments?.[2]).not.toBe(segments?.[1]);
  });

  it('passes tlsOptions through, e.g. a TLS 1.1-only server that modern clients refuse', async () => {
    const server = await start({
      tls: 'implicit',
      tlsOptions: { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' },
    });
    const outcome = await connect(server, { tls: { servername: 'localhost', ca: server.ca } }).then(
      () => 'ok',
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    expect(outcome).not.toBe('ok');
    await server.idle();
    expect(server.connections[0]?.events().join('\n')).toMatch(/tls handshake failed/);
  });

  it('destroys open connections on close() and resolves once they are gone', async () => {
    const server = await createSmtpServer({ preset: 'no-greeting' });
    const client = await connect(server);
    await server.close();
    expect(await client.waitClose()).toBe(true);
    expect(server.connections[0]?.closed).toBe(true);
  });
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { certificates, FAST } from './__fixtures__/helpers';
import { type ScriptedServer, scriptedServer } from './__fixtures__/scripted-server';
import { probeMailbox } from './mailbox';

let pki: Awaited<ReturnType<typeof certificates>>;
const servers: ScriptedServer[] = [];
beforeAll(async () => {
  pki = await certificates();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('probeMailbox', () => {
  it('probes every port in parallel and returns results in the order asked', async () => {
    const pop3s = await scriptedServer([
      [
        pki.leaf,
        { send: '+OK ready\r\n' },
        { read: true },
        { send: '+OK\r\nUSER\r\n.\r\n' },
        { read: true },
        { send: '+OK bye\r\n' },
      ],
    ]);
    const imap = await scriptedServer([[{ send: '* BYE busy\r\n' }]]);
    const imaps = await scriptedServer([
      [
        pki.leaf,
        { send: '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n' },
        { read: true },
        { send: 'A1 OK bye\r\n' },
      ],
    ]);
    servers.push(pop3s, imap, imaps);
    const results = await probeMailbox({
      host: '127.0.0.1',
      servername: 'localhost',
      ca: pki.ca,
      timeouts: FAST,
      ports: [
        { port: pop3s.port, protocol: 'pop3', mode: 'implicit' },
        { port: imap.port, protocol: 'imap' },
        { port: imaps.port, protocol: 'imap', mode: 'implicit' },
      ],
    });
    expect(results.map((result) => [result.protocol, result.port, result.status, result.security])).toEqual([
      ['pop3', pop3s.port, 'ok', 'implicit'],
      ['imap', imap.port, 'rejected', 'plain'],
      ['imap', imaps.port, 'ok', 'implicit'],
    ]);
    expect(results.every((result) => result.address === '127.0.0.1')).toBe(true);
    expect(results[0]?.tls?.verdict.trusted).toBe(true);
  });

  it('gives a bare port that is not a mailbox port an invalid-input result', async () => {
    const [result] = await probeMailbox({ host: '127.0.0.1', ports: [2525] });
    expect(result).toMatchObject({
      status: 'protocol-error',
      error: { code: 'E_INVALID_INPUT' },
      port: 2525,
    });
  });
});

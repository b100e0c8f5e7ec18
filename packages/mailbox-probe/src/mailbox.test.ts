import { createDnsServer, createImapServer, createPop3Server } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { useScriptedServers, useTestServers } from './__fixtures__/harness';
import { FAST } from './__fixtures__/helpers';
import { barrier } from './__fixtures__/scripted-server';
import { probeMailbox } from './mailbox';

const { pki, serve } = useScriptedServers();
const startPop3 = useTestServers(createPop3Server);
const startImap = useTestServers(createImapServer);

describe('probeMailbox', () => {
  it('probes every port at once and returns results in the order asked', async () => {
    // No server greets before all four are connected: probes run one after another would time out.
    const together = barrier(4);
    const pop3 = await serve([
      together,
      { send: '+OK ready\r\n' },
      { read: true },
      { send: '+OK\r\nTOP\r\n.\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
    ]);
    const pop3s = await serve([
      pki.leaf,
      together,
      { send: '+OK ready\r\n' },
      { read: true },
      { send: '+OK\r\nUSER\r\n.\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
    ]);
    const imap = await serve([together, { send: '* BYE busy\r\n' }]);
    const imaps = await serve([
      pki.leaf,
      together,
      { send: '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n' },
      { read: true },
      { send: 'A1 OK bye\r\n' },
    ]);
    const results = await probeMailbox({
      host: '127.0.0.1',
      servername: 'localhost',
      ca: pki.ca,
      timeouts: { ...FAST, greeting: 5000 },
      ports: [
        { port: pop3.port, protocol: 'pop3', mode: 'plain' },
        { port: pop3s.port, protocol: 'pop3', mode: 'implicit' },
        { port: imap.port, protocol: 'imap' },
        { port: imaps.port, protocol: 'imap', mode: 'implicit' },
      ],
    });
    expect(results.map((result) => [result.protocol, result.port, result.status, result.security])).toEqual([
      ['pop3', pop3.port, 'ok', 'plain'],
      ['pop3', pop3s.port, 'ok', 'implicit'],
      ['imap', imap.port, 'rejected', 'plain'],
      ['imap', imaps.port, 'ok', 'implicit'],
    ]);
    expect(results.every((result) => result.address === '127.0.0.1')).toBe(true);
    expect(results[1]?.tls?.verdict.trusted).toBe(true);
  });

  it('with concurrency 1 finishes one port before it connects to the next', async () => {
    // The first server can only greet once the second has a connection: too late for its probe.
    const together = barrier(2);
    const script = [
      together,
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] hi\r\n' },
      { read: true as const },
      { send: 'A1 OK bye\r\n' },
    ];
    const first = await serve(script);
    const second = await serve(script);
    const results = await probeMailbox({
      host: '127.0.0.1',
      timeouts: { ...FAST, tls: 400 },
      concurrency: 1,
      ports: [
        { port: first.port, protocol: 'imap', mode: 'plain' },
        { port: second.port, protocol: 'imap', mode: 'plain' },
      ],
    });
    expect(results.map((result) => result.status)).toEqual(['no-greeting', 'ok']);
  });

  it('gives a bare port that is not a mailbox port an invalid-input result', async () => {
    const [result] = await probeMailbox({ host: '127.0.0.1', ports: [2525] });
    expect(result).toMatchObject({
      status: 'protocol-error',
      error: { code: 'E_INVALID_INPUT' },
      port: 2525,
    });
  });

  it('resolves the name once and every port moves past an address that refuses to one that answers', async () => {
    const [pop3, imap] = await Promise.all([startPop3(), startImap()]);
    const dns = await createDnsServer({
      records: { 'mail.example.test': { A: ['127.0.0.3', '127.0.0.1'] } },
    });
    try {
      const results = await probeMailbox({
        host: 'mail.example.test',
        lookup: dns.lookup,
        timeouts: FAST,
        ports: [
          { port: pop3.port, protocol: 'pop3', mode: 'plain' },
          { port: imap.port, protocol: 'imap', mode: 'plain' },
        ],
      });
      for (const result of results) {
        expect(result).toMatchObject({ status: 'ok', address: '127.0.0.1' });
        expect(result.connectAttempts?.map((attempt) => `${attempt.address} ${attempt.outcome}`)).toEqual([
          '127.0.0.3 refused',
          '127.0.0.1 connected',
        ]);
      }
      expect(dns.queries.filter((query) => query.type === 'A')).toHaveLength(1);
    } finally {
      await dns.close();
    }
  });
});

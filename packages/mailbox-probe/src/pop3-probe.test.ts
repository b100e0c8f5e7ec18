import { describe, expect, it } from 'vitest';
import { local, useScriptedServers } from './__fixtures__/harness';
import { codes, dialogue, STARTTLS_SESSION_STEPS, timedSteps } from './__fixtures__/helpers';
import { probePop3 } from './pop3-probe';

const { pki, serve } = useScriptedServers();
const credentials = { username: 'bob', password: 'Sekr3t-pop' };

describe('probePop3 over STLS', () => {
  it('sends exactly CAPA, STLS, CAPA inside TLS and QUIT', async () => {
    const pop = await serve([
      { send: '+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\r\n' },
      { read: true },
      {
        send: '+OK Capability list follows\r\nTOP\r\nUIDL\r\nSTLS\r\nRESP-CODES\r\nPIPELINING\r\n..dotted\r\n.\r\n',
      },
      { read: true },
      { send: '+OK Begin TLS negotiation\r\n' },
      pki.leaf,
      { read: true },
      { send: '+OK\r\nTOP\r\nUIDL\r\nUSER\r\nSASL PLAIN\r\nIMPLEMENTATION Test\r\n.\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
      { end: true },
    ]);
    const result = await probePop3({ ...local(pop.port), ca: pki.ca });
    await pop.settled();
    expect(pop.connections[0]!.received).toBe('CAPA\r\nSTLS\r\nCAPA\r\nQUIT\r\n');
    expect(pop.connections[0]!.plaintext).toBe('CAPA\r\nSTLS\r\n');
    expect(result).toMatchObject({
      protocol: 'pop3',
      status: 'ok',
      security: 'starttls',
      greeting: { apopTimestamp: '<1896.697170952@dbc.mtview.ca.us>' },
      capaSupported: true,
      capabilitiesBefore: ['TOP', 'UIDL', 'STLS', 'RESP-CODES', 'PIPELINING', '.dotted'],
      capabilitiesAfter: ['TOP', 'UIDL', 'USER', 'SASL PLAIN', 'IMPLEMENTATION Test'],
      starttls: { offered: true, attempted: true, accepted: true, injectedBytes: null },
      auth: { mechanisms: ['PLAIN'], beforeTls: [], test: null },
      capabilityChanges: {
        added: ['USER', 'SASL PLAIN'],
        removed: ['STLS', 'PIPELINING', 'RESP-CODES', '.DOTTED'],
      },
    });
    expect(result.parsedCapabilitiesAfter?.implementation).toBe('Test');
    // The greeting's APOP timestamp arrived in clear.
    expect(codes(result)).toEqual(['apop-before-tls', 'capabilities-changed']);
  });

  it('records the dialogue byte for byte, the TLS side marked, and times every step it took', async () => {
    const pop = await serve([
      { send: '+OK ready <1.2@pop.test>\r\n' },
      { read: true },
      { send: '+OK list follows\r\nSTLS\r\n..X-DOTTED\r\n.\r\n' },
      { read: true },
      { send: '+OK go\r\n' },
      pki.leaf,
      { read: true },
      { send: '+OK\r\nUSER\r\n.\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
      { end: true },
    ]);
    const result = await probePop3({ ...local(pop.port), ca: pki.ca });
    expect(dialogue(result)).toEqual([
      'S: +OK ready <1.2@pop.test>',
      'C: CAPA',
      'S: +OK list follows',
      'S: STLS',
      'S: ..X-DOTTED',
      'S: .',
      'C: STLS',
      'S: +OK go',
      'tls C: CAPA',
      'tls S: +OK',
      'tls S: USER',
      'tls S: .',
      'tls C: QUIT',
      'tls S: +OK bye',
    ]);
    expect(timedSteps(result)).toEqual(STARTTLS_SESSION_STEPS);
  });

  it('reports USER and SASL PLAIN in clear and keeps injected bytes out of the capabilities', async () => {
    const pop = await serve([
      { send: '+OK ready\r\n' },
      { read: true },
      { send: '+OK\r\nUSER\r\nSASL PLAIN\r\nSTLS\r\n.\r\n' },
      { read: true },
      { send: '+OK go\r\n+OK\r\nSASL LOGIN\r\n.\r\n' },
      pki.leaf,
      { read: true },
      { send: '+OK\r\nSASL SCRAM-SHA-256\r\n.\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
    ]);
    const result = await probePop3({ ...local(pop.port), ca: pki.ca });
    expect(result.status).toBe('ok');
    expect(result.capabilitiesAfter).toEqual(['SASL SCRAM-SHA-256']);
    expect(result.auth).toMatchObject({ mechanisms: ['SCRAM-SHA-256'], beforeTls: ['PLAIN', 'USER'] });
    expect(result.starttls?.injectedBytes).toContain('SASL LOGIN');
    expect(codes(result)).toEqual([
      'user-before-tls',
      'auth-before-tls',
      'starttls-injection',
      'capabilities-changed',
    ]);
  });

  it('stops at a refused STLS without sending credentials', async () => {
    const pop = await serve([
      { send: '+OK ready\r\n' },
      { read: true },
      { send: '+OK\r\nSTLS\r\nUSER\r\n.\r\n' },
      { read: true },
      { send: '-ERR [SYS/TEMP] TLS unavailable\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
      { end: true },
    ]);
    const result = await probePop3({ ...local(pop.port), credentials });
    await pop.settled();
    expect(pop.connections[0]!.received).toBe('CAPA\r\nSTLS\r\nQUIT\r\n');
    expect(result.status).toBe('tls-failed');
    expect(result.starttls).toMatchObject({ accepted: false, reply: '-ERR [SYS/TEMP] TLS unavailable' });
    expect(result.auth.test?.outcome).toBe('refused-cleartext');
    expect(codes(result)).toEqual(['user-before-tls', 'starttls-refused']);
  });

  it('notes a server without CAPA and reports STLS as not offered', async () => {
    const pop = await serve([
      { send: '+OK ready\r\n' },
      { read: true },
      { send: '-ERR unknown command\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
      { end: true },
    ]);
    const result = await probePop3(local(pop.port));
    await pop.settled();
    expect(pop.connections[0]!.received).toBe('CAPA\r\nQUIT\r\n');
    expect(result).toMatchObject({
      status: 'ok',
      security: 'plain',
      capaSupported: false,
      capabilitiesBefore: [],
    });
    expect(codes(result)).toEqual(['capa-not-supported', 'starttls-not-offered']);
    expect(result.findings[1]?.inferred).toBe(true);
  });

  it('reports a -ERR greeting as rejected', async () => {
    const pop = await serve([{ send: '-ERR [IN-USE] go away\r\n' }]);
    const result = await probePop3(local(pop.port));
    await pop.settled();
    expect(pop.connections[0]!.received).toBe('');
    expect(result.status).toBe('rejected');
    expect(result.greeting?.code).toBe('IN-USE');
  });

  it('bounds a CAPA body that never ends', async () => {
    const body = Array.from({ length: 40 }, (_, index) => `X-${index}\r\n`).join('');
    const pop = await serve([{ send: '+OK ready\r\n' }, { read: true }, { send: `+OK\r\n${body}` }]);
    const result = await probePop3({ ...local(pop.port), limits: { maxLinesPerReply: 16 } });
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_TOO_MANY_LINES');
  });

  it('stops at an endless line with E_LINE_TOO_LONG', async () => {
    const pop = await serve([{ send: `+OK ${'y'.repeat(8192)}` }]);
    const result = await probePop3({ ...local(pop.port), limits: { maxLineLength: 1024 } });
    expect(result.error?.code).toBe('E_LINE_TOO_LONG');
  });

  it('treats an IMAP greeting as a protocol error', async () => {
    const pop = await serve([{ send: '* OK IMAP4rev1 ready\r\n' }]);
    const result = await probePop3(local(pop.port));
    expect(result.status).toBe('protocol-error');
  });
});

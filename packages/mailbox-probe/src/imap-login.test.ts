import { describe, expect, it } from 'vitest';
import { local, useScriptedServers } from './__fixtures__/harness';
import { expectNoSecret, lines } from './__fixtures__/helpers';
import type { ScriptStep } from './__fixtures__/scripted-server';
import { probeImap } from './imap-probe';

const { pki, serve } = useScriptedServers();
const credentials = { username: 'alice', password: 'Sekr3t"pw\\x' };
const plain = Buffer.from('\0alice\0Sekr3t"pw\\x').toString('base64');
const secrets = ['Sekr3t', plain];

function implicitServer(capabilities: string, login: ScriptStep[]) {
  return serve([
    pki.leaf,
    { send: `* OK [CAPABILITY IMAP4rev1 ${capabilities}] ready\r\n` },
    ...login,
    { end: true },
  ]);
}

const options = (port: number) => ({ ...local(port), mode: 'implicit' as const, ca: pki.ca, credentials });

describe('probeImap login test', () => {
  it('uses AUTHENTICATE PLAIN with an initial response under SASL-IR and keeps it out of the transcript', async () => {
    const imap = await implicitServer('AUTH=PLAIN SASL-IR', [
      { read: true },
      { send: 'A1 OK [CAPABILITY IMAP4rev1 IDLE] welcome\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const result = await probeImap(options(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe(`A1 AUTHENTICATE PLAIN ${plain}\r\nA2 LOGOUT\r\n`);
    expect(result.auth.test).toEqual({
      outcome: 'succeeded',
      mechanism: 'PLAIN',
      message: 'The server accepted the credentials (PLAIN).',
    });
    expect(lines(result)).toContain('C: A1 AUTHENTICATE PLAIN [redacted]');
    expectNoSecret(result, secrets);
  });

  it('records the capabilities a successful login announces, and none when the OK carries no code', async () => {
    const announcing = await implicitServer('AUTH=PLAIN SASL-IR', [
      { read: true },
      { send: 'A1 OK [CAPABILITY IMAP4rev1 IDLE MOVE QUOTA] welcome\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const announced = await probeImap(options(announcing.port));
    await announcing.settled();
    expect(announced.parsedCapabilitiesAfter?.raw).toEqual(['IMAP4rev1', 'AUTH=PLAIN', 'SASL-IR']);
    expect(announced.parsedCapabilitiesAfterLogin?.raw).toEqual(['IMAP4rev1', 'IDLE', 'MOVE', 'QUOTA']);
    expect(announced.parsedCapabilitiesAfterLogin?.idle).toBe(true);

    const silent = await implicitServer('AUTH=PLAIN SASL-IR', [
      { read: true },
      { send: 'A1 OK welcome\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const quiet = await probeImap(options(silent.port));
    await silent.settled();
    expect(quiet.auth.test?.outcome).toBe('succeeded');
    expect(quiet.parsedCapabilitiesAfterLogin).toBeNull();
  });

  it('takes no capabilities from a refused login', async () => {
    const imap = await implicitServer('AUTH=PLAIN SASL-IR', [
      { read: true },
      { send: 'A1 NO [CAPABILITY IMAP4rev1 X-EVIL] nope\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const result = await probeImap(options(imap.port));
    await imap.settled();
    expect(result.auth.test?.outcome).toBe('failed');
    expect(result.parsedCapabilitiesAfterLogin).toBeNull();
  });

  it('answers the continuation without SASL-IR and reports a refusal', async () => {
    const imap = await implicitServer('AUTH=PLAIN', [
      { read: true },
      { send: '+ \r\n' },
      { read: true },
      { send: 'A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const result = await probeImap(options(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe(`A1 AUTHENTICATE PLAIN\r\n${plain}\r\nA2 LOGOUT\r\n`);
    expect(result.auth.test).toMatchObject({ outcome: 'failed', mechanism: 'PLAIN' });
    expect(result.auth.test?.message).toContain('Authentication failed.');
    expect(result.status).toBe('ok');
    expectNoSecret(result, secrets);
  });

  it('falls back to LOGIN with quoted strings when AUTH=PLAIN is missing', async () => {
    const imap = await implicitServer('AUTH=SCRAM-SHA-1', [
      { read: true },
      { send: 'A1 OK logged in\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const result = await probeImap(options(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGIN "alice" "Sekr3t\\"pw\\\\x"\r\nA2 LOGOUT\r\n');
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'LOGIN' });
    expect(lines(result)).toContain('C: A1 LOGIN "alice" [redacted]');
    expectNoSecret(result, secrets);
  });

  it('reports no mechanism when LOGINDISABLED holds even inside TLS', async () => {
    const imap = await implicitServer('LOGINDISABLED AUTH=GSSAPI', [
      { read: true },
      { send: 'A1 OK bye\r\n' },
    ]);
    const result = await probeImap(options(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result.auth.test?.outcome).toBe('no-mechanism');
  });

  it('does not follow a REFERRAL and reports it', async () => {
    const imap = await implicitServer('AUTH=PLAIN SASL-IR', [
      { read: true },
      { send: 'A1 NO [REFERRAL IMAP://;AUTH=*@attacker.example.org:243/] go there\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
    ]);
    const result = await probeImap(options(imap.port));
    await imap.settled(1);
    expect(imap.connections).toHaveLength(1);
    expect(result.auth.test?.outcome).toBe('failed');
    expect(result.findings.map((finding) => finding.code)).toContain('referral-not-followed');
  });

  it('records an error outcome when the server drops the connection during login', async () => {
    const imap = await implicitServer('AUTH=PLAIN SASL-IR', [{ read: true }]);
    const result = await probeImap(options(imap.port));
    expect(result.status).toBe('ok');
    expect(result.auth.test?.outcome).toBe('error');
    expectNoSecret(result, secrets);
  });

  it('never sends credentials on a plaintext-only server', async () => {
    const server = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n' },
      { read: true },
      { send: 'A1 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...options(server.port), mode: 'auto' });
    await server.settled();
    expect(server.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result.auth.test?.outcome).toBe('refused-cleartext');
  });

  it('rejects a user name with CR LF before connecting', async () => {
    const server = await serve();
    const result = await probeImap({
      ...options(server.port),
      credentials: { username: 'a\r\nb', password: 'x' },
    });
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_INVALID_INPUT');
    expect(server.connections).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { local, useScriptedServers } from './__fixtures__/harness';
import { codes, FAST } from './__fixtures__/helpers';
import type { ScriptStep } from './__fixtures__/scripted-server';
import { probeImap } from './imap-probe';

const { pki, serve } = useScriptedServers();

describe('probeImap against hostile servers', () => {
  it('closes a PREAUTH plaintext session at once with a critical finding (CVE-2020-12398 class)', async () => {
    const imap = await serve([
      { send: '* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in\r\n' },
      { read: true },
      { send: 'A1 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({
      ...local(imap.port),
      credentials: { username: 'alice', password: 'secret-pw' },
    });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result).toMatchObject({
      status: 'ok',
      security: 'plain',
      preauth: true,
      starttls: { offered: true, attempted: false, accepted: false },
      auth: { mechanisms: [], beforeTls: [], test: { outcome: 'refused-cleartext' } },
    });
    expect(result.findings[0]).toMatchObject({ code: 'preauth-plaintext', severity: 'critical' });
  });

  it('fails a PREAUTH plaintext session when STARTTLS was required', async () => {
    const imap = await serve([{ send: '* PREAUTH hi\r\n' }, { read: true }, { end: true }]);
    const result = await probeImap({ ...local(imap.port), mode: 'starttls' });
    expect(result.status).toBe('tls-failed');
    expect(codes(result)).toContain('preauth-plaintext');
  });

  it('reports a BYE greeting as rejected and sends nothing', async () => {
    const imap = await serve([{ send: '* BYE [UNAVAILABLE] overloaded\r\n' }]);
    const result = await probeImap(local(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('');
    expect(result.status).toBe('rejected');
    expect(result.greeting?.status).toBe('BYE');
    expect(result.banner).toBe('* BYE [UNAVAILABLE] overloaded');
  });

  it('reports unsolicited mailbox data and an [ALERT] before TLS with escaped evidence', async () => {
    const imap = await serve([
      { send: '* OK [ALERT] Your account \x1b[31mis suspended\x1b[0m\r\n' },
      { read: true },
      { send: '* 54321 EXISTS\r\n* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\nA1 OK done\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), mode: 'plain' });
    expect(result.status).toBe('ok');
    expect(codes(result)).toEqual(['escape-sequences', 'alert-before-tls', 'untagged-before-tls']);
    for (const finding of result.findings) expect(finding.evidence).not.toMatch(/\x1b/);
    expect(result.findings[2]?.evidence).toBe('* 54321 EXISTS');
  });

  it('reports LOGIN allowed in clear when LOGINDISABLED is missing', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n' },
      { read: true },
      { send: 'A1 OK go\r\n' },
      pki.leaf,
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA2 OK done\r\n' },
      { read: true },
      { send: 'A3 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), ca: pki.ca });
    expect(result.status).toBe('ok');
    expect(result.auth.beforeTls).toEqual(['LOGIN']);
    expect(result.findings[0]).toMatchObject({ code: 'login-before-tls', severity: 'critical' });
  });

  it('stops at an endless line with E_LINE_TOO_LONG', async () => {
    const imap = await serve([{ send: `* OK ${'x'.repeat(8192)}` }]);
    const result = await probeImap({ ...local(imap.port), limits: { maxLineLength: 1024 } });
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_LINE_TOO_LONG');
  });

  it('refuses a huge literal with E_TOO_MUCH_DATA before reading it', async () => {
    const imap = await serve([
      { send: '* OK ready\r\n' },
      { read: true },
      { send: '* 1 FETCH (BODY[] {4294967295}\r\n' },
    ]);
    const result = await probeImap({ ...local(imap.port), limits: { maxLiteralSize: 65536 } });
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_TOO_MUCH_DATA');
  });

  it('treats a response with a foreign tag as a protocol error', async () => {
    const imap = await serve([
      { send: '* OK ready\r\n' },
      { read: true },
      { send: 'A9 OK [CAPABILITY IMAP4rev1] done\r\n' },
    ]);
    const result = await probeImap(local(imap.port));
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_PROTOCOL');
  });

  it('treats a non-IMAP greeting as a protocol error', async () => {
    const imap = await serve([{ send: '+OK POP3 ready\r\n' }]);
    const result = await probeImap(local(imap.port));
    expect(result.status).toBe('protocol-error');
  });

  it('reports a reset after the greeting', async () => {
    const imap = await serve([{ send: '* OK ready\r\n' }, { read: true }, { reset: true }]);
    const result = await probeImap(local(imap.port));
    expect(result.status).toBe('reset');
  });

  it('reports a close in the middle of the dialogue', async () => {
    const imap = await serve([{ send: '* OK ready\r\n' }, { read: true }, { end: true }]);
    const result = await probeImap(local(imap.port));
    expect(result.status).toBe('closed');
  });
});

describe('probeImap when the port speaks the other mode', () => {
  it('tries implicit TLS once when the plaintext port stays silent', async () => {
    const imap = await serve(
      [],
      [
        pki.leaf,
        { send: '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n' },
        { read: true },
        { send: 'A1 OK bye\r\n' },
      ],
    );
    const result = await probeImap({ ...local(imap.port), mode: 'auto', ca: pki.ca });
    expect(result).toMatchObject({ status: 'ok', security: 'implicit' });
    expect(codes(result)).toEqual(['tls-expected']);
  });

  it('reports no-greeting when neither plaintext nor TLS gets an answer', async () => {
    const imap = await serve([], []);
    const result = await probeImap({ ...local(imap.port), timeouts: { ...FAST, tls: 400 } });
    expect(result.status).toBe('no-greeting');
    expect(result.error?.code).toBe('E_GREETING_TIMEOUT');
    expect(codes(result)).toEqual([]);
  });

  it('diagnoses a plaintext greeting on the implicit port without downgrading', async () => {
    const greeting: ScriptStep[] = [
      { send: '* OK [CAPABILITY IMAP4rev1] plaintext here\r\n' },
      { read: true },
    ];
    const imap = await serve(greeting, greeting);
    const result = await probeImap({ ...local(imap.port), mode: 'implicit' });
    await imap.settled(2);
    expect(imap.connections[1]!.received).toBe('');
    expect(result.status).toBe('tls-failed');
    expect(result.error?.code).toBe('E_TLS_HANDSHAKE');
    expect(result.banner).toBe('* OK [CAPABILITY IMAP4rev1] plaintext here');
    expect(result.findings[0]).toMatchObject({ code: 'plaintext-on-implicit-port', severity: 'critical' });
  });
});

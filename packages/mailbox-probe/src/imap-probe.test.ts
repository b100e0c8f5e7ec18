import { describe, expect, it } from 'vitest';
import { local, useScriptedServers } from './__fixtures__/harness';
import { codes, dialogue, STARTTLS_SESSION_STEPS, timedSteps } from './__fixtures__/helpers';
import type { ScriptStep } from './__fixtures__/scripted-server';
import { probeImap } from './imap-probe';

const { pki, serve } = useScriptedServers();

describe('probeImap over STARTTLS', () => {
  it('sends exactly STARTTLS, CAPABILITY inside TLS and LOGOUT when the greeting carries capabilities', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n' },
      { read: true },
      { send: 'A1 OK Begin TLS negotiation now\r\n' },
      pki.leaf,
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR IDLE\r\nA2 OK done\r\n' },
      { read: true },
      { send: '* BYE bye\r\nA3 OK done\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), ca: pki.ca });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 STARTTLS\r\nA2 CAPABILITY\r\nA3 LOGOUT\r\n');
    expect(imap.connections[0]!.plaintext).toBe('A1 STARTTLS\r\n');
    expect(result).toMatchObject({
      protocol: 'imap',
      status: 'ok',
      security: 'starttls',
      banner: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready',
      capabilitiesBefore: ['IMAP4rev1', 'STARTTLS', 'LOGINDISABLED'],
      capabilitiesAfter: ['IMAP4rev1', 'AUTH=PLAIN', 'SASL-IR', 'IDLE'],
      starttls: { offered: true, attempted: true, accepted: true, injectedBytes: null },
      auth: { mechanisms: ['PLAIN'], beforeTls: [], test: null },
      capabilityChanges: { added: ['AUTH=PLAIN', 'SASL-IR', 'IDLE'], removed: ['STARTTLS', 'LOGINDISABLED'] },
      preauth: false,
    });
    expect(result.tls?.verdict.trusted).toBe(true);
    expect(codes(result)).toEqual(['capabilities-changed']);
  });

  it('records the dialogue byte for byte, the TLS side marked, and times every step it took', async () => {
    const imap = await serve([
      { send: '* OK ready\r\n' },
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\nA1 OK done\r\n' },
      { read: true },
      { send: '* 1 EXISTS\r\nA2 OK Begin TLS negotiation now\r\n' },
      pki.leaf,
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA3 OK done\r\n' },
      { read: true },
      { send: '* BYE bye\r\nA4 OK done\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), ca: pki.ca });
    expect(dialogue(result)).toEqual([
      'S: * OK ready',
      'C: A1 CAPABILITY',
      'S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED',
      'S: A1 OK done',
      'C: A2 STARTTLS',
      'S: * 1 EXISTS',
      'S: A2 OK Begin TLS negotiation now',
      'tls C: A3 CAPABILITY',
      'tls S: * CAPABILITY IMAP4rev1 AUTH=PLAIN',
      'tls S: A3 OK done',
      'tls C: A4 LOGOUT',
      'tls S: * BYE bye',
      'tls S: A4 OK done',
    ]);
    expect(timedSteps(result)).toEqual(STARTTLS_SESSION_STEPS);
  });

  it('asks CAPABILITY in clear when the greeting has no capability code', async () => {
    const imap = await serve([
      { send: '* OK ready\r\n' },
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\nA1 OK done\r\n' },
      { read: true },
      { send: 'A2 OK go\r\n' },
      pki.leaf,
      { read: true },
      { send: 'A3 OK [CAPABILITY IMAP4rev2 AUTH=PLAIN] done\r\n' },
      { read: true },
      { send: 'A4 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), ca: pki.ca });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe(
      'A1 CAPABILITY\r\nA2 STARTTLS\r\nA3 CAPABILITY\r\nA4 LOGOUT\r\n',
    );
    expect(result.status).toBe('ok');
    expect(result.capabilitiesAfter).toEqual(['IMAP4rev2', 'AUTH=PLAIN']);
    expect(result.parsedCapabilitiesAfter?.imap4rev2).toBe(true);
  });

  it('keeps injected bytes after the STARTTLS OK out of the capabilities and reports them', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n' },
      { read: true },
      { send: 'A1 OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA2 OK injected\r\n' },
      pki.leaf,
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 AUTH=SCRAM-SHA-256\r\nA2 OK done\r\n' },
      { read: true },
      { send: 'A3 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), ca: pki.ca });
    expect(result.status).toBe('ok');
    expect(result.capabilitiesAfter).toEqual(['IMAP4rev1', 'AUTH=SCRAM-SHA-256']);
    expect(result.auth.mechanisms).toEqual(['SCRAM-SHA-256']);
    expect(result.starttls?.injectedBytes).toContain('AUTH=PLAIN');
    const injection = result.findings.find((finding) => finding.code === 'starttls-injection');
    expect(injection?.severity).toBe('critical');
  });

  it('ignores a capability code on the STARTTLS OK and asks again inside TLS', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n' },
      { read: true },
      { send: 'A1 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN] go\r\n' },
      pki.leaf,
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 AUTH=GSSAPI\r\nA2 OK done\r\n' },
      { read: true },
      { send: 'A3 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), ca: pki.ca });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 STARTTLS\r\nA2 CAPABILITY\r\nA3 LOGOUT\r\n');
    expect(result.auth.mechanisms).toEqual(['GSSAPI']);
  });

  it('stops at a refused STARTTLS instead of continuing in plaintext', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n' },
      { read: true },
      { send: 'A1 NO [UNAVAILABLE] TLS is down\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({
      ...local(imap.port),
      credentials: { username: 'alice', password: 'secret-pw' },
    });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 STARTTLS\r\nA2 LOGOUT\r\n');
    expect(result.status).toBe('tls-failed');
    expect(result.security).toBe('plain');
    expect(result.starttls).toMatchObject({ offered: true, attempted: true, accepted: false });
    expect(result.starttls?.reply).toBe('A1 NO [UNAVAILABLE] TLS is down');
    expect(result.auth.test?.outcome).toBe('refused-cleartext');
    expect(codes(result)).toContain('starttls-refused');
  });

  it('keeps the plaintext login methods when the handshake after the STARTTLS OK fails', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\r\n' },
      { read: true },
      { send: 'A1 OK go\r\n' },
      { end: true },
    ]);
    const result = await probeImap({
      ...local(imap.port),
      credentials: { username: 'alice', password: 'secret-pw' },
    });
    expect(result).toMatchObject({ status: 'tls-failed', security: 'plain' });
    expect(result.auth).toMatchObject({
      mechanisms: ['PLAIN'],
      beforeTls: ['PLAIN', 'LOGIN'],
      test: { outcome: 'refused-cleartext' },
    });
  });

  it('treats a continuation in answer to STARTTLS as a protocol error', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n' },
      { read: true },
      { send: '+ continue\r\n' },
      { read: true },
    ]);
    const result = await probeImap(local(imap.port));
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_PROTOCOL');
    expect(result.starttls).toMatchObject({ attempted: true, accepted: false });
  });

  it('reports a missing STARTTLS and fails when STARTTLS was required', async () => {
    const script: ScriptStep[] = [
      { send: '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n' },
      { read: true },
      { send: 'A1 OK bye\r\n' },
      { end: true },
    ];
    const imap = await serve(script, script);
    const auto = await probeImap(local(imap.port));
    const required = await probeImap({ ...local(imap.port), mode: 'starttls' });
    await imap.settled(2);
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(auto.status).toBe('ok');
    expect(auto.security).toBe('plain');
    expect(codes(auto)).toEqual(['login-before-tls', 'auth-before-tls', 'starttls-not-offered']);
    expect(auto.auth).toMatchObject({ mechanisms: ['PLAIN'], beforeTls: ['PLAIN', 'LOGIN'] });
    expect(auto.findings.find((finding) => finding.code === 'auth-before-tls')?.severity).toBe('critical');
    expect(required.status).toBe('tls-failed');
  });

  it('never negotiates TLS in plain mode and keeps StarttlsSummary null', async () => {
    const imap = await serve([
      { send: '* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n' },
      { read: true },
      { send: 'A1 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), mode: 'plain' });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result).toMatchObject({
      status: 'ok',
      security: 'plain',
      starttls: null,
      capabilitiesAfter: null,
    });
    expect(codes(result)).toEqual([]);
  });
});

describe('probeImap on implicit TLS', () => {
  /** A server that greets over TLS with `certificate`, then answers the LOGOUT. */
  const greetThenLogout = (certificate: ScriptStep, greeting: string): ScriptStep[] => [
    certificate,
    { send: `${greeting}\r\n` },
    { read: true },
    { send: 'A1 OK bye\r\n' },
    { end: true },
  ];
  const implicitWithCredentials = (port: number) => ({
    ...local(port),
    mode: 'implicit' as const,
    ca: pki.ca,
    credentials: { username: 'alice', password: 'secret-pw' },
  });

  it('trusts capabilities in the TLS greeting and reports no before-TLS state', async () => {
    const imap = await serve([
      pki.leaf,
      { send: '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n' },
      { read: true },
      { send: '* BYE\r\nA1 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), mode: 'implicit', ca: pki.ca });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result).toMatchObject({
      status: 'ok',
      security: 'implicit',
      starttls: null,
      capabilitiesBefore: null,
      capabilitiesAfter: ['IMAP4rev1', 'AUTH=PLAIN', 'SASL-IR'],
      auth: { mechanisms: ['PLAIN'], beforeTls: [] },
    });
    expect(codes(result)).toEqual([]);
  });

  it('asks CAPABILITY over TLS when the greeting has no capability code', async () => {
    const imap = await serve([
      pki.leaf,
      { send: '* OK ready\r\n' },
      { read: true },
      { send: '* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK done\r\n' },
      { read: true },
      { send: 'A2 OK bye\r\n' },
      { end: true },
    ]);
    const result = await probeImap({ ...local(imap.port), mode: 'implicit', ca: pki.ca });
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 CAPABILITY\r\nA2 LOGOUT\r\n');
    expect(result.capabilitiesAfter).toEqual(['IMAP4rev1', 'AUTH=PLAIN']);
    expect(timedSteps(result)).toContain('capabilities');
  });

  it('takes a PREAUTH greeting over TLS as no finding, and sends no credentials to an authenticated session', async () => {
    const imap = await serve(
      greetThenLogout(pki.leaf, '* PREAUTH [CAPABILITY IMAP4rev2 AUTH=PLAIN] welcome back'),
    );
    const result = await probeImap(implicitWithCredentials(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result).toMatchObject({ status: 'ok', security: 'implicit', preauth: true, starttls: null });
    expect(result.auth).toMatchObject({
      mechanisms: ['PLAIN'],
      beforeTls: [],
      test: { outcome: 'no-mechanism', mechanism: null, message: expect.stringContaining('PREAUTH') },
    });
    expect(codes(result)).toEqual([]);
  });

  it.each([
    ['selfSigned', 'certificate-self-signed'],
    ['expired', 'certificate-expired'],
    ['wrongName', 'certificate-hostname-mismatch'],
  ] as const)('reports a %s certificate and sends no credentials to it', async (which, code) => {
    const imap = await serve(
      greetThenLogout(pki[which], '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready'),
    );
    const result = await probeImap(implicitWithCredentials(imap.port));
    await imap.settled();
    expect(imap.connections[0]!.received).toBe('A1 LOGOUT\r\n');
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(codes(result)).toContain(code);
    expect(result.auth.test?.outcome).toBe('error');
  });
});

import { createSmtpServer, type SmtpServerOptions, type SmtpTestServer } from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { probeSmtp } from './probe';
import type { SmtpProbeOptions } from './types';

const TIMEOUTS = { connect: 3000, greeting: 3000, command: 3000, tls: 3000, overall: 15000 };
const USERS = { alice: 'correct horse battery' };
const servers: SmtpTestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: SmtpServerOptions = {}): Promise<SmtpTestServer> {
  const server = await createSmtpServer(options);
  servers.push(server);
  return server;
}

function probe(server: SmtpTestServer, options: Partial<SmtpProbeOptions> = {}) {
  return probeSmtp({
    host: 'localhost',
    address: '127.0.0.1',
    port: server.port,
    ehloName: 'probe.example.net',
    timeouts: TIMEOUTS,
    ...options,
  });
}

function codes(result: { findings: readonly { code: string }[] }): string[] {
  return result.findings.map((finding) => finding.code);
}

describe('certificate verdicts', () => {
  it('trusts the test certificate when its CA is given', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { mode: 'implicit', ca: server.ca });
    expect(result.tls?.verdict).toMatchObject({
      trusted: true,
      hostnameMatches: true,
      checkedName: 'localhost',
    });
    expect(codes(result).filter((code) => code.startsWith('certificate-'))).toEqual([]);
  });

  it('does not trust the same certificate without its CA, and still completes the dialogue', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { mode: 'implicit' });
    expect(result.status).toBe('ok');
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(codes(result)).toContain('certificate-untrusted');
  });

  it('reports an expired certificate after STARTTLS', async () => {
    const server = await start({ certificate: 'expired' });
    const result = await probe(server, { ca: server.ca });
    expect(result.security).toBe('starttls');
    expect(result.tls?.verdict.expired).toBe(true);
    expect(codes(result)).toContain('certificate-expired');
  });

  it('reports a certificate for another name', async () => {
    const server = await start({ certificate: 'wrongName' });
    const result = await probe(server, { ca: server.ca });
    expect(result.tls?.verdict.hostnameMatches).toBe(false);
    expect(codes(result)).toContain('certificate-hostname-mismatch');
  });

  it('checks the certificate against servername when one is given', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { mode: 'implicit', ca: server.ca, servername: 'mail.other.example' });
    expect(result.tls?.verdict.checkedName).toBe('mail.other.example');
    expect(result.tls?.verdict.trusted).toBe(false);
  });
});

describe('credential test', () => {
  it('reports success inside TLS and keeps the password out of every output', async () => {
    const server = await start({ users: USERS });
    const result = await probe(server, {
      ca: server.ca,
      credentials: { username: 'alice', password: USERS.alice },
    });
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'PLAIN' });
    expect(JSON.stringify(result)).not.toContain(USERS.alice);
    expect(JSON.stringify(result)).not.toContain(
      Buffer.from(`\u0000alice\u0000${USERS.alice}`).toString('base64'),
    );
    expect(result.transcript.some((entry) => entry.redacted === true)).toBe(true);
    expect(result.timings.auth).toBeTypeOf('number');
  });

  it('reports failure for a wrong password without changing the port status', async () => {
    const server = await start({ users: USERS });
    const result = await probe(server, {
      ca: server.ca,
      credentials: { username: 'alice', password: 'wrong' },
    });
    expect(result.status).toBe('ok');
    expect(result.auth.test).toMatchObject({ outcome: 'failed', mechanism: 'PLAIN' });
  });

  it('uses LOGIN when it is the only mechanism offered', async () => {
    const server = await start({ users: USERS, capabilitiesAfterTls: ['AUTH LOGIN'] });
    const result = await probe(server, {
      ca: server.ca,
      credentials: { username: 'alice', password: USERS.alice },
    });
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'LOGIN' });
    expect(JSON.stringify(result)).not.toContain(Buffer.from(USERS.alice).toString('base64'));
  });

  it('reports no-mechanism when only mechanisms it cannot test are offered', async () => {
    const server = await start({ users: USERS, capabilitiesAfterTls: ['AUTH CRAM-MD5'] });
    const result = await probe(server, { ca: server.ca, credentials: { username: 'alice', password: 'x' } });
    expect(result.auth.test).toMatchObject({ outcome: 'no-mechanism', mechanism: null });
  });

  it('refuses to send credentials in clear even when the server offers AUTH there', async () => {
    const server = await start({ preset: 'auth-before-tls', users: USERS, allowPlaintextAuth: true });
    const result = await probe(server, {
      mode: 'plain',
      credentials: { username: 'alice', password: USERS.alice },
    });
    expect(result.auth.test).toMatchObject({ outcome: 'refused-cleartext', mechanism: null });
    expect(server.sensitiveInPlaintext()).toEqual([]);
    expect(server.clientLines().some((line) => line.startsWith('AUTH'))).toBe(false);
  });
});

describe('abort', () => {
  it('ends with status aborted when the signal fires mid-dialogue', async () => {
    const server = await start({ preset: 'no-greeting' });
    const controller = new AbortController();
    const pending = probe(server, { signal: controller.signal, timeouts: { ...TIMEOUTS, greeting: 30000 } });
    while (server.connections.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const result = await pending;
    expect(result.status).toBe('aborted');
    expect(result.error?.code).toBe('E_ABORTED');
  });

  it('opens no connection when the signal has already fired', async () => {
    const server = await start();
    const result = await probe(server, { signal: AbortSignal.abort() });
    expect(result.status).toBe('aborted');
    expect(server.connections).toHaveLength(0);
  });
});

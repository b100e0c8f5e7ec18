import { describe, expect, it } from 'vitest';
import { codes, TIMEOUTS, useTestkitServers } from './__fixtures__/harness';

const USERS = { alice: 'correct horse battery' };
const { start, probe } = useTestkitServers();

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

  it('reports a self-signed certificate as critical, with the chain it captured', async () => {
    const server = await start({ certificate: 'selfSigned' });
    const result = await probe(server, { ca: server.ca });
    expect(result.status).toBe('ok');
    expect(result.tls?.verdict).toMatchObject({
      trusted: false,
      selfSigned: true,
      errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    expect(result.tls?.chain).toHaveLength(1);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'certificate-self-signed', severity: 'critical' }),
    );
  });

  it('checks the certificate against servername when one is given', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { mode: 'implicit', ca: server.ca, servername: 'mail.other.example' });
    expect(result.tls?.verdict.checkedName).toBe('mail.other.example');
    expect(result.tls?.verdict.trusted).toBe(false);
  });
});

describe('TLS versions', () => {
  it('reports TLS below 1.2 as outdated (RFC 8997) and still completes the dialogue', async () => {
    // OpenSSL 3 serves TLS 1.1 only at security level 0.
    const server = await start({
      tlsOptions: { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' },
    });
    const result = await probe(server, { ca: server.ca });
    expect(result).toMatchObject({ status: 'ok', security: 'starttls' });
    expect(result.tls?.version).toBe('TLSv1.1');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'tls-version-outdated', severity: 'warning', reference: 'RFC 8997' }),
    );
  });

  it('finds nothing to say about TLS 1.2', async () => {
    const server = await start({ tlsOptions: { maxVersion: 'TLSv1.2' } });
    const result = await probe(server, { ca: server.ca });
    expect(result.tls?.version).toBe('TLSv1.2');
    expect(codes(result)).not.toContain('tls-version-outdated');
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

  it('sends no credentials inside TLS whose certificate failed verification', async () => {
    const server = await start({ users: USERS });
    const result = await probe(server, { credentials: { username: 'alice', password: USERS.alice } });
    expect(result.security).toBe('starttls');
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(result.auth.test).toMatchObject({ outcome: 'error', mechanism: null });
    expect(result.auth.test?.message).toMatch(/^Credentials were not sent: the certificate is not trusted/);
    expect(server.clientLines().some((line) => line.startsWith('AUTH'))).toBe(false);
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

import { createImapServer, type TestServer } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { against, useTestServers } from './__fixtures__/harness';
import { codes } from './__fixtures__/helpers';
import { probeImap } from './imap-probe';
import type { MailboxProbeOptions } from './types';

const start = useTestServers(createImapServer);
const users = { alice: 'Sekr3t-imap' };
const probe = (target: TestServer, options: Partial<MailboxProbeOptions> = {}) =>
  probeImap(against(target, options));

describe('probeImap against the testkit IMAP server', () => {
  it('upgrades with STARTTLS, asks capabilities again and logs in inside TLS only', async () => {
    const imap = await start({ users });
    const result = await probe(imap, { credentials: { username: 'alice', password: 'Sekr3t-imap' } });
    await imap.idle();
    expect(result).toMatchObject({ status: 'ok', security: 'starttls', preauth: false });
    expect(result.parsedCapabilitiesBefore).toMatchObject({ starttls: true, loginDisabled: true });
    expect(result.auth).toMatchObject({
      mechanisms: ['PLAIN', 'LOGIN'],
      beforeTls: [],
      test: { outcome: 'succeeded' },
    });
    expect(imap.clientLines({ tls: false })).toEqual(['A1 STARTTLS']);
    expect(imap.sensitiveInPlaintext()).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('Sekr3t');
    expect(codes(result)).toEqual(['capabilities-changed']);
  });

  it('reports a refused login inside TLS', async () => {
    const imap = await start({ users });
    const result = await probe(imap, { credentials: { username: 'alice', password: 'wrong' } });
    expect(result.status).toBe('ok');
    expect(result.auth.test).toMatchObject({ outcome: 'failed', mechanism: 'PLAIN' });
  });

  it('never sends credentials to a plaintext-only server that would take them', async () => {
    const imap = await start({ tls: 'none', users, allowPlaintextAuth: true });
    const result = await probe(imap, { credentials: { username: 'alice', password: 'Sekr3t-imap' } });
    await imap.idle();
    expect(result.auth.test?.outcome).toBe('refused-cleartext');
    expect(imap.sensitiveInPlaintext()).toEqual([]);
    expect(codes(result)).toEqual(
      expect.arrayContaining(['login-before-tls', 'auth-before-tls', 'starttls-not-offered']),
    );
  });

  it('probes implicit TLS', async () => {
    const imap = await start({ tls: 'implicit', users });
    const result = await probe(imap, {
      mode: 'implicit',
      credentials: { username: 'alice', password: 'Sekr3t-imap' },
    });
    expect(result).toMatchObject({
      status: 'ok',
      security: 'implicit',
      starttls: null,
      capabilitiesBefore: null,
    });
    expect(result.auth.test?.outcome).toBe('succeeded');
  });

  it.each([
    ['expired', 'certificate-expired'],
    ['selfSigned', 'certificate-self-signed'],
    ['wrongName', 'certificate-hostname-mismatch'],
  ] as const)('reports a %s certificate after STARTTLS', async (certificate, code) => {
    const imap = await start({ certificate });
    const result = await probe(imap);
    expect(result.security).toBe('starttls');
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(codes(result)).toContain(code);
  });
});

describe('probeImap against the testkit hostile presets', () => {
  it.each(['preauth', 'preauth-starttls'] as const)(
    'closes a %s session with a critical finding',
    async (preset) => {
      const imap = await start({ preset, users });
      const result = await probe(imap, { credentials: { username: 'alice', password: 'Sekr3t-imap' } });
      await imap.idle();
      expect(result.preauth).toBe(true);
      expect(result.findings[0]).toMatchObject({ code: 'preauth-plaintext', severity: 'critical' });
      expect(result.starttls?.attempted).toBe(false);
      expect(imap.clientLines()).toEqual(['A1 LOGOUT']);
    },
  );

  it.each(['starttls-refused', 'starttls-bad'] as const)('stops at %s', async (preset) => {
    const imap = await start({ preset });
    const result = await probe(imap);
    expect(result.status).toBe('tls-failed');
    expect(codes(result)).toContain('starttls-refused');
    expect(imap.clientLines({ tls: false })).toEqual(['A1 STARTTLS', 'A2 LOGOUT']);
  });

  it('keeps injected capabilities out of the capabilities inside TLS', async () => {
    const imap = await start({
      preset: 'starttls-injection',
      capabilitiesAfterTls: ['IMAP4rev1', 'AUTH=SCRAM-SHA-256'],
    });
    const result = await probe(imap);
    expect(result.status).toBe('ok');
    expect(result.capabilitiesAfter).toEqual(['IMAP4rev1', 'AUTH=SCRAM-SHA-256']);
    expect(result.auth.mechanisms).toEqual(['SCRAM-SHA-256']);
    expect(codes(result)).toContain('starttls-injection');
  });

  it('reports untagged EXISTS before TLS', async () => {
    const imap = await start({ preset: 'untagged-exists' });
    const result = await probe(imap);
    expect(result.status).toBe('ok');
    expect(result.findings.find((finding) => finding.code === 'untagged-before-tls')?.evidence).toBe(
      '* 54321 EXISTS',
    );
  });

  it('reports an [ALERT] before TLS as untrusted', async () => {
    const imap = await start({ preset: 'alert' });
    const result = await probe(imap);
    expect(codes(result)).toContain('alert-before-tls');
  });

  it('reports LOGIN allowed before TLS when LOGINDISABLED is missing', async () => {
    const imap = await start({ preset: 'logindisabled-missing' });
    const result = await probe(imap);
    expect(result.auth.beforeTls).toContain('LOGIN');
    expect(codes(result)).toContain('login-before-tls');
  });

  it('refuses a huge literal with E_TOO_MUCH_DATA without reading it', async () => {
    const imap = await start({ preset: 'huge-literal' });
    const result = await probe(imap);
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_TOO_MUCH_DATA');
    expect(result.transcript.every((entry) => entry.text.length < 1024)).toBe(true);
  });

  it('reports a BYE greeting as rejected', async () => {
    const imap = await start({ preset: 'greeting-bye' });
    const result = await probe(imap);
    expect(result.status).toBe('rejected');
    expect(result.greeting?.status).toBe('BYE');
  });
});

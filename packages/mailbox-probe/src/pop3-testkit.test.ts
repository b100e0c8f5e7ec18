import { createPop3Server, type TestServer } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { against, useTestServers } from './__fixtures__/harness';
import { codes } from './__fixtures__/helpers';
import { probePop3 } from './pop3-probe';
import type { MailboxProbeOptions } from './types';

const start = useTestServers(createPop3Server);
const users = { bob: 'Sekr3t-pop' };
const probe = (target: TestServer, options: Partial<MailboxProbeOptions> = {}) =>
  probePop3(against(target, options));

describe('probePop3 against the testkit POP3 server', () => {
  it('upgrades with STLS, asks CAPA again and logs in inside TLS only', async () => {
    const pop = await start({ users, apop: true });
    const result = await probe(pop, { credentials: { username: 'bob', password: 'Sekr3t-pop' } });
    await pop.idle();
    expect(result).toMatchObject({ status: 'ok', security: 'starttls', capaSupported: true });
    expect(result.greeting?.apopTimestamp).toMatch(/^<.+@pop\.test>$/);
    expect(result.parsedCapabilitiesBefore?.stls).toBe(true);
    expect(result.parsedCapabilitiesAfter?.saslMechanisms).toEqual(['PLAIN', 'LOGIN']);
    expect(result.auth).toMatchObject({
      mechanisms: ['PLAIN', 'LOGIN'],
      beforeTls: [],
      test: { outcome: 'succeeded' },
    });
    expect(result.tls?.verdict.trusted).toBe(true);
    expect(pop.clientLines({ tls: false })).toEqual(['CAPA', 'STLS']);
    expect(pop.sensitiveInPlaintext()).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('Sekr3t');
  });

  it('warns about APOP offered in a plaintext greeting, with the timestamp as evidence', async () => {
    const pop = await start({ users, apop: true });
    const result = await probe(pop);
    const apop = result.findings.find((finding) => finding.code === 'apop-before-tls');
    expect(apop).toMatchObject({
      severity: 'warning',
      reference: 'RFC 1939 §7, RFC 1939 §13',
      evidence: result.greeting?.apopTimestamp,
    });
    expect(apop?.message).toContain(`port ${pop.port} offers APOP`);
    expect(pop.sensitiveInPlaintext()).toEqual([]);
  });

  it('raises no APOP finding when the greeting with the timestamp arrives inside implicit TLS', async () => {
    const pop = await start({ tls: 'implicit', users, apop: true });
    const result = await probe(pop, { mode: 'implicit' });
    expect(result.greeting?.apopTimestamp).toMatch(/^<.+@pop\.test>$/);
    expect(codes(result)).not.toContain('apop-before-tls');
  });

  it('raises no APOP finding for a greeting without a timestamp', async () => {
    const result = await probe(await start({ users }));
    expect(result.greeting?.apopTimestamp).toBeNull();
    expect(codes(result)).not.toContain('apop-before-tls');
  });

  it('reports a refused login inside TLS', async () => {
    const pop = await start({ users });
    const result = await probe(pop, { credentials: { username: 'bob', password: 'wrong' } });
    expect(result.status).toBe('ok');
    expect(result.auth.test?.outcome).toBe('failed');
  });

  it('never sends credentials to a plaintext-only server that would take them', async () => {
    const pop = await start({ tls: 'none', users, allowPlaintextAuth: true });
    const result = await probe(pop, { credentials: { username: 'bob', password: 'Sekr3t-pop' } });
    await pop.idle();
    expect(result.auth.test?.outcome).toBe('refused-cleartext');
    expect(pop.sensitiveInPlaintext()).toEqual([]);
    expect(codes(result)).toContain('starttls-not-offered');
  });

  it('probes implicit TLS', async () => {
    const pop = await start({ tls: 'implicit' });
    const result = await probe(pop, { mode: 'implicit' });
    expect(result).toMatchObject({
      status: 'ok',
      security: 'implicit',
      starttls: null,
      capabilitiesBefore: null,
    });
    expect(result.capabilitiesAfter).toContain('USER');
  });

  it.each([
    ['expired', 'certificate-expired'],
    ['selfSigned', 'certificate-self-signed'],
    ['wrongName', 'certificate-hostname-mismatch'],
  ] as const)('reports a %s certificate', async (certificate, code) => {
    const pop = await start({ tls: 'implicit', certificate });
    const result = await probe(pop, { mode: 'implicit' });
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(codes(result)).toContain(code);
  });
});

describe('probePop3 against the testkit hostile presets', () => {
  it('stops at a refused STLS', async () => {
    const pop = await start({ preset: 'starttls-refused' });
    const result = await probe(pop);
    expect(result.status).toBe('tls-failed');
    expect(result.starttls?.reply).toBe('-ERR TLS support not enabled');
    expect(codes(result)).toContain('starttls-refused');
  });

  it('keeps injected CAPA lines out of the capabilities inside TLS', async () => {
    const pop = await start({
      preset: 'starttls-injection',
      capabilitiesAfterTls: ['TOP', 'SASL SCRAM-SHA-256'],
    });
    const result = await probe(pop);
    expect(result.status).toBe('ok');
    expect(result.capabilitiesAfter).toEqual(['TOP', 'SASL SCRAM-SHA-256']);
    expect(result.parsedCapabilitiesAfter?.user).toBe(false);
    expect(result.starttls?.injectedBytes).toContain('SASL PLAIN LOGIN');
    expect(codes(result)).toContain('starttls-injection');
  });

  it('reports USER offered before TLS', async () => {
    const pop = await start({ preset: 'user-before-tls' });
    const result = await probe(pop);
    expect(result.auth.beforeTls).toContain('USER');
    expect(codes(result)).toContain('user-before-tls');
  });

  it('reports a -ERR greeting as rejected', async () => {
    const pop = await start({ preset: 'greeting-err' });
    const result = await probe(pop);
    expect(result.status).toBe('rejected');
    expect(result.greeting?.code).toBe('SYS/TEMP');
  });
});

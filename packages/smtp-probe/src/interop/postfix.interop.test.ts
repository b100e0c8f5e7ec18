import { describe, expect, it } from 'vitest';
import { probeSmtp, probeSmtpPorts } from '../index';
import { byPort, interopSetup, STARTTLS_UPGRADED } from '../../../../scripts/interop/env';

// Real Postfix 3.7 from Debian, started by scripts/interop/up.sh on 127.0.0.10 (see its README).
const { env, trusted, credentials, probedBeforeAll, expectNoSecret, expectTrustedCertificate } =
  interopSetup();
const { smtp, submissions, submission, submissionAlt } = env.ports;

describe('probing real Postfix on its four SMTP ports', () => {
  const ports = [smtp, submissions, submission, submissionAlt];
  const results = probedBeforeAll(ports, () => probeSmtpPorts({ ...trusted, ports }));

  it('returns one ok result per port, in the order asked', () => {
    expect(results.map((result) => result.port)).toEqual([smtp, submissions, submission, submissionAlt]);
    for (const result of results) {
      expect(result.status, `${result.port}: ${result.statusMessage}`).toBe('ok');
      expect(result.protocol).toBe('smtp');
      expect(result.greeting?.code).toBe(220);
      expect(result.banner).toContain('ESMTP Postfix');
    }
  });

  it('finds implicit TLS on 465 with AUTH PLAIN and LOGIN and nothing in clear', () => {
    const result = byPort(results, submissions);
    expect(result.security).toBe('implicit');
    expect(result.ehloBefore).toBeNull();
    expect(result.starttls).toBeNull();
    expect(result.ehloAfter?.auth).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
    expect(result.auth.beforeTls).toEqual([]);
    expect(result.tls?.version).toMatch(/^TLSv1\.[23]$/);
  });

  for (const port of [submission, submissionAlt]) {
    it(`finds STARTTLS on ${port} with AUTH absent before TLS and PLAIN and LOGIN after`, () => {
      const result = byPort(results, port);
      expect(result.security).toBe('starttls');
      expect(result.starttls).toMatchObject(STARTTLS_UPGRADED);
      expect(result.ehloBefore?.starttls).toBe(true);
      expect(result.ehloBefore?.auth).toEqual([]);
      expect(result.auth.beforeTls).toEqual([]);
      expect(result.ehloAfter?.auth).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
      expect(result.auth.mechanisms).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
      expect(result.capabilityChanges?.authAdded).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
      expect(result.findings.map((finding) => finding.code)).not.toContain('auth-before-tls');
    });
  }

  it('finds STARTTLS on 25 and no AUTH before or after TLS', () => {
    const result = byPort(results, smtp);
    expect(result.security).toBe('starttls');
    expect(result.ehloBefore?.starttls).toBe(true);
    expect(result.ehloBefore?.auth).toEqual([]);
    expect(result.ehloAfter?.auth).toEqual([]);
    expect(result.auth.mechanisms).toEqual([]);
  });

  it('trusts the certificate for mail.interop.test when given the generated CA', () => {
    for (const result of results) {
      expectTrustedCertificate(result);
      expect(result.tls?.chain[0]?.altNames).toContain(`IP:${env.host}`);
    }
  });
});

describe('the certificate of real Postfix without the generated CA', () => {
  it('is reported untrusted on 465 while the probe itself succeeds', async () => {
    const result = await probeSmtp({ host: env.host, port: submissions, servername: env.servername });
    expect(result.status).toBe('ok');
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(result.tls?.verdict.errorCode).toBeTruthy();
    expect(result.findings.map((finding) => finding.code)).toContain('certificate-untrusted');
  });

  it('is reported untrusted after STARTTLS on 587', async () => {
    const result = await probeSmtp({ host: env.host, port: submission, servername: env.servername });
    expect(result.security).toBe('starttls');
    expect(result.tls?.verdict.trusted).toBe(false);
  });
});

describe('testing the account against real Postfix (SASL through Dovecot)', () => {
  for (const port of [submission, submissions]) {
    it(`logs in on ${port} inside TLS and keeps the password out of the transcript`, async () => {
      const result = await probeSmtp({ ...trusted, port, credentials });
      expect(result.status, result.statusMessage).toBe('ok');
      expect(result.auth.test?.outcome, result.auth.test?.message).toBe('succeeded');
      expect(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']).toContain(result.auth.test?.mechanism);
      expect(result.transcript.some((entry) => entry.redacted)).toBe(true);
      expectNoSecret(result);
    });
  }

  it('reports a wrong password on 587 as failed, without the password in the transcript', async () => {
    const wrong = { username: env.username, password: 'not-the-interop-password' };
    const result = await probeSmtp({ ...trusted, port: submission, credentials: wrong });
    expect(result.auth.test?.outcome, result.auth.test?.message).toBe('failed');
    expect(JSON.stringify(result.transcript)).not.toContain(wrong.password);
    expect(JSON.stringify(result.transcript)).not.toContain(Buffer.from(wrong.password).toString('base64'));
  });

  it('never sends the credentials on 25, where AUTH is not offered', async () => {
    const result = await probeSmtp({ ...trusted, port: smtp, credentials });
    expect(result.status).toBe('ok');
    expect(result.auth.test?.outcome).toBe('no-mechanism');
    expectNoSecret(result);
  });
});

import { describe, expect, it } from 'vitest';
import { probeImap, probeMailbox, probePop3 } from '../index';
import type { ImapProbeResult, Pop3ProbeResult } from '../types';
import { byPort, interopSetup, STARTTLS_UPGRADED } from '../../../../scripts/interop/env';

// Real Dovecot 2.3 from Debian, started by scripts/interop/up.sh on 127.0.0.10 (see its README). The
// probes connect from 127.0.0.1: Dovecot would treat a client on the server's own address as secure.
const { env, trusted, credentials, probedBeforeAll, expectNoSecret, expectTrustedCertificate } =
  interopSetup();
const { pop3, pop3s, imap, imaps } = env.ports;
type MailboxResult = ImapProbeResult | Pop3ProbeResult;

function asImap(result: MailboxResult): ImapProbeResult {
  if (result.protocol !== 'imap') throw new Error(`port ${result.port} was probed as ${result.protocol}`);
  return result;
}

function asPop3(result: MailboxResult): Pop3ProbeResult {
  if (result.protocol !== 'pop3') throw new Error(`port ${result.port} was probed as ${result.protocol}`);
  return result;
}

describe('probing real Dovecot on its four mailbox ports', () => {
  const ports = [pop3, pop3s, imap, imaps];
  const results = probedBeforeAll(ports, () => probeMailbox({ ...trusted, ports }));

  it('returns one ok result per port with the right protocol', () => {
    expect(results.map((result) => [result.port, result.protocol])).toEqual([
      [pop3, 'pop3'],
      [pop3s, 'pop3'],
      [imap, 'imap'],
      [imaps, 'imap'],
    ]);
    for (const result of results) {
      expect(result.status, `${result.port}: ${result.statusMessage}`).toBe('ok');
      expect(result.banner).toContain('Dovecot');
    }
  });

  it('finds STLS on 110, with no way to log in before TLS and USER plus SASL PLAIN LOGIN after', () => {
    const result = asPop3(byPort(results, pop3));
    expect(result.security).toBe('starttls');
    expect(result.starttls).toMatchObject(STARTTLS_UPGRADED);
    expect(result.parsedCapabilitiesBefore?.stls).toBe(true);
    expect(result.parsedCapabilitiesBefore?.user).toBe(false);
    expect(result.parsedCapabilitiesBefore?.saslMechanisms).toEqual([]);
    expect(result.auth.beforeTls).toEqual([]);
    expect(result.parsedCapabilitiesAfter?.user).toBe(true);
    expect(result.parsedCapabilitiesAfter?.saslMechanisms).toEqual([
      'PLAIN',
      'LOGIN',
      'XOAUTH2',
      'OAUTHBEARER',
    ]);
  });

  it('finds implicit TLS on 995', () => {
    const result = asPop3(byPort(results, pop3s));
    expect(result.security).toBe('implicit');
    expect(result.starttls).toBeNull();
    expect(result.parsedCapabilitiesBefore).toBeNull();
    expect(result.parsedCapabilitiesAfter?.saslMechanisms).toEqual([
      'PLAIN',
      'LOGIN',
      'XOAUTH2',
      'OAUTHBEARER',
    ]);
  });

  it('finds LOGINDISABLED and STARTTLS on 143 before TLS, and AUTH=PLAIN AUTH=LOGIN after', () => {
    const result = asImap(byPort(results, imap));
    expect(result.security).toBe('starttls');
    expect(result.parsedCapabilitiesBefore).toMatchObject({
      starttls: true,
      loginDisabled: true,
      authMechanisms: [],
    });
    expect(result.auth.beforeTls).toEqual([]);
    expect(result.parsedCapabilitiesAfter).toMatchObject({
      loginDisabled: false,
      authMechanisms: ['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER'],
    });
    expect(result.auth.mechanisms).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
  });

  it('finds implicit TLS on 993 with AUTH=PLAIN AUTH=LOGIN', () => {
    const result = asImap(byPort(results, imaps));
    expect(result.security).toBe('implicit');
    expect(result.parsedCapabilitiesBefore).toBeNull();
    expect(result.parsedCapabilitiesAfter?.authMechanisms).toEqual([
      'PLAIN',
      'LOGIN',
      'XOAUTH2',
      'OAUTHBEARER',
    ]);
    expect(result.preauth).toBe(false);
  });

  it('trusts the certificate for mail.interop.test when given the generated CA', () => {
    for (const result of results) {
      expectTrustedCertificate(result);
    }
  });
});

describe('the certificate of real Dovecot without the generated CA', () => {
  it('is reported untrusted on 993 while the probe itself succeeds', async () => {
    const result = await probeImap({ host: env.host, port: imaps, servername: env.servername });
    expect(result.status).toBe('ok');
    expect(result.tls?.verdict.trusted).toBe(false);
    expect(result.findings.map((finding) => finding.code)).toContain('certificate-untrusted');
  });
});

describe('testing the account against real Dovecot', () => {
  const cases = [
    { name: 'IMAP after STARTTLS on 143', probe: probeImap, port: imap },
    { name: 'IMAP on 993', probe: probeImap, port: imaps },
    { name: 'POP3 after STLS on 110', probe: probePop3, port: pop3 },
    { name: 'POP3 on 995', probe: probePop3, port: pop3s },
  ];
  for (const { name, probe, port } of cases) {
    it(`logs in with ${name} and keeps the password out of the transcript`, async () => {
      const result = await probe({ ...trusted, port, credentials });
      expect(result.status, result.statusMessage).toBe('ok');
      expect(result.auth.test?.outcome, result.auth.test?.message).toBe('succeeded');
      expectNoSecret(result);
    });
  }

  it('records what logging in to Dovecot over IMAP unlocks', async () => {
    const result = await probeImap({ ...trusted, port: imaps, credentials });
    expect(result.auth.test?.outcome, result.auth.test?.message).toBe('succeeded');
    const before = result.parsedCapabilitiesAfter?.raw ?? [];
    const after = result.parsedCapabilitiesAfterLogin?.raw ?? [];
    // Dovecot's tagged OK lists the authenticated-state extensions, which it does not announce before.
    expect(after).toEqual(expect.arrayContaining(['IMAP4rev1', 'MOVE']));
    expect(before).not.toContain('MOVE');
  });

  it('reports a wrong password on 993 as failed, without the password in the transcript', async () => {
    const wrong = { username: env.username, password: 'not-the-interop-password' };
    const result = await probeImap({ ...trusted, port: imaps, credentials: wrong });
    expect(result.auth.test?.outcome, result.auth.test?.message).toBe('failed');
    expect(JSON.stringify(result.transcript)).not.toContain(wrong.password);
  });

  it('does not log in on 993 when the certificate is not trusted', async () => {
    const result = await probeImap({ host: env.host, port: imaps, servername: env.servername, credentials });
    expect(result.auth.test?.outcome).toBe('error');
    expect(result.auth.test?.message).toMatch(/not sent/);
    expectNoSecret(result);
  });
});

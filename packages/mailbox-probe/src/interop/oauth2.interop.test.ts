import { beforeAll, describe, expect, it } from 'vitest';
import { assertServersUp, loadInteropEnv } from '../../../../scripts/interop/env';
import { probeImap, probePop3 } from '../index';
import type { ImapProbeResult, Pop3ProbeResult } from '../types';

// Real Dovecot 2.3 whose oauth2 passdb asks the interop introspection endpoint (scripts/interop/up.sh).
const env = loadInteropEnv();
const { imap, imaps, pop3, pop3s } = env.ports;
const trusted = { host: env.host, servername: env.servername, ca: env.ca };
const token = env.oauth2Token ?? '';
const other = env.oauth2OtherToken ?? '';

function clientLines(result: ImapProbeResult | Pop3ProbeResult): string[] {
  return result.transcript.filter((entry) => entry.direction === 'client').map((entry) => entry.text);
}

function expectNoToken(result: unknown): void {
  const text = JSON.stringify(result);
  expect(text).not.toContain(token);
  expect(text).not.toContain(other);
}

describe('token login on real Dovecot (IMAP and POP3)', () => {
  beforeAll(async () => {
    expect(token, 'up.sh writes MAILPORTS_INTEROP_OAUTH2_TOKEN').not.toBe('');
    await assertServersUp(env, [imap, imaps, pop3, pop3s]);
  });

  for (const mechanism of ['XOAUTH2', 'OAUTHBEARER'] as const) {
    it(`logs in with ${mechanism} on IMAP 993 and 143 (STARTTLS) and POP3 995 and 110 (STLS)`, async () => {
      const oauth2 = { username: env.username, accessToken: token, mechanism };
      const results = [
        await probeImap({ ...trusted, port: imaps, oauth2 }),
        await probeImap({ ...trusted, port: imap, oauth2 }),
        await probePop3({ ...trusted, port: pop3s, oauth2 }),
        await probePop3({ ...trusted, port: pop3, oauth2 }),
      ];
      for (const result of results) {
        expect(result.auth.test, `${result.port}`).toMatchObject({
          outcome: 'succeeded',
          mechanism,
          credential: 'token',
        });
        expectNoToken(result);
      }
    });
  }

  it('decodes Dovecot’s error challenge for a token of another user and ends the exchange correctly', async () => {
    const imapResult = await probeImap({
      ...trusted,
      port: imaps,
      oauth2: { username: env.username, accessToken: other, mechanism: 'OAUTHBEARER' },
    });
    expect(imapResult.auth.test).toMatchObject({
      outcome: 'failed',
      oauthError: { status: expect.any(String) },
    });
    expect(imapResult.auth.test?.serverReply).toContain('[AUTHENTICATIONFAILED]');
    expect(clientLines(imapResult)).toContain('AQ==');
    const pop3Result = await probePop3({
      ...trusted,
      port: pop3s,
      oauth2: { username: env.username, accessToken: 'not.a-known-token', mechanism: 'XOAUTH2' },
    });
    expect(pop3Result.auth.test).toMatchObject({ outcome: 'failed', oauthError: { status: '401' } });
    expect(pop3Result.auth.test?.serverReply).toContain('-ERR [AUTH]');
    expectNoToken([imapResult, pop3Result]);
  });
});

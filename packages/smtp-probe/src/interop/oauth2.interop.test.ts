import { beforeAll, describe, expect, it } from 'vitest';
import { assertServersUp, loadInteropEnv } from '../../../../scripts/interop/env';
import { probeSmtp } from '../index';
import type { SmtpProbeResult } from '../types';

// Real Postfix 3.7 authenticating through Dovecot 2.3's SASL socket, whose oauth2 passdb asks the
// interop introspection endpoint about each token (scripts/interop/up.sh).
const env = loadInteropEnv();
const { submissions, submission } = env.ports;
const trusted = { host: env.host, servername: env.servername, ca: env.ca };
const token = env.oauth2Token ?? '';
const other = env.oauth2OtherToken ?? '';

function clientLines(result: SmtpProbeResult): string[] {
  return result.transcript.filter((entry) => entry.direction === 'client').map((entry) => entry.text);
}

function expectNoToken(result: SmtpProbeResult): void {
  const text = JSON.stringify(result);
  for (const secret of [token, other, Buffer.from(`auth=Bearer ${token}`).toString('base64')]) {
    expect(text).not.toContain(secret);
  }
}

describe('token login on real Postfix through Dovecot SASL', () => {
  beforeAll(async () => {
    expect(token, 'up.sh writes MAILPORTS_INTEROP_OAUTH2_TOKEN').not.toBe('');
    await assertServersUp(env, [submissions, submission]);
  });

  for (const mechanism of ['XOAUTH2', 'OAUTHBEARER'] as const) {
    it(`logs in with ${mechanism} on 465 and 587, the token redacted`, async () => {
      for (const port of [submissions, submission]) {
        const result = await probeSmtp({
          ...trusted,
          port,
          oauth2: { username: env.username, accessToken: token, mechanism },
        });
        expect(result.auth.mechanisms).toEqual(expect.arrayContaining(['XOAUTH2', 'OAUTHBEARER']));
        expect(result.auth.test, `${port}`).toMatchObject({
          outcome: 'succeeded',
          mechanism,
          credential: 'token',
        });
        expect(clientLines(result)).toContain(`AUTH ${mechanism} [redacted]`);
        expectNoToken(result);
      }
    });
  }

  it('is refused a token of another user with Dovecot’s decoded error challenge, acknowledged per RFC 7628', async () => {
    const result = await probeSmtp({
      ...trusted,
      port: submission,
      oauth2: { username: env.username, accessToken: other, mechanism: 'OAUTHBEARER' },
    });
    expect(result.auth.test).toMatchObject({ outcome: 'failed', oauthError: { status: expect.any(String) } });
    expect(result.auth.test?.serverReply).toMatch(/^535 5\.7\.8/);
    expect(clientLines(result)).toContain('AQ==');
    expectNoToken(result);
  });

  it('is refused an unknown token over XOAUTH2, answering the challenge with an empty line', async () => {
    const result = await probeSmtp({
      ...trusted,
      port: submissions,
      oauth2: { username: env.username, accessToken: 'not.a-known-token', mechanism: 'XOAUTH2' },
    });
    expect(result.auth.test).toMatchObject({
      outcome: 'failed',
      oauthError: { status: '401', scope: 'mail' },
    });
    expect(clientLines(result)).toContain('');
  });
});

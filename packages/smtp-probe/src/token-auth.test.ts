import type { SmtpTestServer } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { TIMEOUTS, useTestkitServers } from './__fixtures__/harness';
import type { SmtpProbeResult } from './types';

const TOKEN = 'ya29.a0-token_for-alice~test';
const OTHER = 'ya29.a0-token_for-bob~test';
const TOKENS = { [TOKEN]: 'alice@example.com', [OTHER]: 'bob@example.com' };
const { start, probe } = useTestkitServers();

/** Everything the probe produced, as one string: the token must appear nowhere in it. */
function everything(result: SmtpProbeResult, server: SmtpTestServer): string {
  return JSON.stringify(result) + JSON.stringify(server.connections);
}

function clientLines(result: SmtpProbeResult): string[] {
  return result.transcript.filter((entry) => entry.direction === 'client').map((entry) => entry.text);
}

describe('SMTP token login (XOAUTH2, OAUTHBEARER)', () => {
  it('logs in with OAUTHBEARER when offered, the token redacted in the transcript', async () => {
    const server = await start({ tls: 'implicit', oauth: { tokens: TOKENS } });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: TOKEN },
    });
    expect(result.auth.test).toMatchObject({
      outcome: 'succeeded',
      mechanism: 'OAUTHBEARER',
      credential: 'token',
    });
    expect(clientLines(result)).toContain('AUTH OAUTHBEARER [redacted]');
    expect(everything(result, server)).not.toContain(TOKEN);
  });

  it('uses XOAUTH2 when asked, after STARTTLS', async () => {
    const server = await start({ oauth: { tokens: TOKENS } });
    const result = await probe(server, {
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: TOKEN, mechanism: 'XOAUTH2' },
    });
    expect(result.security).toBe('starttls');
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'XOAUTH2' });
  });

  it('decodes Google’s error challenge, answers XOAUTH2 with an empty line and reports the refusal', async () => {
    const server = await start({ tls: 'implicit', oauth: { tokens: TOKENS } });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: OTHER, mechanism: 'XOAUTH2' },
    });
    expect(result.auth.test).toMatchObject({
      outcome: 'failed',
      oauthError: { status: '400', schemes: 'Bearer', scope: 'https://mail.google.com/' },
    });
    expect(result.auth.test?.serverReply).toContain('535 5.7.8');
    expect(clientLines(result)).toEqual(expect.arrayContaining(['AUTH XOAUTH2 [redacted]', '']));
    expect(everything(result, server)).not.toContain(OTHER);
  });

  it('answers an OAUTHBEARER error challenge with %x01 (RFC 7628 §3.2.3)', async () => {
    const server = await start({ tls: 'implicit', oauth: { tokens: TOKENS, errorStyle: 'rfc7628' } });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: 'expired.token' },
    });
    expect(clientLines(result)).toContain('AQ==');
    expect(result.auth.test).toMatchObject({ outcome: 'failed', oauthError: { status: 'invalid_token' } });
    expect(result.auth.test?.oauthError?.meaning).toContain('expired');
    expect(result.auth.test?.message).toContain('token error: invalid_token');
  });

  it('reports Exchange Online’s 535 5.7.3 that comes without a challenge', async () => {
    const server = await start({ tls: 'implicit', oauth: { tokens: TOKENS, errorStyle: 'microsoft' } });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: 'stale', mechanism: 'XOAUTH2' },
    });
    expect(result.auth.test).toMatchObject({ outcome: 'failed', oauthError: null });
    expect(result.auth.test?.serverReply).toContain('5.7.3');
  });

  it('cancels a garbage challenge and calls the test an error', async () => {
    const server = await start({
      tls: 'implicit',
      oauth: { tokens: TOKENS, misbehave: 'garbage-challenge' },
    });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: TOKEN },
    });
    expect(clientLines(result)).toContain('*');
    expect(result.auth.test?.outcome).toBe('error');
    expect(result.auth.test?.message).toContain('not base64');
  });

  it('ends an endless challenge loop with a protocol error instead of hanging', async () => {
    const server = await start({
      tls: 'implicit',
      oauth: { tokens: TOKENS, misbehave: 'endless-challenge' },
    });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      timeouts: TIMEOUTS,
      oauth2: { username: 'alice@example.com', accessToken: 'unknown' },
    });
    expect(result.auth.test?.outcome).toBe('error');
    expect(result.auth.test?.message).toContain('kept sending');
    expect(clientLines(result).filter((line) => line === '*')).toHaveLength(1);
  });

  it('sends no token outside TLS, nor inside TLS with an untrusted certificate', async () => {
    const server = await start({ tls: 'implicit', oauth: { tokens: TOKENS } });
    const untrusted = await probe(server, {
      mode: 'implicit',
      oauth2: { username: 'alice@example.com', accessToken: TOKEN },
    });
    expect(untrusted.auth.test).toMatchObject({ outcome: 'error', credential: 'token' });
    expect(clientLines(untrusted).some((line) => line.startsWith('AUTH'))).toBe(false);
    const plain = await start({ tls: 'none', allowPlaintextAuth: true, oauth: { tokens: TOKENS } });
    const clear = await probe(plain, { mode: 'plain', oauth2: { username: 'a', accessToken: TOKEN } });
    expect(clear.auth.test?.outcome).toBe('refused-cleartext');
  });

  it('rejects an empty or malformed token before connecting, without echoing it', async () => {
    const server = await start({ tls: 'implicit', oauth: { tokens: TOKENS } });
    for (const accessToken of ['', 'has space-secret', 'line\r\nbreak-secret']) {
      const result = await probe(server, {
        mode: 'implicit',
        ca: server.ca,
        oauth2: { username: 'a', accessToken },
      });
      expect(result.error?.code).toBe('E_INVALID_INPUT');
      expect(JSON.stringify(result)).not.toContain('secret');
    }
    expect(server.connections).toHaveLength(0);
  });

  it('keeps the token out of everything even when a hostile server echoes it back', async () => {
    const server = await start({
      tls: 'implicit',
      oauth: { tokens: TOKENS },
      handlers: {
        AUTH: async (context, args) => {
          const initial = args.split(/\s+/)[1] ?? '';
          const echoed = Buffer.from(initial, 'base64')
            .toString('latin1')
            .replace(/[\x00-\x1f]/g, ' ');
          await context.reply(535, `5.7.8 you sent ${echoed}`);
        },
      },
    });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'alice@example.com', accessToken: TOKEN, mechanism: 'XOAUTH2' },
    });
    expect(result.auth.test?.outcome).toBe('failed');
    expect(result.auth.test?.serverReply).toContain('[redacted]');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('says when the server offers no token mechanism', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, {
      mode: 'implicit',
      ca: server.ca,
      oauth2: { username: 'a', accessToken: TOKEN },
    });
    expect(result.auth.test).toMatchObject({ outcome: 'no-mechanism', credential: 'token' });
  });
});

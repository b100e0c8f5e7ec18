import { createImapServer, createPop3Server, type TestServer } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { against, useTestServers } from './__fixtures__/harness';
import { probeImap } from './imap-probe';
import { probePop3 } from './pop3-probe';
import type { ImapProbeResult, MailboxProbeOptions, Pop3ProbeResult } from './types';

const TOKEN = 'ya29.mailbox-token_for-alice';
const TOKENS = { [TOKEN]: 'alice@example.com' };
const startImap = useTestServers(createImapServer);
const startPop3 = useTestServers(createPop3Server);
const alice = (accessToken = TOKEN, mechanism?: 'XOAUTH2' | 'OAUTHBEARER'): Partial<MailboxProbeOptions> => ({
  oauth2: { username: 'alice@example.com', accessToken, ...(mechanism ? { mechanism } : {}) },
});

function clientLines(result: ImapProbeResult | Pop3ProbeResult): string[] {
  return result.transcript.filter((entry) => entry.direction === 'client').map((entry) => entry.text);
}

/** The token must appear nowhere: result, transcript, server log. */
function leaks(result: unknown, server: TestServer, token = TOKEN): boolean {
  return (JSON.stringify(result) + JSON.stringify(server.connections)).includes(token);
}

describe('IMAP token login', () => {
  it('logs in with AUTHENTICATE OAUTHBEARER and SASL-IR after STARTTLS', async () => {
    const imap = await startImap({ oauth: { tokens: TOKENS } });
    const result = await probeImap(against(imap, alice()));
    expect(result.auth.test).toMatchObject({
      outcome: 'succeeded',
      mechanism: 'OAUTHBEARER',
      credential: 'token',
    });
    expect(clientLines(result)).toContain('A3 AUTHENTICATE OAUTHBEARER [redacted]');
    expect(result.parsedCapabilitiesAfterLogin?.raw.length).toBeGreaterThan(0);
    expect(leaks(result, imap)).toBe(false);
  });

  it('sends the initial response after the empty continuation when there is no SASL-IR', async () => {
    const imap = await startImap({
      oauth: { tokens: TOKENS },
      capabilitiesAfterTls: ['IMAP4rev1', 'AUTH=XOAUTH2'],
    });
    const result = await probeImap(against(imap, alice()));
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'XOAUTH2' });
    expect(clientLines(result)).toContain('[redacted]');
    expect(leaks(result, imap)).toBe(false);
  });

  it('decodes Google’s challenge and ends XOAUTH2 with the empty response', async () => {
    const imap = await startImap({ oauth: { tokens: TOKENS } });
    const result = await probeImap(against(imap, alice('ya29.unknown-token', 'XOAUTH2')));
    expect(result.auth.test).toMatchObject({ outcome: 'failed', oauthError: { status: '401' } });
    expect(result.auth.test?.serverReply).toContain('[AUTHENTICATIONFAILED]');
    expect(clientLines(result)).toContain('');
  });

  it('ends an endless challenge loop with a typed error, one cancel and no hang', async () => {
    const imap = await startImap({ oauth: { tokens: TOKENS, misbehave: 'endless-challenge' } });
    const result = await probeImap(against(imap, alice('ya29.unknown-token')));
    expect(result.auth.test?.outcome).toBe('error');
    expect(result.auth.test?.message).toContain('kept sending');
    expect(clientLines(result).filter((line) => line === '*')).toHaveLength(1);
  });
});

describe('IMAP token login against a server that answers garbage', () => {
  it('ends with a typed error, not a hang, and keeps the token out', async () => {
    const imap = await startImap({
      oauth: { tokens: TOKENS },
      handlers: {
        AUTHENTICATE: async (context) => {
          await context.write('this is not IMAP at all\r\n');
        },
      },
    });
    const result = await probeImap(against(imap, alice()));
    expect(result.auth.test).toMatchObject({ outcome: 'error', credential: 'token' });
    expect(result.auth.test?.message).toContain('E_PROTOCOL');
    expect(leaks(result, imap)).toBe(false);
  });
});

describe('POP3 token login', () => {
  it('logs in with AUTH XOAUTH2 when asked', async () => {
    const pop3 = await startPop3({ oauth: { tokens: TOKENS } });
    const result = await probePop3(against(pop3, alice(TOKEN, 'XOAUTH2')));
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'XOAUTH2' });
    expect(clientLines(result)).toContain('AUTH XOAUTH2 [redacted]');
    expect(leaks(result, pop3)).toBe(false);
  });

  it('answers the RFC 7628 error challenge with %x01 and reports the [AUTH] refusal', async () => {
    const pop3 = await startPop3({ oauth: { tokens: TOKENS, errorStyle: 'rfc7628' } });
    const result = await probePop3(against(pop3, alice('ya29.expired')));
    expect(clientLines(result)).toContain('AQ==');
    expect(result.auth.test).toMatchObject({ outcome: 'failed', oauthError: { status: 'invalid_token' } });
    expect(result.auth.test?.serverReply).toContain('-ERR [AUTH]');
  });

  it('cancels a garbage challenge and reports an error', async () => {
    const pop3 = await startPop3({ oauth: { tokens: TOKENS, misbehave: 'garbage-challenge' } });
    const result = await probePop3(against(pop3, alice()));
    expect(result.auth.test?.outcome).toBe('error');
    expect(clientLines(result)).toContain('*');
    expect(leaks(result, pop3)).toBe(false);
  });

  it('refuses a malformed token before connecting', async () => {
    const pop3 = await startPop3({ oauth: { tokens: TOKENS } });
    const result = await probePop3(against(pop3, alice('bad token-secret')));
    expect(result.error?.code).toBe('E_INVALID_INPUT');
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});

import { describe, expect, it } from 'vitest';
import { WireError } from './errors';
import {
  chooseOAuthMechanism,
  decodeOAuthChallenge,
  oauthInitialResponse,
  validateAccessToken,
} from './sasl-oauth';
import { TokenSaslExchange } from './sasl-token-exchange';

const TOKEN = 'ya29.secret-token_value~1+2/3==';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const decode = (text: string) => Buffer.from(text, 'base64').toString('utf8');

describe('token SASL messages', () => {
  it('builds the XOAUTH2 initial response in Google’s format', () => {
    const response = oauthInitialResponse('XOAUTH2', { username: 'a@example.com', accessToken: 'tok' });
    expect(decode(response)).toBe('user=a@example.com\u0001auth=Bearer tok\u0001\u0001');
  });

  it('builds the OAUTHBEARER initial response with a GS2 header, host and port (RFC 7628 §3.1)', () => {
    const response = oauthInitialResponse(
      'OAUTHBEARER',
      { username: 'a,b=c@example.com', accessToken: 'tok' },
      { host: 'mail.example.com', port: 993 },
    );
    expect(decode(response)).toBe(
      'n,a=a=2Cb=3Dc@example.com,\u0001host=mail.example.com\u0001port=993\u0001auth=Bearer tok\u0001\u0001',
    );
  });

  it('prefers OAUTHBEARER, falls back to XOAUTH2, and honours a forced mechanism only when offered', () => {
    expect(chooseOAuthMechanism(['PLAIN', 'XOAUTH2', 'OAUTHBEARER'])).toBe('OAUTHBEARER');
    expect(chooseOAuthMechanism(['XOAUTH2'])).toBe('XOAUTH2');
    expect(chooseOAuthMechanism(['OAUTHBEARER'], 'XOAUTH2')).toBeNull();
    expect(chooseOAuthMechanism(['PLAIN', 'LOGIN'])).toBeNull();
  });

  it('rejects empty, spaced and non-token strings without repeating them', () => {
    for (const bad of ['', ' abc', 'abc\r\nQUIT', 'tok en', 'ab"c', 'a'.repeat(20000)]) {
      let caught: unknown;
      try {
        validateAccessToken(bad);
      } catch (error) {
        caught = error;
      }
      expect(WireError.isInstance(caught) && caught.code).toBe('E_INVALID_INPUT');
      if (bad.length > 0) expect(String((caught as Error).message)).not.toContain(bad.trim());
    }
    expect(() => validateAccessToken(TOKEN)).not.toThrow();
  });
});

describe('decoding the server’s error challenge', () => {
  it('reads Google’s status, schemes and scope and says what the status means', () => {
    const challenge = b64('{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}');
    const decoded = decodeOAuthChallenge(challenge);
    expect(decoded.kind).toBe('error');
    if (decoded.kind !== 'error') return;
    expect(decoded.error).toMatchObject({
      status: '400',
      schemes: 'Bearer',
      scope: 'https://mail.google.com/',
    });
    expect(decoded.error.meaning).toContain('another account');
  });

  it('reads RFC 7628’s invalid_token with an openid-configuration', () => {
    const decoded = decodeOAuthChallenge(
      b64(
        '{"status":"invalid_token","scope":"mail","openid-configuration":"https://as.example/.well-known"}',
      ),
    );
    expect(decoded.kind === 'error' && decoded.error.openidConfiguration).toBe(
      'https://as.example/.well-known',
    );
    expect(decoded.kind === 'error' && decoded.error.meaning).toContain('expired');
  });

  it('calls garbage, non-JSON, arrays and oversized challenges malformed', () => {
    expect(decodeOAuthChallenge('!!! not base64 !!!')).toMatchObject({ kind: 'malformed' });
    expect(decodeOAuthChallenge(b64('hello'))).toMatchObject({ reason: 'the decoded challenge is not JSON' });
    expect(decodeOAuthChallenge(b64('[1,2]'))).toMatchObject({ kind: 'malformed' });
    expect(decodeOAuthChallenge(b64(`{"status":"${'x'.repeat(5000)}"}`))).toMatchObject({
      kind: 'malformed',
    });
    expect(decodeOAuthChallenge('')).toMatchObject({ reason: 'the challenge is empty' });
  });
});

describe('the token exchange state machine', () => {
  const exchange = (mechanism: 'XOAUTH2' | 'OAUTHBEARER') =>
    new TokenSaslExchange({ mechanism, username: 'a@example.com', accessToken: TOKEN });
  const errorChallenge = b64('{"status":"401","schemes":"bearer","scope":"mail"}');

  it('redacts the initial response, which carries the token', () => {
    const step = exchange('XOAUTH2').start();
    expect(decode(step.line)).toContain(TOKEN);
    expect(step.redactAs).toBe('[redacted]');
  });

  it('acknowledges an OAUTHBEARER error with %x01, then reports the decoded error', () => {
    const client = exchange('OAUTHBEARER');
    client.start();
    expect(client.answer(errorChallenge)).toEqual({ line: 'AQ==' });
    const test = client.outcome({ accepted: false, reply: '535 5.7.8 Authentication failed' });
    expect(test).toMatchObject({ outcome: 'failed', credential: 'token', oauthError: { status: '401' } });
  });

  it('acknowledges an XOAUTH2 error with an empty response', () => {
    const client = exchange('XOAUTH2');
    client.start();
    expect(client.answer(errorChallenge)).toEqual({ line: '' });
  });

  it('sends the initial response when the server asks for it with an empty challenge', () => {
    const client = exchange('XOAUTH2');
    expect(client.answer('').redactAs).toBe('[redacted]');
  });

  it('cancels garbage at once and calls the outcome an error', () => {
    const client = exchange('OAUTHBEARER');
    client.start();
    expect(client.answer('%%%')).toEqual({ line: '*' });
    expect(client.outcome({ accepted: false, reply: '501 cancelled' }).outcome).toBe('error');
  });

  it('ends an endless challenge loop: acknowledge, cancel, then a typed protocol error', () => {
    const client = exchange('OAUTHBEARER');
    client.start();
    client.answer(errorChallenge);
    expect(client.answer(errorChallenge)).toEqual({ line: '*' });
    expect(() => client.answer(errorChallenge)).toThrow(/kept sending/);
  });

  it('removes the token from a server reply that echoes it', () => {
    const client = exchange('XOAUTH2');
    client.start();
    const test = client.outcome({ accepted: false, reply: `NO bad token ${TOKEN}` });
    expect(JSON.stringify(test)).not.toContain(TOKEN);
  });
});

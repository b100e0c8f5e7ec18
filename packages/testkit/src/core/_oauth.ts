import type { Session } from './_session.js';

/**
 * Token login (SASL XOAUTH2 and OAUTHBEARER) on a test server. A token is valid when `tokens` maps
 * it to the user name the client claims (OAUTHBEARER without `a=` accepts any mapped token).
 */
export interface OAuthServerOptions {
  /** Valid access tokens and the account each was issued to: `{ token: 'user@example.com' }`. */
  tokens: Record<string, string>;
  /**
   * How refusals look. `google` (default): an error challenge `{"status":"401"|"400","schemes":"Bearer",
   * "scope":"https://mail.google.com/"}`, then Google's final failure; `rfc7628`: an error challenge
   * `{"status":"invalid_token",...}` (Dovecot-like); `microsoft`: no challenge, Exchange Online's
   * final failure at once.
   */
  errorStyle?: 'google' | 'rfc7628' | 'microsoft';
  /** Hostile: answer the token with a challenge that is not base64 JSON, or challenge without end. */
  misbehave?: 'garbage-challenge' | 'endless-challenge';
}

/** How a token exchange ended. */
export type OAuthOutcome =
  | { kind: 'authenticated'; username: string }
  | { kind: 'rejected' }
  | { kind: 'aborted' }
  | { kind: 'malformed' }
  | { kind: 'closed' };

/** The mechanisms a server with `oauth` configured offers. */
export const OAUTH_MECHANISMS = ['XOAUTH2', 'OAUTHBEARER'] as const;

/** True for XOAUTH2 and OAUTHBEARER (any case). */
export function isOAuthMechanism(mechanism: string): boolean {
  return (OAUTH_MECHANISMS as readonly string[]).includes(mechanism.toUpperCase());
}

/** The final refusal each style sends per protocol (SMTP without the code prefix handled by the caller). */
export const OAUTH_REFUSALS = {
  google: {
    smtp: {
      code: 535,
      lines: [
        '5.7.8 Username and Password not accepted. For more information, go to',
        '5.7.8  https://support.google.com/mail/?p=BadCredentials',
      ],
    },
    imap: 'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
    pop3: '-ERR [AUTH] Invalid credentials.',
  },
  rfc7628: {
    smtp: { code: 535, lines: ['5.7.8 Error: authentication failed: Invalid token'] },
    imap: 'NO [AUTHENTICATIONFAILED] Authentication failed.',
    pop3: '-ERR [AUTH] Authentication failed.',
  },
  microsoft: {
    smtp: {
      code: 535,
      lines: ['5.7.3 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]'],
    },
    imap: 'NO AUTHENTICATE failed.',
    pop3: '-ERR Authentication failure: unknown user name or bad password.',
  },
} as const;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function parse(mechanism: string, response: string): { user: string | null; token: string } | null {
  const text = Buffer.from(response, 'base64').toString('utf8');
  const fields = text.split('\u0001');
  const auth = fields.find((field) => field.startsWith('auth='));
  const token = /^auth=Bearer (\S+)$/i.exec(auth ?? '')?.[1];
  if (token === undefined || !text.endsWith('\u0001\u0001')) return null;
  if (mechanism === 'XOAUTH2') {
    const user = fields.find((field) => field.startsWith('user='))?.slice(5);
    return user === undefined ? null : { user, token };
  }
  // OAUTHBEARER: GS2 header `n,a=<saslname>,` (RFC 7628 §3.1, RFC 5801).
  const header = /^[ny],(?:a=([^,]*))?,$/.exec(fields[0] ?? '');
  if (!header) return null;
  const user = header[1] === undefined ? null : header[1].replace(/=2C/g, ',').replace(/=3D/g, '=');
  return { user, token };
}

function errorChallenge(style: 'google' | 'rfc7628', status: '400' | '401'): string {
  return style === 'google'
    ? b64(`{"status":"${status}","schemes":"Bearer","scope":"https://mail.google.com/"}`)
    : b64(
        '{"status":"invalid_token","scope":"mail","openid-configuration":"https://auth.test/.well-known/openid-configuration"}',
      );
}

/**
 * Runs the server side of XOAUTH2 or OAUTHBEARER. `prompt(base64)` writes a challenge in the
 * protocol's syntax (`334 x`, `+ x`). After an error challenge the client's one response is read
 * (RFC 7628 §3.2.3: %x01 for OAUTHBEARER, empty for XOAUTH2) before the outcome; a `*` is an abort.
 * Client lines are logged as `***`.
 */
export async function runOAuthSasl(
  session: Session,
  mechanism: string,
  initial: string | undefined,
  prompt: (base64: string) => Promise<void>,
  options: OAuthServerOptions,
): Promise<OAuthOutcome> {
  const read = async (challenge: string): Promise<string | null> => {
    await prompt(challenge);
    return session.readLine({ secret: true });
  };
  const upper = mechanism.toUpperCase();
  const response = initial !== undefined && initial !== '' ? initial : await read('');
  if (response === null) return { kind: 'closed' };
  if (response === '*') return { kind: 'aborted' };
  if (options.misbehave === 'garbage-challenge') {
    const answer = await read('%%% this is not base64 JSON %%%');
    if (answer === null) return { kind: 'closed' };
    return answer === '*' ? { kind: 'aborted' } : { kind: 'rejected' };
  }
  const parsed = parse(upper, response);
  if (parsed === null) return { kind: 'malformed' };
  const owner = Object.hasOwn(options.tokens, parsed.token) ? options.tokens[parsed.token] : undefined;
  if (owner !== undefined && (parsed.user === null || parsed.user === owner)) {
    return { kind: 'authenticated', username: owner };
  }
  const style = options.errorStyle ?? 'google';
  if (style === 'microsoft') return { kind: 'rejected' };
  const challenge = errorChallenge(style, owner === undefined ? '401' : '400');
  // An endless server keeps challenging whatever the client says; bounded so a test cannot hang.
  const rounds = options.misbehave === 'endless-challenge' ? 50 : 1;
  for (let round = 0; round < rounds; round++) {
    const answer = await read(challenge);
    if (answer === null) return { kind: 'closed' };
    if (rounds === 1) return answer === '*' ? { kind: 'aborted' } : { kind: 'rejected' };
  }
  return { kind: 'rejected' };
}

import { WireError } from './errors';

/** The two SASL mechanisms that carry an OAuth 2.0 bearer token. */
export type OAuthMechanism = 'XOAUTH2' | 'OAUTHBEARER';

/**
 * A token login: the account and an OAuth 2.0 access token the caller obtained elsewhere (the probe
 * runs no OAuth flow). The token is sent only inside verified TLS and never reaches the transcript.
 */
export interface TokenCredentials {
  readonly username: string;
  readonly accessToken: string;
  /** Force one mechanism; default: OAUTHBEARER when the server offers it, else XOAUTH2. */
  readonly mechanism?: OAuthMechanism;
}

/** The error a server sends as a SASL challenge when it refuses a token (RFC 7628 §3.2.2, Google's XOAUTH2). */
export interface OAuthServerError {
  /** `status` as sent: an RFC 6750 error code (`invalid_token`) or an HTTP-like number (`400`, `401`). */
  readonly status: string | null;
  /** The token schemes the server accepts (`Bearer`). */
  readonly schemes: string | null;
  /** The scope a token needs here, when the server says (`https://mail.google.com/`). */
  readonly scope: string | null;
  /** Where the server's OAuth discovery document is (RFC 7628 `openid-configuration`). */
  readonly openidConfiguration: string | null;
  /** A sentence for a person on what the status means and what to do. */
  readonly meaning: string;
}

/** What a decoded challenge turned out to be. */
export type OAuthChallenge =
  | { readonly kind: 'error'; readonly error: OAuthServerError }
  | { readonly kind: 'malformed'; readonly reason: string };

// RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** An error challenge is a small JSON object; anything larger is not one. */
const MAX_CHALLENGE_BYTES = 4096;
const MAX_TOKEN_LENGTH = 16384;

/**
 * Checks an access token before anything is sent: non-empty, at most 16 KiB, and RFC 6750's
 * `b64token` syntax (what `auth=Bearer <token>` allows). Throws `E_INVALID_INPUT` whose message
 * never repeats the token.
 */
export function validateAccessToken(token: string): void {
  const fail = (why: string): never => {
    throw new WireError('E_INVALID_INPUT', `The access token ${why}; nothing was sent.`, { step: 'options' });
  };
  if (token.length === 0) fail('is empty');
  if (token.length > MAX_TOKEN_LENGTH) fail(`is longer than ${MAX_TOKEN_LENGTH} characters`);
  if (token.trim() !== token) fail('has leading or trailing white space (copy it without line breaks)');
  if (!B64TOKEN.test(token)) {
    fail('is not a bearer token (RFC 6750 allows letters, digits and - . _ ~ + / then = padding)');
  }
}

/**
 * Picks the token mechanism for a server: the forced one when offered, else OAUTHBEARER (the
 * standard, RFC 7628) before XOAUTH2 (Google's and Microsoft's older form). Null when neither is offered.
 */
export function chooseOAuthMechanism(
  offered: readonly string[],
  forced?: OAuthMechanism,
): OAuthMechanism | null {
  if (forced !== undefined) return offered.includes(forced) ? forced : null;
  if (offered.includes('OAUTHBEARER')) return 'OAUTHBEARER';
  if (offered.includes('XOAUTH2')) return 'XOAUTH2';
  return null;
}

/** RFC 5801 saslname: `,` and `=` escaped in the GS2 header's authorisation identity. */
function saslName(value: string): string {
  return value.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

/** The base64 initial response of XOAUTH2 (Google's format) or OAUTHBEARER (RFC 7628 §3.1). */
export function oauthInitialResponse(
  mechanism: OAuthMechanism,
  credentials: { username: string; accessToken: string },
  endpoint?: { host?: string; port?: number },
): string {
  const { username, accessToken } = credentials;
  let message: string;
  if (mechanism === 'XOAUTH2') {
    message = `user=${username}\u0001auth=Bearer ${accessToken}\u0001\u0001`;
  } else {
    const host = endpoint?.host ? `host=${endpoint.host}\u0001` : '';
    const port = endpoint?.port ? `port=${endpoint.port}\u0001` : '';
    message = `n,a=${saslName(username)},\u0001${host}${port}auth=Bearer ${accessToken}\u0001\u0001`;
  }
  return Buffer.from(message, 'utf8').toString('base64');
}

function meaningOf(status: string | null, scope: string | null): string {
  const scopeHint = scope ? ` The server wants a token with scope ${scope}.` : '';
  switch (status?.toLowerCase()) {
    case '401':
    case 'invalid_token':
      return `The token was refused: expired, revoked, or issued for another account than the user name given. Get a fresh access token for this account.${scopeHint}`;
    case '400':
    case 'invalid_request':
      return `The server could not use the token with this user name (Google sends 400 for a token of another account or a malformed request). Check that the user name is the account the token was issued to.${scopeHint}`;
    case '403':
    case 'insufficient_scope':
      return `The token lacks the scope mail access needs.${scopeHint || ' Request the provider’s mail scope.'}`;
    default:
      return `The server refused the token (status ${status ?? 'not given'}).${scopeHint}`;
  }
}

function stringField(object: Record<string, unknown>, key: string): string | null {
  const value = object[key];
  if (typeof value === 'string') return value.slice(0, 512);
  if (typeof value === 'number') return String(value);
  return null;
}

/**
 * Decodes a server's error challenge: base64 of a JSON object with `status`, `schemes`, `scope`
 * (RFC 7628 §3.2.2). Anything else (not base64, not JSON, too large, not an object) is `malformed`
 * with the reason; it never throws.
 */
export function decodeOAuthChallenge(challenge: string): OAuthChallenge {
  const text = challenge.trim();
  if (text.length === 0) return { kind: 'malformed', reason: 'the challenge is empty' };
  if (text.length > (MAX_CHALLENGE_BYTES * 4) / 3 + 4) {
    return { kind: 'malformed', reason: `the challenge is longer than ${MAX_CHALLENGE_BYTES} bytes` };
  }
  if (!BASE64.test(text)) return { kind: 'malformed', reason: 'the challenge is not base64' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    return { kind: 'malformed', reason: 'the decoded challenge is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'malformed', reason: 'the decoded challenge is not a JSON object' };
  }
  const object = parsed as Record<string, unknown>;
  const status = stringField(object, 'status');
  const scope = stringField(object, 'scope');
  return {
    kind: 'error',
    error: {
      status,
      schemes: stringField(object, 'schemes'),
      scope,
      openidConfiguration: stringField(object, 'openid-configuration'),
      meaning: meaningOf(status, scope),
    },
  };
}

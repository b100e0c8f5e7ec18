import { escapeForDisplay } from './display';
import { WireError } from './errors';
import {
  decodeOAuthChallenge,
  type OAuthMechanism,
  type OAuthServerError,
  oauthInitialResponse,
} from './sasl-oauth';
import type { AuthTest } from './types';

/** One line the client sends in the exchange; `redactAs` is what the transcript shows instead. */
export interface SaslStep {
  readonly line: string;
  readonly redactAs?: string;
}

/** How the server ended the exchange, as each protocol reads it. */
export interface SaslFinal {
  /** True for SMTP 235, IMAP tagged OK, POP3 +OK. */
  readonly accepted: boolean;
  /** The server's final line, e.g. `535 5.7.8 Username and Password not accepted`. */
  readonly reply: string;
  /** True when the refusal is temporary (SMTP 4xx, IMAP `[UNAVAILABLE]`, POP3 `[SYS/TEMP]`): no verdict on the token. */
  readonly temporary?: boolean;
}

type State = 'initial' | 'sent' | 'acknowledged' | 'cancelled';

const REDACTED = '[redacted]';
/** RFC 7628 §3.2.3: after an error challenge the client sends a single %x01 (base64 `AQ==`). */
const OAUTHBEARER_ACK = 'AQ==';
/** Google's XOAUTH2: after the error challenge the client sends an empty response. */
const XOAUTH2_ACK = '';
const MAX_REPLY_SHOWN = 300;

/**
 * The client side of a token login (XOAUTH2 or OAUTHBEARER), as an explicit state machine shared by
 * the SMTP, IMAP and POP3 probes; each protocol only frames the lines.
 *
 * initial → (initial response) sent → (error challenge, acknowledged as the mechanism requires)
 * acknowledged → (any further challenge) cancelled with `*` → (yet another) `E_PROTOCOL`.
 * A challenge that is not an OAuth error (garbage) is cancelled at once. So the exchange ends after
 * at most three client lines whatever the server does, and the token is only ever in the first,
 * which the transcript records as `[redacted]`.
 */
export class TokenSaslExchange {
  #state: State = 'initial';
  #serverError: OAuthServerError | null = null;
  #malformed: string | null = null;
  readonly mechanism: OAuthMechanism;
  readonly #initial: string;
  readonly #token: string;

  constructor(options: {
    mechanism: OAuthMechanism;
    username: string;
    accessToken: string;
    /** Server name and port for OAUTHBEARER's `host` and `port` fields. */
    endpoint?: { host?: string; port?: number };
  }) {
    this.mechanism = options.mechanism;
    this.#token = options.accessToken;
    this.#initial = oauthInitialResponse(options.mechanism, options, options.endpoint);
  }

  /** The initial response, sent with the command (SMTP AUTH, IMAP SASL-IR, POP3 AUTH). */
  start(): SaslStep {
    if (this.#state !== 'initial') throw new Error('The token exchange has already started');
    this.#state = 'sent';
    return { line: this.#initial, redactAs: REDACTED };
  }

  /** Answers one server challenge (the base64 text after `334 ` or `+ `). */
  answer(challenge: string): SaslStep {
    switch (this.#state) {
      case 'initial':
        // No initial response was possible (IMAP without SASL-IR): the empty challenge asks for it.
        return this.start();
      case 'sent': {
        const decoded = decodeOAuthChallenge(challenge);
        if (decoded.kind === 'malformed') {
          this.#malformed = decoded.reason;
          this.#state = 'cancelled';
          return { line: '*' };
        }
        this.#serverError = decoded.error;
        this.#state = 'acknowledged';
        return { line: this.mechanism === 'OAUTHBEARER' ? OAUTHBEARER_ACK : XOAUTH2_ACK };
      }
      case 'acknowledged':
        this.#state = 'cancelled';
        return { line: '*' };
      case 'cancelled':
        throw new WireError(
          'E_PROTOCOL',
          `The server kept sending ${this.mechanism} challenges after the exchange was cancelled`,
          { step: 'auth' },
        );
    }
  }

  /** The error the server explained in its challenge, if it sent one. */
  get serverError(): OAuthServerError | null {
    return this.#serverError;
  }

  /** Removes the token from text a server sent back (a hostile server may echo it). */
  scrub(text: string): string {
    return this.#token.length === 0 ? text : text.split(this.#token).join(REDACTED);
  }

  /** The test result when the exchange was abandoned (the server kept challenging): an error, not a verdict. */
  abandoned(error: unknown): AuthTest {
    const why = error instanceof Error ? this.scrub(error.message) : 'the exchange broke off';
    return {
      mechanism: this.mechanism,
      credential: 'token',
      oauthError: this.#serverError,
      outcome: 'error',
      message: `The login test did not finish: ${why}; the exchange was abandoned.`,
    };
  }

  /** The test result for the server's final answer. */
  outcome(final: SaslFinal): AuthTest {
    const reply = escapeForDisplay(this.scrub(final.reply)).slice(0, MAX_REPLY_SHOWN);
    const base = {
      mechanism: this.mechanism,
      credential: 'token' as const,
      serverReply: reply,
      oauthError: this.#serverError,
    };
    if (final.accepted) {
      if (this.#state === 'initial') {
        return {
          ...base,
          outcome: 'error',
          message: 'The server accepted a login before any token was sent.',
        };
      }
      return { ...base, outcome: 'succeeded', message: `The server accepted the token (${this.mechanism}).` };
    }
    if (this.#malformed !== null) {
      return {
        ...base,
        outcome: 'error',
        message: `The server answered the token with a challenge that is not an OAuth error (${this.#malformed}); the exchange was cancelled. Final answer: ${reply}`,
      };
    }
    if (final.temporary) {
      return {
        ...base,
        outcome: 'error',
        message: `The server could not check the token now (temporary failure): ${reply}`,
      };
    }
    // The decoded error's meaning is in `oauthError`; the message only says what happened.
    const status = this.#serverError ? ` (token error: ${this.#serverError.status ?? 'no status'})` : '';
    return {
      ...base,
      outcome: 'failed',
      message: `The server refused the token (${this.mechanism})${status}: ${reply.replace(/\.+$/, '')}.`,
    };
  }
}

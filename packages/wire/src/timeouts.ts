import { WireError } from './errors';

/**
 * Time limits in milliseconds, one per step, so a slow greeting (RFC 5321 allows minutes) is not
 * confused with a filtered port.
 */
export interface Timeouts {
  /** Host name lookup. */
  dns: number;
  /** TCP connect (SYN to established). */
  connect: number;
  /** From connected (or TLS established on implicit TLS) to the server's first line. */
  greeting: number;
  /** Each later read or write of the dialogue. */
  command: number;
  /** Each TLS handshake (implicit or STARTTLS). */
  tls: number;
  /** The whole probe, whatever step it is in. */
  overall: number;
}

/** `{ dns: 5000, connect: 5000, greeting: 30000, command: 15000, tls: 10000, overall: 60000 }`. */
export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = Object.freeze({
  dns: 5000,
  connect: 5000,
  greeting: 30_000,
  command: 15_000,
  tls: 10_000,
  overall: 60_000,
});

/** Hard caps on what a server may send; exceeding one ends the connection with a typed error. */
export interface Limits {
  /** Bytes in one line, without its CRLF (`E_LINE_TOO_LONG`). */
  maxLineLength: number;
  /** Lines in one multi-line reply; counted by the protocol client with {@link checkLinesPerReply}. */
  maxLinesPerReply: number;
  /** Bytes received on one connection, plaintext and TLS together (`E_TOO_MUCH_DATA`). */
  maxBytes: number;
  /** Bytes in one IMAP literal read with `readBytes` (`E_TOO_MUCH_DATA`). */
  maxLiteralSize: number;
  /**
   * Characters of line text a probe's transcript keeps, all lines together: the first half and the
   * latest half, with one event saying what was left out in between.
   */
  maxTranscriptText: number;
  /**
   * Characters of server text a probe result keeps outside the transcript (banner, capabilities, the
   * protocol's parsed details), all together; each string at most 1024. Beyond it text is cut (`…`)
   * and lists end early, and the result says `truncated: true`.
   */
  maxResultText: number;
}

/**
 * `{ maxLineLength: 4096, maxLinesPerReply: 512, maxBytes: 1 MiB, maxLiteralSize: 256 KiB,
 * maxTranscriptText: 64 Ki, maxResultText: 64 Ki }`. With these a probe result serialises to at
 * most {@link MAX_RESULT_JSON_BYTES} (1 MiB) of JSON, whatever the server sends.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxLineLength: 4096,
  maxLinesPerReply: 512,
  maxBytes: 1024 * 1024,
  maxLiteralSize: 256 * 1024,
  maxTranscriptText: 64 * 1024,
  maxResultText: 64 * 1024,
});

/**
 * The documented ceiling of one probe result's JSON (`JSON.stringify`) under {@link DEFAULT_LIMITS},
 * whatever the server sends: 1 MiB. The transcript's text and the other server text are each held
 * to 64 Ki characters as JSON writes them (escapes counted); the rest is bounded structure (at most
 * 2000 transcript entries, 10 certificates, findings with bounded messages and evidence). Results
 * of ordinary servers are a few KiB; a server that floods every cap gives about 135 KiB.
 */
export const MAX_RESULT_JSON_BYTES = 1024 * 1024;

function checkPositive(record: Record<string, number>, what: string): void {
  for (const key in record) {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new WireError(
        'E_INVALID_INPUT',
        `${what}.${key} must be a positive number of ${what === 'timeouts' ? 'milliseconds' : 'bytes or lines'}, got ${String(value)}.`,
      );
    }
  }
}

/** Defaults overlaid with the caller's values; throws `E_INVALID_INPUT` for a non-positive value. */
export function resolveTimeouts(overrides?: Partial<Timeouts>): Timeouts {
  const merged = overlay(DEFAULT_TIMEOUTS, overrides);
  checkPositive(merged as unknown as Record<string, number>, 'timeouts');
  return merged;
}

/** Defaults overlaid with the caller's values; throws `E_INVALID_INPUT` for a non-positive value. */
export function resolveLimits(overrides?: Partial<Limits>): Limits {
  const merged = overlay(DEFAULT_LIMITS, overrides);
  checkPositive(merged as unknown as Record<string, number>, 'limits');
  return merged;
}

/**
 * Throws `E_TOO_MANY_LINES` once a reply has more lines than `limits.maxLinesPerReply`. Protocol
 * clients call it with the running count while they collect a multi-line reply.
 */
export function checkLinesPerReply(
  count: number,
  limits: Pick<Limits, 'maxLinesPerReply'>,
  step?: string,
): void {
  if (count > limits.maxLinesPerReply) {
    throw new WireError(
      'E_TOO_MANY_LINES',
      `The server sent more than ${limits.maxLinesPerReply} lines in one reply.`,
      step === undefined ? {} : { step },
    );
  }
}

/** Seconds for people: 5000 -> "5", 250 -> "0.25". */
export function formatSeconds(milliseconds: number): string {
  return String(Number((milliseconds / 1000).toFixed(2)));
}

// `{ connect: undefined }` from a caller must not erase the default.
/** A copy of `defaults` with every defined own value of `overrides` laid over it. */
function overlay<T extends object>(defaults: Readonly<T>, overrides: Partial<T> | undefined): T {
  const merged = { ...defaults } as T;
  if (!overrides) return merged;
  for (const key of Object.keys(overrides) as Array<keyof T>) {
    const value = overrides[key];
    if (value !== undefined) merged[key] = value as T[keyof T];
  }
  return merged;
}

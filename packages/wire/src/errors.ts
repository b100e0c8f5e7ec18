import type { PortStatus } from './types';

/**
 * The catalogue of wire error codes. One style (`E_*`), one meaning each; `status` is the port status
 * a probe reports when this error ends it.
 */
export const WIRE_ERROR_CODES = {
  E_INVALID_INPUT: {
    status: 'protocol-error',
    description:
      'A value that would reach the wire holds CR, LF or NUL, or an option is out of range; nothing was sent.',
  },
  E_DNS: { status: 'dns-failed', description: 'The host name did not resolve.' },
  E_DNS_TIMEOUT: {
    status: 'dns-failed',
    description: 'The DNS lookup did not finish within the DNS timeout.',
  },
  E_REFUSED: {
    status: 'refused',
    description: 'The connection was refused (TCP RST): nothing listens there, or a firewall rejects.',
  },
  E_CONNECT_TIMEOUT: {
    status: 'timeout',
    description: 'No answer to the TCP connect within the connect timeout.',
  },
  E_UNREACHABLE: { status: 'unreachable', description: 'No route to the host or network.' },
  E_RESET: { status: 'reset', description: 'The server reset the connection.' },
  E_CLOSED: { status: 'closed', description: 'The server closed the connection.' },
  E_GREETING_TIMEOUT: {
    status: 'no-greeting',
    description: 'Connected, but no greeting arrived within the greeting timeout.',
  },
  E_READ_TIMEOUT: {
    status: 'protocol-error',
    description: 'The server stopped answering in the middle of the dialogue.',
  },
  E_TLS_HANDSHAKE: { status: 'tls-failed', description: 'The TLS handshake failed.' },
  E_TLS_TIMEOUT: {
    status: 'tls-failed',
    description: 'The TLS handshake did not finish within the TLS timeout.',
  },
  E_LINE_TOO_LONG: {
    status: 'protocol-error',
    description: 'The server sent a line longer than the line limit.',
  },
  E_TOO_MANY_LINES: {
    status: 'protocol-error',
    description: 'The server sent more lines in one reply than the limit.',
  },
  E_TOO_MUCH_DATA: {
    status: 'protocol-error',
    description: 'The server sent more bytes than the per-connection limit.',
  },
  E_PROTOCOL: {
    status: 'protocol-error',
    description: 'The server answered something the protocol does not allow here.',
  },
  E_ABORTED: { status: 'aborted', description: 'The caller aborted the probe.' },
  E_DEADLINE: { status: 'aborted', description: 'The overall deadline passed before the probe finished.' },
  E_INTERNAL: {
    status: 'protocol-error',
    description: 'An unexpected error inside the probe itself (a bug); the message says what.',
  },
} as const satisfies Record<string, { status: PortStatus; description: string }>;

/** A stable wire error code. */
export type WireErrorCode = keyof typeof WIRE_ERROR_CODES;

/** Construction options for {@link WireError}. */
export interface WireErrorOptions {
  /** The step that was running (e.g. `connect`, `greeting`, `starttls`). */
  step?: string;
  /** The underlying error. */
  cause?: unknown;
}

const marker = Symbol.for('mailports.wire.error');

/**
 * Every failure of the connection layer. `code` is stable and listed in {@link WIRE_ERROR_CODES};
 * `status` is the port status it maps to.
 */
export class WireError extends Error {
  override readonly name = 'WireError';
  readonly code: WireErrorCode;
  readonly step: string | undefined;
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read by the `in` check of isInstance.
  private readonly [marker] = true;

  constructor(code: WireErrorCode, message: string, options: WireErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.step = options.step;
  }

  /** The port status a probe reports when this error ends it (never `ok`). */
  get status(): (typeof WIRE_ERROR_CODES)[WireErrorCode]['status'] {
    return WIRE_ERROR_CODES[this.code].status;
  }

  /** True for a WireError, even one from another copy of this package. */
  static isInstance(error: unknown): error is WireError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** @internal `error` with `step` recorded, unless it already names one (then `error` itself). */
export function withStep(error: WireError, step: string): WireError {
  return error.step === undefined
    ? new WireError(error.code, error.message, { step, cause: error.cause })
    : error;
}

/** Construction options for {@link ProtocolError}. */
export interface ProtocolErrorOptions extends WireErrorOptions {
  /** The command line that was sent (its redacted form when it carried a secret), or null (a greeting). */
  command?: string | null;
  /** The server's reply that matched nothing expected, verbatim lines joined by LF (untrusted), or null. */
  reply?: string | null;
}

/** Longest `command` and `reply` a {@link ProtocolError} keeps: evidence, not a copy of the dialogue. */
export const MAX_PROTOCOL_EVIDENCE = 1024;

const bounded = (text: string | null | undefined): string | null =>
  text === undefined || text === null
    ? null
    : text.length > MAX_PROTOCOL_EVIDENCE
      ? `${text.slice(0, MAX_PROTOCOL_EVIDENCE)}…`
      : text;

/**
 * The server spoke, but not the protocol as the step allows: a line that breaks the reply grammar,
 * a wrong tag, a reply code or status the command cannot get. Always `code: 'E_PROTOCOL'` (status
 * `protocol-error`). Carries the evidence, `command` and `reply` (each at most
 * {@link MAX_PROTOCOL_EVIDENCE} characters), which a probe copies into its result's `error`.
 */
export class ProtocolError extends WireError {
  readonly command: string | null;
  readonly reply: string | null;

  constructor(message: string, options: ProtocolErrorOptions = {}) {
    super('E_PROTOCOL', message, {
      ...(options.step === undefined ? {} : { step: options.step }),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.command = bounded(options.command);
    this.reply = bounded(options.reply);
  }

  /** True for an error that carries a protocol exchange (`command`/`reply`), even from another copy of this package. */
  static hasEvidence(error: unknown): error is WireError & { command: string | null; reply: string | null } {
    return WireError.isInstance(error) && 'command' in error && 'reply' in error;
  }
}

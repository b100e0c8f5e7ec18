import type { Abortable } from './abort-scope';
import { WireError, type WireErrorCode } from './errors';

const CONNECT_CODES: Readonly<Record<string, WireErrorCode>> = {
  ECONNREFUSED: 'E_REFUSED',
  ETIMEDOUT: 'E_CONNECT_TIMEOUT',
  EHOSTUNREACH: 'E_UNREACHABLE',
  ENETUNREACH: 'E_UNREACHABLE',
  EHOSTDOWN: 'E_UNREACHABLE',
  ENETDOWN: 'E_UNREACHABLE',
  EADDRNOTAVAIL: 'E_UNREACHABLE',
  ECONNRESET: 'E_RESET',
  EPIPE: 'E_RESET',
  ECONNABORTED: 'E_RESET',
  ENOTFOUND: 'E_DNS',
  EAI_AGAIN: 'E_DNS',
  EAI_FAIL: 'E_DNS',
  EAI_NONAME: 'E_DNS',
  ENODATA: 'E_DNS',
  ERR_STREAM_WRITE_AFTER_END: 'E_CLOSED',
  ERR_STREAM_DESTROYED: 'E_CLOSED',
};

const PLAIN_WORDS: Readonly<Partial<Record<WireErrorCode, string>>> = {
  E_REFUSED: 'The connection was refused',
  E_CONNECT_TIMEOUT: 'No answer to the TCP connect',
  E_UNREACHABLE: 'No route to the host',
  E_RESET: 'The server reset the connection',
  E_DNS: 'The host name did not resolve',
  E_CLOSED: 'The connection is closed',
};

/** The Node error code (`ECONNRESET`, `ERR_SSL_...`) of an unknown thrown value, if any. */
export function nodeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Maps a Node socket error to the catalogue. Unknown codes become `fallback`; a WireError passes
 * through unchanged.
 */
export function mapSocketError(
  error: unknown,
  step: string | undefined,
  fallback: WireErrorCode = 'E_RESET',
): WireError {
  if (WireError.isInstance(error)) return error;
  const code = nodeErrorCode(error);
  const mapped = (code && CONNECT_CODES[code]) || fallback;
  const detail = error instanceof Error ? error.message : String(error);
  const words = PLAIN_WORDS[mapped];
  const message = words ? `${words} (${code ?? detail}).` : detail;
  return new WireError(mapped, message, step === undefined ? { cause: error } : { step, cause: error });
}

/** True for errors raised by the TLS layer (OpenSSL or Node's TLS wrapper). */
export function isTlsError(error: unknown): boolean {
  const code = nodeErrorCode(error) ?? '';
  return code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === 'EPROTO';
}

/**
 * The error an aborted signal stands for: a WireError reason (E_ABORTED / E_DEADLINE from runProbe)
 * is kept, anything else becomes `E_ABORTED`.
 */
export function abortError(signal: Abortable, step: string | undefined): WireError {
  return abortReasonError(signal.reason, step);
}

/** {@link abortError} for the reason itself. */
export function abortReasonError(reason: unknown, step: string | undefined): WireError {
  if (WireError.isInstance(reason)) {
    if (reason.step !== undefined || step === undefined) return reason;
    return new WireError(reason.code, reason.message, { step, cause: reason });
  }
  return new WireError(
    'E_ABORTED',
    'The caller aborted the probe.',
    step === undefined ? { cause: reason } : { step, cause: reason },
  );
}

import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, rootCertificates, type SecureVersion, type TLSSocket } from 'node:tls';
import { WireError } from './errors';
import { abortError, mapSocketError, nodeErrorCode } from './socket-errors';
import { formatSeconds } from './timeouts';
import { asciiHost, isIpAddress, stripBrackets } from './validate';

/** TLS settings shared by implicit TLS and STARTTLS. */
export interface TlsOptions {
  /** SNI name. Default: the host, unless the host is an IP address; `false` sends no SNI. */
  servername?: string | false;
  /** Extra trusted CAs, added to Node's root store (not replacing it). */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Oldest TLS version accepted; default `'TLSv1'` so old servers can be observed (and reported). */
  minVersion?: SecureVersion;
}

/** A handler every socket gets at creation, so a late 'error' can never crash the process. */
export function sinkErrors(socket: Socket): void {
  socket.on('error', () => {});
}

/** Creates the TCP socket; replaceable in tests to exercise the connect timer without a network. */
export type SocketFactory = (address: string, port: number) => Socket;

const defaultFactory: SocketFactory = (address, port) => netConnect({ host: address, port, noDelay: true });

/**
 * Opens a TCP connection to an IP address. Settles once: `connect`, socket error (mapped), the
 * connect timer (`E_CONNECT_TIMEOUT`) or the signal; on any failure the socket is destroyed.
 */
export function tcpConnect(
  address: string,
  port: number,
  options: { timeout: number; signal?: AbortSignal | undefined; createSocket?: SocketFactory },
): Promise<Socket> {
  const { signal, timeout } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal, 'connect'));
  return new Promise<Socket>((resolve, reject) => {
    let socket: Socket;
    try {
      socket = (options.createSocket ?? defaultFactory)(address, port);
    } catch (error) {
      reject(mapSocketError(error, 'connect', 'E_UNREACHABLE'));
      return;
    }
    sinkErrors(socket);
    let settled = false;
    const settle = (error: WireError | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.off('connect', onConnect);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        resolve(socket);
      }
    };
    const onConnect = (): void => settle(null);
    const onError = (error: Error): void => settle(mapSocketError(error, 'connect', 'E_UNREACHABLE'));
    const onClose = (): void =>
      settle(
        new WireError('E_RESET', 'The connection closed before it was established.', { step: 'connect' }),
      );
    const onAbort = (): void => settle(abortError(signal as AbortSignal, 'connect'));
    const timer = setTimeout(() => {
      settle(
        new WireError(
          'E_CONNECT_TIMEOUT',
          `No answer to the TCP connect within ${formatSeconds(timeout)} s.`,
          { step: 'connect' },
        ),
      );
    }, timeout);
    timer.unref();
    socket.once('connect', onConnect);
    socket.on('error', onError);
    socket.once('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const HANDSHAKE_HINTS: Readonly<Record<string, string>> = {
  ERR_SSL_WRONG_VERSION_NUMBER:
    'The server did not answer with TLS (it may speak plaintext first, e.g. expect STARTTLS).',
  ERR_SSL_PACKET_LENGTH_TOO_LONG:
    'The server did not answer with TLS (it may speak plaintext first, e.g. expect STARTTLS).',
  ERR_SSL_UNSUPPORTED_PROTOCOL: 'The server and this client have no TLS version in common.',
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: 'The server and this client have no TLS version in common.',
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: 'The server refused the handshake (no cipher or version in common).',
  ERR_SSL_NO_SHARED_CIPHER: 'The server and this client have no cipher in common.',
  ECONNRESET: 'The server reset the connection during the TLS handshake.',
};

/** The SNI to send and the name to check the certificate against. */
export function tlsNames(
  host: string,
  options: TlsOptions = {},
): { servername: string | null; checkedName: string } {
  const bare = asciiHost(stripBrackets(host));
  if (options.servername === false) return { servername: null, checkedName: bare };
  if (typeof options.servername === 'string' && options.servername.length > 0) {
    const name = asciiHost(options.servername);
    return { servername: name, checkedName: name };
  }
  return { servername: isIpAddress(bare) ? null : bare, checkedName: bare };
}

function trustedCas(ca: TlsOptions['ca']): Array<string | Buffer> | undefined {
  if (ca === undefined) return undefined;
  return [...rootCertificates, ...(Array.isArray(ca) ? ca : [ca])];
}

/**
 * Runs a TLS client handshake over an open TCP socket (implicit TLS or STARTTLS). Always
 * `rejectUnauthorized: false` with no identity check, so the certificate is captured whatever it
 * is; the verdict is computed afterwards by `describeTls`. Settles once; on failure both sockets are
 * destroyed and the error is `E_TLS_HANDSHAKE`, `E_TLS_TIMEOUT` or the signal's.
 */
export function tlsHandshake(
  socket: Socket,
  options: {
    host: string;
    tls?: TlsOptions | undefined;
    timeout: number;
    signal?: AbortSignal | undefined;
    step: string;
  },
): Promise<{ socket: TLSSocket; checkedName: string }> {
  const { signal, timeout, step } = options;
  if (signal?.aborted) {
    socket.destroy();
    return Promise.reject(abortError(signal, step));
  }
  const { servername, checkedName } = tlsNames(options.host, options.tls);
  const minVersion = options.tls?.minVersion ?? 'TLSv1';
  const legacy = minVersion === 'TLSv1' || minVersion === 'TLSv1.1';
  return new Promise((resolve, reject) => {
    let tlsSocket: TLSSocket;
    try {
      tlsSocket = tlsConnect({
        socket,
        ...(servername ? { servername } : {}),
        ...(options.tls?.ca !== undefined ? { ca: trustedCas(options.tls.ca) } : {}),
        minVersion,
        // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; lower it only when asked to observe them.
        ...(legacy ? { ciphers: 'DEFAULT:@SECLEVEL=0' } : {}),
        rejectUnauthorized: false,
        checkServerIdentity: () => undefined,
      });
    } catch (error) {
      socket.destroy();
      reject(
        new WireError('E_TLS_HANDSHAKE', error instanceof Error ? error.message : String(error), {
          step,
          cause: error,
        }),
      );
      return;
    }
    sinkErrors(tlsSocket);
    let settled = false;
    const settle = (error: WireError | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      tlsSocket.off('secureConnect', onSecure);
      tlsSocket.off('error', onError);
      tlsSocket.off('close', onClose);
      if (error) {
        tlsSocket.destroy();
        socket.destroy();
        reject(error);
      } else {
        resolve({ socket: tlsSocket, checkedName });
      }
    };
    const onSecure = (): void => settle(null);
    const onError = (error: Error): void => {
      const code = nodeErrorCode(error) ?? '';
      const hint = HANDSHAKE_HINTS[code];
      settle(
        new WireError(
          'E_TLS_HANDSHAKE',
          hint ? `${hint} (${code})` : `The TLS handshake failed: ${error.message}`,
          { step, cause: error },
        ),
      );
    };
    const onClose = (): void => {
      settle(
        new WireError('E_TLS_HANDSHAKE', 'The server closed the connection during the TLS handshake.', {
          step,
        }),
      );
    };
    const onAbort = (): void => settle(abortError(signal as AbortSignal, step));
    const timer = setTimeout(() => {
      settle(
        new WireError(
          'E_TLS_TIMEOUT',
          `The TLS handshake did not finish within ${formatSeconds(timeout)} s.`,
          { step },
        ),
      );
    }, timeout);
    timer.unref();
    tlsSocket.once('secureConnect', onSecure);
    tlsSocket.on('error', onError);
    tlsSocket.once('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

import { connect as netConnect, type Socket } from 'node:net';
import { type SecureVersion, connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { Abortable } from './abort-scope';
import { WireError } from './errors';
import { clientSecureContext, trustedIssuersOf } from './secure-context';
import { SocketWait } from './socket-wait';
import type { TrustedIssuers } from './trusted-issuers';
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
  options: { timeout: number; signal?: Abortable | undefined; createSocket?: SocketFactory },
): Promise<Socket> {
  const { signal, timeout } = options;
  const step = 'connect';
  if (signal?.aborted) return Promise.reject(abortError(signal, step));
  let socket: Socket;
  try {
    socket = (options.createSocket ?? defaultFactory)(address, port);
  } catch (error) {
    return Promise.reject(mapSocketError(error, step, 'E_UNREACHABLE'));
  }
  sinkErrors(socket);
  return new TcpConnectWait(socket, timeout, signal).promise;
}

/** A TCP connect: the socket once it connected. */
class TcpConnectWait extends SocketWait<Socket> {
  constructor(socket: Socket, timeout: number, signal: Abortable | undefined) {
    super(socket, 'connect', timeout, 'connect', signal);
  }

  protected value(): Socket {
    return this.socket;
  }

  failed(error: Error): WireError {
    return mapSocketError(error, this.step, 'E_UNREACHABLE');
  }

  closed(): WireError {
    return new WireError('E_RESET', 'The connection closed before it was established.', { step: this.step });
  }

  timedOut(): WireError {
    return new WireError(
      'E_CONNECT_TIMEOUT',
      `No answer to the TCP connect within ${formatSeconds(this.timeout)} s.`,
      { step: this.step },
    );
  }
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

/**
 * Node builds the detailed peer chain (every certificate with three fingerprints and its key, the root
 * looked up in the store: about a fifth of a STARTTLS probe's CPU) only to hand it to the identity
 * check, which here is ours and reads nothing; the summary reads X509Certificate objects instead. So
 * the one detailed call Node makes for that check gets an empty certificate; any other call is
 * Node's own, and the returned function puts Node's method back.
 */
function skipIdentityCheckChain(socket: TLSSocket): () => void {
  const own = socket.getPeerCertificate;
  Object.defineProperty(socket, 'getPeerCertificate', {
    configurable: true,
    writable: true,
    value(this: TLSSocket, detailed?: boolean) {
      if (detailed !== true) return own.call(this, detailed);
      Reflect.deleteProperty(this, 'getPeerCertificate');
      return {};
    },
  });
  return () => {
    Reflect.deleteProperty(socket, 'getPeerCertificate');
  };
}

/**
 * The identity check the handshake skips (the verdict checks the name afterwards). One function for
 * every socket: a closure made inside the handshake would keep the handshake's scope alive for as long
 * as the socket, which keeps its options.
 */
const SKIP_IDENTITY_CHECK = (): undefined => undefined;

const ignore = (): void => {};

/**
 * Runs a TLS client handshake over an open TCP socket (implicit TLS or STARTTLS). Always
 * `rejectUnauthorized: false` with no identity check, so the certificate is captured whatever it
 * is; the verdict is computed afterwards by `describeTls` (with `trust`, what the context trusts).
 * Settles once; on failure both sockets are destroyed and the error is `E_TLS_HANDSHAKE`,
 * `E_TLS_TIMEOUT` or the signal's.
 */
export function tlsHandshake(
  socket: Socket,
  options: {
    host: string;
    tls?: TlsOptions | undefined;
    timeout: number;
    signal?: Abortable | undefined;
    step: string;
  },
): Promise<{ socket: TLSSocket; checkedName: string; trust: TrustedIssuers }> {
  const { signal, timeout, step } = options;
  if (signal?.aborted) {
    socket.destroy();
    return Promise.reject(abortError(signal, step));
  }
  const { servername, checkedName } = tlsNames(options.host, options.tls);
  let tlsSocket: TLSSocket;
  let trust: TrustedIssuers;
  try {
    const secureContext = clientSecureContext({
      ca: options.tls?.ca,
      minVersion: options.tls?.minVersion ?? 'TLSv1',
    });
    trust = trustedIssuersOf(secureContext);
    tlsSocket = tlsConnect({
      socket,
      ...(servername ? { servername } : {}),
      secureContext,
      rejectUnauthorized: false,
      checkServerIdentity: SKIP_IDENTITY_CHECK,
    });
  } catch (error) {
    socket.destroy();
    return Promise.reject(
      new WireError('E_TLS_HANDSHAKE', error instanceof Error ? error.message : String(error), {
        step,
        cause: error,
      }),
    );
  }
  sinkErrors(tlsSocket);
  // The wait marks the socket before the identity check's stand-in is added: Node's method comes back
  // by deleting that property, and V8 keeps the socket's fast layout only when the deleted property
  // was the last one added (else the socket turns into a dictionary, 3 KiB more for every probe).
  const wait = new HandshakeWait(tlsSocket, socket, timeout, step, signal, checkedName, trust);
  wait.restore = skipIdentityCheckChain(tlsSocket);
  return wait.promise;
}

/** A TLS handshake over an open TCP socket: the TLS socket once it is secure, and what to check it against. */
class HandshakeWait extends SocketWait<{ socket: TLSSocket; checkedName: string; trust: TrustedIssuers }> {
  /** Puts Node's identity check chain back (see {@link skipIdentityCheckChain}). */
  restore: () => void = ignore;

  constructor(
    private readonly tlsSocket: TLSSocket,
    tcpSocket: Socket,
    timeout: number,
    step: string,
    signal: Abortable | undefined,
    private readonly checkedName: string,
    private readonly trust: TrustedIssuers,
  ) {
    super(tlsSocket, 'secureConnect', timeout, step, signal, tcpSocket);
  }

  protected value(): { socket: TLSSocket; checkedName: string; trust: TrustedIssuers } {
    this.restore();
    return { socket: this.tlsSocket, checkedName: this.checkedName, trust: this.trust };
  }

  failed(error: Error): WireError {
    const code = nodeErrorCode(error) ?? '';
    const hint = HANDSHAKE_HINTS[code];
    return new WireError(
      'E_TLS_HANDSHAKE',
      hint ? `${hint} (${code})` : `The TLS handshake failed: ${error.message}`,
      { step: this.step, cause: error },
    );
  }

  closed(): WireError {
    return new WireError('E_TLS_HANDSHAKE', 'The server closed the connection during the TLS handshake.', {
      step: this.step,
    });
  }

  timedOut(): WireError {
    return new WireError(
      'E_TLS_TIMEOUT',
      `The TLS handshake did not finish within ${formatSeconds(this.timeout)} s.`,
      { step: this.step },
    );
  }
}

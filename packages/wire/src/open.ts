import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TLSSocket } from 'node:tls';
import { Connection, since, tlsEvent } from './connection';
import { WireError } from './errors';
import { resolveHost } from './resolve';
import { abortError } from './socket-errors';
import { describeTls } from './tls-facts';
import { type Limits, resolveLimits, resolveTimeouts, type Timeouts } from './timeouts';
import { Transcript } from './transcript';
import { type TlsOptions, tcpConnect, tlsHandshake } from './transport';
import type { Timings, TlsInfo } from './types';
import { isIpAddress, stripBrackets, validateHost, validatePort } from './validate';

export type { TlsOptions } from './transport';

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** Host name or IP address; used for DNS, SNI and the certificate name check. */
  host: string;
  port: number;
  /** Connect to this address instead of resolving `host`; `host` is still used for SNI and the name check. */
  address?: string;
  /** TLS from the first byte (ports 465, 993, 995). Default false. */
  implicitTls?: boolean;
  /** SNI, extra CAs and oldest version, for implicit TLS and later STARTTLS. */
  tls?: TlsOptions;
  /** Per-step time limits; defaults {@link DEFAULT_TIMEOUTS}. `overall` is enforced by `runProbe`, not here. */
  timeouts?: Partial<Timeouts>;
  /** Hard caps; defaults {@link DEFAULT_LIMITS}. */
  limits?: Partial<Limits>;
  /** Aborting destroys the connection; operations reject with `E_ABORTED` (or the WireError given as reason). */
  signal?: AbortSignal;
  /** Shared with the caller; a fresh one otherwise. */
  transcript?: Transcript;
  /** Mutable record this connection fills: `dns`, `connect`, `tlsHandshake`. */
  timings?: Timings;
}

/**
 * Opens a connection: resolves `host` (unless `address` is given or `host` is an IP), connects
 * over TCP and, with `implicitTls`, runs the TLS handshake. The socket is destroyed on any failure.
 * Throws WireError: `E_INVALID_INPUT`, `E_DNS`, `E_DNS_TIMEOUT`, `E_REFUSED`, `E_CONNECT_TIMEOUT`,
 * `E_UNREACHABLE`, `E_RESET`, `E_TLS_HANDSHAKE`, `E_TLS_TIMEOUT`, `E_ABORTED`, `E_DEADLINE`.
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  validateHost(options.host);
  validatePort(options.port);
  const timeouts = resolveTimeouts(options.timeouts);
  const limits = resolveLimits(options.limits);
  const transcript = options.transcript ?? new Transcript();
  const timings = options.timings ?? {};
  const { signal, host, port } = options;
  const note = (error: unknown): never => {
    if (WireError.isInstance(error)) transcript.add('event', `${error.code}: ${error.message}`);
    throw error;
  };
  if (signal?.aborted) note(abortError(signal, 'connect'));

  let address = options.address === undefined ? undefined : stripBrackets(options.address);
  if (address !== undefined) validateHost(address);
  else if (isIpAddress(host)) address = stripBrackets(host);
  if (address === undefined || !isIpAddress(address)) {
    const name = address ?? stripBrackets(host);
    const started = performance.now();
    const addresses = await resolveHost(name, { timeout: timeouts.dns, ...(signal ? { signal } : {}) })
      .catch(note)
      .finally(() => {
        timings.dns = since(started);
      });
    address = addresses[0] as string;
    transcript.add('event', `resolved ${name} to ${addresses.join(', ')}`);
  }

  const connectStarted = performance.now();
  const socket = await tcpConnect(address, port, { timeout: timeouts.connect, signal }).catch(note);
  timings.connect = since(connectStarted);
  transcript.add('event', `connected to ${address.includes(':') ? `[${address}]` : address}:${port}`);

  let active: Socket = socket;
  let tls: TlsInfo | null = null;
  if (options.implicitTls) {
    transcript.add('event', 'TLS handshake started (implicit TLS)');
    const started = performance.now();
    const result = await tlsHandshake(socket, {
      host,
      tls: options.tls,
      timeout: timeouts.tls,
      signal,
      step: 'tls',
    })
      .catch(note)
      .finally(() => {
        timings.tlsHandshake = since(started);
      });
    active = result.socket as TLSSocket;
    tls = describeTls(result.socket, result.checkedName);
    transcript.add('event', tlsEvent(tls), { tls: true });
  }
  return new Connection({
    socket: active,
    host,
    port,
    address,
    tls,
    tlsOptions: options.tls,
    transcript,
    timings,
    timeouts,
    limits,
    signal,
  });
}

import type { LookupFunction, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TLSSocket } from 'node:tls';
import type { Abortable } from './abort-scope';
import { connectFirstAnswering } from './connect-attempts';
import { Connection } from './connection';
import { since } from './elapsed';
import { WireError } from './errors';
import { resolveUnder } from './resolve';
import { abortError } from './socket-errors';
import { describeTlsWith, tlsEvent } from './tls-facts';
import { type Limits, resolveLimits, resolveTimeouts, type Timeouts } from './timeouts';
import { Transcript } from './transcript';
import { type TlsOptions, tlsHandshake } from './transport';
import type { ConnectAttempt, Timings, TlsInfo } from './types';
import { isIpAddress, stripBrackets, validateAddresses, validateHost, validatePort } from './validate';

/** @internal What `connect` hands to the {@link Connection} constructor. */
export interface ConnectionInit {
  socket: Socket;
  host: string;
  port: number;
  address: string;
  attempts: readonly ConnectAttempt[];
  tls: TlsInfo | null;
  tlsOptions: TlsOptions | undefined;
  transcript: Transcript;
  timings: Timings;
  timeouts: Timeouts;
  limits: Limits;
  /** Bounds the TLS upgrade's handshake; the connection also fails when it aborts, unless `ownerAborts`. */
  signal: Abortable | undefined;
  /** True when the opener fails the connection itself on abort (a probe's run), so it adds no listener. */
  ownerAborts: boolean;
}

export type { TlsOptions } from './transport';

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** Host name or IP address; used for DNS, SNI and the certificate name check. */
  host: string;
  port: number;
  /** Connect to this address instead of resolving `host`; `host` is still used for SNI and the name check. */
  address?: string;
  /**
   * Connect to the first of these IP addresses that answers instead of resolving `host` (e.g. the
   * addresses a caller resolved once for several ports). Ignored when `address` is given.
   */
  addresses?: readonly string[];
  /** Resolves `host` instead of the system's `dns.lookup` (e.g. one that asks a given DNS server). */
  lookup?: LookupFunction;
  /** TLS from the first byte (the ports `implicitTlsPorts()` of @mailports/ports lists). Default false. */
  implicitTls?: boolean;
  /** SNI, extra CAs and oldest version, for implicit TLS and later STARTTLS. */
  tls?: TlsOptions;
  /**
   * Per-step time limits; defaults {@link DEFAULT_TIMEOUTS}. `connect` applies to each address tried.
   * `overall` is enforced by `runProbe` (through `signal`), not here.
   */
  timeouts?: Partial<Timeouts>;
  /** Hard caps; defaults {@link DEFAULT_LIMITS}. */
  limits?: Partial<Limits>;
  /** Aborting destroys the connection; operations reject with `E_ABORTED` (or the WireError given as reason). */
  signal?: AbortSignal;
  /** Shared with the caller; a fresh one otherwise. */
  transcript?: Transcript;
  /** Mutable record this connection fills: `dns`, `connect` (every attempt together), `tlsHandshake`. */
  timings?: Timings;
  /** Mutable list this connect appends each TCP connect attempt to, failed ones included. */
  attempts?: ConnectAttempt[];
}

/**
 * The addresses to try when they need no lookup: the one given, the list given, or the IP `host`;
 * null when `host` is a name to resolve.
 */
function givenAddresses(options: Omit<ConnectOptions, 'signal'>): readonly string[] | null {
  if (options.address !== undefined) {
    validateHost(options.address);
    const name = stripBrackets(options.address);
    return isIpAddress(name) ? [name] : null;
  }
  if (options.addresses !== undefined) return validateAddresses(options.addresses);
  const name = stripBrackets(options.host);
  return isIpAddress(name) ? [name] : null;
}

/** Resolves the name to connect to (`address` when it is a name, else `host`), timed as `dns`. */
function lookUp(
  options: Omit<ConnectOptions, 'signal'>,
  context: { timeout: number; transcript: Transcript; timings: Timings; signal: Abortable | undefined },
): Promise<string[]> {
  const name = stripBrackets(options.address ?? options.host);
  const started = performance.now();
  return resolveUnder(
    name,
    { timeout: context.timeout, ...(options.lookup ? { lookup: options.lookup } : {}) },
    context.signal,
  ).then(
    (addresses) => {
      context.timings.dns = since(started);
      context.transcript.add('event', `resolved ${name} to ${addresses.join(', ')}`);
      return addresses;
    },
    (error: unknown) => {
      context.timings.dns = since(started);
      throw error;
    },
  );
}

/**
 * Opens a connection: resolves `host` (unless `address` or `addresses` is given or `host` is an IP),
 * connects over TCP and, with `implicitTls`, runs the TLS handshake. The socket is destroyed on any
 * failure.
 *
 * Several addresses (a name with A and AAAA records, or `addresses`) are tried one after the other,
 * families alternating (RFC 8305 §4), until one connects; an address that refuses, is unreachable,
 * resets or does not answer within `timeouts.connect` passes the turn to the next. Each address gets
 * the whole connect timeout, not a Happy Eyeballs 250 ms share: a probe looks at ports that may be
 * filtered, where silence is itself the answer, so cutting it short would report "no answer" for a
 * slow path. The caller's signal (in a probe, the overall deadline) bounds all attempts together.
 * Each attempt is recorded in `attempts`, on `Connection.attempts` and, with several addresses, as a
 * transcript event. When every address fails, the error is the most definite of their answers
 * (`E_REFUSED`, then `E_RESET`, `E_CONNECT_TIMEOUT`, `E_UNREACHABLE`), its message listing every attempt.
 *
 * Throws WireError: `E_INVALID_INPUT`, `E_DNS`, `E_DNS_TIMEOUT`, `E_REFUSED`, `E_CONNECT_TIMEOUT`,
 * `E_UNREACHABLE`, `E_RESET`, `E_TLS_HANDSHAKE`, `E_TLS_TIMEOUT`, `E_ABORTED`, `E_DEADLINE`.
 */
export function connect(options: ConnectOptions): Promise<Connection> {
  return openConnection(options, options.signal, false);
}

/**
 * {@link connect} under an AbortSignal or a probe's own abort. `ownerAborts`: the caller fails the
 * connection itself when `signal` aborts (a probe's run does, for all its connections at once).
 */
export function openConnection(
  options: Omit<ConnectOptions, 'signal'>,
  signal: Abortable | undefined,
  ownerAborts: boolean,
  resolved?: { readonly timeouts: Timeouts; readonly limits: Limits },
): Promise<Connection> {
  // Not async, and one reaction per stage: a probe holds this for as long as its connect takes.
  try {
    return open(options, signal, ownerAborts, resolved);
  } catch (error) {
    return Promise.reject(error);
  }
}

function open(
  options: Omit<ConnectOptions, 'signal'>,
  signal: Abortable | undefined,
  ownerAborts: boolean,
  resolved: { readonly timeouts: Timeouts; readonly limits: Limits } | undefined,
): Promise<Connection> {
  validateHost(options.host);
  validatePort(options.port);
  const timeouts = resolved?.timeouts ?? resolveTimeouts(options.timeouts);
  const limits = resolved?.limits ?? resolveLimits(options.limits);
  const transcript = options.transcript ?? new Transcript();
  const timings = options.timings ?? {};
  const { host, port } = options;
  const noted = (error: unknown): unknown => {
    if (WireError.isInstance(error)) transcript.add('event', `${error.code}: ${error.message}`);
    return error;
  };
  const note = (error: unknown): never => {
    throw noted(error);
  };
  const attempts: ConnectAttempt[] = [];
  const connection = (socket: Socket, address: string, tls: TlsInfo | null): Connection =>
    new Connection({
      socket,
      host,
      port,
      address,
      attempts,
      tls,
      tlsOptions: options.tls,
      transcript,
      timings,
      timeouts,
      limits,
      signal,
      ownerAborts,
    });
  const handshake = (socket: Socket, address: string): Promise<Connection> => {
    transcript.add('event', 'TLS handshake started (implicit TLS)');
    const started = performance.now();
    return tlsHandshake(socket, { host, tls: options.tls, timeout: timeouts.tls, signal, step: 'tls' }).then(
      (result) => {
        timings.tlsHandshake = since(started);
        const tls = describeTlsWith(result.socket, result.checkedName, result.trust);
        if (transcript.recording) transcript.add('event', tlsEvent(tls), { tls: true });
        return connection(result.socket as TLSSocket, address, tls);
      },
      (error: unknown) => {
        timings.tlsHandshake = since(started);
        return note(error);
      },
    );
  };
  const connectTo = (addresses: readonly string[]): Promise<Connection> => {
    const started = performance.now();
    return connectFirstAnswering(addresses, port, {
      timeout: timeouts.connect,
      signal,
      transcript,
      record: (attempt) => {
        attempts.push(attempt);
        options.attempts?.push(attempt);
      },
    }).then(
      ({ socket, address }) => {
        timings.connect = since(started);
        return options.implicitTls ? handshake(socket, address) : connection(socket, address, null);
      },
      (error: unknown) => {
        timings.connect = since(started);
        return note(error);
      },
    );
  };
  let given: readonly string[] | null;
  try {
    if (signal?.aborted) throw abortError(signal, 'connect');
    given = givenAddresses(options);
  } catch (error) {
    return Promise.reject(noted(error));
  }
  if (given !== null) return connectTo(given);
  return lookUp(options, { timeout: timeouts.dns, transcript, timings, signal }).then(connectTo, note);
}

import type { Abortable } from './abort-scope';
import { isIPv6 as nodeIsIPv6, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { since } from './elapsed';
import { WireError, type WireErrorCode } from './errors';
import { mapSocketError } from './socket-errors';
import { formatSeconds } from './timeouts';
import type { Transcript } from './transcript';
import { type SocketFactory, tcpConnect } from './transport';
import type { ConnectAttempt } from './types';

/** Node's check, skipped for text without a colon: its pattern costs microseconds to reject an IPv4 address. */
const isIPv6 = (address: string): boolean => address.includes(':') && nodeIsIPv6(address);

/** `127.0.0.1:25`, `[::1]:25`. */
export function endpoint(address: string, port: number): string {
  return `${isIPv6(address) ? `[${address}]` : address}:${port}`;
}

/**
 * The addresses in the order to try them: the given order (the resolver's, RFC 6724) within each
 * family, families alternating from the first address's family (RFC 8305 §4, one address per turn),
 * so that one broken family costs one attempt before the other gets its turn.
 */
export function interleaveFamilies(addresses: readonly string[]): string[] {
  const first = addresses[0];
  if (first === undefined) return [];
  if (addresses.length === 1) return [first];
  const leading = addresses.filter((address) => isIPv6(address) === isIPv6(first));
  const other = addresses.filter((address) => isIPv6(address) !== isIPv6(first));
  const ordered: string[] = [];
  for (let index = 0; index < Math.max(leading.length, other.length); index += 1) {
    for (const family of [leading, other]) {
      const address = family[index];
      if (address !== undefined) ordered.push(address);
    }
  }
  return ordered;
}

// The address said no, or nothing: another address of the host may still answer. An abort, the
// deadline or a local error ends the whole connect instead.
const NEXT_ADDRESS: ReadonlySet<WireErrorCode> = new Set([
  'E_REFUSED',
  'E_CONNECT_TIMEOUT',
  'E_UNREACHABLE',
  'E_RESET',
]);

// When every address failed, the code that speaks for all of them: the most definite answer wins. A
// refusal (or reset) comes from the host itself, so packets to that port got through from here; calling
// the port "timeout" would point at a filter the refusal disproves. A timeout says the path to the port
// is silent, which says more about the port than "unreachable", usually one address family without a
// route from this network (e.g. no IPv6).
const PRECEDENCE: readonly WireErrorCode[] = ['E_REFUSED', 'E_RESET', 'E_CONNECT_TIMEOUT', 'E_UNREACHABLE'];

/** One failed attempt in words: `127.0.0.3 refused after 0.4 ms`. */
function attemptWords(attempt: ConnectAttempt, timeout: number): string {
  switch (attempt.outcome) {
    case 'refused':
      return `${attempt.address} refused after ${attempt.durationMs} ms`;
    case 'timeout':
      return `${attempt.address} gave no answer within ${formatSeconds(timeout)} s`;
    case 'unreachable':
      return `${attempt.address} was unreachable`;
    case 'reset':
      return `${attempt.address} reset the connection`;
    default:
      return `${attempt.address}: ${attempt.code ?? attempt.outcome}`;
  }
}

/**
 * The attempts that failed since the last one that connected, in words, or null when there are fewer
 * than two (one address needs no list): `Tried 2 addresses: 127.0.0.3 refused after 0.4 ms; …`.
 */
export function describeAttempts(attempts: readonly ConnectAttempt[], timeout: number): string | null {
  const lastConnected = attempts.map((attempt) => attempt.outcome).lastIndexOf('connected');
  const failed = attempts.slice(lastConnected + 1);
  if (failed.length < 2) return null;
  return `Tried ${failed.length} addresses: ${failed.map((attempt) => attemptWords(attempt, timeout)).join('; ')}.`;
}

/** Options of {@link connectFirstAnswering}. */
export interface AttemptOptions {
  /** Each address gets this whole connect timeout; the signal bounds them all. */
  timeout: number;
  signal: Abortable | undefined;
  transcript: Transcript;
  /** Called once per attempt, as it ends. */
  record: (attempt: ConnectAttempt) => void;
  createSocket?: SocketFactory;
}

/**
 * Connects to the first of `addresses` (tried in {@link interleaveFamilies} order) that accepts,
 * moving on when one refuses, is unreachable, resets or lets its connect time out. Each attempt is
 * recorded and, when there are several addresses, logged as a transcript event. Rejects with the
 * signal's error at once; when every address failed, with the code of the most definite answer
 * (refused, reset, timeout, unreachable, in that order) and a message listing every attempt.
 */
export function connectFirstAnswering(
  addresses: readonly string[],
  port: number,
  options: AttemptOptions,
): Promise<{ socket: Socket; address: string }> {
  const only = addresses.length === 1 ? addresses[0] : undefined;
  return only === undefined ? connectInTurn(addresses, port, options) : connectOnly(only, port, options);
}

/**
 * The one address there is (an address probed, a host with one record), connected without the loop
 * over several: a scan connects once per probe.
 */
function connectOnly(
  address: string,
  port: number,
  options: AttemptOptions,
): Promise<{ socket: Socket; address: string }> {
  const { transcript } = options;
  const at = Math.round(transcript.elapsed() * 10) / 10;
  const started = performance.now();
  const record = (outcome: ConnectAttempt['outcome'], code: string | null): void => {
    options.record({ address, port, outcome, code, at, durationMs: since(started) });
  };
  return tcpConnect(address, port, {
    timeout: options.timeout,
    signal: options.signal,
    ...(options.createSocket ? { createSocket: options.createSocket } : {}),
  }).then(
    (socket) => {
      record('connected', null);
      if (transcript.recording) transcript.add('event', `connected to ${endpoint(address, port)}`);
      return { socket, address };
    },
    (caught: unknown) => {
      const error = mapSocketError(caught, 'connect', 'E_UNREACHABLE');
      record(error.status, error.code);
      throw error;
    },
  );
}

/** Several addresses, in turn, until one answers (see {@link connectFirstAnswering}). */
async function connectInTurn(
  addresses: readonly string[],
  port: number,
  options: AttemptOptions,
): Promise<{ socket: Socket; address: string }> {
  const { timeout, signal, transcript } = options;
  const ordered = interleaveFamilies(addresses);
  const attempts: ConnectAttempt[] = [];
  const errors: WireError[] = [];
  for (const [index, address] of ordered.entries()) {
    const at = Math.round(transcript.elapsed() * 10) / 10;
    const started = performance.now();
    const done = (outcome: ConnectAttempt['outcome'], code: string | null): ConnectAttempt => {
      const attempt: ConnectAttempt = { address, port, outcome, code, at, durationMs: since(started) };
      attempts.push(attempt);
      options.record(attempt);
      return attempt;
    };
    try {
      const socket = await tcpConnect(address, port, {
        timeout,
        signal,
        ...(options.createSocket ? { createSocket: options.createSocket } : {}),
      });
      done('connected', null);
      if (transcript.recording) transcript.add('event', `connected to ${endpoint(address, port)}`);
      return { socket, address };
    } catch (caught) {
      const error = mapSocketError(caught, 'connect', 'E_UNREACHABLE');
      const attempt = done(error.status, error.code);
      if (ordered.length === 1 || !NEXT_ADDRESS.has(error.code)) throw error;
      errors.push(error);
      const next = ordered[index + 1];
      transcript.add(
        'event',
        `${endpoint(address, port)}: ${error.code} after ${attempt.durationMs} ms${next === undefined ? '' : `; trying ${next} next`}`,
      );
    }
  }
  const chosen =
    PRECEDENCE.map((code) => errors.find((error) => error.code === code)).find(Boolean) ??
    (errors.at(-1) as WireError);
  const summary = describeAttempts(attempts, timeout) ?? '';
  throw new WireError(chosen.code, `No address answered on port ${port}. ${summary}`, {
    step: 'connect',
    cause: chosen,
  });
}

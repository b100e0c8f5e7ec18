import type { TokenCredentials } from './sasl-oauth';
import type { LookupFunction } from 'node:net';
import type { RunProbeOptions } from './probe-runner';
import type { Limits, Timeouts } from './timeouts';
import type { TlsOptions } from './transport';
import type { MailProtocol, ProbeMode } from './types';

/**
 * The options every mail probe takes (SMTP, POP3, IMAP); each probe's options extend them. Only
 * `host` is required. Invalid values (CR, LF or NUL, a port out of range) end the probe with status
 * `protocol-error` and `E_INVALID_INPUT` before anything is sent.
 */
export interface CommonProbeOptions {
  /** Host name or IP address. Used for SNI and the certificate name check even when `address` is given. */
  host: string;
  /** TCP port, 1–65535. The default depends on the probe, from @mailports/ports (SMTP: submission; IMAP, POP3: implicit TLS). */
  port?: number;
  /**
   * How to secure the session. Default `auto`: implicit TLS on the protocol's implicit-TLS port,
   * otherwise plaintext and STARTTLS when offered. `implicit`: TLS from the first byte. `starttls`:
   * STARTTLS required (missing or refused: `tls-failed`). `plain`: never TLS.
   */
  mode?: ProbeMode;
  /** Connect to this IP address instead of resolving `host`. */
  address?: string;
  /**
   * Connect to the first of these IP addresses that answers instead of resolving `host` (e.g. the
   * addresses resolved once for several ports); ignored when `address` is given.
   */
  addresses?: readonly string[];
  /**
   * Resolves `host` instead of the system's `dns.lookup` (a `dns.lookup`-shaped function, called with
   * `{ all: true }`), e.g. one that asks a given DNS server.
   */
  lookup?: LookupFunction;
  /** SNI name and name checked on the certificate. Default `host` (no SNI for an IP); `false` sends no SNI. */
  servername?: string | false;
  /** Extra trusted CA certificates (PEM), added to Node's root store for the certificate verdict. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Per-step timeouts in ms; defaults are `DEFAULT_TIMEOUTS`. */
  timeouts?: Partial<Timeouts>;
  /** Byte and line caps; defaults are `DEFAULT_LIMITS`. */
  limits?: Partial<Limits>;
  /** Aborts the probe; the result then has status `aborted`. */
  signal?: AbortSignal;
  /**
   * Records the dialogue in `transcript` (default true). `false` leaves it empty and saves its CPU and
   * memory, for bulk scans that keep only the rest of the result; nothing else in the result changes.
   */
  transcript?: boolean;
  /** A credential test, only ever run inside TLS; the password never reaches the transcript. Default: none. */
  credentials?: { username: string; password: string };
  /**
   * A token login test (SASL XOAUTH2 or OAUTHBEARER), only ever run inside verified TLS; the token
   * never reaches the transcript. Takes precedence over `credentials` when both are given. Default: none.
   */
  oauth2?: TokenCredentials;
}

/**
 * The {@link RunProbeOptions} for a probe's options: `protocol`, `host`, the resolved `port` and
 * `mode`, and `address`, `addresses`, `lookup`, `timeouts`, `limits`, `signal` and `transcript` when given.
 * Validates nothing (that is `runProbe`'s job, which turns bad values into a result); never throws.
 */
export function runProbeOptionsOf(
  protocol: MailProtocol,
  options: CommonProbeOptions,
  resolved: { port: number; mode: ProbeMode },
): RunProbeOptions {
  return {
    protocol,
    host: options.host,
    port: resolved.port,
    mode: resolved.mode,
    ...(options.address === undefined ? {} : { address: options.address }),
    ...(options.addresses === undefined ? {} : { addresses: options.addresses }),
    ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
    ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.transcript === undefined ? {} : { transcript: options.transcript }),
  };
}

/** The TLS options (`servername`, `ca`, when given) for the implicit handshake and STARTTLS alike. Never throws. */
export function tlsOptionsOf(options: Pick<CommonProbeOptions, 'servername' | 'ca'>): TlsOptions {
  return {
    ...(options.servername === undefined ? {} : { servername: options.servername }),
    ...(options.ca === undefined ? {} : { ca: options.ca }),
  };
}

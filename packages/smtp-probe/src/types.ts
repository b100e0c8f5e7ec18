import type { ProbeMode, ProbeResultBase } from '@mailports/wire';
import type { CommonProbeOptions } from '@mailports/wire/probe';

/**
 * One SMTP reply, assembled by Go's rule (RFC 5321 §4.2): every line carries the same three-digit
 * code, `-` after the code continues the reply, a space (or nothing) ends it.
 */
export interface SmtpReply {
  /** The three-digit reply code, e.g. `250`. */
  readonly code: number;
  /** The RFC 3463 enhanced status code of the first line (`5.7.0`), when the server sent one. */
  readonly enhancedCode?: string;
  /** The text of each line after the code and separator, verbatim (untrusted: escape before display). */
  readonly lines: readonly string[];
}

/** The SIZE extension (RFC 1870). */
export interface SizeCapability {
  /** The declared maximum message size in bytes; null when none was declared (no parameter, or `SIZE 0`). */
  readonly limit: number | null;
}

/** The DELIVERBY extension (RFC 2852). */
export interface DeliverByCapability {
  /** The minimum by-time in seconds the server accepts, when declared. */
  readonly minByTime: number | null;
}

/**
 * An EHLO reply parsed once into a typed map. Keywords are matched case-insensitively; the typed
 * fields cover the extensions a mail client decides on, every keyword stays available in
 * `extensions`, and `raw` keeps the lines exactly as sent.
 */
export interface SmtpCapabilities {
  /** The first line of the EHLO reply: the server's name and optional greeting text. */
  readonly domain: string;
  /** The keyword lines verbatim, without the first line (what ProbeResultBase calls capabilities). */
  readonly raw: readonly string[];
  /** Every keyword, upper-cased, to its parameters. The old `AUTH=PLAIN LOGIN` form is kept under `AUTH=`. */
  readonly extensions: Readonly<Record<string, readonly string[]>>;
  /** SIZE (RFC 1870), or null when not advertised. */
  readonly size: SizeCapability | null;
  /** Upper-case SASL mechanisms from `AUTH` and the old `AUTH=` form (RFC 4954), de-duplicated, in order. */
  readonly auth: readonly string[];
  /** True when the server used the pre-standard `AUTH=` form. */
  readonly authLegacyForm: boolean;
  /** STARTTLS (RFC 3207). */
  readonly starttls: boolean;
  /** PIPELINING (RFC 2920). */
  readonly pipelining: boolean;
  /** 8BITMIME (RFC 6152). */
  readonly eightBitMime: boolean;
  /** SMTPUTF8 (RFC 6531). */
  readonly smtpUtf8: boolean;
  /** CHUNKING (RFC 3030). */
  readonly chunking: boolean;
  /** BINARYMIME (RFC 3030). */
  readonly binaryMime: boolean;
  /** DSN (RFC 3461). */
  readonly dsn: boolean;
  /** ENHANCEDSTATUSCODES (RFC 2034). */
  readonly enhancedStatusCodes: boolean;
  /** REQUIRETLS (RFC 8689). */
  readonly requireTls: boolean;
  /** DELIVERBY (RFC 2852), or null when not advertised. */
  readonly deliverBy: DeliverByCapability | null;
  /** ETRN (RFC 1985). */
  readonly etrn: boolean;
  /** Lines whose keyword is none of the typed ones above (or breaks the keyword grammar), verbatim. */
  readonly other: readonly string[];
}

/** A keyword whose parameters differ before and after TLS. */
export interface CapabilityChange {
  /** Upper-case keyword. */
  readonly keyword: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/**
 * How the EHLO capabilities changed when the session moved into TLS (RFC 3207 §4.2: the client
 * forgets everything and asks again, so the two lists can legitimately differ).
 */
export interface CapabilityChanges {
  /** Upper-case keywords advertised only inside TLS (e.g. AUTH on a well-configured submission port). */
  readonly added: readonly string[];
  /** Upper-case keywords advertised only before TLS (normally STARTTLS itself). */
  readonly removed: readonly string[];
  /** Keywords present in both with different parameters. */
  readonly changed: readonly CapabilityChange[];
  /** SASL mechanisms offered only inside TLS. */
  readonly authAdded: readonly string[];
  /** SASL mechanisms offered only in clear. */
  readonly authRemoved: readonly string[];
}

/** Options of `probeSmtp`: wire's `CommonProbeOptions` plus the EHLO name and greeting-delay threshold. Only `host` is required. */
export interface SmtpProbeOptions extends CommonProbeOptions {
  /** TCP port, 1–65535. Default: the submission port with STARTTLS (`starttlsSubmissionPort()` in @mailports/ports). */
  port?: number;
  /**
   * How to secure the session. Default `auto`: implicit TLS on 465, otherwise plaintext and STARTTLS
   * when offered. `starttls` fails (`tls-failed`) when STARTTLS is missing or refused; `implicit`
   * does TLS from the first byte; `plain` never negotiates TLS.
   */
  mode?: ProbeMode;
  /** The EHLO/HELO argument. Default: this machine's FQDN when it has one, else `mailports.invalid`; never `localhost`. */
  ehloName?: string;
  /** Tests these credentials with AUTH PLAIN or LOGIN, only ever inside TLS. Never recorded in the transcript. */
  credentials?: { username: string; password: string };
  /**
   * A greeting slower than this (ms) is reported as `greeting-delayed` (greet-pause or tarpit; not a
   * failure). Default 5000.
   */
  greetingDelayThreshold?: number;
}

/** SMTP-specific fields of a probe result. */
export interface SmtpDetails {
  /** The 220 greeting (or the refusal that replaced it), or null when none arrived. The wait for it is `timings.greeting`. */
  greeting: SmtpReply | null;
  /** Capabilities from EHLO in clear, or null (implicit TLS, or EHLO refused). */
  ehloBefore: SmtpCapabilities | null;
  /** Capabilities from EHLO inside TLS (after STARTTLS or on implicit TLS), or null. */
  ehloAfter: SmtpCapabilities | null;
  /** What changed between `ehloBefore` and `ehloAfter`, when both exist. */
  capabilityChanges: CapabilityChanges | null;
  /** True when EHLO was refused and the session continued with HELO. */
  usedHelo: boolean;
  /**
   * The reply that ended the session as `rejected`: a 4xx/5xx greeting, EHLO (and HELO) refused, or a
   * 421 sent unasked; null otherwise. A 4xx says "not now" (a limit), a 5xx "not at all".
   */
  refusal: SmtpReply | null;
  /** The EHLO/HELO name the probe used (or would have used). */
  ehloName: string;
}

/** The result of probing one SMTP port. */
export interface SmtpProbeResult extends ProbeResultBase, Readonly<SmtpDetails> {
  readonly protocol: 'smtp';
}

/** A port for `probeSmtpPorts`, with an optional mode (default `auto`). */
export type SmtpPortEntry = number | { port: number; mode?: ProbeMode };

/** Options of `probeSmtpPorts`: those of `probeSmtp` for every port, plus the ports and concurrency. */
export interface SmtpPortsProbeOptions
  extends Omit<SmtpProbeOptions, 'port' | 'mode' | 'address' | 'addresses'> {
  /** Ports to probe. Default `[25, 465, 587, 2525]`. */
  ports?: SmtpPortEntry[];
  /** How many ports are probed at once. Default: all of them. */
  concurrency?: number;
}

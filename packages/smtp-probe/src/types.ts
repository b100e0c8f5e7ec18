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

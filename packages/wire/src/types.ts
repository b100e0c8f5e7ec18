/**
 * Shared result vocabulary for every mail-protocol probe. Both probes (SMTP, POP3/IMAP) report in
 * these shapes so the recommender and the CLI can treat all protocols alike.
 */
import type { OAuthServerError } from './sasl-oauth';

/** The application protocol spoken on a port. */
export type MailProtocol = 'smtp' | 'imap' | 'pop3';

/**
 * How a probe should secure the connection.
 * - `auto`: implicit TLS on the well-known implicit ports (465, 993, 995), otherwise plaintext and
 *   STARTTLS/STLS when the server offers it.
 * - `implicit`: TLS from the first byte.
 * - `starttls`: plaintext, then STARTTLS/STLS is required; a server that does not offer it fails.
 * - `plain`: never negotiate TLS.
 */
export type ProbeMode = 'auto' | 'implicit' | 'starttls' | 'plain';

/** The security a connection actually ended up with. */
export type SecurityMode = 'implicit' | 'starttls' | 'plain';

/**
 * What happened on a port, modelled on zgrab2's status enum.
 * - `ok`: the protocol dialogue completed (greeting and capabilities, TLS where asked).
 * - `refused`: TCP RST on connect: nothing listens, or a firewall rejects.
 * - `timeout`: no TCP answer within the connect timeout ("no answer": filtered somewhere, or down).
 * - `no-greeting`: connected, but the server said nothing before the greeting timeout.
 * - `reset`: the connection was reset after it was established.
 * - `closed`: the server closed the connection cleanly before the dialogue ended.
 * - `tls-failed`: the TLS handshake failed (implicit or after STARTTLS).
 * - `rejected`: the server greeted with a refusal (SMTP 4xx/5xx, IMAP BYE, POP3 -ERR).
 * - `protocol-error`: the server spoke, but not the protocol expected, or broke a limit.
 * - `dns-failed`: the host name did not resolve.
 * - `unreachable`: no route to the host or network (ICMP unreachable, EHOSTUNREACH, ENETUNREACH).
 * - `aborted`: the caller's AbortSignal fired, or the overall deadline passed.
 */
export type PortStatus =
  | 'ok'
  | 'refused'
  | 'timeout'
  | 'no-greeting'
  | 'reset'
  | 'closed'
  | 'tls-failed'
  | 'rejected'
  | 'protocol-error'
  | 'dns-failed'
  | 'unreachable'
  | 'aborted';

/** Who produced a transcript line. `event` is the network or TLS layer (connect, handshake, close). */
export type TranscriptDirection = 'server' | 'client' | 'event';

/** One line of the dialogue, as it happened. */
export interface TranscriptEntry {
  /** Milliseconds since the probe started. */
  readonly at: number;
  readonly direction: TranscriptDirection;
  /** The line without its CRLF. Server text is untrusted: neutralise control characters before display. */
  readonly text: string;
  /** True when the line travelled inside TLS. */
  readonly tls: boolean;
  /** True when the text was replaced because it carried a secret. */
  readonly redacted?: boolean;
}

/**
 * How one TCP connect attempt to one address ended: `connected`, or the port status its failure maps
 * to (`refused`, `timeout`, `unreachable`, `reset`; `aborted` when the signal or deadline stopped it).
 */
export type ConnectOutcome = 'connected' | Exclude<PortStatus, 'ok'>;

/**
 * One TCP connect attempt. A host name can resolve to several addresses; they are tried in turn until
 * one connects, and each try is recorded, the failed ones too.
 */
export interface ConnectAttempt {
  /** The IP address tried. */
  readonly address: string;
  readonly port: number;
  readonly outcome: ConnectOutcome;
  /** The wire error code of a failed attempt (e.g. `E_REFUSED`, `E_CONNECT_TIMEOUT`); null when it connected. */
  readonly code: string | null;
  /** When the attempt started, in milliseconds since the probe (transcript) started. */
  readonly at: number;
  /** How long the attempt took, in milliseconds. */
  readonly durationMs: number;
}

/**
 * Named steps a probe times. Each value is a duration in milliseconds. The same for every protocol:
 * `starttls` is the STARTTLS/STLS command and the TLS handshake after it together (the handshake
 * alone is also `tlsHandshake`); `capabilities`/`capabilitiesAfterTls` the capability query before
 * and inside TLS; `quit` the goodbye (at most 2 s).
 */
export type TimingStep =
  | 'dns'
  | 'connect'
  | 'tlsHandshake'
  | 'greeting'
  | 'capabilities'
  | 'starttls'
  | 'capabilitiesAfterTls'
  | 'auth'
  | 'quit'
  | 'total';

/** Per-step durations in milliseconds; steps that did not happen are absent. */
export type Timings = Partial<Record<TimingStep, number>>;

/** Facts about one certificate of the chain the server presented. */
export interface CertificateInfo {
  /** Subject common name, when present. */
  readonly subjectCN: string | null;
  /** Full subject as `key=value` pairs joined with `, `. */
  readonly subject: string;
  readonly issuerCN: string | null;
  readonly issuer: string;
  /** DNS and IP subject alternative names, e.g. `['mail.example.com', 'IP:127.0.0.1']`. */
  readonly altNames: readonly string[];
  /** ISO 8601 timestamps. */
  readonly validFrom: string;
  readonly validTo: string;
  readonly serialNumber: string;
  /** SHA-256 fingerprint, colon-separated hex. */
  readonly fingerprint256: string;
  /** True when subject and issuer are the same. */
  readonly selfSigned: boolean;
  /**
   * The certificate as sent, DER in base64: what DANE (RFC 7672) matches TLSA records against, and
   * what lets a reader inspect the certificate with other tools.
   */
  readonly der?: string;
}

/**
 * Whether the certificate would be trusted, and why not. The certificate is always captured, even
 * when it does not verify: the verdict says what a strict client would decide.
 */
export interface CertificateVerdict {
  /** True only when the chain verified against the trusted CAs and the name matched. */
  readonly trusted: boolean;
  /** Node's verification error code (e.g. `DEPTH_ZERO_SELF_SIGNED_CERT`, `CERT_HAS_EXPIRED`), or null. */
  readonly errorCode: string | null;
  /** A sentence a person understands, or null when trusted. */
  readonly reason: string | null;
  /** Whether the leaf matches the name checked (`checkedName`); null when no name could be checked. */
  readonly hostnameMatches: boolean | null;
  /** The name the certificate was checked against (the SNI name or the host). */
  readonly checkedName: string | null;
  readonly expired: boolean;
  readonly notYetValid: boolean;
  readonly selfSigned: boolean;
  /** Whole days until the leaf expires (negative once expired). */
  readonly daysRemaining: number;
}

/** What the TLS layer negotiated. */
export interface TlsInfo {
  /** e.g. `TLSv1.3`; null when unknown. */
  readonly version: string | null;
  /** OpenSSL cipher name, e.g. `TLS_AES_256_GCM_SHA384`. */
  readonly cipher: string | null;
  /** IANA/standard cipher name when Node exposes it. */
  readonly cipherStandardName: string | null;
  /** Key exchange, e.g. `X25519 (253 bits)`, when Node exposes it (client side only). */
  readonly keyExchange: string | null;
  /** The SNI name sent, or null (none is sent for an IP address). */
  readonly servername: string | null;
  /** Leaf first. */
  readonly chain: readonly CertificateInfo[];
  readonly verdict: CertificateVerdict;
}

import type { FindingCode, FindingSeverity } from '@mailports/ports';

export type { FindingCode } from '@mailports/ports';

/** How serious a finding is. */
export type Severity = FindingSeverity;

/**
 * An observation worth telling a person. Findings are data, never exceptions.
 * `inferred` marks a conclusion drawn from evidence rather than observed directly.
 */
export interface Finding {
  /** Stable kebab-case identifier, e.g. `auth-before-tls`; see the catalogue `FINDINGS` of `@mailports/ports`. */
  readonly code: FindingCode;
  readonly severity: Severity;
  /** One or two sentences for a person. */
  readonly message: string;
  /** The raw evidence (server text, bytes seen), when there is any. Untrusted text. */
  readonly evidence?: string;
  /** Where the rule comes from, e.g. `RFC 8314 §3.3`. */
  readonly reference?: string;
  /** True when this is an inference, not a direct observation. */
  readonly inferred?: boolean;
}

/** The error that ended a probe, when one did. */
export interface ProbeErrorInfo {
  /** A stable code from the wire error catalogue, e.g. `E_CONNECT_TIMEOUT`. */
  readonly code: string;
  readonly message: string;
  /** The step that was running, e.g. `greeting`, `starttls`. */
  readonly step?: string;
  /** For a protocol error: the command sent (redacted form for secrets), when there was one. */
  readonly command?: string;
  /** For a protocol error: the server's reply that matched nothing expected, verbatim (untrusted, bounded). */
  readonly reply?: string;
}

/** What a probe learned about STARTTLS/STLS. Null on implicit TLS and plain-mode results. */
export interface StarttlsSummary {
  /** The server advertised STARTTLS (SMTP, IMAP) or STLS (POP3) before TLS. */
  readonly offered: boolean;
  /** The probe sent the command. */
  readonly attempted: boolean;
  /** The server answered positively (SMTP 220, IMAP tagged OK, POP3 +OK). */
  readonly accepted: boolean;
  /** The server's answer to the command, verbatim (untrusted), or null. */
  readonly reply: string | null;
  /**
   * Bytes that arrived after the positive answer and before the TLS handshake: a response-injection
   * finding (never parsed as replies). Null when there were none.
   */
  readonly injectedBytes: string | null;
}

/** Outcome of the optional credential test (only ever run inside TLS). */
export interface AuthTest {
  readonly outcome: 'succeeded' | 'failed' | 'refused-cleartext' | 'no-mechanism' | 'error';
  /** Mechanism used, e.g. `PLAIN`, `LOGIN`, or the IMAP/POP3 command (`LOGIN`, `USER`). */
  readonly mechanism: string | null;
  /** What happened, for a person; never contains the password. */
  readonly message: string;
  /** What was tested: a password (the default when absent) or an OAuth 2.0 access token. */
  readonly credential?: 'password' | 'token';
  /**
   * The server's final answer to the login, escaped for display and bounded (e.g.
   * `535 5.7.139 Authentication unsuccessful, basic authentication is disabled`); secrets removed.
   */
  readonly serverReply?: string;
  /** The error a server explained in its SASL challenge when it refused a token. */
  readonly oauthError?: OAuthServerError | null;
}

/** Authentication as the server offers it, normalised across protocols. */
export interface AuthSummary {
  /**
   * Upper-case SASL mechanisms offered on the connection as finally secured (after STARTTLS, or on
   * implicit TLS; for a plaintext-only probe, those offered in clear).
   */
  readonly mechanisms: readonly string[];
  /**
   * Ways to log in that the server offered in clear, before TLS: SASL mechanisms, plus `LOGIN`
   * (IMAP LOGIN without LOGINDISABLED) or `USER` (POP3 USER/PASS). Empty on implicit TLS.
   */
  readonly beforeTls: readonly string[];
  /** The credential test, when one ran. */
  readonly test: AuthTest | null;
}

/**
 * The fields every probe result has, whatever the protocol. Protocol packages extend it with their
 * greeting and capability shapes.
 */
export interface ProbeResultBase {
  readonly protocol: MailProtocol;
  readonly host: string;
  readonly port: number;
  /** The IP address actually connected to, when the connection got that far. */
  readonly address: string | null;
  /**
   * Every TCP connect attempt of the probe, in order: one per address tried until one connected (a
   * host name may resolve to several), for every connection the probe opened. `runProbe` always
   * fills it; optional only so results built elsewhere stay valid.
   */
  readonly connectAttempts?: readonly ConnectAttempt[];
  /** What the caller asked for. */
  readonly requestedMode: ProbeMode;
  /** What the connection ended up with; null when it never got far enough. */
  readonly security: SecurityMode | null;
  readonly status: PortStatus;
  /** One sentence for a person, e.g. "No answer within 5 s (the port may be filtered)". */
  readonly statusMessage: string;
  readonly error: ProbeErrorInfo | null;
  /** Present when TLS was negotiated (or attempted and a certificate was seen). */
  readonly tls: TlsInfo | null;
  readonly timings: Timings;
  readonly transcript: readonly TranscriptEntry[];
  readonly findings: readonly Finding[];
  /** The first line of the server's greeting, verbatim (untrusted), or null when none arrived. */
  readonly banner: string | null;
  /** Raw capability lines/atoms before TLS (EHLO keywords, CAPA lines, CAPABILITY atoms), or null. */
  readonly capabilitiesBefore: readonly string[] | null;
  /** Raw capabilities asked again inside TLS (or on implicit TLS), or null. */
  readonly capabilitiesAfter: readonly string[] | null;
  readonly starttls: StarttlsSummary | null;
  readonly auth: AuthSummary;
  /** ISO 8601 time the probe started. */
  readonly startedAt: string;
  /**
   * True when the server sent more than a result keeps (`limits.maxTranscriptText`,
   * `limits.maxResultText`): some transcript lines were left out or server text was cut (`…`).
   */
  readonly truncated?: boolean;
}

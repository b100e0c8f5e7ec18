import type { TlsRptResultType } from '@mailports/ports';
import type { SmtpProbeResult } from '@mailports/smtp-probe';
import type { Reason } from '../types';
import type { MX_ERROR_CODES } from './errors';

/**
 * How a DNS answer stood, according to the validating resolver that was asked.
 * - `secure`: the resolver set the AD bit (it validated the DNSSEC signatures).
 * - `insecure`: an answer without the AD bit (an unsigned zone, or a resolver that does not validate).
 * - `bogus`: the resolver failed the query (SERVFAIL) but answered it with checking disabled: the
 *   signatures did not validate.
 * - `failed`: no usable answer (timeout, SERVFAIL without a checking-disabled answer, malformed reply).
 */
export type DnssecStatus = 'secure' | 'insecure' | 'bogus' | 'failed';

/** One lookup as asked and as answered, for evidence. */
export interface DnsEvidence {
  /** e.g. `MX example.com`. */
  query: string;
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, …, or the error code (`E_DNS_TIMEOUT`) when none arrived. */
  rcode: string;
  dnssec: DnssecStatus;
  /** What went wrong, when something did. */
  error?: string;
}

/** A TLSA record (RFC 6698 §2.1) as published, and whether a port-25 sender can use it (RFC 7672 §3.1). */
export interface TlsaRecord {
  usage: number;
  selector: number;
  matchingType: number;
  /** The association data, lower-case hex. */
  data: string;
  /** False for PKIX-TA(0) and PKIX-EE(1) (RFC 7672 §3.1.3), unknown parameters, or a digest of the wrong length. */
  usable: boolean;
  /** Why it is not usable; null when it is. */
  problem: string | null;
}

/** The TLSA RRset of one MX host, at `_25._tcp.<host>`. */
export interface TlsaLookup {
  name: string;
  dnssec: DnssecStatus;
  records: TlsaRecord[];
  evidence: DnsEvidence;
  /** Advice on key rollover (RFC 7671 §8.1), when records exist. */
  rolloverHints: string[];
}

/**
 * What a sending server of one kind does with one address of one MX.
 * - `delivers-encrypted`: delivers inside TLS that satisfies this sender's rules.
 * - `delivers-in-clear`: delivers without encryption (an opportunistic sender, when STARTTLS is missing or fails).
 * - `delivers-and-reports`: delivers although its policy failed (MTA-STS `testing`), and reports the failure.
 * - `refuses`: does not deliver here (policy failure; the mail waits or goes to another MX).
 * - `no-answer`: the address did not answer; a sender tries the next address or MX.
 * - `not-applicable`: this kind of sender has no policy for the domain and behaves opportunistically.
 */
export type SenderOutcome =
  | 'delivers-encrypted'
  | 'delivers-in-clear'
  | 'delivers-and-reports'
  | 'refuses'
  | 'no-answer'
  | 'not-applicable';

/** The kinds of sender whose behaviour is judged. */
export type SenderKind = 'opportunistic' | 'mta-sts' | 'dane';

/** One sender's verdict on one address, explained. */
export interface SenderVerdict {
  sender: SenderKind;
  outcome: SenderOutcome;
  /** The failure in TLS-RPT terms (RFC 8460 §4.3), when there is one. */
  resultType: TlsRptResultType | null;
  reasons: Reason[];
}

/** What the port-25 probe of one address showed (the probe's full result is kept in `probe`). */
export interface AddressObservation {
  /** `ok`, `timeout`, `refused`, … (wire's port status). */
  status: string;
  statusMessage: string;
  /** STARTTLS advertised in the EHLO reply; null when the dialogue never got there. */
  starttlsOffered: boolean | null;
  /** The TLS handshake after STARTTLS completed. */
  tlsEstablished: boolean;
  tlsVersion: string | null;
  /** The leaf certificate names (SAN DNS entries, or the CN when there are none). */
  certificateNames: string[];
  /** Chain verified against the trusted roots (Node's store plus any `ca` given). */
  certificateTrusted: boolean | null;
  /** The certificate names the MX host (RFC 6125 rules, one left-most wildcard label). */
  certificateMatchesHost: boolean | null;
  certificateExpired: boolean | null;
  /** Node's verification error, e.g. `DEPTH_ZERO_SELF_SIGNED_CERT`. */
  certificateError: string | null;
  /** The name in the server's greeting/EHLO reply. */
  ehloName: string | null;
  /** PTR names of the address (reverse DNS), according to the resolver. */
  reverseNames: string[];
  /**
   * A reverse name resolves back to this address (forward-confirmed reverse DNS, which many receivers
   * of mail check); null when there is no reverse name.
   */
  reverseConfirmed: boolean | null;
  /** The EHLO name is one of the reverse names; null when either is unknown. */
  ehloMatchesReverse: boolean | null;
  /** Milliseconds until the 220 greeting. */
  greetingMs: number | null;
  /** True when the greeting took longer than the probe's threshold (greet-pause, tarpit). */
  greetingDelayed: boolean;
}

/** One address of one MX and the three senders' verdicts on it. */
export interface MxAddressReport {
  address: string;
  family: 4 | 6;
  /** The port probed: 25 unless remapped for tests. */
  port: number;
  observation: AddressObservation;
  verdicts: { opportunistic: SenderVerdict; mtaSts: SenderVerdict; dane: SenderVerdict };
  /** The SMTP probe result, transcript included. */
  probe: SmtpProbeResult;
}

/** One MX host. */
export interface MxHostReport {
  host: string;
  /** MX preference (lower first); null for the implicit MX. */
  preference: number | null;
  ipv4: MxAddressReport[];
  ipv6: MxAddressReport[];
  /** DNSSEC status of the host's address records (both A and AAAA must be secure for DANE, RFC 7672 §2.2.2). */
  addressDnssec: DnssecStatus;
  tlsa: TlsaLookup;
  /** The MTA-STS policy names this host (`mx` patterns); null when there is no policy. */
  mtaStsCovered: boolean | null;
  evidence: DnsEvidence[];
}

/** How the domain publishes its mail exchangers. */
export type MxKind = 'records' | 'null-mx' | 'implicit' | 'none' | 'failed';

/** An MTA-STS policy (RFC 8461 §3.2), as parsed. */
export interface MtaStsPolicy {
  version: string;
  mode: 'enforce' | 'testing' | 'none';
  mx: string[];
  maxAge: number;
}

/** The MTA-STS TXT record and policy fetch. */
export interface MtaStsReport {
  /** `_mta-sts.<domain>` had exactly one valid `v=STSv1` record. */
  record: { present: boolean; id: string | null; raw: string[]; problem: string | null };
  /** The policy URL fetched, when the record was valid. */
  url: string | null;
  policy: MtaStsPolicy | null;
  /** The failure of the fetch or parse, in TLS-RPT terms, with the explanation. */
  failure: { resultType: TlsRptResultType; message: string } | null;
  /** Evidence of the fetch: status line, content type, bytes read, time taken. */
  fetch: { status: number | null; contentType: string | null; bytes: number; durationMs: number } | null;
}

/** The TLS-RPT record at `_smtp._tls.<domain>` (RFC 8460 §3). */
export interface TlsRptReport {
  present: boolean;
  valid: boolean;
  /** Reporting addresses (`mailto:` or `https:`). */
  rua: string[];
  raw: string[];
  problem: string | null;
}

/**
 * A named problem of the whole inspection: a DNS failure (`E_DNS_TIMEOUT`, `E_DNS_MISMATCH`, … from
 * {@link MX_ERROR_CODES}), or a finding about the domain's records: `mx-limit` (more MX hosts than
 * probed), `null-mx-with-others` (RFC 7505 §3), `testing-without-tls-rpt` (an MTA-STS testing policy
 * with nowhere to report).
 */
export interface MxProblem {
  code: string;
  message: string;
}

/** Everything {@link inspectMx} learnt about a domain's port 25 as sending servers see it. */
export interface MxReport {
  domain: string;
  /** The resolver asked, `host:port`: DNSSEC statuses are "according to" it. */
  resolver: string;
  mx: { kind: MxKind; dnssec: DnssecStatus; evidence: DnsEvidence };
  hosts: MxHostReport[];
  mtaSts: MtaStsReport;
  tlsRpt: TlsRptReport;
  /** One line per sender: what it does with the domain as a whole (the best MX it can use). */
  summary: Record<SenderKind, { outcome: SenderOutcome; text: string }>;
  problems: MxProblem[];
  durationMs: number;
}

/** Options of {@link inspectMx}. */
export interface InspectMxOptions {
  /** The mail domain (the part after `@`). */
  domain: string;
  /** A validating resolver, `host` or `host:port` (IPv6 in brackets). Default: the system's first nameserver. */
  resolver?: string;
  /** Port to probe on every MX address instead of 25 (tests). TLSA is still looked up at `_25._tcp`. */
  smtpPort?: number;
  /** Port of the MTA-STS policy host instead of 443 (tests). */
  policyPort?: number;
  /** Extra trusted CA certificates (PEM) for the policy host and MX certificates (private PKI, tests). */
  ca?: string | string[];
  /** Per-query DNS timeout, ms. Default 3000. */
  dnsTimeout?: number;
  /** The policy fetch's whole time limit, ms. Default 60000 (RFC 8461 §3.3 suggests one minute). */
  policyTimeout?: number;
  /** Largest policy body read, bytes. Default 65536 (RFC 8461 §3.3 suggests 64 KB). */
  policyMaxBytes?: number;
  /** Per-step SMTP probe timeouts, ms (wire's defaults otherwise). */
  smtpTimeouts?: { connect?: number; greeting?: number; command?: number; tls?: number };
  /** EHLO name of the probes. */
  ehloName?: string;
  /** A greeting slower than this (ms) is reported as delayed (greet-pause, tarpit). Default: the SMTP probe's, 5000. */
  greetingDelayThreshold?: number;
  /** At most this many MX hosts are probed (by preference). Default 10. */
  maxHosts?: number;
  signal?: AbortSignal;
}

import type { ProbeMode, ProbeResultBase } from '@mailports/wire';
import type { CommonProbeOptions } from '@mailports/wire/probe';
import type { CapabilityChanges, ImapCapabilities } from './imap-capabilities';
import type { ImapResponseCode } from './imap-response';
import type { Pop3Capabilities } from './pop3-capabilities';

/** Options of {@link probeImap} and {@link probePop3}: wire's `CommonProbeOptions`. Only `host` is required. */
export interface MailboxProbeOptions extends CommonProbeOptions {
  /** Default: the protocol's implicit-TLS port (`implicitTlsPorts(protocol)` in @mailports/ports). */
  port?: number;
  /**
   * Default `auto`: implicit TLS on 993 (IMAP) / 995 (POP3), otherwise plaintext and STARTTLS/STLS
   * when offered. `starttls` fails (`tls-failed`) when the server does not offer it; `plain` never
   * negotiates TLS.
   */
  mode?: ProbeMode;
  /**
   * Optional login test, only ever run inside TLS with a trusted certificate. The password never
   * reaches the transcript.
   */
  credentials?: { username: string; password: string };
}

/** The IMAP greeting (RFC 9051 §7.1). */
export interface ImapGreeting {
  /** `OK` (not authenticated), `PREAUTH` (already authenticated) or `BYE` (refused). */
  readonly status: 'OK' | 'PREAUTH' | 'BYE';
  readonly code: ImapResponseCode | null;
  /** Untrusted text. */
  readonly text: string;
  readonly raw: string;
}

/** What the IMAP probe adds to wire's `ProbeResultBase`. */
export interface ImapProbeDetails {
  readonly protocol: 'imap';
  readonly greeting: ImapGreeting | null;
  /** Capabilities seen in clear (plaintext connection), parsed; null on implicit TLS. */
  readonly parsedCapabilitiesBefore: ImapCapabilities | null;
  /** Capabilities asked inside TLS (after STARTTLS, or on implicit TLS), parsed. */
  readonly parsedCapabilitiesAfter: ImapCapabilities | null;
  /** Differences between the two, when both exist. */
  readonly capabilityChanges: CapabilityChanges | null;
  /**
   * Capabilities the server announced on the OK of a successful login test (often more than before
   * login, e.g. QUOTA, MOVE), parsed; null when no login ran or the OK carried none.
   */
  readonly parsedCapabilitiesAfterLogin: ImapCapabilities | null;
  /** The server greeted with PREAUTH. */
  readonly preauth: boolean;
}

/** The result of {@link probeImap}. */
export interface ImapProbeResult extends ProbeResultBase, ImapProbeDetails {
  readonly protocol: 'imap';
}

/** The POP3 greeting (RFC 1939 §4). */
export interface Pop3Greeting {
  /** Untrusted text after `+OK`. */
  readonly text: string;
  /** RFC 2449 response code, or null. */
  readonly code: string | null;
  /** APOP timestamp (`<…@…>`), when the server offers APOP. */
  readonly apopTimestamp: string | null;
  readonly raw: string;
}

/** What the POP3 probe adds to wire's `ProbeResultBase`. */
export interface Pop3ProbeDetails {
  readonly protocol: 'pop3';
  readonly greeting: Pop3Greeting | null;
  /** False when the server answered CAPA with -ERR (before TLS, or on implicit TLS); null until asked. */
  readonly capaSupported: boolean | null;
  /** CAPA in clear, parsed; null on implicit TLS or when CAPA failed. */
  readonly parsedCapabilitiesBefore: Pop3Capabilities | null;
  /** CAPA inside TLS, parsed; null when not reached or when CAPA failed. */
  readonly parsedCapabilitiesAfter: Pop3Capabilities | null;
  /** Differences between the two (tokens like `USER`, `SASL PLAIN`), when both exist. */
  readonly capabilityChanges: CapabilityChanges | null;
}

/** The result of {@link probePop3}. */
export interface Pop3ProbeResult extends ProbeResultBase, Pop3ProbeDetails {
  readonly protocol: 'pop3';
}

/**
 * One port for {@link probeMailbox}: a bare number must be one of POP3's or IMAP's well-known ports
 * (`wellKnownMailPorts` in @mailports/ports), which says its protocol.
 */
export type MailboxPortSpec = number | { port: number; protocol: 'imap' | 'pop3'; mode?: ProbeMode };

/** Options of {@link probeMailbox}. */
export interface ProbeMailboxOptions
  extends Omit<MailboxProbeOptions, 'port' | 'mode' | 'address' | 'addresses'> {
  /** Default `[110, 995, 143, 993]`. */
  ports?: MailboxPortSpec[];
  /** Ports probed at once; default 4. */
  concurrency?: number;
}

import { rfcSource } from '../citations.js';
import type { Source } from '../types.js';

/**
 * The TLS-RPT result types (RFC 8460 §4.3): the names a sending server uses to report why it could not
 * establish a secure session with an MX.
 */
export type TlsRptResultType =
  | 'starttls-not-supported'
  | 'certificate-host-mismatch'
  | 'certificate-expired'
  | 'certificate-not-trusted'
  | 'validation-failure'
  | 'tlsa-invalid'
  | 'dnssec-invalid'
  | 'dane-required'
  | 'sts-policy-fetch-error'
  | 'sts-policy-invalid'
  | 'sts-webpki-invalid';

/** One TLS-RPT result type with its meaning and source. */
export interface TlsRptResultTypeEntry {
  readonly type: TlsRptResultType;
  /** `negotiation` (§4.3.1), `dane` (§4.3.2.1) or `mta-sts` (§4.3.2.2). */
  readonly group: 'negotiation' | 'dane' | 'mta-sts';
  readonly meaning: string;
  readonly source: Source;
}

const NEGOTIATION = rfcSource(8460, '4.3.1');
const DANE = rfcSource(8460, '4.3.2.1');
const STS = rfcSource(8460, '4.3.2.2');

/** Every TLS-RPT result type of RFC 8460 §4.3, in the RFC's order. */
export const TLSRPT_RESULT_TYPES: readonly TlsRptResultTypeEntry[] = [
  {
    type: 'starttls-not-supported',
    group: 'negotiation',
    meaning: 'The receiving MX did not offer STARTTLS.',
    source: NEGOTIATION,
  },
  {
    type: 'certificate-host-mismatch',
    group: 'negotiation',
    meaning: 'The certificate presented did not match the host name of the MX.',
    source: NEGOTIATION,
  },
  {
    type: 'certificate-expired',
    group: 'negotiation',
    meaning: 'The certificate presented had expired.',
    source: NEGOTIATION,
  },
  {
    type: 'certificate-not-trusted',
    group: 'negotiation',
    meaning: 'The certificate did not chain to a root the sender trusts.',
    source: NEGOTIATION,
  },
  {
    type: 'validation-failure',
    group: 'negotiation',
    meaning: 'A general failure for a reason not matching another category.',
    source: NEGOTIATION,
  },
  {
    type: 'tlsa-invalid',
    group: 'dane',
    meaning: 'None of the TLSA records was found valid for the certificate chain presented.',
    source: DANE,
  },
  {
    type: 'dnssec-invalid',
    group: 'dane',
    meaning: 'No valid records were returned from the recursive resolver (DNSSEC validation failed).',
    source: DANE,
  },
  {
    type: 'dane-required',
    group: 'dane',
    meaning: 'The sender requires DANE for the domain, but no DNSSEC-validated TLSA records were present.',
    source: DANE,
  },
  {
    type: 'sts-policy-fetch-error',
    group: 'mta-sts',
    meaning: 'The MTA-STS policy could not be fetched over HTTPS.',
    source: STS,
  },
  {
    type: 'sts-policy-invalid',
    group: 'mta-sts',
    meaning: 'The MTA-STS policy was fetched but is not valid.',
    source: STS,
  },
  {
    type: 'sts-webpki-invalid',
    group: 'mta-sts',
    meaning: 'The MTA-STS policy host could not be authenticated with PKIX (its certificate).',
    source: STS,
  },
];

/** The numbers a port-25 checker applies, each with the RFC that sets it. */
export const MX_SECURITY_RULES = {
  /** RFC 8461 §3.3: the policy body a sender reads at most ("64 KB"). */
  mtaStsPolicyMaxBytes: { value: 65_536, source: rfcSource(8461, '3.3') },
  /** RFC 8461 §3.3: a fetch timeout "of one minute" is suggested. */
  mtaStsFetchTimeoutMs: { value: 60_000, source: rfcSource(8461, '3.3') },
  /** RFC 8461 §3.2: `max_age` is at most 31557600 seconds (about one year). */
  mtaStsMaxAgeLimit: { value: 31_557_600, source: rfcSource(8461, '3.2') },
  /** RFC 8461 §3.1: the record's `id` is 1 to 32 letters and digits. */
  mtaStsIdPattern: { value: '^[A-Za-z0-9]{1,32}$', source: rfcSource(8461, '3.1') },
  /** RFC 7672 §3.1.3: only DANE-TA(2) and DANE-EE(3) are for SMTP; 0 and 1 SHOULD NOT be published. */
  daneUsagesForSmtp: { value: [2, 3] as readonly number[], source: rfcSource(7672, '3.1.3') },
  /** RFC 6698 §2.1.3: matching types 0 (full), 1 (SHA-256, 32 bytes), 2 (SHA-512, 64 bytes). */
  tlsaDigestLengths: {
    value: { 1: 32, 2: 64 } as Readonly<Record<number, number>>,
    source: rfcSource(6698, '2.1.3'),
  },
  /** RFC 5321 §4.5.3.2.1: a client waits up to 5 minutes for the 220 greeting. */
  greetingTimeoutMs: { value: 300_000, source: rfcSource(5321, '4.5.3.2.1') },
} as const;

/**
 * The three ways a sending server treats a receiving MX, each with the standard it follows; the basis
 * of the port-25 verdicts.
 */
export const SENDER_BEHAVIOURS = [
  {
    sender: 'opportunistic',
    summary:
      'Uses STARTTLS when the MX offers it, without checking the certificate; delivers in clear otherwise.',
    sources: [rfcSource(3207, '4'), rfcSource(7435, '3')],
  },
  {
    sender: 'mta-sts',
    summary:
      'Fetches the domain’s HTTPS policy; in enforce mode delivers only to an MX the policy names, over STARTTLS with a certificate valid for that name.',
    sources: [rfcSource(8461, '4'), rfcSource(8461, '5')],
  },
  {
    sender: 'dane',
    summary:
      'Looks up DNSSEC-signed TLSA records at _25._tcp.<mx>; when they exist, delivers only over STARTTLS to a server whose certificate (or issuer) matches one of them.',
    sources: [rfcSource(7672, '2.2'), rfcSource(7672, '3.1')],
  },
] as const satisfies ReadonlyArray<{ sender: string; summary: string; sources: readonly Source[] }>;

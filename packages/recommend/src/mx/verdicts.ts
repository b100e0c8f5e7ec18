import { rfcSource, type TlsRptResultType } from '@mailports/ports';
import type { Reason } from '../types';
import type {
  AddressObservation,
  DnssecStatus,
  MtaStsReport,
  SenderOutcome,
  SenderVerdict,
  TlsaLookup,
} from './types';

// A refusing greeting (`rejected`) is no dialogue: the sender bounces or moves on, it never gets to STARTTLS.
const ANSWERED = new Set(['ok', 'tls-failed', 'protocol-error']);

function observed(text: string): Reason {
  return { kind: 'observed', text };
}

function standard(text: string, rfc: number, section: string): Reason {
  return { kind: 'standard', text, citation: rfcSource(rfc, section) };
}

function verdict(
  sender: SenderVerdict['sender'],
  outcome: SenderOutcome,
  resultType: TlsRptResultType | null,
  reasons: Reason[],
): SenderVerdict {
  return { sender, outcome, resultType, reasons };
}

function answered(observation: AddressObservation): boolean {
  return ANSWERED.has(observation.status) && observation.starttlsOffered !== null;
}

/**
 * What an opportunistic sender (RFC 3207, RFC 7435) does: STARTTLS when offered, any certificate
 * accepted; in clear when STARTTLS is missing or its handshake fails. Pure.
 */
export function opportunisticVerdict(observation: AddressObservation): SenderVerdict {
  if (!answered(observation)) {
    return verdict('opportunistic', 'no-answer', null, [
      observed(`No SMTP dialogue: ${observation.statusMessage}`),
      { kind: 'inferred', text: 'A sender tries the next address or MX, and retries later.' },
    ]);
  }
  if (observation.tlsEstablished) {
    return verdict('opportunistic', 'delivers-encrypted', null, [
      observed(`STARTTLS completed (${observation.tlsVersion ?? 'TLS'}).`),
      standard(
        'An opportunistic sender accepts any certificate: the session is encrypted but not authenticated.',
        7435,
        '3',
      ),
    ]);
  }
  if (observation.starttlsOffered) {
    return verdict('opportunistic', 'delivers-in-clear', 'validation-failure', [
      observed('STARTTLS was offered but the TLS handshake failed.'),
      { kind: 'inferred', text: 'Most senders then retry without TLS and deliver in clear.' },
    ]);
  }
  return verdict('opportunistic', 'delivers-in-clear', 'starttls-not-supported', [
    observed('The server did not offer STARTTLS.'),
    standard('Without STARTTLS the mail crosses the network unencrypted.', 3207, '4'),
  ]);
}

/** The TLS-RPT result a certificate failure is reported as, or null when the certificate is valid for the host. */
function certificateFailure(
  observation: AddressObservation,
): { type: TlsRptResultType; text: string } | null {
  if (observation.certificateExpired)
    return { type: 'certificate-expired', text: 'The certificate has expired.' };
  if (observation.certificateMatchesHost === false) {
    return {
      type: 'certificate-host-mismatch',
      text: `The certificate names ${observation.certificateNames.join(', ') || 'no host'}, not the MX host.`,
    };
  }
  if (observation.certificateTrusted !== true) {
    return {
      type: 'certificate-not-trusted',
      text: `The certificate does not chain to a trusted root (${observation.certificateError ?? 'unverified'}).`,
    };
  }
  return null;
}

/**
 * What an MTA-STS sender (RFC 8461) does with one address of one MX. Without a usable policy it
 * behaves opportunistically (`not-applicable`, with the fetch failure named when the record promised
 * a policy). With one: the MX must match an `mx` pattern and present, over STARTTLS, a certificate
 * that is valid, unexpired and names the MX (§4). A failure refuses delivery in `enforce` mode and is
 * only reported in `testing` mode (§5). Pure.
 */
export function mtaStsVerdict(
  sts: MtaStsReport,
  covered: boolean | null,
  observation: AddressObservation,
): SenderVerdict {
  if (!sts.record.present) {
    const problem = sts.record.problem ?? 'no record';
    const text =
      problem === 'no record'
        ? 'No _mta-sts record: an MTA-STS sender behaves opportunistically.'
        : `The _mta-sts record is not usable (${problem}): an MTA-STS sender behaves opportunistically.`;
    return verdict('mta-sts', 'not-applicable', null, [observed(text)]);
  }
  if (!sts.policy) {
    const failure = sts.failure;
    return verdict('mta-sts', 'not-applicable', failure?.resultType ?? 'sts-policy-fetch-error', [
      observed(`The policy could not be used: ${failure?.message ?? 'unknown failure'}.`),
      standard(
        'A sender without a cached policy treats the domain as having none and delivers opportunistically; it reports the failure.',
        8461,
        '5.1',
      ),
    ]);
  }
  const policy = sts.policy;
  if (policy.mode === 'none') {
    return verdict('mta-sts', 'not-applicable', null, [
      observed('The policy mode is "none": senders apply no MTA-STS rules.'),
    ]);
  }
  const failed = (type: TlsRptResultType, reason: Reason): SenderVerdict => {
    const enforce = policy.mode === 'enforce';
    return verdict('mta-sts', enforce ? 'refuses' : 'delivers-and-reports', type, [
      reason,
      enforce
        ? standard('In enforce mode the sender does not deliver to this MX.', 8461, '5')
        : standard('In testing mode the sender delivers anyway and reports the failure.', 8461, '5'),
    ]);
  };
  if (!covered) {
    return failed(
      'validation-failure',
      observed(`The MX host matches none of the policy's mx patterns (${policy.mx.join(', ')}).`),
    );
  }
  if (!answered(observation)) {
    return verdict('mta-sts', 'no-answer', null, [
      observed(`No SMTP dialogue: ${observation.statusMessage}`),
    ]);
  }
  if (!observation.starttlsOffered) {
    return failed('starttls-not-supported', observed('The server did not offer STARTTLS.'));
  }
  if (!observation.tlsEstablished) return failed('validation-failure', observed('The TLS handshake failed.'));
  const certificate = certificateFailure(observation);
  if (certificate) return failed(certificate.type, observed(certificate.text));
  return verdict('mta-sts', 'delivers-encrypted', null, [
    observed(`The policy (${policy.mode}) names this MX, and its certificate is valid for it.`),
    standard('The MX satisfies the policy: delivery over authenticated TLS.', 8461, '4'),
  ]);
}

/** What DANE matching found against the chain the server sent. */
export interface DaneMatch {
  /** Index of the first usable TLSA record that matched, or null. */
  matchedRecord: number | null;
  /** Why nothing matched (chain missing, name check failed for DANE-TA). */
  problem: string | null;
}

/**
 * What a DANE sender (RFC 7672) does with one address. DANE applies only when the MX, address and
 * TLSA lookups are all DNSSEC-secure according to the resolver (§2.2); a bogus TLSA lookup blocks
 * delivery (`dnssec-invalid`). With usable records the sender requires STARTTLS and a chain matching
 * one record (§3.1): DANE-EE(3) matches the leaf and ignores names and dates, DANE-TA(2) matches an
 * issuer the server sent and requires the name. Records that are all unusable still require TLS,
 * without authentication (§2.2). Pure.
 */
export function daneVerdict(input: {
  resolver: string;
  mxDnssec: DnssecStatus;
  addressDnssec: DnssecStatus;
  tlsa: TlsaLookup;
  observation: AddressObservation;
  match: DaneMatch;
}): SenderVerdict {
  const { tlsa, observation, resolver } = input;
  const according = `according to resolver ${resolver}`;
  if (tlsa.dnssec === 'bogus' || input.mxDnssec === 'bogus' || input.addressDnssec === 'bogus') {
    const which =
      tlsa.dnssec === 'bogus' ? `TLSA ${tlsa.name}` : input.mxDnssec === 'bogus' ? 'MX' : 'address';
    return verdict('dane', 'refuses', 'dnssec-invalid', [
      observed(`The ${which} lookup failed DNSSEC validation (${according}).`),
      standard('A DANE sender does not deliver when the lookup is bogus; it waits and retries.', 7672, '2.2'),
    ]);
  }
  if (tlsa.dnssec === 'failed') {
    return verdict('dane', 'refuses', 'dnssec-invalid', [
      observed(`The TLSA lookup failed (${tlsa.evidence.error ?? tlsa.evidence.rcode}, ${according}).`),
      standard('Without a TLSA answer a DANE sender defers delivery rather than downgrade.', 7672, '2.2'),
    ]);
  }
  if (tlsa.records.length === 0) {
    return verdict('dane', 'not-applicable', null, [
      observed(`No TLSA records at ${tlsa.name} (${according}): a DANE sender behaves opportunistically.`),
    ]);
  }
  if (tlsa.dnssec !== 'secure' || input.mxDnssec !== 'secure' || input.addressDnssec !== 'secure') {
    const insecure = tlsa.dnssec !== 'secure' ? 'TLSA' : input.mxDnssec !== 'secure' ? 'MX' : 'address';
    return verdict('dane', 'not-applicable', null, [
      observed(`TLSA records exist, but the ${insecure} answer is not DNSSEC-signed (${according}).`),
      standard('Unsigned TLSA records are ignored: this is not DANE.', 7672, '2.2'),
    ]);
  }
  if (!answered(observation)) {
    return verdict('dane', 'no-answer', null, [observed(`No SMTP dialogue: ${observation.statusMessage}`)]);
  }
  if (!observation.starttlsOffered || !observation.tlsEstablished) {
    return verdict('dane', 'refuses', 'starttls-not-supported', [
      observed(
        observation.starttlsOffered ? 'The TLS handshake failed.' : 'The server did not offer STARTTLS.',
      ),
      standard(
        'Secure TLSA records oblige the sender to use TLS; it does not deliver in clear.',
        7672,
        '2.2',
      ),
    ]);
  }
  const usable = tlsa.records.filter((record) => record.usable);
  if (usable.length === 0) {
    return verdict('dane', 'delivers-encrypted', 'tlsa-invalid', [
      observed(`None of the ${tlsa.records.length} TLSA records is usable for SMTP.`),
      standard(
        'With only unusable records the sender still requires TLS, but cannot authenticate.',
        7672,
        '2.2',
      ),
    ]);
  }
  const matched = input.match.matchedRecord === null ? null : tlsa.records[input.match.matchedRecord];
  if (!matched) {
    return verdict('dane', 'refuses', 'tlsa-invalid', [
      observed(
        `No TLSA record matches the certificate chain the server sent${input.match.problem ? ` (${input.match.problem})` : ''}.`,
      ),
      standard('A DANE sender does not deliver to a server that fails TLSA matching.', 7672, '3.1'),
    ]);
  }
  const label = `${matched.usage} ${matched.selector} ${matched.matchingType}`;
  return verdict('dane', 'delivers-encrypted', null, [
    observed(
      `TLSA ${label} matches the ${matched.usage === 3 ? 'server certificate' : 'issuer the server sent'} (${according}).`,
    ),
    standard(
      matched.usage === 3
        ? 'DANE-EE: the key is authenticated by DNSSEC; names and dates on the certificate do not matter.'
        : 'DANE-TA: the issuer is authenticated by DNSSEC and the certificate names the MX host.',
      7672,
      matched.usage === 3 ? '3.1.1' : '3.1.2',
    ),
  ]);
}

import type { Finding, FindingCode, TlsInfo } from '../types';
import { finding } from './finding';

const OUTDATED = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

/**
 * Findings a person should see about a TLS connection, from the catalogue: `certificate-expired`,
 * `certificate-not-yet-valid`, `certificate-hostname-mismatch`, `certificate-self-signed` (lowered
 * to info when trusted through a given CA), `certificate-untrusted` (when none of those explains the
 * failed verification), `certificate-expiring-soon` (under 14 days) and `tls-version-outdated`
 * (below TLS 1.2, RFC 8997). Never throws.
 */
export function tlsFindings(tls: TlsInfo): Finding[] {
  const { verdict } = tls;
  const findings: Finding[] = [];
  const add = (code: FindingCode, message: string, lowered = false): void => {
    findings.push(finding(code, { message, lowered }));
  };
  const leaf = tls.chain[0];
  if (verdict.expired)
    add('certificate-expired', `The certificate expired on ${leaf?.validTo ?? 'an earlier date'}.`);
  if (verdict.notYetValid) {
    add(
      'certificate-not-yet-valid',
      `The certificate is valid only from ${leaf?.validFrom ?? 'a later date'}.`,
    );
  }
  if (verdict.hostnameMatches === false) {
    const names =
      leaf && leaf.altNames.length > 0 ? leaf.altNames.join(', ') : (leaf?.subjectCN ?? 'no name');
    add(
      'certificate-hostname-mismatch',
      `The certificate does not name ${verdict.checkedName ?? 'the host'}; it names ${names}.`,
    );
  }
  if (verdict.selfSigned) {
    if (verdict.trusted) {
      add(
        'certificate-self-signed',
        'The certificate is self-signed; it is trusted only because its CA was given explicitly.',
        true,
      );
    } else {
      add(
        'certificate-self-signed',
        'The certificate is self-signed: a mail client will refuse it unless told to trust it.',
      );
    }
  }
  if (!verdict.trusted && findings.every((each) => each.severity !== 'critical')) {
    add('certificate-untrusted', verdict.reason ?? 'The certificate did not verify.');
  }
  if (verdict.trusted && !verdict.expired && verdict.daysRemaining < 14) {
    add('certificate-expiring-soon', `The certificate expires in ${verdict.daysRemaining} days.`);
  }
  if (tls.version && OUTDATED.has(tls.version)) {
    add(
      'tls-version-outdated',
      `The server negotiated ${tls.version}, which is deprecated; TLS 1.2 or newer is required.`,
    );
  }
  return findings;
}

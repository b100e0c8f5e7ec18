import { relayPort, unofficialSubmissionPorts } from '@mailports/ports';
import type { Finding, FindingCode, ProbeResultBase } from '@mailports/wire';
import { portMeaning } from './_classify';
import {
  CITE,
  citationFromReference,
  expectedTlsMode,
  implicitTlsSection,
  loginAfterTls,
  providerBlocks,
} from './_knowledge';
import type { Constraints, Reason, Role, Verdict } from './types';

/** Verdicts from best to worst; a rule can only lower a verdict, never raise it. */
export const VERDICT_ORDER: readonly Verdict[] = ['recommended', 'works', 'works-but-insecure', 'unusable'];

/** Score band per verdict, so that sorting by score sorts by verdict first. */
const BAND: Record<Verdict, number> = {
  recommended: 300,
  works: 200,
  'works-but-insecure': 100,
  unusable: 0,
};

/** The judgement of one result for one role. */
export interface Assessment {
  verdict: Verdict;
  score: number;
  reasons: Reason[];
}

class Judgement {
  verdict: Verdict = 'recommended';
  preference = 0;
  // Reasons that lowered the verdict come first: they are what a person needs to read.
  private readonly limiting: Reason[] = [];
  private readonly observed: Reason[] = [];
  private readonly background: Reason[] = [];

  /** Lowers the verdict to `at most` and records why. */
  cap(atMost: Verdict, reason?: Reason): void {
    if (VERDICT_ORDER.indexOf(atMost) > VERDICT_ORDER.indexOf(this.verdict)) this.verdict = atMost;
    if (reason) this.limiting.push(reason);
  }

  /** Records a reason that does not change the verdict. */
  note(reason: Reason): void {
    (reason.kind === 'standard' ? this.background : this.observed).push(reason);
  }

  finish(): Assessment {
    const preference = Math.max(0, Math.min(99, this.preference));
    const reasons = [...this.limiting, ...this.observed, ...this.background];
    return { verdict: this.verdict, score: BAND[this.verdict] + preference, reasons };
  }
}

const CONNECTED_STATUS_TEXT: Partial<Record<ProbeResultBase['status'], string>> = {
  'no-greeting': 'connected, but the server never sent its greeting',
  reset: 'the server reset the connection during the dialogue',
  closed: 'the server closed the connection before the dialogue ended',
  'tls-failed': 'the TLS handshake failed',
  rejected: 'the server answered with a refusal',
  'protocol-error': 'the server did not speak the expected protocol',
  aborted: 'the probe was stopped before it finished (cancelled or out of time)',
};

/** Plain words for a failed status; the port is the one probed. */
export function describeFailure(result: ProbeResultBase, port: number): string {
  switch (result.status) {
    case 'refused':
      return `Port ${port} refused the connection: the host answered, but nothing listens there (or a firewall rejects).`;
    case 'timeout':
      return `No answer on port ${port}: the connection attempt timed out (filtered somewhere on the way, or the host is down).`;
    case 'dns-failed':
      return `The name ${result.host} did not resolve.`;
    case 'unreachable':
      return `No route to ${result.host}: the network said the host cannot be reached.`;
    default: {
      const text = CONNECTED_STATUS_TEXT[result.status] ?? result.status;
      const detail = result.statusMessage ? ` (${result.statusMessage})` : '';
      return `Port ${port}: ${text}${detail}.`;
    }
  }
}

function has(result: ProbeResultBase, code: FindingCode): Finding | undefined {
  return result.findings.find((finding) => finding.code === code);
}

const OUTDATED_TLS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

function judgeTls(result: ProbeResultBase, judgement: Judgement, role: Role): void {
  const tls = result.tls;
  const mode = result.security === 'implicit' ? 'implicit TLS' : 'STARTTLS';
  if (tls === null) {
    judgement.cap('works', {
      kind: 'observed',
      text: `The connection used ${mode}, but its certificate could not be checked.`,
      citation: CITE.certificateValidation,
    });
    return;
  }
  judgement.note({
    kind: 'observed',
    text: `Secured with ${mode}${tls.version ? ` (${tls.version})` : ''}.`,
  });
  if (tls.verdict.trusted) {
    const name = tls.verdict.checkedName ? ` for ${tls.verdict.checkedName}` : '';
    judgement.note({ kind: 'observed', text: `The certificate verified${name}.` });
  }
  if (!tls.verdict.trusted) {
    const why = tls.verdict.reason ?? 'it does not verify';
    // Opportunistic relay TLS tolerates unverified certificates, but a strict sender (MTA-STS, DANE) does not.
    judgement.cap('works', {
      kind: 'observed',
      ...(role === 'relay'
        ? {
            text: `Works (opportunistic): the certificate does not verify (${why}), and a sender using STARTTLS opportunistically delivers anyway. A sender that enforces MTA-STS would not; DANE-EE(3) can authenticate even a self-signed certificate.`,
            citation: CITE.opportunisticTls,
          }
        : {
            text: `The certificate does not verify (${why}): a connection with an unverified certificate is not confidential, and mail clients will warn or refuse.`,
            citation: CITE.certificateValidation,
          }),
    });
  }
  if (has(result, 'tls-version-outdated') || (tls.version !== null && OUTDATED_TLS.has(tls.version))) {
    judgement.cap('works', {
      kind: 'observed',
      text: `The server negotiated ${tls.version ?? 'an outdated TLS version'}: TLS 1.2 is the minimum for mail.`,
      citation: CITE.tls12Minimum,
    });
  }
  if (has(result, 'starttls-injection')) {
    judgement.cap('works', {
      kind: 'observed',
      text: 'The server answered commands that were sent before the TLS handshake (STARTTLS injection): fix the server; clients must discard anything received before TLS.',
      citation: CITE.starttlsDiscard,
    });
  }
}

function judgeCredentials(
  result: ProbeResultBase,
  judgement: Judgement,
  role: Role,
  wellKnownPort: number,
): void {
  const after = result.auth.mechanisms;
  const before = result.auth.beforeTls;
  const loginBeforeTls =
    before.length > 0 ||
    has(result, 'auth-before-tls') !== undefined ||
    has(result, 'login-before-tls') !== undefined ||
    has(result, 'user-before-tls') !== undefined;
  // APOP in a plaintext greeting is a login offered in clear too, like CRAM-MD5 before TLS: a client
  // that does not insist on TLS may use it, and the digest it sends can be guessed offline.
  const apop = has(result, 'apop-before-tls');
  if (apop) {
    const citation = citationFromReference(apop.reference);
    judgement.cap('works', {
      kind: 'observed',
      text: `${apop.message} The generated settings insist on TLS.`,
      ...(citation ? { citation } : {}),
    });
  }
  if (result.security !== 'implicit' && result.security !== 'starttls') {
    if (role === 'relay') {
      judgement.cap('works-but-insecure', {
        kind: 'observed',
        text: 'No TLS: mail would cross the network in clear (STARTTLS was not offered, or did not work).',
        citation: CITE.starttlsSmtp,
      });
      return;
    }
    if (after.length > 0 || before.length > 0) {
      judgement.cap('works-but-insecure', {
        kind: 'observed',
        text: 'No TLS: the password would cross the network in clear.',
        citation: CITE.cleartextDeprecated,
      });
    } else {
      judgement.cap('unusable', { kind: 'observed', text: 'No TLS and no way to log in was offered.' });
    }
    return;
  }
  if (role === 'relay') return;
  if (role === 'send' && after.length === 0) {
    if (before.length > 0) {
      judgement.cap('works-but-insecure', {
        kind: 'observed',
        text: `AUTH is offered only before TLS (${before.join(', ')}): logging in would send the password in clear.`,
        citation: loginAfterTls(result.protocol),
      });
    } else if (wellKnownPort === relayPort()) {
      judgement.cap('unusable', {
        kind: 'observed',
        text: 'No AUTH is offered on port 25: this is a relay (MX) server, which takes mail for its own domains only, not your outgoing mail.',
        citation: CITE.relayPort,
      });
    } else {
      // RFC 6409 §4.3 lets a submission server authorise by other means (the client's address, a VPN).
      judgement.preference -= 40;
      judgement.cap('works', {
        kind: 'standard',
        text: 'No AUTH is offered: this works if the server authorises your address (its own network, a VPN); from anywhere else it will refuse your mail.',
        citation: CITE.submissionAuth,
      });
    }
    return;
  }
  if (!loginBeforeTls && !apop) {
    const offered = after.length > 0 ? ` (${after.join(', ')})` : '';
    judgement.note({
      kind: 'observed',
      text:
        result.security === 'starttls'
          ? `Login${offered} is offered only after STARTTLS, never in clear.`
          : `Login${offered} happens inside TLS.`,
    });
  }
  if (loginBeforeTls) {
    judgement.cap('works', {
      kind: 'observed',
      text: `The server also offers login before TLS (${before.join(', ') || 'in clear'}): a client that does not insist on TLS would send the password in clear. The generated settings insist on TLS.`,
      citation: loginAfterTls(result.protocol),
    });
  }
}

function judgeRole(role: Role, wellKnownPort: number, result: ProbeResultBase, judgement: Judgement): void {
  const meaning = portMeaning(role, result.protocol, wellKnownPort, result.security);
  judgement.preference = meaning.preference;
  if (role === 'relay' && wellKnownPort !== relayPort()) {
    judgement.cap('unusable', {
      kind: 'standard',
      text: `Mail servers relay to each other on port 25 only; port ${wellKnownPort} is for mail clients.`,
      citation: CITE.relayPort,
    });
    return;
  }
  if (role === 'relay') {
    judgement.note({
      kind: 'standard',
      text: 'Port 25 is where mail servers hand mail to each other (MX relay), with STARTTLS when offered.',
      citation: CITE.relayPort,
    });
  }
  if (role === 'send' && wellKnownPort === relayPort()) {
    judgement.cap('works', {
      kind: 'standard',
      text: 'Port 25 is for relay between mail servers, and networks may block it; mail clients submit on 465 or 587.',
      citation: CITE.submissionsPort,
    });
  } else if (role === 'send' && unofficialSubmissionPorts().includes(wellKnownPort)) {
    judgement.cap('works', {
      kind: 'standard',
      text: 'Port 2525 is not a registered submission port: a provider convention for networks that block 465 and 587.',
      citation: CITE.unregistered2525,
    });
  } else if (!meaning.standard) {
    judgement.cap('works', {
      kind: 'standard',
      text: `Port ${wellKnownPort} is not a standard port for this; it works only because this server listens there.`,
    });
  }
  const expected = meaning.standard ? expectedTlsMode(wellKnownPort) : null;
  const secured = result.security === 'implicit' || result.security === 'starttls';
  if (expected !== null && secured && result.security !== expected) {
    // The generated settings follow what was observed, but clients configured by convention will fail.
    judgement.cap('works', {
      kind: 'observed',
      text: `Port ${wellKnownPort} is meant for ${expected === 'implicit' ? 'implicit TLS' : 'STARTTLS'}, but this server speaks ${result.security === 'implicit' ? 'implicit TLS' : 'STARTTLS'} there: the settings below match the server, clients set up by convention will fail.`,
      citation: implicitTlsSection(result.protocol),
    });
  }
  if (result.security === 'implicit') {
    judgement.note({
      kind: 'standard',
      text: 'Implicit TLS (TLS from the first byte) is the preferred way for mail clients.',
      citation: role === 'send' ? CITE.submissionsPort : CITE.implicitTlsPreferred,
    });
  } else if (result.security === 'starttls' && role !== 'relay') {
    judgement.note({
      kind: 'standard',
      text: 'STARTTLS is acceptable, but implicit TLS is preferred where the server offers it.',
      citation: CITE.implicitTlsPreferred,
    });
  }
  if (role === 'read' && result.protocol === 'pop3') {
    judgement.note({
      kind: 'standard',
      text: 'POP3 downloads mail to one device; IMAP, which keeps it on the server, ranks first when both work.',
    });
  }
}

function judgeConstraints(
  wellKnownPort: number,
  result: ProbeResultBase,
  constraints: Constraints,
  judgement: Judgement,
): void {
  const ports = new Set([wellKnownPort, result.port]);
  if (constraints.blockedPorts?.some((port) => ports.has(port))) {
    judgement.cap('unusable', {
      kind: 'observed',
      text: `You said port ${wellKnownPort} is blocked on your network.`,
    });
  }
  if (constraints.avoidPorts?.some((port) => ports.has(port))) {
    judgement.preference -= 30;
    judgement.cap('works', { kind: 'observed', text: `You asked to avoid port ${wellKnownPort}.` });
  }
  if (constraints.network !== undefined) {
    for (const block of providerBlocks(constraints.network, wellKnownPort)) {
      const verb =
        block.action === 'throttled' ? 'throttles' : block.action === 'blocked' ? 'blocks' : 'may block';
      judgement.cap(block.action === 'blocked' ? 'unusable' : 'works', {
        kind: 'standard',
        text: `${block.name} ${verb} outbound port ${wellKnownPort} (${block.accounts}).`,
        citation: block.source,
      });
    }
  }
}

const HANDLED_FINDINGS = new Set<FindingCode>([
  'tls-version-outdated',
  'starttls-injection',
  'auth-before-tls',
  'login-before-tls',
  'user-before-tls',
  'apop-before-tls',
]);

function noteFindings(result: ProbeResultBase, judgement: Judgement): void {
  for (const finding of result.findings) {
    if (HANDLED_FINDINGS.has(finding.code) || finding.code.startsWith('certificate-')) continue;
    if (finding.severity === 'info' && finding.code !== 'greeting-delayed') continue;
    const citation = citationFromReference(finding.reference);
    judgement.note({
      kind: finding.inferred ? 'inferred' : 'observed',
      text: finding.message,
      ...(citation ? { citation } : {}),
      // A probe's inferred finding rests on what the probe saw: its finding code says which check.
      ...(finding.inferred
        ? {
            evidence: [`${result.host} port ${result.port}: finding ${finding.code}`],
            confidence: 'medium' as const,
          }
        : {}),
    });
  }
}

/**
 * Judges one probe result for a role: a verdict, a score and the reasons, most important first.
 * `wellKnownPort` is the port the result stands for (the probed port unless it was remapped).
 */
export function assess(
  result: ProbeResultBase,
  role: Role,
  wellKnownPort: number,
  constraints: Constraints,
): Assessment {
  const judgement = new Judgement();
  // Unusable options still sort among themselves by how much the port would have been preferred.
  judgement.preference = portMeaning(role, result.protocol, wellKnownPort, result.security).preference;
  if (result.status !== 'ok') {
    judgement.cap('unusable', { kind: 'observed', text: describeFailure(result, wellKnownPort) });
    noteFindings(result, judgement);
    return judgement.finish();
  }
  judgeRole(role, wellKnownPort, result, judgement);
  if (result.security === 'implicit' || result.security === 'starttls') judgeTls(result, judgement, role);
  if (has(result, 'preauth-plaintext')) {
    // Already logged in before any TLS: no credentials to judge, and nothing will ever be protected.
    judgement.cap('works-but-insecure', {
      kind: 'observed',
      text: 'The server logged the session in before TLS (PREAUTH in plaintext), so STARTTLS can never protect it.',
      citation: CITE.imapStarttls,
    });
  } else {
    judgeCredentials(result, judgement, role, wellKnownPort);
  }
  noteFindings(result, judgement);
  judgeConstraints(wellKnownPort, result, constraints, judgement);
  return judgement.finish();
}

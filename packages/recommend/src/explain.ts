import {
  type ClientErrorMatch,
  type ErrorCause,
  type ErrorCauseId,
  type ErrorClient,
  fixFor,
  lookupPort,
} from '@mailports/ports';
import type { SmtpProbeResult } from '@mailports/smtp-probe';
import type { ProbeMode, ProbeResultBase } from '@mailports/wire';

/** One thing a probe saw that points at a cause: observed, with the evidence in words. */
export interface ExplainObservation {
  readonly cause: ErrorCauseId;
  /** What was seen, e.g. `no plaintext greeting in 1 s; a TLS handshake on the port succeeded`. */
  readonly evidence: string;
  /** The probe mode of the result it was seen in. */
  readonly mode: ProbeMode;
}

/** What `explain` concludes from the catalogue's candidates and the probes' results. */
export interface ExplainDiagnosis {
  /**
   * The first candidate cause (in the catalogue's order) a probe observed; else the message's only
   * cause when it is a login refusal in the server's own words (such as `534-5.7.9`), which a probe
   * without the account cannot see; else null.
   */
  readonly cause: ErrorCause | null;
  /** `observed`: a probe saw it; `message`: the message names a single cause that no probe can see. */
  readonly basis: 'observed' | 'message' | null;
  /** The fix for {@link cause} in the client's own option names; null with no cause. */
  readonly fix: string | null;
  /** Everything the probes observed that maps to a cause, candidates or not. */
  readonly observations: readonly ExplainObservation[];
  /** Candidate causes no probe observed: still possible, or not observable (wrong credentials). */
  readonly unconfirmed: readonly ErrorCauseId[];
}

/** Mechanisms that carry an OAuth 2.0 token rather than a password. */
const OAUTH_MECHANISMS = new Set(['XOAUTH2', 'OAUTHBEARER']);

/** Options of {@link observeCauses}. */
export interface ObserveOptions {
  /** A greeting slower than this (ms) is observed as `greeting-delay`. Default 1000. */
  readonly greetingSlowMs?: number;
}

function seconds(milliseconds: number | undefined): string {
  return milliseconds === undefined ? '?' : `${(milliseconds / 1000).toFixed(1)} s`;
}

function hasFinding(result: ProbeResultBase, code: string): boolean {
  return result.findings.some((finding) => finding.code === code);
}

/**
 * The SMTP reply that refused the session after a greeting that did not (EHLO and HELO refused, a
 * 421 sent unasked), as its first line; null when the greeting itself refused, or for other protocols.
 */
function refusalAfterGreeting(result: ProbeResultBase): string | null {
  if (result.protocol !== 'smtp') return null;
  // A result built elsewhere (an older one, a test) may lack the field.
  const refusal = (result as Partial<SmtpProbeResult>).refusal ?? null;
  if (refusal === null) return null;
  if (result.banner?.startsWith(String(refusal.code))) return null;
  return `${refusal.code} ${refusal.lines[0] ?? ''}`.trim();
}

/** What one result shows, as observations. */
function observeOne(result: ProbeResultBase, greetingSlowMs: number): ExplainObservation[] {
  const seen: ExplainObservation[] = [];
  const add = (cause: ErrorCauseId, evidence: string) =>
    seen.push({ cause, evidence, mode: result.requestedMode });
  if (result.status === 'timeout')
    add('no-answer', `the TCP connect got no answer (${result.statusMessage})`);
  if (result.status === 'refused') add('refused', 'the TCP connect was refused');
  if (result.status === 'reset') add('reset', 'the server reset the connection');
  if (result.status === 'rejected') {
    const later = refusalAfterGreeting(result);
    add(
      'greeting-refused',
      later === null
        ? `the server greeted with a refusal: ${result.banner ?? ''}`.trim()
        : `the server greeted, then refused the session: ${later}`,
    );
  }
  if (hasFinding(result, 'tls-expected')) {
    add(
      'plaintext-to-implicit-tls-port',
      'no plaintext greeting came, and a TLS handshake on the same port succeeded',
    );
  } else if (result.security === 'implicit' && result.tls !== null && result.banner !== null) {
    add('plaintext-to-implicit-tls-port', 'the port speaks TLS from the first byte (implicit TLS)');
  }
  if (hasFinding(result, 'plaintext-on-implicit-port')) {
    add('tls-to-plaintext-port', `the port greets in plaintext: ${result.banner ?? ''}`.trim());
  } else if ((result.security === 'starttls' || result.security === 'plain') && result.banner !== null) {
    add(
      'tls-to-plaintext-port',
      `the port greets in plaintext${result.starttls?.offered ? ' and offers STARTTLS' : ''}`,
    );
  }
  const greeting = result.timings.greeting;
  if (result.banner !== null && greeting !== undefined && greeting >= greetingSlowMs) {
    add('greeting-delay', `the greeting came after ${seconds(greeting)}`);
  }
  const verdict = result.tls?.verdict;
  if (verdict && !verdict.trusted) {
    if (verdict.hostnameMatches === false) {
      add(
        'certificate-name-mismatch',
        `the certificate does not name ${verdict.checkedName ?? 'the host'} (names: ${result.tls?.chain[0]?.altNames.join(', ') ?? 'none'})`,
      );
    } else if (verdict.expired) {
      add(
        'certificate-expired',
        `the certificate expired on ${result.tls?.chain[0]?.validTo ?? 'an earlier date'}`,
      );
    } else {
      add(
        'certificate-untrusted',
        `the chain does not verify: ${verdict.reason ?? verdict.errorCode ?? 'untrusted'}`,
      );
    }
  }
  if (hasFinding(result, 'starttls-refused') || (result.starttls?.attempted && !result.starttls.accepted)) {
    add('starttls-refused', `STARTTLS was refused: ${result.starttls?.reply ?? 'no positive answer'}`);
  } else if (hasFinding(result, 'starttls-not-offered')) {
    add('starttls-refused', 'the server does not offer STARTTLS');
  }
  const mechanisms = result.auth.mechanisms;
  if (
    result.tls !== null &&
    mechanisms.length > 0 &&
    mechanisms.every((name) => OAUTH_MECHANISMS.has(name))
  ) {
    add('login-policy', `after TLS the server offers only ${mechanisms.join(', ')}: no password login`);
  }
  return seen;
}

/**
 * Turns probe results into observations: each thing seen that points at a cause (a timeout, a TLS
 * handshake where plaintext was expected, a certificate verdict, a slow greeting, a refused STARTTLS,
 * only OAuth2 offered). A connect that got nowhere and no TLS answer either is `silent-server`. Pure.
 */
export function observeCauses(
  results: readonly ProbeResultBase[],
  options: ObserveOptions = {},
): ExplainObservation[] {
  const greetingSlowMs = options.greetingSlowMs ?? 1000;
  const seen = results.flatMap((result) => observeOne(result, greetingSlowMs));
  const spoke = results.some((result) => result.banner !== null || result.tls !== null);
  const silent = results.find(
    (result) =>
      result.status === 'no-greeting' ||
      (result.status === 'tls-failed' && result.error?.code === 'E_TLS_TIMEOUT'),
  );
  if (!spoke && silent && !seen.some((item) => item.cause === 'plaintext-to-implicit-tls-port')) {
    seen.push({
      cause: 'silent-server',
      evidence: 'connected, but neither a plaintext greeting nor a TLS handshake answered',
      mode: silent.requestedMode,
    });
  }
  return seen;
}

/**
 * Names the cause: the first of the catalogue's candidates (most likely first) that a probe observed,
 * with the fix in `client`'s option names. Observations of causes the message does not point to stay
 * in `observations` for the reader, but never become the answer. Pure.
 */
export function diagnoseClientError(
  match: ClientErrorMatch,
  observations: readonly ExplainObservation[],
  client: ErrorClient | null = match.client,
): ExplainDiagnosis {
  const seen = new Set(observations.map((item) => item.cause));
  const observed = match.causes.find((candidate) => seen.has(candidate.id)) ?? null;
  const [only] = match.causes;
  const fromMessage =
    observed === null && match.causes.length === 1 && only?.family === 'login' ? only : null;
  const cause = observed ?? fromMessage;
  return {
    cause,
    basis: observed ? 'observed' : fromMessage ? 'message' : null,
    fix: cause ? fixFor(cause, client) : null,
    observations,
    unconfirmed: match.causes.filter((candidate) => !seen.has(candidate.id)).map((candidate) => candidate.id),
  };
}

const NEEDS_IMPLICIT: ReadonlySet<ErrorCauseId> = new Set([
  'plaintext-to-implicit-tls-port',
  'tls-to-plaintext-port',
  'silent-server',
  'certificate-name-mismatch',
  'certificate-expired',
  'certificate-untrusted',
  'login-policy',
]);
const NEEDS_AUTO: ReadonlySet<ErrorCauseId> = new Set([
  'tls-to-plaintext-port',
  'silent-server',
  'greeting-delay',
  'greeting-refused',
  'starttls-refused',
  'login-policy',
  'certificate-name-mismatch',
  'certificate-expired',
  'certificate-untrusted',
]);

/**
 * The probes that tell the candidate causes apart, as probe modes on the one port: `implicit` (TLS
 * from the first byte: does the port speak TLS, and with which certificate) and `auto` (plaintext
 * first, STARTTLS when offered: greeting, its delay, STARTTLS, mechanisms). On a port the knowledge base
 * knows as implicit TLS, `auto` is the same probe as `implicit`, so it is left out; connection-level
 * causes alone need just one. Empty when no candidate is observable (wrong credentials). Pure.
 */
export function explainProbePlan(match: ClientErrorMatch, port: number): ProbeMode[] {
  const ids = match.causes.map((cause) => cause.id);
  const implicitPort = lookupPort(port)?.tls === 'implicit';
  const modes: ProbeMode[] = [];
  if (ids.some((id) => NEEDS_IMPLICIT.has(id)) || (implicitPort && ids.some((id) => NEEDS_AUTO.has(id)))) {
    modes.push('implicit');
  }
  if (!implicitPort && ids.some((id) => NEEDS_AUTO.has(id))) modes.push('auto');
  const connectionOnly = ids.some((id) => id === 'no-answer' || id === 'refused' || id === 'reset');
  if (modes.length === 0 && connectionOnly) modes.push(implicitPort ? 'implicit' : 'auto');
  return modes;
}

import type { SmtpProbeResult } from '@mailports/smtp-probe';

/**
 * What one probe of one mail host says about STARTTLS. Only the first five are conclusive:
 * - `starttls`: STARTTLS offered, accepted, and the TLS session established (whatever failed after
 *   it is in the evidence and the error).
 * - `implicit-tls`: the port speaks TLS from the first byte (e.g. 465), so it has no STARTTLS to ask.
 * - `no-starttls`: the server answered EHLO and did not offer STARTTLS (observed, not inferred).
 * - `starttls-refused`: offered, but the STARTTLS command was refused with a 4xx/5xx other than 421.
 * - `tls-failed`: STARTTLS was accepted but the TLS handshake failed.
 * The others are inconclusive about STARTTLS:
 * - `throttled`: the server limited this client: a 421 (or other 4xx) greeting or reply, no greeting
 *   within the greeting timeout, no reply after the greeting within the command timeout or the
 *   probe's deadline (tarpits), or a close before any greeting.
 * - `rejected`: a permanent refusal (5xx greeting or EHLO/HELO refused) before STARTTLS could be asked.
 * - `refused`, `no-answer`, `unreachable`: no SMTP session (TCP refused, silence, no route).
 * - `error`: anything else (protocol violations, DNS), with the error.
 */
export type HostOutcome =
  | 'starttls'
  | 'implicit-tls'
  | 'no-starttls'
  | 'starttls-refused'
  | 'tls-failed'
  | 'throttled'
  | 'rejected'
  | 'refused'
  | 'no-answer'
  | 'unreachable'
  | 'error';

/** Outcomes that answer the STARTTLS question. */
export const CONCLUSIVE: ReadonlySet<HostOutcome> = new Set([
  'starttls',
  'implicit-tls',
  'no-starttls',
  'starttls-refused',
  'tls-failed',
]);

/** An outcome and, for `throttled`, what showed it. */
export interface Classified {
  readonly outcome: HostOutcome;
  readonly evidence: string | null;
}

const firstLine = (reply: { code: number; lines: readonly string[] }): string =>
  `${reply.code} ${reply.lines[0] ?? ''}`.trim();

/** Codes of a server that greeted and then went quiet: no reply within the command timeout or the deadline. */
const STALLED: ReadonlySet<string> = new Set(['E_READ_TIMEOUT', 'E_DEADLINE']);

/** Reads a probe result as a scan outcome; a 4xx anywhere before TLS is throttling, never "no STARTTLS". */
export function classify(result: SmtpProbeResult): Classified {
  // Once the TLS session stands, the question is answered; a failure after it (a stalled or refused
  // EHLO inside TLS, a close) is reported beside the answer, not instead of it.
  if (result.security === 'starttls' || result.security === 'implicit') {
    return {
      outcome: result.security === 'starttls' ? 'starttls' : 'implicit-tls',
      evidence: result.status === 'ok' ? null : result.statusMessage,
    };
  }
  const greeting = result.greeting;
  if (greeting !== null && greeting.code >= 400 && greeting.code < 500)
    return { outcome: 'throttled', evidence: `greeting ${firstLine(greeting)}` };
  const starttlsReply = result.starttls?.reply ?? null;
  if (starttlsReply !== null && /^4\d\d/.test(starttlsReply) && result.starttls?.accepted === false)
    return {
      outcome: starttlsReply.startsWith('421') ? 'throttled' : 'starttls-refused',
      evidence: `STARTTLS ${starttlsReply.split('\n')[0]}`,
    };
  switch (result.status) {
    case 'ok':
      if (result.starttls?.attempted && !result.starttls.accepted)
        return { outcome: 'starttls-refused', evidence: result.starttls.reply };
      return { outcome: 'no-starttls', evidence: null };
    case 'tls-failed':
      if (result.starttls?.accepted)
        return { outcome: 'tls-failed', evidence: result.error?.message ?? null };
      if (result.starttls?.attempted) return { outcome: 'starttls-refused', evidence: result.starttls.reply };
      return result.starttls?.offered === false
        ? { outcome: 'no-starttls', evidence: null }
        : { outcome: 'error', evidence: result.statusMessage };
    case 'rejected': {
      // A 421 or other 4xx after the greeting (EHLO, an unsolicited reply) is a limit, not a verdict.
      const refusal = result.refusal;
      if (refusal === null) return { outcome: 'rejected', evidence: result.statusMessage };
      const shown = firstLine(refusal);
      return refusal.code < 500
        ? { outcome: 'throttled', evidence: shown }
        : { outcome: 'rejected', evidence: shown };
    }
    case 'no-greeting':
      return { outcome: 'throttled', evidence: result.statusMessage };
    case 'closed':
    case 'reset':
      return greeting === null
        ? { outcome: 'throttled', evidence: `closed before a greeting: ${result.statusMessage}` }
        : { outcome: 'error', evidence: result.statusMessage };
    case 'refused':
      return { outcome: 'refused', evidence: null };
    case 'timeout':
      return { outcome: 'no-answer', evidence: null };
    case 'protocol-error':
    case 'aborted':
      // Greeted, then silence: a tarpit holding the dialogue, to be tried again later like a 421.
      if (greeting !== null && STALLED.has(result.error?.code ?? ''))
        return { outcome: 'throttled', evidence: result.statusMessage };
      return { outcome: 'error', evidence: result.statusMessage };
    case 'unreachable':
      return { outcome: 'unreachable', evidence: null };
    default:
      return { outcome: 'error', evidence: result.statusMessage };
  }
}

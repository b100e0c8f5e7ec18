import { CONCLUSIVE, type HostOutcome } from './classify';
import type { MxHost } from './dns';
import type { HostResult } from './probe-host';

/** The `schemaVersion` of scan records (apps/cli/schema/scan-record.schema.json). */
export const SCAN_SCHEMA_VERSION = 1;

/**
 * A target's verdict:
 * - `starttls`, `implicit-tls`, `no-starttls`, `starttls-refused`, `tls-failed`: every host that answered the
 *   question answered it this way (`inconclusive` says whether some hosts did not answer it);
 * - `mixed`: the hosts disagree;
 * - `throttled`: no host answered the question and at least one limited this client (421, tarpit);
 * - `rejected`: no host answered it and one refused the session permanently;
 * - `unreachable`: no host answered at all (refused, silent, no route);
 * - `no-mail`: a null MX (RFC 7505); `dns-failed`: the domain or its hosts did not resolve;
 * - `error`: anything else; `invalid`: the line is not a target; `duplicate`: an earlier line had it.
 */
export type TargetStatus =
  | 'starttls'
  | 'implicit-tls'
  | 'no-starttls'
  | 'starttls-refused'
  | 'tls-failed'
  | 'mixed'
  | 'throttled'
  | 'rejected'
  | 'unreachable'
  | 'no-mail'
  | 'dns-failed'
  | 'error'
  | 'invalid'
  | 'duplicate';

/** One NDJSON line of `mailports scan`: everything learnt about one input line. */
export interface ScanRecord {
  readonly schemaVersion: typeof SCAN_SCHEMA_VERSION;
  readonly kind: 'scan-record';
  /** The input line number (from 1): with `target`, what `--resume` reads back. */
  readonly line: number;
  /** The input line, trimmed (untrusted text). */
  readonly target: string;
  /** The normalised target (`example.com`, `192.0.2.7:25`, `[::1]:25`), or null for an invalid line. */
  readonly key: string | null;
  readonly status: TargetStatus;
  /**
   * True when some hosts gave no answer about STARTTLS (throttled, silent, unreachable), or a lookup
   * failed in a way that may pass (SERVFAIL, a timeout): worth another run.
   */
  readonly inconclusive: boolean;
  /** The domain's MX hosts (null for an endpoint target or when the lookup failed). */
  readonly mx: readonly MxHost[] | null;
  /** One entry per mail host probed, in MX order. `shared` marks a result reused from another target. */
  readonly hosts: ReadonlyArray<HostResult & { readonly shared: boolean }>;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly scannedAt: string;
  readonly durationMs: number;
}

const UNANSWERED: ReadonlySet<HostOutcome> = new Set(['refused', 'no-answer', 'unreachable']);

/** The target's status from its hosts' outcomes (see {@link TargetStatus}). */
export function targetStatus(outcomes: readonly HostOutcome[]): {
  status: TargetStatus;
  inconclusive: boolean;
} {
  const conclusive = outcomes.filter((outcome) => CONCLUSIVE.has(outcome));
  const inconclusive = conclusive.length < outcomes.length;
  if (conclusive.length > 0) {
    const first = conclusive[0] as TargetStatus;
    return { status: conclusive.every((outcome) => outcome === first) ? first : 'mixed', inconclusive };
  }
  if (outcomes.includes('throttled')) return { status: 'throttled', inconclusive: true };
  if (outcomes.includes('rejected')) return { status: 'rejected', inconclusive: true };
  if (outcomes.length > 0 && outcomes.every((outcome) => UNANSWERED.has(outcome)))
    return { status: 'unreachable', inconclusive: true };
  return { status: 'error', inconclusive: true };
}

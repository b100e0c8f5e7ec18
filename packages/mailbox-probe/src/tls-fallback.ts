import type { Connection } from '@mailports/wire';
import {
  escapeWatcher,
  openWithGreeting as openWithDiagnosis,
  type ProbeContext,
  type SecurityPlan,
  tlsOptionsOf,
} from '@mailports/wire/probe';
import { mailboxFinding } from './findings';
import type { MailboxProbeOptions } from './types';

/** How {@link openWithGreeting} reaches and recognises a greeting. */
export interface OpenPlan<G> {
  readonly plan: SecurityPlan;
  /** The probe's options: `address` and the TLS options are used. */
  readonly options: MailboxProbeOptions;
  /** Protocol name for messages, e.g. `IMAP`. */
  readonly protocolName: string;
  /**
   * Reads and parses the greeting on a fresh connection (throws on anything else). `onLine` is the
   * probe's one escape-sequence watcher, for the session to pass every line it reads.
   */
  readGreeting(connection: Connection, onLine: (line: string) => void): Promise<G>;
  /** True when a raw first line is this protocol's greeting (`* OK`, `+OK` …). */
  looksLikeGreeting(line: string): boolean;
}

/** The opened connection and the greeting read on it. */
export interface Opened<G> {
  readonly connection: Connection;
  readonly greeting: G;
  /** True when the connection is TLS from the first byte (asked for, or found by diagnosis). */
  readonly implicit: boolean;
}

/**
 * Wire's `openWithGreeting` with the mailbox findings: a silent plaintext port that greets over TLS
 * goes on over TLS with a `tls-expected` warning; an implicit-TLS port that greets in plaintext gets
 * `plaintext-on-implicit-port` and the probe fails with `E_TLS_HANDSHAKE`, never continuing in plaintext.
 */
export async function openWithGreeting<G>(ctx: ProbeContext, open: OpenPlan<G>): Promise<Opened<G>> {
  const onLine = escapeWatcher(ctx);
  const opened = await openWithDiagnosis<G, string>(ctx, {
    plan: open.plan,
    address: open.options.address,
    tls: tlsOptionsOf(open.options),
    protocolName: open.protocolName,
    readGreeting: (connection) => open.readGreeting(connection, onLine),
    readPlaintextBanner: async (connection, timeout) => {
      const line = await connection.readLine({ step: 'greeting', timeout });
      return open.looksLikeGreeting(line) ? line : null;
    },
    bannerLine: (line) => line,
    tlsExpectedFinding: (continuing) =>
      mailboxFinding('tls-expected', {
        lowered: continuing && open.plan.starttls === 'if-offered',
        message: `Port ${ctx.port} sent no plaintext ${open.protocolName} greeting within ${ctx.timeouts.greeting} ms, but greeted over TLS: it speaks implicit TLS, not STARTTLS.`,
      }),
    plaintextFinding: (line) =>
      mailboxFinding('plaintext-on-implicit-port', {
        message: `Port ${ctx.port} was expected to speak implicit TLS but greeted in plaintext; the probe did not downgrade.`,
        evidence: line,
      }),
  });
  if (opened.kind !== 'greeted') throw opened.error;
  return opened;
}

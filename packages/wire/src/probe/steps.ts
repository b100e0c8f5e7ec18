import type { Connection } from '../connection';
import { hasControlCharacters } from '../display';
import { WireError } from '../errors';
import type { ProbeContext } from '../probe-context';
import { tlsFindings } from './tls-findings';
import type { TlsInfo } from '../types';
import { finding } from './finding';

/** Records the TLS facts of a connection and their findings (`certificate-*`, `tls-version-outdated`). */
export function adoptTls(ctx: ProbeContext, tls: TlsInfo | null): void {
  if (tls === null) return;
  ctx.setTls(tls);
  for (const each of tlsFindings(tls)) ctx.finding(each);
}

/**
 * Reports `escape-sequences` once per probe, for the first server line that holds control
 * characters (evidence bounded like every finding's). Give it every line the session reads.
 */
export function escapeWatcher(ctx: ProbeContext): (line: string) => void {
  let reported = false;
  return (line) => {
    if (reported || !hasControlCharacters(line)) return;
    reported = true;
    ctx.finding(
      finding('escape-sequences', {
        message: 'The server sent control characters or escape sequences; they are shown escaped.',
        evidence: line,
      }),
    );
  };
}

const FATAL: readonly string[] = ['E_ABORTED', 'E_DEADLINE', 'E_INTERNAL', 'E_INVALID_INPUT'];

/**
 * True for errors that must end the probe even during courtesy steps (goodbye, the login test):
 * the caller's abort, the deadline, bad input and bugs. Network and protocol trouble there is not.
 */
export function isFatal(error: unknown): boolean {
  return !WireError.isInstance(error) || FATAL.includes(error.code);
}

/** How long a goodbye (QUIT, LOGOUT) may wait for its answer, at most: 2 s. */
export const GOODBYE_TIMEOUT = 2000;

/**
 * The goodbye (SMTP QUIT, IMAP LOGOUT, POP3 QUIT) as a courtesy: `say` gets a timeout of at most
 * {@link GOODBYE_TIMEOUT} ms (never above the command timeout), runs timed as `quit`, and whatever
 * the server does then (silence, a reset) leaves the result as it was; only fatal errors get out.
 * The connection is closed afterwards.
 */
export function sayGoodbye(
  ctx: ProbeContext,
  connection: Connection,
  say: (timeout: number) => Promise<unknown>,
): Promise<void> {
  // Not async: the goodbye's promise and one reaction on it.
  return ctx
    .time('quit', () => say(Math.min(GOODBYE_TIMEOUT, ctx.timeouts.command)))
    .then(
      () => connection.close(),
      (error: unknown) =>
        connection.close().then(() => {
          if (isFatal(error)) throw error;
        }),
    );
}

/**
 * Exit codes of the `mailports` command. Scripts can rely on these; the README documents them.
 */
export const EXIT = {
  /** Every probe answered / a recommended (secure, working) option exists for every role asked. */
  ok: 0,
  /** The run finished, but no port answered / no role has a recommended option. */
  none: 1,
  /** The command line was wrong (unknown option, bad value, unreadable file); nothing was probed. */
  usage: 2,
  /** Some ports answered and some did not / some roles have a recommended option and some do not. */
  partial: 3,
  /** A bug in mailports itself (the message asks for a report), or the output could not be written. */
  internal: 4,
  /**
   * `--user`: a login was tried and did not succeed (`recommend`: on a role's best option, refused or
   * not completed; `probe`: on any port, refused or broken off). Takes precedence over `none` and `partial`.
   */
  login: 5,
  /** Interrupted by Ctrl-C (SIGINT), as shells expect. */
  interrupted: 130,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A mistake on the command line. `message` names the problem, `hint` the fix; the command prints both
 * and exits with {@link EXIT.usage}.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'E_USAGE';
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** True for a {@link UsageError}. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}

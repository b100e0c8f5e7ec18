import { WireError } from '@mailports/wire';

/** Construction options for {@link MailboxProtocolError}. */
export interface MailboxProtocolErrorOptions {
  /** The step that was running (`greeting`, `capabilities`, `starttls`, …). */
  step?: string;
  /** The command line that was sent (its redacted form when it carried a secret), or null for the greeting. */
  command?: string | null;
  /** The raw response that matched nothing expected (untrusted), when one was read. */
  reply?: string | null;
}

/**
 * The server spoke, but not POP3/IMAP as the step allows: a wrong tag, an unexpected continuation,
 * a status the command cannot get, a greeting that is not one. Always `code: 'E_PROTOCOL'`, so a
 * probe reports status `protocol-error`. Carries what was sent and read.
 */
export class MailboxProtocolError extends WireError {
  readonly command: string | null;
  readonly reply: string | null;

  constructor(message: string, options: MailboxProtocolErrorOptions = {}) {
    super('E_PROTOCOL', message, options.step === undefined ? {} : { step: options.step });
    this.command = options.command ?? null;
    this.reply = options.reply ?? null;
  }
}

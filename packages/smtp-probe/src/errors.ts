import { WireError } from '@mailports/wire';
import type { SmtpReply } from './types';

/** Construction options for {@link SmtpProtocolError}. */
export interface SmtpProtocolErrorOptions {
  /** The step that was running (`greeting`, `ehlo`, `starttls`, …). */
  step?: string;
  /** The command line that was sent (redacted form for secrets), or null for the greeting. */
  command?: string | null;
  /** The complete reply that matched nothing expected, when one was read. */
  reply?: SmtpReply | null;
  /** The raw line that broke the reply grammar, when that was the problem. */
  line?: string | null;
}

/**
 * The server spoke, but not SMTP as RFC 5321 allows at this point: a line that breaks the reply
 * grammar, a continuation with another code, or a reply code the step does not expect. Always
 * `code: 'E_PROTOCOL'`, so a probe reports status `protocol-error`. Carries what was sent and read.
 */
export class SmtpProtocolError extends WireError {
  readonly command: string | null;
  readonly reply: SmtpReply | null;
  readonly line: string | null;

  constructor(message: string, options: SmtpProtocolErrorOptions = {}) {
    super('E_PROTOCOL', message, options.step === undefined ? {} : { step: options.step });
    this.command = options.command ?? null;
    this.reply = options.reply ?? null;
    this.line = options.line ?? null;
  }
}

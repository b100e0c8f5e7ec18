import { ProtocolError } from '@mailports/wire';
import { formatReply } from './reply';
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
 * grammar, a continuation with another code, or a reply code the step does not expect. wire's
 * {@link ProtocolError} (`E_PROTOCOL`, status `protocol-error`) whose `command` and `reply` (the
 * reply's lines, or the line that broke the grammar) reach the probe result's `error`; the parsed
 * reply stays on `smtpReply`.
 */
export class SmtpProtocolError extends ProtocolError {
  readonly smtpReply: SmtpReply | null;
  readonly line: string | null;

  constructor(message: string, options: SmtpProtocolErrorOptions = {}) {
    super(message, {
      ...(options.step === undefined ? {} : { step: options.step }),
      command: options.command ?? null,
      reply: options.reply ? formatReply(options.reply).join('\n') : (options.line ?? null),
    });
    this.smtpReply = options.reply ?? null;
    this.line = options.line ?? null;
  }
}

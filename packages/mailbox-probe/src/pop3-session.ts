import type { Connection } from '@mailports/wire';
import type { ProbeContext } from '@mailports/wire/probe';
import { MailboxProtocolError } from './errors';
import { MailboxSession } from './mailbox-session';
import {
  type Pop3Continuation,
  type Pop3Line,
  type Pop3StatusLine,
  parsePop3Line,
  readPop3MultiLine,
} from './pop3-reply';

/**
 * Where the POP3 dialogue stands (RFC 1939 §3): AUTHORIZATION until a login succeeds, TRANSACTION
 * after; `stls` is the window between +OK and the end of the handshake; `quit` follows QUIT.
 */
export type Pop3State = 'greeting' | 'authorization' | 'stls' | 'transaction' | 'quit' | 'closed';

const TRANSITIONS: Record<Pop3State, readonly Pop3State[]> = {
  greeting: ['authorization', 'closed'],
  authorization: ['stls', 'transaction', 'quit', 'closed'],
  stls: ['authorization', 'closed'],
  transaction: ['quit', 'closed'],
  quit: ['closed'],
  closed: [],
};

/** Options of {@link Pop3Session.command}. */
export interface Pop3CommandOptions {
  /** Step name for timeouts and errors (`capabilities`, `stls`, `auth`, `quit`). */
  readonly step: string;
  /** The +OK reply has a dot-terminated body (CAPA). */
  readonly multiline?: boolean;
  /** Transcript text instead of the command, when it carries a secret. */
  readonly redactAs?: string;
  /** Handles a `+ ` SASL continuation; without it a continuation is a protocol error. */
  readonly onContinuation?: (continuation: Pop3Continuation) => Promise<void>;
  /** Milliseconds to wait for the reply; default the command timeout. */
  readonly timeout?: number;
}

/** A completed POP3 command: the status line and, for a positive multi-line reply, its body. */
export interface Pop3CommandResult {
  readonly status: Pop3StatusLine;
  readonly lines: readonly string[] | null;
}

/** One POP3 connection with a single `command` helper. */
export class Pop3Session extends MailboxSession<Pop3State> {
  constructor(ctx: ProbeContext, connection: Connection, onLine: (line: string) => void) {
    super(ctx, connection, onLine, { name: 'POP3', initial: 'greeting', transitions: TRANSITIONS });
  }

  /** Reads and parses one first line (`+OK`, `-ERR`, `+ `); anything else is a protocol error. */
  async readLine(step: string, options: { timeout?: number; command?: string } = {}): Promise<Pop3Line> {
    const line = await this.connection.readLine({
      step,
      timeout: options.timeout ?? this.ctx.timeouts.command,
    });
    this.onLine(line);
    try {
      return parsePop3Line(line);
    } catch {
      throw new MailboxProtocolError('Not a POP3 reply', {
        step,
        command: options.command ?? null,
        reply: line,
      });
    }
  }

  /**
   * Sends one command and reads its reply: `+OK` (with the dot-terminated body when `multiline`),
   * `-ERR`, or a continuation handed to `onContinuation`. Anything else is a protocol error.
   */
  async command(command: string, options: Pop3CommandOptions): Promise<Pop3CommandResult> {
    const shown = options.redactAs ?? command;
    await this.connection.writeLine(
      command,
      options.redactAs === undefined ? undefined : { redactAs: shown },
    );
    for (let continuations = 0; ; continuations++) {
      const reply = await this.readLine(options.step, {
        command: shown,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      });
      if (reply.kind === 'status') {
        const lines =
          reply.ok && options.multiline
            ? await readPop3MultiLine(this.connection, {
                maxLines: this.ctx.limits.maxLinesPerReply,
                timeout: this.ctx.timeouts.command,
                step: options.step,
                onLine: this.onLine,
              })
            : null;
        return { status: reply, lines };
      }
      if (!options.onContinuation || continuations >= this.ctx.limits.maxLinesPerReply) {
        throw new MailboxProtocolError('Unexpected continuation request', {
          step: options.step,
          command: shown,
          reply: reply.raw,
        });
      }
      await options.onContinuation(reply);
    }
  }
}

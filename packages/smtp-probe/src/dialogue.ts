import { type Connection, hasControlCharacters, WireError } from '@mailports/wire';
import { escapeWatcher, type ProbeContext } from '@mailports/wire/probe';
import { SmtpProtocolError } from './errors';
import { describeReply, type Expect, formatReply, matches, readReply } from './reply';
import type { SmtpDetails, SmtpReply } from './types';

/** `reply` when its code is one of `expect`; otherwise the protocol error naming what was sent. */
function expectReply(reply: SmtpReply, expect: Expect, step: string, sent: string): SmtpReply {
  if (matches(reply.code, expect)) return reply;
  throw new SmtpProtocolError(`Unexpected reply to ${sent}: ${describeReply(reply)}.`, {
    step,
    command: sent,
    reply,
  });
}

/** The states of one SMTP session; each step returns the next one. */
/**
 * An SMTP probe's dialogue: commands sent one at a time, each reply read whole, checked against what
 * the command expects and watched for escape sequences; a reply nobody asked for, or a refusal, ends
 * the session. {@link SmtpSession} is the state machine over it.
 */
export class SmtpDialogue {
  protected connection: Connection | null = null;
  /** True once a server line with control characters (terminal spoofing) was reported: once is enough. */
  private escapesReported = false;

  constructor(
    protected readonly ctx: ProbeContext,
    protected readonly details: SmtpDetails,
  ) {}

  protected get conn(): Connection {
    if (this.connection === null) throw new WireError('E_CLOSED', 'No connection is open.');
    return this.connection;
  }

  /** Reads one reply with a budget for the whole reply, so a drip-fed multi-line reply cannot stretch it. */
  protected read(step: string, timeout: number, connection: Connection = this.conn): Promise<SmtpReply> {
    // The watcher runs inside the reader's own reaction: neither an async frame nor one more reaction
    // is held through the wait for every reply.
    return readReply(connection, { maxLines: this.ctx.limits.maxLinesPerReply, timeout, step }, (reply) =>
      this.watchReply(reply),
    );
  }

  /** Gives the escape watcher the reply's lines, formatted only when one carries a control character. */
  private watchReply(reply: SmtpReply): SmtpReply {
    if (this.escapesReported || !reply.lines.some(hasControlCharacters)) return reply;
    this.escapesReported = true;
    // Made only for a reply that needs it: a watcher held by every session would cost each probe in flight.
    const watch = escapeWatcher(this.ctx);
    for (const line of formatReply(reply)) watch(line);
    return reply;
  }

  /** Sends one command and reads its reply; a reply matching nothing in `expect` is a protocol error. */
  command(line: string, expect: Expect, step: string, redactAs?: string): Promise<SmtpReply>;
  /** {@link SmtpDialogue.command} with `then` run on the expected reply inside the reader's own reaction. */
  command<T>(
    line: string,
    expect: Expect,
    step: string,
    redactAs: string | undefined,
    then: (reply: SmtpReply) => T | Promise<T>,
  ): Promise<T>;
  command<T>(
    line: string,
    expect: Expect,
    step: string,
    redactAs?: string,
    then?: (reply: SmtpReply) => T | Promise<T>,
  ): Promise<T | SmtpReply> {
    try {
      const connection = this.conn;
      const sent = redactAs ?? line;
      // The probe never pipelines, so bytes waiting before a command answer nothing it asked.
      if (connection.buffered > 0) return this.unsolicited(sent, step);
      const draining = connection.send(line, redactAs === undefined ? {} : { redactAs });
      // The reply is checked, and `then` run, inside the reader's reaction, and the reader's promise is
      // returned, not awaited: a probe waits for every reply, and each frame or reaction chained after
      // the reader would be held that long too.
      const read = (): Promise<T | SmtpReply> =>
        readReply(
          connection,
          { maxLines: this.ctx.limits.maxLinesPerReply, timeout: this.ctx.timeouts.command, step },
          (reply) => {
            const expected = expectReply(this.watchReply(reply), expect, step, sent);
            return then === undefined ? expected : then(expected);
          },
        );
      // Only a line the socket could not take at once (a server that stopped reading) waits to drain.
      return draining === undefined ? read() : draining.then(read);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Ends the session as `rejected` by `reply`, which the result keeps as its `refusal`. */
  protected refused(reply: SmtpReply, words: string): void {
    this.details.refusal = reply;
    this.ctx.setStatus('rejected', `${words}: ${describeReply(reply)}.`);
  }

  /** Reads a reply nobody asked for and ends the session: a 421 is a refusal, anything else a protocol error. */
  private async unsolicited(next: string, step: string): Promise<never> {
    const reply = await this.read(step, this.ctx.timeouts.command);
    if (reply.code === 421) this.refused(reply, 'The server closed the session');
    throw new SmtpProtocolError(
      `The server sent a reply nobody asked for before ${next}: ${describeReply(reply)}.`,
      {
        step,
        reply,
      },
    );
  }
}

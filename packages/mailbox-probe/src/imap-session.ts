import type { Connection } from '@mailports/wire';
import type { ProbeContext } from '@mailports/wire/probe';
import { MailboxProtocolError } from './errors';
import { mailboxFinding } from './findings';
import { splitCapabilityAtoms } from './imap-capabilities';
import {
  type ImapContinuation,
  type ImapResponse,
  type ImapTaggedResponse,
  type ImapUntaggedResponse,
  readImapResponse,
} from './imap-response';
import { MailboxSession } from './mailbox-session';

/**
 * Where the IMAP dialogue stands (RFC 9051 §3). `starttls` is the short window between the tagged
 * OK and the end of the handshake; `logout` follows LOGOUT; `closed` ends everything.
 */
export type ImapState = 'greeting' | 'not-authenticated' | 'authenticated' | 'starttls' | 'logout' | 'closed';

const TRANSITIONS: Record<ImapState, readonly ImapState[]> = {
  greeting: ['not-authenticated', 'authenticated', 'closed'],
  'not-authenticated': ['starttls', 'authenticated', 'logout', 'closed'],
  authenticated: ['logout', 'closed'],
  starttls: ['not-authenticated', 'closed'],
  logout: ['closed'],
  closed: [],
};

/** Options of {@link ImapSession.command}. */
export interface ImapCommandOptions {
  /** The step name used for timeouts and errors (`capabilities`, `starttls`, `auth`, `logout`). */
  readonly step: string;
  /** Tagged statuses this command may get; any other is a protocol error. */
  readonly expect: ReadonlyArray<'OK' | 'NO' | 'BAD'>;
  /** Transcript text instead of the command (without the tag), when the command carries a secret. */
  readonly redactAs?: string;
  /** Handles `+` continuations; without it a continuation is a protocol error. */
  readonly onContinuation?: (continuation: ImapContinuation) => Promise<void>;
  /** Milliseconds to wait for each response; default the command timeout. */
  readonly timeout?: number;
}

/** A completed command: the tagged completion and the untagged responses before it. */
export interface ImapCommandResult {
  readonly tagged: ImapTaggedResponse;
  readonly untagged: readonly ImapUntaggedResponse[];
}

// Mailbox data a probe never asked for; before TLS it is attacker-controllable state (T1).
const STATUS_OR_CAPABILITY = new Set(['OK', 'NO', 'BAD', 'BYE', 'PREAUTH', 'CAPABILITY']);

/**
 * One IMAP connection: tags `A1`, `A2`…, a single `command` helper, and the watchers that turn what
 * the server sends before TLS into findings (untagged data, [ALERT], control characters).
 */
export class ImapSession extends MailboxSession<ImapState> {
  #tags = 0;
  #untaggedReported = false;
  #alertReported = false;

  constructor(ctx: ProbeContext, connection: Connection, onLine: (line: string) => void) {
    super(ctx, connection, onLine, { name: 'IMAP', initial: 'greeting', transitions: TRANSITIONS });
  }

  /** Reads one response, bounded by the probe's limits, and lets the watchers see it. */
  async read(step: string, timeout?: number): Promise<ImapResponse> {
    const response = await readImapResponse(this.connection, {
      maxLiteralSize: this.ctx.limits.maxLiteralSize,
      maxLinesPerReply: this.ctx.limits.maxLinesPerReply,
      timeout: timeout ?? this.ctx.timeouts.command,
      step,
      onLine: this.onLine,
    });
    this.#watch(response);
    return response;
  }

  /**
   * Sends `<tag> <command>` and reads until the response with that tag. Untagged responses are
   * collected (at most `maxLinesPerReply`); a foreign tag, a continuation nobody expects, or a status
   * outside `expect` is a {@link MailboxProtocolError}.
   */
  async command(command: string, options: ImapCommandOptions): Promise<ImapCommandResult> {
    const tag = `A${++this.#tags}`;
    const shown = `${tag} ${options.redactAs ?? command}`;
    await this.connection.writeLine(
      `${tag} ${command}`,
      options.redactAs === undefined ? undefined : { redactAs: shown },
    );
    const untagged: ImapUntaggedResponse[] = [];
    for (;;) {
      const response = await this.read(options.step, options.timeout);
      if (response.kind === 'untagged') {
        if (untagged.length >= this.ctx.limits.maxLinesPerReply) {
          throw new MailboxProtocolError(
            `More than ${this.ctx.limits.maxLinesPerReply} untagged responses to ${tag}`,
            {
              step: options.step,
              command: shown,
              reply: response.raw,
            },
          );
        }
        untagged.push(response);
        continue;
      }
      if (response.kind === 'continuation') {
        if (!options.onContinuation) {
          throw new MailboxProtocolError('Unexpected continuation request', {
            step: options.step,
            command: shown,
            reply: response.raw,
          });
        }
        await options.onContinuation(response);
        continue;
      }
      if (response.tag !== tag) {
        throw new MailboxProtocolError(`Tagged response ${response.tag} while waiting for ${tag}`, {
          step: options.step,
          command: shown,
          reply: response.raw,
        });
      }
      if (!options.expect.includes(response.status)) {
        throw new MailboxProtocolError(`Unexpected ${response.status} to ${options.step}`, {
          step: options.step,
          command: shown,
          reply: response.raw,
        });
      }
      return { tagged: response, untagged };
    }
  }

  /**
   * Asks CAPABILITY and returns the atoms: from `* CAPABILITY`, else from a `[CAPABILITY]` code on
   * the tagged OK. Neither is a protocol error.
   */
  async capabilities(step: string): Promise<string[]> {
    const { tagged, untagged } = await this.command('CAPABILITY', { step, expect: ['OK'] });
    const lists = untagged.filter((response) => response.type === 'CAPABILITY');
    if (lists.length > 0) return lists.flatMap((response) => splitCapabilityAtoms(response.text));
    if (tagged.code?.name === 'CAPABILITY') return splitCapabilityAtoms(tagged.code.args);
    throw new MailboxProtocolError('CAPABILITY completed without a capability list', {
      step,
      command: `${tagged.tag} CAPABILITY`,
      reply: tagged.raw,
    });
  }

  #watch(response: ImapResponse): void {
    if (this.connection.secure || response.kind === 'continuation') return;
    if (response.code?.name === 'ALERT' && !this.#alertReported) {
      this.#alertReported = true;
      this.ctx.finding(
        mailboxFinding('alert-before-tls', {
          message: 'The server sent an [ALERT] before TLS; its text is untrusted and is shown escaped.',
          evidence: response.raw,
        }),
      );
    }
    if (response.kind === 'untagged' && !STATUS_OR_CAPABILITY.has(response.type) && !this.#untaggedReported) {
      this.#untaggedReported = true;
      this.ctx.finding(
        mailboxFinding('untagged-before-tls', {
          message: `The server sent mailbox data (${response.type}) before TLS, unasked; it was discarded.`,
          evidence: response.raw,
        }),
      );
    }
  }
}

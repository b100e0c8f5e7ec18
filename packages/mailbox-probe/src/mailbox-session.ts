import type { Connection } from '@mailports/wire';
import type { ProbeContext } from '@mailports/wire/probe';

/**
 * What an IMAP and a POP3 session share: the connection, the probe's context and line watcher, an
 * explicit state machine (`transitions` lists the legal moves from each state), and the untagged
 * SASL response line.
 */
export abstract class MailboxSession<S extends string> {
  #state: S;

  protected constructor(
    protected readonly ctx: ProbeContext,
    readonly connection: Connection,
    protected readonly onLine: (line: string) => void,
    private readonly machine: {
      readonly name: string;
      readonly initial: S;
      readonly transitions: Record<S, readonly S[]>;
    },
  ) {
    this.#state = machine.initial;
  }

  get state(): S {
    return this.#state;
  }

  /** Moves the state machine; an illegal move is a bug in the probe, not the server. */
  transition(next: S): void {
    if (!this.machine.transitions[this.#state].includes(next)) {
      throw new Error(`${this.machine.name} session cannot go from ${this.#state} to ${next}`);
    }
    this.#state = next;
  }

  /** Sends a SASL response line (no tag); `redactAs` is what the transcript shows instead. */
  async continueWith(line: string, redactAs?: string): Promise<void> {
    await this.connection.writeLine(line, redactAs === undefined ? undefined : { redactAs });
  }
}

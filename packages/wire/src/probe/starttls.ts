import type { Connection } from '../connection';
import { previewBytes } from '../display';
import type { ProbeContext } from '../probe-context';
import type { TlsOptions } from '../transport';
import type { MailProtocol, StarttlsSummary } from '../types';
import { finding } from './finding';
import { adoptTls } from './steps';

const COMMAND: Readonly<Record<MailProtocol, string>> = { smtp: 'STARTTLS', imap: 'STARTTLS', pop3: 'STLS' };

/** Longest injected-bytes evidence kept, in bytes before escaping. */
const MAX_INJECTED = 512;

/** What {@link upgradeWithStarttls} needs from the protocol. */
export interface StarttlsUpgrade {
  readonly protocol: MailProtocol;
  readonly connection: Connection;
  /** SNI, extra CAs, … for the handshake. */
  readonly tls: TlsOptions;
  /** Sends STARTTLS/STLS and reads the answer: positive or not, and the reply verbatim (untrusted). */
  send(): Promise<{ readonly accepted: boolean; readonly reply: string }>;
  /** Runs after a positive answer, before the handshake (a state machine enters its TLS window). */
  onAccepted?(): void;
}

/**
 * STARTTLS (STLS for POP3) by the book, the same for every protocol: sends the command; on a
 * positive answer detaches the plaintext reader, reports every byte that arrived after the answer
 * as a `starttls-injection` finding (also when the handshake then fails), runs the handshake on the
 * same socket, and records the TLS facts and findings and security `starttls`. `timings.starttls`
 * is the command and the handshake together (the handshake alone is also `timings.tlsHandshake`).
 * Records the result's `starttls` summary at every stage. Returns `refused` with the reply when the
 * server said no (the caller decides the finding and status); throws what the command and the
 * handshake throw (a WireError for `runProbe` to settle).
 */
export function upgradeWithStarttls(
  ctx: ProbeContext,
  upgrade: StarttlsUpgrade,
): Promise<{ readonly upgraded: boolean; readonly reply: string }> {
  let summary: StarttlsSummary = {
    offered: true,
    attempted: true,
    accepted: false,
    reply: null,
    injectedBytes: null,
  };
  ctx.setStarttls(summary);
  // Not async: the command's promise, then the handshake's, each with one reaction.
  return ctx.time('starttls', () =>
    upgrade.send().then((answer) => {
      summary = { ...summary, accepted: answer.accepted, reply: answer.reply };
      ctx.setStarttls(summary);
      if (!answer.accepted) return { upgraded: false, reply: answer.reply };
      upgrade.onAccepted?.();
      return upgrade.connection
        .startTls({
          ...upgrade.tls,
          timeout: ctx.timeouts.tls,
          onLeftover: (leftover) => {
            summary = { ...summary, injectedBytes: previewBytes(leftover, MAX_INJECTED) };
            ctx.setStarttls(summary);
            ctx.finding(
              finding('starttls-injection', {
                message: `The server sent ${leftover.length} bytes after its positive ${COMMAND[upgrade.protocol]} reply and before the TLS handshake. They were discarded; a client that kept them would treat injected plaintext as replies protected by TLS.`,
                evidence: previewBytes(leftover, MAX_INJECTED),
              }),
            );
          },
        })
        .then(({ tls }) => {
          ctx.setSecurity('starttls');
          adoptTls(ctx, tls);
          return { upgraded: true, reply: answer.reply };
        });
    }),
  );
}

import type { Session } from './_session.js';

/** Options of the endless-line behaviour: bytes streamed with no line ending. */
export interface EndlessLineOptions {
  /** Stop (and close) after this many bytes, to protect the test machine. Default 16 MiB. */
  maxBytes?: number;
  /** Text sent first, e.g. `'220 '` so the stream looks like the start of a reply. Default: protocol-specific. */
  prefix?: string;
}

const CHUNK = Buffer.alloc(16 * 1024, 'A');

/**
 * Streams `prefix` then filler bytes without CRLF until the client leaves or `maxBytes` is reached,
 * respecting back-pressure so a slow reader does not make us buffer.
 */
export async function streamEndless(session: Session, options: EndlessLineOptions, defaultPrefix: string) {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const prefix = options.prefix ?? defaultPrefix;
  session.log.add('event', `endless line: streaming up to ${maxBytes} bytes without CRLF`);
  let sent = 0;
  if (prefix) {
    await session.write(prefix, { log: false });
    sent += Buffer.byteLength(prefix);
  }
  while (!session.closed && sent < maxBytes) {
    const size = Math.min(CHUNK.length, maxBytes - sent);
    await session.write(CHUNK.subarray(0, size), { log: false });
    sent += size;
  }
  session.log.add('event', `endless line: stopped after ${sent} bytes`);
  session.close();
}

/** Waits `ms`, but returns early once the connection is gone. */
export function pause(session: Session, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    session.whenClosed().then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Reads and logs client lines without ever answering, until the client leaves. */
export async function staySilent(session: Session): Promise<void> {
  session.log.add('event', 'silent: never answering');
  while ((await session.readLine()) !== null) {
    // Lines are logged by readLine; a silent server answers nothing.
  }
}

/** Writes `count` bytes of garbage where a TLS ServerHello is expected, then closes. */
export async function tlsGarbage(session: Session): Promise<void> {
  session.log.add('event', 'broken handshake: garbage instead of TLS');
  await session.write('\x15\x03\x03\x00\x02garbage, not TLS\r\n', { log: false });
  session.close();
}

/** Hostile behaviours every mail server offers; all off by default. */
export interface CommonHostileOptions {
  /** Accept the connection but never greet or answer (client lines are still logged). */
  silent?: boolean;
  /** Wait this long before the greeting (a tarpit, like Postfix postscreen's greet pause). */
  greetingDelayMs?: number;
  /** Abort every connection with a TCP RST right after accepting it. */
  resetOnConnect?: boolean;
  /** Instead of the greeting, stream bytes with no line ending, bounded by `maxBytes`. */
  endlessLine?: boolean | EndlessLineOptions;
  /**
   * After the STARTTLS/STLS OK: send `garbage` instead of a ServerHello, `close`, `stall` forever, or
   * carry on in `plaintext` as if nothing happened (a client that sends a ClientHello then waits).
   */
  starttlsHandshake?: 'garbage' | 'close' | 'stall' | 'plaintext';
  /** Raw bytes appended to the STARTTLS/STLS OK in the same write (response injection). Include CRLFs. */
  starttlsInjection?: string;
  /** Leave STARTTLS (POP3: STLS) out of the capabilities, like a stripping attacker; the command still works if sent. */
  stripStarttls?: boolean;
  /**
   * Silently skip the first `n` client lines after the TLS handshake (logged, never answered), so that
   * injected replies line up with the client's next commands, as in the EAST buffering cases.
   */
  ignoreAfterTls?: number;
}

/**
 * Plays the hostile openings (silence, delay, endless line). Resolves true when the connection was
 * fully handled and the protocol must not greet.
 */
export async function hostileOpening(
  session: Session,
  hostile: CommonHostileOptions,
  endlessPrefix: string,
): Promise<boolean> {
  session.ignoreAfterTls = hostile.ignoreAfterTls ?? 0;
  if (hostile.silent) {
    await staySilent(session);
    return true;
  }
  await pause(session, hostile.greetingDelayMs ?? 0);
  if (session.closed) return true;
  if (hostile.endlessLine) {
    await streamEndless(
      session,
      typeof hostile.endlessLine === 'object' ? hostile.endlessLine : {},
      endlessPrefix,
    );
    return true;
  }
  return false;
}

/**
 * Writes the positive STARTTLS/STLS reply (plus any injected bytes in the same write), then either
 * misbehaves as configured or upgrades. Resolves true once TLS is established.
 */
export async function starttlsTransition(
  session: Session,
  okReply: string,
  hostile: CommonHostileOptions,
): Promise<boolean> {
  await session.write(`${okReply}\r\n${hostile.starttlsInjection ?? ''}`);
  switch (hostile.starttlsHandshake) {
    case 'garbage':
      session.ignoreInput();
      await tlsGarbage(session);
      return false;
    case 'close':
      session.close();
      return false;
    case 'stall':
      session.ignoreInput();
      session.log.add('event', 'stalled after the STARTTLS reply');
      await session.whenClosed();
      return false;
    case 'plaintext':
      session.log.add('event', 'stayed in plaintext after the STARTTLS reply');
      return false;
    default:
      return session.startTls();
  }
}

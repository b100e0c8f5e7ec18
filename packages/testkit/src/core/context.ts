import type { Session } from './_session.js';
import type { ConnectionLog } from './log.js';

/** What every per-command handler receives, whatever the protocol. */
export interface HandlerContext {
  /** This connection's log. */
  readonly log: ConnectionLog;
  /** True inside TLS. */
  readonly tls: boolean;
  /** The command verb, upper-cased (`EHLO`, `STLS`, `LOGIN`). */
  readonly command: string;
  /** Writes raw bytes as they are (no CRLF added). */
  write(raw: string | Uint8Array): Promise<void>;
  /** Reads the next client line (`secret` logs it as `***`); null once the connection has ended. */
  readLine(options?: { readonly secret?: boolean }): Promise<string | null>;
  /** Upgrades to TLS now (write the positive reply first); resolves false if the handshake failed. */
  startTls(): Promise<boolean>;
  /** Runs the built-in behaviour for this command. */
  next(): Promise<void>;
  /** Ends the connection politely. */
  close(): void;
  /** Drops the connection without a goodbye. */
  destroy(): void;
  /** Aborts the connection with a TCP RST. */
  reset(): void;
}

/** @internal */
export function baseContext(session: Session, command: string, next: () => Promise<void>): HandlerContext {
  return {
    log: session.log,
    get tls() {
      return session.log.tls;
    },
    command,
    write: (raw) => session.write(raw),
    readLine: (options) => session.readLine(options),
    startTls: () => session.startTls(),
    next,
    close: () => session.close(),
    destroy: () => session.destroy(),
    reset: () => session.reset(),
  };
}

/**
 * @internal Adds protocol methods and live read-only properties to a base context. Getters stay live
 * (a spread or Object.assign would copy their current value once).
 */
export function extendContext<Extra extends object, Getters extends Record<string, () => unknown>>(
  base: HandlerContext,
  extra: Extra,
  getters: Getters,
): HandlerContext & Extra & { readonly [Key in keyof Getters]: ReturnType<Getters[Key]> } {
  const context = Object.assign(base, extra);
  for (const [name, get] of Object.entries(getters))
    Object.defineProperty(context, name, { get, enumerable: true });
  return context as HandlerContext & Extra & { readonly [Key in keyof Getters]: ReturnType<Getters[Key]> };
}

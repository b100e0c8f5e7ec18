/** Who produced a log entry: the client (a line it sent), the server (a line written), or an event note. */
export type LogDirection = 'client' | 'server' | 'event';

/** One line of a connection log. */
export interface LogEntry {
  direction: LogDirection;
  /** The line without CRLF; secrets are replaced by `***` (see `redacted`). Events are free text. */
  text: string;
  /** True when the line travelled inside TLS (after the handshake, or on an implicit-TLS port). */
  tls: boolean;
  /** Milliseconds since the connection was accepted. */
  at: number;
  /** Client lines: index of the TCP/TLS read in which the line ended; equal values arrived in one segment. */
  segment?: number;
  /** True when a credential was replaced by `***`. */
  redacted?: boolean;
  /** Client lines the server never processed: dropped at a TLS upgrade or left unread when the connection ended. */
  discarded?: boolean;
}

/** Options accepted by {@link ConnectionLog.clientLines}. */
export interface ClientLineFilter {
  /** Only lines received inside (`true`) or outside (`false`) TLS. Default: both. */
  tls?: boolean;
  /** Include lines the server discarded unread. Default `true`. */
  discarded?: boolean;
}

/**
 * The record of one accepted connection, kept by a test server for assertions.
 * It is live: entries are appended while the connection runs.
 */
export interface ConnectionLog {
  /** 1-based connection number within its server. */
  readonly id: number;
  /** Client's source port (useful to correlate with a probe's socket). */
  readonly remotePort: number;
  /** Every line in order. */
  readonly entries: readonly LogEntry[];
  /**
   * Credential or mailbox commands received outside TLS, by command name (`AUTH`, `USER`, `PASS`, `APOP`,
   * `LOGIN`, `AUTHENTICATE`, `SELECT`, …). Empty for a well-behaved client that requires TLS.
   */
  readonly sensitiveInPlaintext: readonly string[];
  /** True once TLS is active (implicit TLS from the start, or after a completed STARTTLS/STLS handshake). */
  readonly tls: boolean;
  /** True once the socket has closed. */
  readonly closed: boolean;
  /** Why the connection ended: `client-closed`, `server-closed`, `reset`, `destroyed`, `error: …`; null while open. */
  readonly closeReason: string | null;
  /** Lines the client sent, in order (secrets redacted). */
  clientLines(filter?: ClientLineFilter): string[];
  /** Lines the server wrote, in order (bulk hostile streams appear as one event, not as lines). */
  serverLines(): string[];
  /** Event notes (TLS handshake results, discarded bytes, hostile actions), in order. */
  events(): string[];
}

/** @internal The mutable record behind a {@link ConnectionLog}. */
export class ConnectionRecord implements ConnectionLog {
  readonly id: number;
  readonly remotePort: number;
  readonly entries: LogEntry[] = [];
  readonly sensitiveInPlaintext: string[] = [];
  tls = false;
  closed = false;
  closeReason: string | null = null;
  private readonly origin = performance.now();

  constructor(id: number, remotePort: number) {
    this.id = id;
    this.remotePort = remotePort;
  }

  /** Appends an entry stamped with the current TLS state and time. */
  add(direction: LogDirection, text: string, extra: Partial<LogEntry> = {}): void {
    this.entries.push({
      direction,
      text,
      tls: this.tls,
      at: Math.round(performance.now() - this.origin),
      ...extra,
    });
  }

  clientLines(filter: ClientLineFilter = {}): string[] {
    return this.entries
      .filter(
        (entry) =>
          entry.direction === 'client' &&
          (filter.tls === undefined || entry.tls === filter.tls) &&
          (filter.discarded !== false || !entry.discarded),
      )
      .map((entry) => entry.text);
  }

  serverLines(): string[] {
    return this.entries.filter((entry) => entry.direction === 'server').map((entry) => entry.text);
  }

  events(): string[] {
    return this.entries.filter((entry) => entry.direction === 'event').map((entry) => entry.text);
  }
}

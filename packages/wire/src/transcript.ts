import { performance } from 'node:perf_hooks';
import type { TranscriptDirection, TranscriptEntry } from './types';

/**
 * The dialogue as it happened: every line with its direction, its time since the probe started and
 * whether it travelled inside TLS. Secrets never enter it: callers pass the redacted text.
 */
export class Transcript {
  readonly #origin: number;
  readonly #entries: TranscriptEntry[] = [];

  /** @param options.origin `performance.now()` at probe start; defaults to now. */
  constructor(options: { origin?: number } = {}) {
    this.#origin = options.origin ?? performance.now();
  }

  /** Appends one entry. `text` is stored as given (server text stays untrusted). */
  add(
    direction: TranscriptDirection,
    text: string,
    options: { tls?: boolean; redacted?: boolean } = {},
  ): void {
    const entry: TranscriptEntry = {
      at: Math.round(this.elapsed() * 10) / 10,
      direction,
      text,
      tls: options.tls ?? false,
      ...(options.redacted ? { redacted: true } : {}),
    };
    this.#entries.push(entry);
  }

  /** The entries so far, oldest first. */
  get entries(): readonly TranscriptEntry[] {
    return this.#entries;
  }

  /** Milliseconds since the origin. */
  elapsed(): number {
    return performance.now() - this.#origin;
  }
}

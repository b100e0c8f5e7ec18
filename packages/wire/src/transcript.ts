import { performance } from 'node:perf_hooks';
import type { TranscriptDirection, TranscriptEntry } from './types';

/** Options of {@link Transcript}. */
export interface TranscriptOptions {
  /** `performance.now()` at probe start; defaults to now. */
  origin?: number;
  /**
   * Most entries kept (default 2000): the first half and the latest half, with one event saying how
   * many were left out in between. A server sending a flood of short lines cannot grow it further.
   */
  maxEntries?: number;
}

/**
 * The dialogue as it happened: every line with its direction, its time since the probe started and
 * whether it travelled inside TLS. Secrets never enter it: callers pass the redacted text.
 */
export class Transcript {
  readonly #origin: number;
  readonly #headSize: number;
  readonly #tailSize: number;
  readonly #head: TranscriptEntry[] = [];
  #tail: TranscriptEntry[] = [];
  #omitted = 0;
  readonly #concealed: string[] = [];

  constructor(options: TranscriptOptions = {}) {
    this.#origin = options.origin ?? performance.now();
    const max = Math.max(2, Math.floor(options.maxEntries ?? 2000));
    this.#headSize = Math.ceil(max / 2);
    this.#tailSize = max - this.#headSize;
  }

  /**
   * Replaces `secret` by `[redacted]` in every entry added from now on, whichever side sent it: a
   * hostile server may echo a token it was given. Strings shorter than 8 characters are ignored
   * (they would blank ordinary words).
   */
  conceal(secret: string): void {
    if (secret.length >= 8 && !this.#concealed.includes(secret)) this.#concealed.push(secret);
  }

  /** Appends one entry. `text` is stored as given (server text stays untrusted), concealed secrets aside. */
  add(
    direction: TranscriptDirection,
    text: string,
    options: { tls?: boolean; redacted?: boolean } = {},
  ): void {
    let shown = text;
    let redacted = options.redacted === true;
    for (const secret of this.#concealed) {
      if (!shown.includes(secret)) continue;
      shown = shown.split(secret).join('[redacted]');
      redacted = true;
    }
    const entry: TranscriptEntry = {
      at: Math.round(this.elapsed() * 10) / 10,
      direction,
      text: shown,
      tls: options.tls ?? false,
      ...(redacted ? { redacted: true } : {}),
    };
    if (this.#head.length < this.#headSize) {
      this.#head.push(entry);
      return;
    }
    this.#tail.push(entry);
    // Trim in batches so a flood costs amortised O(1) per line.
    if (this.#tail.length >= this.#tailSize * 2) {
      this.#omitted += this.#tail.length - this.#tailSize;
      this.#tail = this.#tail.slice(-this.#tailSize);
    }
  }

  /** The entries so far, oldest first; when the cap was reached, one `event` marks the gap. */
  get entries(): readonly TranscriptEntry[] {
    const extra = Math.max(0, this.#tail.length - this.#tailSize);
    const omitted = this.#omitted + extra;
    if (this.#tail.length === 0) return this.#head;
    const tail = extra > 0 ? this.#tail.slice(extra) : this.#tail;
    if (omitted === 0) return [...this.#head, ...tail];
    const first = tail[0] as TranscriptEntry;
    const gap: TranscriptEntry = {
      at: first.at,
      direction: 'event',
      text: `${omitted} transcript entries left out`,
      tls: first.tls,
    };
    return [...this.#head, gap, ...tail];
  }

  /** Entries dropped because of `maxEntries`. */
  get omitted(): number {
    return this.#omitted + Math.max(0, this.#tail.length - this.#tailSize);
  }

  /** Milliseconds since the origin. */
  elapsed(): number {
    return performance.now() - this.#origin;
  }
}

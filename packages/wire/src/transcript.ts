import { performance } from 'node:perf_hooks';
import { jsonCost } from './result-budget';
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
  /**
   * Most characters of line text kept, all entries together, counted as JSON writes them (an escaped
   * control character costs 6; default 64 Ki): like `maxEntries`, the first half and the latest
   * half, so a server sending long lines cannot grow it further.
   */
  maxText?: number;
}

/**
 * The dialogue as it happened: every line with its direction, its time since the probe started and
 * whether it travelled inside TLS. Secrets never enter it: callers pass the redacted text.
 */
export class Transcript {
  readonly #origin: number;
  readonly #headSize: number;
  readonly #tailSize: number;
  readonly #headText: number;
  readonly #tailText: number;
  readonly #head: TranscriptEntry[] = [];
  #headFull = false;
  #headUsed = 0;
  #tail: TranscriptEntry[] = [];
  #tailCosts: number[] = [];
  #tailUsed = 0;
  #omitted = 0;
  readonly #concealed: string[] = [];

  constructor(options: TranscriptOptions = {}) {
    this.#origin = options.origin ?? performance.now();
    const max = Math.max(2, Math.floor(options.maxEntries ?? 2000));
    this.#headSize = Math.ceil(max / 2);
    this.#tailSize = max - this.#headSize;
    const text = Math.max(2, Math.floor(options.maxText ?? 64 * 1024));
    this.#headText = Math.ceil(text / 2);
    this.#tailText = text - this.#headText;
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
    const at = Math.round(this.elapsed() * 10) / 10;
    const tls = options.tls ?? false;
    const entry: TranscriptEntry = redacted
      ? { at, direction, text: shown, tls, redacted: true }
      : { at, direction, text: shown, tls };
    const cost = jsonCost(text);
    if (!this.#headFull) {
      if (this.#head.length < this.#headSize && this.#headUsed + cost <= this.#headText) {
        this.#head.push(entry);
        this.#headUsed += cost;
        return;
      }
      this.#headFull = true;
    }
    this.#tail.push(entry);
    this.#tailCosts.push(cost);
    this.#tailUsed += cost;
    // Trim in batches so a flood costs amortised O(1) per line.
    if (this.#tail.length >= this.#tailSize * 2 || this.#tailUsed >= this.#tailText * 2) this.#trimTail();
  }

  /** Drops the oldest tail entries beyond `maxEntries` and `maxText`; returns what is left. */
  #trimTail(): TranscriptEntry[] {
    let drop = Math.max(0, this.#tail.length - this.#tailSize);
    let used = this.#tailUsed;
    for (let index = 0; index < drop; index++) used -= this.#tailCosts[index] as number;
    while (drop < this.#tail.length && used > this.#tailText) {
      used -= this.#tailCosts[drop] as number;
      drop += 1;
    }
    if (drop === 0) return this.#tail;
    this.#omitted += drop;
    this.#tail = this.#tail.slice(drop);
    this.#tailCosts = this.#tailCosts.slice(drop);
    this.#tailUsed = used;
    return this.#tail;
  }

  /** The entries so far, oldest first; when the cap was reached, one `event` marks the gap. */
  get entries(): readonly TranscriptEntry[] {
    const tail = this.#trimTail();
    const omitted = this.#omitted;
    if (tail.length === 0 && omitted === 0) return this.#head;
    if (omitted === 0) return [...this.#head, ...tail];
    if (tail.length === 0) return this.#head;
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
    this.#trimTail();
    return this.#omitted;
  }

  /** Milliseconds since the origin. */
  elapsed(): number {
    return performance.now() - this.#origin;
  }
}

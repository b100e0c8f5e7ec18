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
  /** False keeps nothing: `add` is a no-op and `entries` is empty (a caller that never reads them). Default true. */
  record?: boolean;
}

const DIRECTIONS: readonly TranscriptDirection[] = ['client', 'server', 'event'];
const TLS = 4;
const REDACTED = 8;

/**
 * Entries stored flat, three slots each: the time in tenths of a millisecond (a small integer, held
 * unboxed), the direction with the TLS and redaction flags, and the text. A probe holds its transcript
 * for its whole life, so thousands of probes open at once would otherwise hold an object and a boxed
 * number per line; entries become objects once, when they are read.
 */
type Slots = (number | string)[];

/** Slots per entry in {@link Slots}. */
const SLOTS = 3;

/** The lists of every transcript that keeps nothing (frozen: nothing may be added to them). */
const NOTHING = Object.freeze([]) as never[];

/**
 * The dialogue as it happened: every line with its direction, its time since the probe started and
 * whether it travelled inside TLS. Secrets never enter it: callers pass the redacted text.
 */
export class Transcript {
  readonly #origin: number;
  readonly #record: boolean;
  readonly #headSize: number;
  readonly #tailSize: number;
  readonly #headText: number;
  readonly #tailText: number;
  readonly #head: Slots;
  #headFull = false;
  #headUsed = 0;
  #tail: Slots;
  #tailCosts: number[];
  #tailUsed = 0;
  #omitted = 0;
  readonly #concealed: string[];

  constructor(options: TranscriptOptions = {}) {
    this.#origin = options.origin ?? performance.now();
    this.#record = options.record ?? true;
    // A transcript that keeps nothing shares one empty list for all four: nothing is ever added to it.
    const lists = this.#record ? null : NOTHING;
    this.#head = lists ?? [];
    this.#tail = lists ?? [];
    this.#tailCosts = lists ?? [];
    this.#concealed = lists ?? [];
    const max = Math.max(2, Math.floor(options.maxEntries ?? 2000));
    this.#headSize = Math.ceil(max / 2);
    this.#tailSize = max - this.#headSize;
    const text = Math.max(2, Math.floor(options.maxText ?? 64 * 1024));
    this.#headText = Math.ceil(text / 2);
    this.#tailText = text - this.#headText;
  }

  /** False when this transcript keeps nothing: a caller need not build an event's words then. */
  get recording(): boolean {
    return this.#record;
  }

  /**
   * Replaces `secret` by `[redacted]` in every entry added from now on, whichever side sent it: a
   * hostile server may echo a token it was given. Strings shorter than 8 characters are ignored
   * (they would blank ordinary words).
   */
  conceal(secret: string): void {
    if (this.#record && secret.length >= 8 && !this.#concealed.includes(secret)) this.#concealed.push(secret);
  }

  /** Appends one entry. `text` is stored as given (server text stays untrusted), concealed secrets aside. */
  add(direction: TranscriptDirection, text: string, options?: { tls?: boolean; redacted?: boolean }): void {
    if (!this.#record) return;
    let shown = text;
    let redacted = options?.redacted === true;
    for (const secret of this.#concealed) {
      if (!shown.includes(secret)) continue;
      shown = shown.split(secret).join('[redacted]');
      redacted = true;
    }
    const tenths = Math.round(this.elapsed() * 10);
    const flags =
      DIRECTIONS.indexOf(direction) | (options?.tls === true ? TLS : 0) | (redacted ? REDACTED : 0);
    const cost = jsonCost(text);
    if (!this.#headFull) {
      if (this.#head.length < this.#headSize * SLOTS && this.#headUsed + cost <= this.#headText) {
        this.#head.push(tenths, flags, shown);
        this.#headUsed += cost;
        return;
      }
      this.#headFull = true;
    }
    this.#tail.push(tenths, flags, shown);
    this.#tailCosts.push(cost);
    this.#tailUsed += cost;
    // Trim in batches so a flood costs amortised O(1) per line.
    if (this.#tailCosts.length >= this.#tailSize * 2 || this.#tailUsed >= this.#tailText * 2)
      this.#trimTail();
  }

  /** Drops the oldest tail entries beyond `maxEntries` and `maxText`. */
  #trimTail(): void {
    const count = this.#tailCosts.length;
    let drop = Math.max(0, count - this.#tailSize);
    let used = this.#tailUsed;
    for (let index = 0; index < drop; index++) used -= this.#tailCosts[index] as number;
    while (drop < count && used > this.#tailText) {
      used -= this.#tailCosts[drop] as number;
      drop += 1;
    }
    if (drop === 0) return;
    this.#omitted += drop;
    this.#tail = this.#tail.slice(drop * SLOTS);
    this.#tailCosts = this.#tailCosts.slice(drop);
    this.#tailUsed = used;
  }

  /** The entries so far, oldest first, in a new array; when the cap was reached, one `event` marks the gap. */
  get entries(): readonly TranscriptEntry[] {
    this.#trimTail();
    const entries: TranscriptEntry[] = [];
    unpack(this.#head, entries);
    const tail = this.#tail;
    if (this.#omitted > 0 && tail.length > 0)
      entries.push({
        at: (tail[0] as number) / 10,
        direction: 'event',
        text: `${this.#omitted} transcript entries left out`,
        tls: ((tail[1] as number) & TLS) !== 0,
      });
    unpack(tail, entries);
    return entries;
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

function unpack(slots: Slots, into: TranscriptEntry[]): void {
  for (let index = 0; index < slots.length; index += SLOTS) {
    const at = (slots[index] as number) / 10;
    const flags = slots[index + 1] as number;
    const direction = DIRECTIONS[flags & 3] as TranscriptDirection;
    const text = slots[index + 2] as string;
    const tls = (flags & TLS) !== 0;
    into.push(
      (flags & REDACTED) !== 0 ? { at, direction, text, tls, redacted: true } : { at, direction, text, tls },
    );
  }
}

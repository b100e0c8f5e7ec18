/**
 * A map that forgets its least recently used entry beyond `capacity`: the bounded caches of long runs
 * (certificates seen, trusted issuers found, a scan's shared results and DNS answers).
 */
export class LruMap<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param capacity entries kept at most (at least one). */
  constructor(private readonly capacity: number) {}

  /** The value for `key`, which becomes the most recently used; undefined when not kept. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Keeps `value` for `key` as the most recently used, forgetting the least recently used beyond capacity. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  /** Forgets `key`. */
  delete(key: K): void {
    this.#entries.delete(key);
  }

  /** Entries kept now. */
  get size(): number {
    return this.#entries.size;
  }
}

/**
 * One probe's abort, without the EventTarget an AbortController makes: a scan holds thousands of
 * probes in flight, and every AbortSignal costs two maps and its own listener list before anything
 * listens. A real AbortSignal, {@link AbortScope.signal}, is made only when something asks for it.
 */
export class AbortScope {
  #aborted = false;
  #reason: unknown = undefined;
  /** Made when the first callback listens, dropped when the last one stops. */
  #callbacks: Set<() => void> | null = null;
  #controller: AbortController | null = null;

  /** True once {@link AbortScope.abort} was called. */
  get aborted(): boolean {
    return this.#aborted;
  }

  /** What {@link AbortScope.abort} was given. */
  get reason(): unknown {
    return this.#reason;
  }

  /** An AbortSignal that aborts with this scope (already aborted if the scope is); made on first use. */
  get signal(): AbortSignal {
    if (this.#controller === null) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** Aborts once with `reason`: every callback still listening runs, in the order they started. */
  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const callbacks = this.#callbacks;
    this.#callbacks = null;
    if (callbacks !== null) for (const callback of [...callbacks]) callback();
    this.#controller?.abort(reason);
  }

  /**
   * Calls `callback` once when the scope aborts; returns the function that stops listening. Like an
   * 'abort' listener, it never fires for a scope that had already aborted: check `aborted` first.
   */
  listen(callback: () => void): () => void {
    if (this.#aborted) return ignore;
    const callbacks = this.#callbacks ?? new Set<() => void>();
    this.#callbacks = callbacks;
    callbacks.add(callback);
    return () => {
      callbacks.delete(callback);
      if (callbacks.size === 0 && this.#callbacks === callbacks) this.#callbacks = null;
    };
  }
}

const ignore = (): void => {};

/** What an operation can be aborted by: a caller's AbortSignal or a probe's own {@link AbortScope}. */
export type Abortable = AbortSignal | AbortScope;

/**
 * Listening to an AbortSignal cheaply when many operations listen to the same one. Node's EventTarget
 * walks its whole listener list on every add and remove (its duplicate check), so a scan whose
 * hundreds of probes in flight all listen to one signal pays for every other probe on each add and
 * remove. Here each signal gets one native listener, which fans out to a Set: O(1) either way.
 */
import { type Abortable, AbortScope } from './abort-scope';

const registries = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` once when `signal` (an AbortSignal or a probe's AbortScope) aborts; returns the
 * function that stops listening. Like an 'abort' listener, it never fires for a signal that had
 * already aborted: check `signal.aborted` first.
 */
export function onAbort(signal: Abortable, callback: () => void): () => void {
  if (signal instanceof AbortScope) return signal.listen(callback);
  let callbacks = registries.get(signal);
  if (callbacks === undefined) {
    const created = new Set<() => void>();
    callbacks = created;
    registries.set(signal, created);
    signal.addEventListener(
      'abort',
      () => {
        registries.delete(signal);
        for (const each of [...created]) each();
        created.clear();
      },
      { once: true },
    );
  }
  const listening = callbacks;
  listening.add(callback);
  return () => {
    listening.delete(callback);
  };
}

/**
 * Stops `callback` listening to an AbortSignal, as the function {@link onAbort} returned would,
 * for a caller that keeps the callback anyway and need not hold that function too.
 */
export function offAbort(signal: AbortSignal, callback: () => void): void {
  registries.get(signal)?.delete(callback);
}

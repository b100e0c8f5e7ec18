import { describe, expect, it } from 'vitest';
import { offAbort, onAbort } from './abort-listeners';

describe('offAbort', () => {
  it('stops one callback as its stop function would, leaving the others', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const a = (): void => {
      calls.push('a');
    };
    onAbort(controller.signal, a);
    onAbort(controller.signal, () => calls.push('b'));
    offAbort(controller.signal, a);
    offAbort(new AbortController().signal, a);
    controller.abort();
    expect(calls).toEqual(['b']);
  });
});

describe('onAbort', () => {
  it('calls every callback still listening once, in the order they started listening', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    onAbort(controller.signal, () => calls.push('a'));
    const stopB = onAbort(controller.signal, () => calls.push('b'));
    onAbort(controller.signal, () => calls.push('c'));
    stopB();
    controller.abort();
    controller.abort();
    expect(calls).toEqual(['a', 'c']);
  });

  it('keeps one native listener per signal however many callbacks listen', () => {
    const controller = new AbortController();
    const added: string[] = [];
    const add = controller.signal.addEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((
      type: string,
      ...rest: Parameters<typeof add> extends [unknown, ...infer R] ? R : never
    ) => {
      added.push(type);
      return add(type, ...rest);
    }) as typeof controller.signal.addEventListener;
    const stops = Array.from({ length: 500 }, () => onAbort(controller.signal, () => {}));
    for (const stop of stops) stop();
    expect(added).toEqual(['abort']);
  });

  it('lets a callback added during an abort of another signal work on its own signal', () => {
    const first = new AbortController();
    const second = new AbortController();
    let fired = false;
    onAbort(first.signal, () => onAbort(second.signal, () => (fired = true)));
    first.abort();
    second.abort();
    expect(fired).toBe(true);
  });
});

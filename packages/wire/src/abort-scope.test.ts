import { describe, expect, it } from 'vitest';
import { onAbort } from './abort-listeners';
import { AbortScope } from './abort-scope';
import { abortError } from './socket-errors';
import { WireError } from './errors';

describe('AbortScope', () => {
  it('calls every callback still listening once, in order, and never one that stopped', () => {
    const scope = new AbortScope();
    const calls: string[] = [];
    scope.listen(() => calls.push('a'));
    const stopB = scope.listen(() => calls.push('b'));
    onAbort(scope, () => calls.push('c'));
    stopB();
    const reason = new WireError('E_DEADLINE', 'too late');
    scope.abort(reason);
    scope.abort(new WireError('E_ABORTED', 'second'));
    expect(calls).toEqual(['a', 'c']);
    expect(scope.aborted).toBe(true);
    expect(scope.reason).toBe(reason);
    expect(abortError(scope, 'ehlo')).toMatchObject({ code: 'E_DEADLINE', step: 'ehlo' });
  });

  it('never calls a callback that starts listening after the abort', () => {
    const scope = new AbortScope();
    scope.abort('gone');
    let called = false;
    const stop = scope.listen(() => {
      called = true;
    });
    stop();
    scope.abort('again');
    expect(called).toBe(false);
    expect(scope.reason).toBe('gone');
  });

  it('gives a real AbortSignal on demand that aborts with it, also when asked after the abort', () => {
    const early = new AbortScope();
    const signal = early.signal;
    expect(early.signal).toBe(signal);
    const seen: unknown[] = [];
    signal.addEventListener('abort', () => seen.push(signal.reason));
    early.abort('deadline');
    expect(seen).toEqual(['deadline']);

    const late = new AbortScope();
    late.abort('caller');
    expect(late.signal.aborted).toBe(true);
    expect(late.signal.reason).toBe('caller');
  });

  it('keeps listening for the rest when one stops while others still listen, and again after all stopped', () => {
    const scope = new AbortScope();
    const calls: number[] = [];
    const stops = [1, 2, 3].map((n) => scope.listen(() => calls.push(n)));
    for (const stop of stops) stop();
    scope.listen(() => calls.push(4));
    const stopFive = scope.listen(() => calls.push(5));
    stopFive();
    stopFive();
    scope.abort(null);
    expect(calls).toEqual([4]);
  });
});

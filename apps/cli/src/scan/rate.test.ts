import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionBudgets } from './budgets';

afterEach(() => {
  vi.useRealTimers();
});

describe('the per-address rate', () => {
  it('lets at most the rate of new connections to one address begin in a second, and others go on', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T12:00:00.200Z') });
    const budgets = new ConnectionBudgets({ perAddress: 10, perNetwork: 10, perAddressPerSecond: 2 });
    const begun: string[] = [];
    const open = (address: string, name: string) =>
      budgets.acquire(address).then((release) => {
        begun.push(name);
        release();
      });
    const all = Promise.all([
      open('192.0.2.1', 'a1'),
      open('192.0.2.1', 'a2'),
      open('192.0.2.1', 'a3'),
      open('198.51.100.1', 'b1'),
    ]);
    await vi.advanceTimersByTimeAsync(100);
    expect(begun.sort()).toEqual(['a1', 'a2', 'b1']);
    // The next clock second begins at .000: the third connection to 192.0.2.1 may start then.
    await vi.advanceTimersByTimeAsync(700);
    expect(begun).toContain('a3');
    await all;
  });
});

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Admission } from './admission';
import { ConnectionBudgets, networkOf } from './budgets';
import { readLineBatches, readLines } from './line-source';
import { targetStatus } from './record';

async function collect(chunks: string[], maxLineBytes?: number) {
  const lines = [];
  for await (const line of readLines(
    Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
    maxLineBytes ? { maxLineBytes } : {},
  ))
    lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits LF and CRLF lines across chunk borders and numbers them from 1', async () => {
    const lines = await collect(['a.example\r\nb.exa', 'mple\n\nlast']);
    expect(lines.map((line) => [line.number, line.text])).toEqual([
      [1, 'a.example'],
      [2, 'b.example'],
      [3, ''],
      [4, 'last'],
    ]);
    expect(lines.at(-1)?.offset).toBe(26);
  });

  it('keeps at most the cap of an endless line and marks it too long', async () => {
    const lines = await collect(['x'.repeat(5000), 'y'.repeat(5000), '\nok\n'], 100);
    expect(lines[0]?.tooLong).toBe(true);
    expect(lines[0]?.text.length).toBeLessThanOrEqual(101);
    expect(lines[1]).toMatchObject({ number: 2, text: 'ok', tooLong: false });
  });

  it('reads lines whole in one chunk and lines split over chunks alike, offsets included', async () => {
    const text = 'a.example\r\n192.0.2.1:25\n\nb.example\r\nc.example\n';
    const whole = await collect([text]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(await collect([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(whole.map((line) => line.text)).toEqual([
      'a.example',
      '192.0.2.1:25',
      '',
      'b.example',
      'c.example',
    ]);
    expect(whole.map((line) => line.offset)).toEqual([11, 24, 25, 36, 46]);
  });

  it('gives the lines each chunk completes as one batch, and a last line without end on its own', async () => {
    const batches = [];
    for await (const batch of readLineBatches(
      Readable.from(['a\nb\nc', '', 'c\nd\ne', '\n', 'tail'].map((chunk) => Buffer.from(chunk))),
    ))
      batches.push(batch.map((line) => `${line.number}:${line.text}`));
    expect(batches).toEqual([['1:a', '2:b'], ['3:cc', '4:d'], ['5:e'], ['6:tail']]);
  });
});

describe('connection budgets', () => {
  it('count IPv4 per /24 and IPv6 per /64', () => {
    expect(networkOf('192.0.2.77')).toBe('192.0.2.0/24');
    expect(networkOf('2001:db8:0:1::25')).toBe('2001:db8:0:1::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('let no more connections to one address or network than allowed, and hand slots on in order', async () => {
    const budgets = new ConnectionBudgets({ perAddress: 1, perNetwork: 2 });
    const first = await budgets.acquire('192.0.2.1');
    const second = await budgets.acquire('192.0.2.2');
    const order: string[] = [];
    const third = budgets.acquire('192.0.2.1').then((release) => {
      order.push('third');
      return release;
    });
    const other = await budgets.acquire('198.51.100.1');
    order.push('other network');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['other network']);
    first();
    (await third)();
    expect(order).toEqual(['other network', 'third']);
    second();
    other();
    expect(budgets.inUse).toEqual({ addresses: 0, networks: 0 });
  });

  it('give room at once only when nobody has to wait, and take nothing when they refuse', async () => {
    const budgets = new ConnectionBudgets({ perAddress: 1, perNetwork: 2 });
    const first = budgets.tryAcquire('192.0.2.1');
    expect(first).not.toBeNull();
    // The address is full: no room, and its network slot is not kept either.
    expect(budgets.tryAcquire('192.0.2.1')).toBeNull();
    const second = budgets.tryAcquire('192.0.2.2');
    expect(second).not.toBeNull();
    expect(budgets.tryAcquire('192.0.2.3')).toBeNull();
    const waiting = budgets.acquire('192.0.2.1');
    first?.();
    // The slot went to the waiter, in order: a newcomer finds none.
    expect(budgets.tryAcquire('192.0.2.1')).toBeNull();
    (await waiting)();
    second?.();
    expect(budgets.inUse).toEqual({ addresses: 0, networks: 0 });
    const again = budgets.tryAcquire('192.0.2.1');
    expect(again).not.toBeNull();
    again?.();
    again?.();
    expect(budgets.inUse).toEqual({ addresses: 0, networks: 0 });
  });

  it("give room at once only within the address's rate for this second, and take nothing beyond it", async () => {
    const budgets = new ConnectionBudgets({ perAddress: 4, perNetwork: 4, perAddressPerSecond: 2 });
    // Start just after a second begins, so the three calls below fall within one second.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    const first = budgets.tryAcquire('192.0.2.1');
    const second = budgets.tryAcquire('192.0.2.1');
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    first?.();
    second?.();
    // Both slots are free again, but the second's rate is spent: no room, and no slot kept.
    expect(budgets.tryAcquire('192.0.2.1')).toBeNull();
    expect(budgets.inUse).toEqual({ addresses: 0, networks: 0 });
    // Another address has its own rate.
    const other = budgets.tryAcquire('192.0.2.2');
    expect(other).not.toBeNull();
    other?.();
  });
});

describe('admission', () => {
  it('admits at once up to its bound, then only through the queue, in order', async () => {
    const admission = new Admission({ concurrency: 2 });
    try {
      const first = admission.tryEnter();
      const second = admission.tryEnter();
      expect(first).not.toBeNull();
      expect(second).not.toBeNull();
      expect(admission.tryEnter()).toBeNull();
      expect(admission.running).toBe(2);
      const queued = admission.enter();
      first?.();
      first?.();
      const third = await queued;
      expect(admission.running).toBe(2);
      expect(admission.tryEnter()).toBeNull();
      second?.();
      third();
      expect(admission.running).toBe(0);
    } finally {
      admission.close();
    }
  });
});

describe('target status', () => {
  it('never turns throttling or silence into a verdict on STARTTLS', () => {
    expect(targetStatus(['throttled'])).toEqual({ status: 'throttled', inconclusive: true });
    expect(targetStatus(['throttled', 'no-answer'])).toEqual({ status: 'throttled', inconclusive: true });
    expect(targetStatus(['starttls', 'throttled'])).toEqual({ status: 'starttls', inconclusive: true });
    expect(targetStatus(['starttls', 'no-starttls'])).toEqual({ status: 'mixed', inconclusive: false });
    expect(targetStatus(['refused', 'no-answer'])).toEqual({ status: 'unreachable', inconclusive: true });
    expect(targetStatus(['no-starttls'])).toEqual({ status: 'no-starttls', inconclusive: false });
  });
});

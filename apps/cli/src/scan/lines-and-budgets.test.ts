import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConnectionBudgets, networkOf } from './budgets';
import { readLines } from './line-source';
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

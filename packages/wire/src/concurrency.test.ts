import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './concurrency';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrent', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([30, 5, 20, 1, 10, 2], 2, async (delay, index) => {
      running++;
      most = Math.max(most, running);
      await tick(delay);
      running--;
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    expect(most).toBe(2);
  });

  it('returns an empty array for no items and treats a limit below 1 as 1', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
    let running = 0;
    let most = 0;
    await mapConcurrent([1, 2, 3], 0, async () => {
      running++;
      most = Math.max(most, running);
      await tick(1);
      running--;
    });
    expect(most).toBe(1);
  });

  it('rejects with the first failure and starts no further items', async () => {
    const started: number[] = [];
    const outcome = mapConcurrent([0, 1, 2, 3, 4], 1, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('item 1 failed');
      return item;
    });
    await expect(outcome).rejects.toThrow('item 1 failed');
    expect(started).toEqual([0, 1]);
  });
});

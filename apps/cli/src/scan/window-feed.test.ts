import { describe, expect, it } from 'vitest';
import { feedWindow } from './window-feed';

/** A task per item that settles when the test says so. */
function gate() {
  const open = new Map<number, () => void>();
  const start = (item: number) =>
    new Promise<void>((resolve) => {
      open.set(item, resolve);
    });
  const finish = (item: number) => {
    open.get(item)?.();
    open.delete(item);
  };
  return { open, start, finish };
}

async function* batches(...lists: number[][]) {
  for (const list of lists) yield list;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('feedWindow', () => {
  it('keeps at most `window` tasks unsettled, starts the next as one settles, and resolves after the last', async () => {
    const { open, start, finish } = gate();
    const counts = { inFlight: 0 };
    let done = false;
    const fed = feedWindow({
      source: batches([1, 2, 3], [4, 5]),
      window: 2,
      start,
      stopped: () => false,
      counts,
    }).then(() => {
      done = true;
    });
    await turn();
    expect([...open.keys()]).toEqual([1, 2]);
    expect(counts.inFlight).toBe(2);
    finish(2);
    await turn();
    expect([...open.keys()]).toEqual([1, 3]);
    finish(1);
    finish(3);
    await turn();
    // The second batch is read only once the first is used up.
    expect([...open.keys()]).toEqual([4, 5]);
    expect(done).toBe(false);
    finish(4);
    finish(5);
    await fed;
    expect(counts.inFlight).toBe(0);
  });

  it('skips items without a task and counts only those with one', async () => {
    const started: number[] = [];
    const counts = { inFlight: 0 };
    await feedWindow({
      source: batches([1, 2, 3, 4]),
      window: 1,
      start: (item) => {
        if (item % 2 === 1) return undefined;
        started.push(item);
        return Promise.resolve();
      },
      stopped: () => false,
      counts,
    });
    expect(started).toEqual([2, 4]);
    expect(counts.inFlight).toBe(0);
  });

  it('settles rejected tasks like fulfilled ones', async () => {
    const counts = { inFlight: 0 };
    const started: number[] = [];
    await feedWindow({
      source: batches([1, 2, 3]),
      window: 1,
      start: (item) => {
        started.push(item);
        return Promise.reject(new Error(`task ${item}`));
      },
      stopped: () => false,
      counts,
    });
    expect(started).toEqual([1, 2, 3]);
  });

  it('starts nothing more once stopped, waits for the tasks in flight and closes the source', async () => {
    const { open, start, finish } = gate();
    let stopped = false;
    let closed = false;
    async function* source() {
      try {
        yield [1, 2, 3, 4];
        yield [5];
      } finally {
        closed = true;
      }
    }
    let done = false;
    const fed = feedWindow({
      source: source(),
      window: 2,
      start,
      stopped: () => stopped,
      counts: { inFlight: 0 },
    }).then(() => {
      done = true;
    });
    await turn();
    stopped = true;
    finish(1);
    await turn();
    expect([...open.keys()]).toEqual([2]);
    expect(done).toBe(false);
    finish(2);
    await fed;
    expect(closed).toBe(true);
  });

  it("rejects with the source's error once the tasks in flight have settled", async () => {
    const { start, finish } = gate();
    async function* failing() {
      yield [1];
      throw new Error('disk gone');
    }
    let outcome: unknown = null;
    const fed = feedWindow({
      source: failing(),
      window: 4,
      start,
      stopped: () => false,
      counts: { inFlight: 0 },
    }).catch((error: unknown) => {
      outcome = error;
    });
    await turn();
    await turn();
    expect(outcome).toBeNull();
    finish(1);
    await fed;
    expect(outcome).toMatchObject({ message: 'disk gone' });
  });

  it('resolves at once for an empty source', async () => {
    const counts = { inFlight: 0 };
    await feedWindow({
      source: batches(),
      window: 4,
      start: () => Promise.resolve(),
      stopped: () => false,
      counts,
    });
    expect(counts.inFlight).toBe(0);
  });
});

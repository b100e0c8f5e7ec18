import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { holdYoungGeneration, youngGenerationBytes } from './young-generation';

const MiB = 1024 * 1024;

/**
 * What an open probe does to the young generation: allocations that stay alive for a while, so that
 * they survive collections, in steps that yield to the event loop as a scan does.
 */
async function churn(steps: number): Promise<void> {
  const held: unknown[] = [];
  for (let step = 0; step < steps; step++) {
    for (let i = 0; i < 20_000; i++) held.push({ step, i, text: `line ${i}` });
    if (held.length > 200_000) held.splice(0, 100_000);
    await turn();
  }
}

describe('holdYoungGeneration', () => {
  it('keeps the new space at its size while held, and V8 grows it again once released', async () => {
    const start = youngGenerationBytes();
    // The test needs room to grow: V8's largest new space is 32 MiB (two 16 MiB semi-spaces).
    expect(start).toBeLessThan(32 * MiB);
    const hold = holdYoungGeneration(start / 2 / MiB, '');
    expect(hold.active).toBe(true);
    await churn(150);
    const held = youngGenerationBytes();
    // The hold acts after V8's collections, not during them: when V8 has shrunk the space and grows it
    // twice before the hold hears of the first, one growth slips past (seen once in many runs).
    expect(held).toBeLessThanOrEqual(2 * start);
    hold.stop();
    // Released, the same survivors make V8 grow the space beyond what the hold kept: the churn is
    // enough to show a hold. When V8 grows depends on when its collections fall, so a few rounds.
    let grown = false;
    for (let round = 0; round < 4 && !grown; round++) {
      await churn(150);
      grown = youngGenerationBytes() > held;
    }
    expect(grown).toBe(true);
  });

  it("leaves the young generation to the user's own flags, and frozen flags alone", () => {
    for (const flags of [
      '--max-semi-space-size=16',
      '--expose-gc --min_semi_space_size=2',
      '--semi-space-growth-factor=4',
      '--freeze-flags-after-init',
    ])
      expect(holdYoungGeneration(4, flags).active).toBe(false);
    const hold = holdYoungGeneration(4, '--max-old-space-size=4096');
    expect(hold.active).toBe(true);
    hold.stop();
  });
});

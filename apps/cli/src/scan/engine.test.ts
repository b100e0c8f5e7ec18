import type { SmtpProbeResult } from '@mailports/smtp-probe';
import { describe, expect, it } from 'vitest';
import { runScan } from './engine';
import type { RecordSink } from './output';

/** An endless target list that counts how many lines the scan has pulled. */
function endlessTargets(counter: { pulled: number }): AsyncIterable<Buffer> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let index = 0; ; index++) {
        counter.pulled++;
        yield Buffer.from(`127.0.${(index >> 8) & 255}.${index & 255}:25\n`);
      }
    },
  };
}

describe('runScan', () => {
  it('reads the target list only as fast as targets finish, so an endless list stays bounded', async () => {
    const counter = { pulled: 0 };
    const controller = new AbortController();
    const written: string[] = [];
    const sink: RecordSink = { write: async (line) => void written.push(line), close: async () => {} };
    // Probes that never end on their own: only the read-ahead window can be in flight.
    const probe = ({ signal }: { signal: AbortSignal }) =>
      new Promise<SmtpProbeResult>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const scan = runScan({
      input: endlessTargets(counter),
      sink,
      port: 25,
      concurrency: 4,
      budgets: { perAddress: 1, perNetwork: 1000 },
      retries: 0,
      retryDelayMs: 10,
      dnsTimeoutMs: 1000,
      probe,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pulledWhileStuck = counter.pulled;
    controller.abort();
    const summary = await scan;
    // The window is four times the concurrency (16 targets), plus the line being read.
    expect(pulledWhileStuck).toBeLessThanOrEqual(18);
    expect(pulledWhileStuck).toBeGreaterThanOrEqual(4);
    expect(summary.complete).toBe(false);
    expect(written).toEqual([]);
  });
});

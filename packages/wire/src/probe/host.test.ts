import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useRawServers } from '../__fixtures__/servers';
import { runProbe } from '../probe-runner';
import { fanOut, probeHost } from './host';

const serve = useRawServers();

/** Collects the process warnings emitted while `work` runs (and one turn after). */
async function warningsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (warning: Error): void => {
    seen.push(warning.name);
  };
  process.on('warning', listener);
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off('warning', listener);
  }
  return seen;
}

describe('probeHost', () => {
  it('probes 40 ports under one caller signal without a MaxListenersExceededWarning, resolving once', async () => {
    const server = await serve((socket) => socket.write('220 ready\r\n'));
    let lookups = 0;
    const lookup = ((_name: string, _options: unknown, callback: (...args: unknown[]) => void) => {
      lookups += 1;
      callback(null, [{ address: '127.0.0.1', family: 4 }]);
    }) as unknown as LookupFunction;
    const caller = new AbortController();
    let results: Array<{ status: string }> = [];
    const warnings = await warningsDuring(async () => {
      const run = await probeHost({
        host: 'mail.example.test',
        targets: Array.from({ length: 40 }, () => server.port),
        signal: caller.signal,
        lookup,
        probe: (port, shared) =>
          runProbe(
            {
              protocol: 'smtp',
              host: 'mail.example.test',
              port,
              mode: 'plain',
              addresses: shared.addresses,
              signal: shared.signal,
            },
            {},
            async (ctx) => {
              const connection = await ctx.connect({});
              await connection.readLine({ step: 'greeting' });
            },
          ),
      });
      results = run.results;
    });
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(lookups).toBe(1);
    expect(results).toHaveLength(40);
    expect(results.every((result) => result.status === 'ok')).toBe(true);
  });

  it('hands a failed lookup to every probe instead of throwing', async () => {
    const lookup = ((_name: string, _options: unknown, callback: (...args: unknown[]) => void) => {
      callback(Object.assign(new Error('no such name'), { code: 'ENOTFOUND' }));
    }) as unknown as LookupFunction;
    const run = await probeHost({
      host: 'nowhere.example.test',
      targets: [25, 587],
      lookup,
      probe: async (port, shared) => `${port}: ${shared.dnsError?.code ?? 'resolved'}`,
    });
    expect(run.results).toEqual(['25: E_DNS', '587: E_DNS']);
    expect(run.addresses).toEqual([]);
  });
});

describe('fanOut', () => {
  it('aborts the run signal with E_DEADLINE when the deadline passes', async () => {
    const reasons = await fanOut({
      targets: [1, 2],
      deadline: 50,
      probe: (_target, signal) =>
        new Promise<string>((resolve) =>
          signal.addEventListener('abort', () => resolve((signal.reason as { code: string }).code)),
        ),
    });
    expect(reasons).toEqual(['E_DEADLINE', 'E_DEADLINE']);
  });
});

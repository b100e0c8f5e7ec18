import { probeSmtp, type SmtpProbeResult } from '@mailports/smtp-probe';
import {
  createDnsServer,
  createSmtpServer,
  type DnsTestServer,
  type SmtpTestServer,
} from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admission } from './admission';
import { ConnectionBudgets } from './budgets';
import { ScanResolver } from './dns';
import { runScan } from './engine';
import { targetScanner } from './target-scanner';
import type { RecordSink } from './output';
import { SharedHostResults } from './probe-host';
import { parseTarget } from './target';

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

describe('targetScanner', () => {
  let server: SmtpTestServer;
  let dns: DnsTestServer;

  beforeAll(async () => {
    server = await createSmtpServer({ tls: 'none' });
    dns = await createDnsServer({
      records: {
        'one.test': { MX: [{ priority: 10, exchange: 'mx.hosted.test' }] },
        'two.test': { MX: [{ priority: 10, exchange: 'mx.hosted.test' }] },
        'mx.hosted.test': { A: ['127.0.0.1'] },
      },
    });
  });

  afterAll(async () => {
    await Promise.all([server.close(), dns.close()]);
  });

  function scanner(shared: SharedHostResults, probed: string[]) {
    const signal = new AbortController().signal;
    return targetScanner({
      port: server.port,
      shared,
      resolver: new ScanResolver({ server: dns.address, timeoutMs: 2000 }),
      budgets: new ConnectionBudgets({ perAddress: 4, perNetwork: 4 }),
      admission: new Admission({ concurrency: 4 }),
      retries: 0,
      retryDelayMs: 10,
      signal,
      // The test DNS server puts the MX host on loopback.
      allowPrivate: true,
      probe: ({ host, address, port }) => {
        probed.push(`${host}:${port}`);
        return probeSmtp({ host, address, port, mode: 'plain', signal });
      },
    });
  }

  it('probes an endpoint for itself and keeps no result of it; domains behind one MX share one kept result', async () => {
    const shared = new SharedHostResults();
    const probed: string[] = [];
    const scan = scanner(shared, probed);
    const endpoint = `127.0.0.1:${server.port}`;
    const first = await scan({ number: 1, text: endpoint }, parseTarget(endpoint, 25));
    const again = await scan({ number: 2, text: endpoint }, parseTarget(endpoint, 25));
    expect(first?.hosts[0]).toMatchObject({ outcome: 'no-starttls', shared: false });
    expect(again?.hosts[0]).toMatchObject({ outcome: 'no-starttls', shared: false });
    expect(probed).toEqual([endpoint, endpoint]);
    expect(shared.size).toBe(0);

    const [one, two] = await Promise.all(
      ['one.test', 'two.test'].map((domain, index) =>
        scan({ number: 3 + index, text: domain }, parseTarget(domain, server.port)),
      ),
    );
    expect([one?.hosts[0]?.shared, two?.hosts[0]?.shared].sort()).toEqual([false, true]);
    expect(probed.filter((entry) => entry.startsWith('mx.hosted.test'))).toHaveLength(1);
    expect(shared.size).toBe(1);
  });

  it('rejects a target whose probe throws or rejects (a bug), and gives back its budget and admission', async () => {
    const budgets = new ConnectionBudgets({ perAddress: 1, perNetwork: 1 });
    const admission = new Admission({ concurrency: 1 });
    const failures = [
      () => {
        throw new Error('thrown by the probe');
      },
      () => Promise.reject(new Error('rejected by the probe')),
    ];
    for (const [index, fail] of failures.entries()) {
      const scan = targetScanner({
        port: 25,
        shared: new SharedHostResults(),
        resolver: new ScanResolver({ server: dns.address, timeoutMs: 2000 }),
        budgets,
        admission,
        retries: 0,
        retryDelayMs: 10,
        signal: new AbortController().signal,
        probe: fail,
      });
      const endpoint = '127.0.0.1:2525';
      await expect(scan({ number: index + 1, text: endpoint }, parseTarget(endpoint, 25))).rejects.toThrow(
        /by the probe/,
      );
      expect(admission.running).toBe(0);
      // One connection per address and per network: it is free again only if the failed probe gave it back.
      const release = budgets.tryAcquire('127.0.0.1');
      expect(release).not.toBeNull();
      release?.();
    }
  });
});

import { setMaxListeners } from 'node:events';
import { EXIT } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import type { ScanFlags } from '../flags';
import { printable } from '../sanitize';
import { Admission } from '../scan/admission';
import { ConnectionBudgets } from '../scan/budgets';
import { ScanResolver } from '../scan/dns';
import { targetScanner } from '../scan/target-scanner';
import { SharedHostResults } from '../scan/probe-host';
import { QUEUE_NAME, RedisBudgets, redisOptions, type ScanJobData, type SlotClient } from '../scan/queue';
import { parseTarget } from '../scan/target';
import { holdYoungGeneration } from '../scan/young-generation';
import { resolveScanSettings, scanProbe } from './scan';

/** A throttled target thrown back to the queue, to be tried again after BullMQ's backoff. */
class ThrottledError extends Error {
  override readonly name = 'ThrottledError';
}

/** A worker's lock on a job lasts this long and is renewed halfway; a dead worker's job is taken over after it. */
const LOCK_MS = 10_000;

/**
 * `mailports worker --queue URL`: takes targets from the queue `scan --queue` fills and returns one
 * record per job. Probes run under the worker's admission control and per-network budget, and under
 * per-address slots and a per-address rate (`--rate`, default 10 new connections a second) shared
 * by all workers through Redis. A throttled target goes back to the queue
 * with exponential backoff until its last try, whose throttled record stands. A job whose worker
 * dies is taken over by another after the lock expires (10 s). While Redis is unreachable the worker
 * waits and reconnects. Ctrl-C (or SIGTERM) finishes the jobs in hand and exits 0.
 */
export async function workerCommand(flags: ScanFlags, io: Io = processIo()): Promise<number> {
  const settings = await resolveScanSettings(flags);
  const output = createOutput(io, flags.color);
  const connection = redisOptions(flags.queue ?? '');
  const { Worker } = await import('bullmq');
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const resolver = new ScanResolver({
    server: settings.dnsServer,
    timeoutMs: Math.min(settings.timeoutMs, 5_000),
  });
  const admission = new Admission({ concurrency: settings.concurrency });
  const local = new ConnectionBudgets({ perAddress: settings.perAddress, perNetwork: settings.perNetwork });
  const probe = await scanProbe(settings);
  let budgets: RedisBudgets | null = null;
  const scan = targetScanner({
    port: settings.port,
    resolver,
    admission,
    budgets: { acquire: (address) => (budgets as RedisBudgets).acquire(address) },
    probe,
    // Retries are the queue's: a throttled target frees its slot and comes back after a backoff.
    retries: 0,
    retryDelayMs: settings.retryDelayMs,
    signal: controller.signal,
    shared: new SharedHostResults(),
    allowPrivate: settings.allowPrivate,
  });
  const worker = new Worker<ScanJobData>(
    QUEUE_NAME,
    async (job) => {
      const line = { number: job.data.line, text: job.data.text };
      const record = await scan(line, parseTarget(job.data.text, settings.port));
      if (record === null) throw new Error('the worker stopped before the target was scanned');
      const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (record.status === 'throttled' && !lastTry)
        throw new ThrottledError(
          record.hosts
            .map((host) => host.evidence)
            .filter(Boolean)
            .join('; ') || 'throttled',
        );
      // Each earlier try of this job probed every host once (workers do not retry in-process).
      return {
        ...record,
        hosts: record.hosts.map((host) => ({ ...host, tries: host.tries + job.attemptsMade })),
      };
    },
    {
      connection,
      concurrency: settings.concurrency,
      lockDuration: LOCK_MS,
      stalledInterval: LOCK_MS / 2,
      maxStalledCount: 3,
      autorun: false,
    },
  );
  budgets = new RedisBudgets(
    (await worker.client) as unknown as SlotClient,
    local,
    settings.timeoutMs + 5_000,
    settings.rate,
  );
  worker.on('error', (error) => output.err(`worker: ${printable(error.message)} (waiting for Redis)`));
  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      controller.abort();
      return;
    }
    stopping = true;
    void worker.close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let idle: NodeJS.Timeout | undefined;
  if (flags.exitWhenEmpty) {
    const { Queue } = await import('bullmq');
    const queue = new Queue(QUEUE_NAME, { connection });
    idle = setInterval(async () => {
      const counts = await queue
        .getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        .catch(() => null);
      if (counts && Object.values(counts).every((count) => count === 0)) {
        clearInterval(idle);
        await queue.close().catch(() => {});
        stop();
      }
    }, 1_000);
  }
  const youngGeneration = holdYoungGeneration();
  try {
    await worker.run();
    return EXIT.ok;
  } finally {
    youngGeneration.stop();
    clearInterval(idle);
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    admission.close();
  }
}

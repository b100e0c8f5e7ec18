import { EXIT } from '../errors';
import { createOutput, type Io } from '../io';
import type { ScanFlags } from '../flags';
import { jsonSafe, printable } from '../sanitize';
import { lineRecord } from '../scan/target-scanner';
import { readLines } from '../scan/line-source';
import { DEAD_LETTER_KEY, newRunId, QUEUE_NAME, redisOptions, type ScanJobData } from '../scan/queue';
import type { ScanRecord } from '../scan/record';
import { inShard, parseTarget, type Shard, stableHash } from '../scan/target';
import type { ScanSettings } from './scan';

const BATCH = 500;

/**
 * `scan --queue URL`: streams the targets into the BullMQ queue (one job per distinct target line,
 * in batches), prints the records of invalid and duplicate lines itself, then prints each job's
 * record as workers complete it — one line per job however often a job was retried or taken over
 * from a dead worker (BullMQ completes a job once; the collector also drops repeats). A job that
 * fails for good is printed as an `error` record and kept in the dead-letter list. Exit 0 when every
 * line has a record, 130 on Ctrl-C (the jobs stay queued).
 */
export async function enqueueCommand(options: {
  queueUrl: string;
  input: AsyncIterable<Buffer | string>;
  settings: ScanSettings;
  shard: Shard | undefined;
  io: Io;
  flags: ScanFlags;
}): Promise<number> {
  const { io, settings } = options;
  const output = createOutput(io, options.flags.color);
  const connection = redisOptions(options.queueUrl);
  const { Queue, QueueEvents } = await import('bullmq');
  const queue = new Queue<ScanJobData>(QUEUE_NAME, { connection, streams: { events: { maxLen: 100_000 } } });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  const run = newRunId();
  const printed = new Set<string>();
  let expected = 0;
  let enqueuing = true;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const print = (record: ScanRecord): void => {
    io.stdout.write(`${jsonSafe(JSON.stringify(record))}\n`);
  };
  const settle = (jobId: string, record: ScanRecord | null): void => {
    if (!jobId.startsWith(`${run}-`) || printed.has(jobId)) return;
    printed.add(jobId);
    if (record !== null) print(record);
    if (!enqueuing && printed.size >= expected) finish();
  };
  events.on('completed', ({ jobId, returnvalue }) => {
    const value = typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue;
    settle(jobId, value as ScanRecord);
  });
  events.on('failed', async ({ jobId, failedReason }) => {
    if (!jobId.startsWith(`${run}-`) || printed.has(jobId)) return;
    const job = await queue.getJob(jobId);
    if (job === undefined) return;
    // Only a final failure: retries are still to come otherwise.
    if (job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const client = (await queue.client) as unknown as { lpush(key: string, value: string): Promise<number> };
    await client.lpush(
      DEAD_LETTER_KEY,
      JSON.stringify({ jobId, ...job.data, failedReason, at: new Date().toISOString() }),
    );
    settle(
      jobId,
      lineRecord({ number: job.data.line, text: job.data.text }, null, 'error', {
        code: 'E_DEAD_LETTER',
        message: `failed after ${job.attemptsMade} tries: ${failedReason}`,
      }),
    );
  });
  const controller = new AbortController();
  const onSigint = (): void => {
    controller.abort();
    finish();
  };
  process.once('SIGINT', onSigint);
  try {
    await events.waitUntilReady();
    const seen = new Set<number>();
    let batch: Array<{
      name: string;
      data: ScanJobData;
      opts: {
        jobId: string;
        attempts: number;
        backoff: { type: 'exponential'; delay: number };
        removeOnComplete: { age: number };
        removeOnFail: { age: number };
      };
    }> = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await queue.addBulk(batch);
      batch = [];
    };
    for await (const line of readLines(options.input)) {
      if (controller.signal.aborted) break;
      const text = line.text.trim();
      if (!line.tooLong && (text === '' || text.startsWith('#'))) continue;
      let key: string;
      try {
        if (line.tooLong) throw new Error('line too long to be a target');
        key = parseTarget(text, settings.port).key;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        output.err(`line ${line.number}: ${printable(message)} (skipped)`);
        print(lineRecord(line, null, 'invalid', { code: 'E_TARGET', message }));
        continue;
      }
      if (!inShard(key, options.shard)) continue;
      const hash = stableHash(key);
      if (seen.has(hash)) {
        print(lineRecord(line, key, 'duplicate', null));
        continue;
      }
      seen.add(hash);
      expected++;
      batch.push({
        name: 'target',
        data: { run, line: line.number, text },
        opts: {
          jobId: `${run}-${line.number}`,
          attempts: settings.retries + 1,
          backoff: { type: 'exponential', delay: settings.retryDelayMs },
          // The collector reads each record from the completion event; kept a day for inspection.
          removeOnComplete: { age: 86_400 },
          removeOnFail: { age: 7 * 86_400 },
        },
      });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    enqueuing = false;
    if (printed.size >= expected) finish();
    if (io.stderr.isTTY)
      output.err(output.errorColor.dim(`${expected} targets queued as run ${run}; waiting for workers…`));
    await finished;
    return controller.signal.aborted ? EXIT.interrupted : EXIT.ok;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await events.close().catch(() => {});
    await queue.close().catch(() => {});
  }
}

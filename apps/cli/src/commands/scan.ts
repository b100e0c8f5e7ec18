import { relayPort } from '@mailports/ports';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { EXIT, UsageError } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import { parseDnsServer, parseDuration, parsePort, parsePositiveInteger, parseWireName } from '../options';
import type { ScanFlags } from '../flags';
import { ScanProgressLine } from '../render/scan-progress';
import type { ScanProgress } from '../scan/engine';
import { OutputError, type RecordSink } from '../scan/output';
import type { ResumeState } from '../scan/resume';
import type { Shard } from '../scan/target';
import { holdYoungGeneration } from '../scan/young-generation';
import { printable } from '../sanitize';
import { probeTimeouts, readCaFile, withOption } from './common';
import { resolveDnsServer } from './dns';

/** Defaults of `scan`; the README and --help quote these. */
export const SCAN_DEFAULTS = {
  port: relayPort(),
  concurrency: 64,
  perAddress: 2,
  perNetwork: 8,
  /** New connections per second to one address. */
  rate: 10,
  retries: 2,
  retryDelayMs: 30_000,
  timeoutMs: 60_000,
  connectMs: 5_000,
} as const;

/** `--shard 0/4`: this process takes the targets whose stable hash is 0 modulo 4. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new UsageError(`cannot read '${printable(text)}'`, 'write INDEX/COUNT, e.g. --shard 0/4');
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > 65536 || index >= count)
    throw new UsageError(`shard ${index}/${count} does not exist`, 'INDEX runs from 0 to COUNT-1');
  return { index, count };
}

/** The validated options of `scan` and `worker`. */
export interface ScanSettings {
  readonly port: number;
  readonly concurrency: number;
  readonly perAddress: number;
  readonly perNetwork: number;
  /** New connections per second to one address (across all workers, for `worker`). */
  readonly rate: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly timeoutMs: number;
  readonly connectMs: number;
  readonly ehloName: string | undefined;
  readonly ca: Buffer | undefined;
  readonly dnsServer: string | undefined;
  /** `--allow-private`: probe MX hosts at non-public addresses too. */
  readonly allowPrivate: boolean;
}

/** Validates the probing flags `scan` and `worker` share. @throws UsageError naming the option. */
export async function resolveScanSettings(flags: ScanFlags): Promise<ScanSettings> {
  const timeoutMs =
    flags.timeout === undefined
      ? SCAN_DEFAULTS.timeoutMs
      : withOption('--timeout', () => parseDuration(flags.timeout!));
  const dnsServerSpec =
    flags.dnsServer === undefined
      ? undefined
      : withOption('--dns-server', () => parseDnsServer(flags.dnsServer!));
  return {
    port: flags.port === undefined ? SCAN_DEFAULTS.port : withOption('--port', () => parsePort(flags.port!)),
    concurrency:
      flags.concurrency === undefined
        ? SCAN_DEFAULTS.concurrency
        : withOption('--concurrency', () => parsePositiveInteger(flags.concurrency!, 'concurrency', 4096)),
    perAddress:
      flags.perAddress === undefined
        ? SCAN_DEFAULTS.perAddress
        : withOption('--per-address', () =>
            parsePositiveInteger(flags.perAddress!, 'connections per address', 4096),
          ),
    perNetwork:
      flags.perNetwork === undefined
        ? SCAN_DEFAULTS.perNetwork
        : withOption('--per-network', () =>
            parsePositiveInteger(flags.perNetwork!, 'connections per network', 4096),
          ),
    rate:
      flags.rate === undefined
        ? SCAN_DEFAULTS.rate
        : withOption('--rate', () =>
            parsePositiveInteger(flags.rate as string, 'connections per second', 10_000),
          ),
    retries:
      flags.retries === undefined
        ? SCAN_DEFAULTS.retries
        : withOption('--retries', () =>
            flags.retries!.trim() === '0' ? 0 : parsePositiveInteger(flags.retries!, 'retries', 10),
          ),
    retryDelayMs:
      flags.retryDelay === undefined
        ? SCAN_DEFAULTS.retryDelayMs
        : withOption('--retry-delay', () => parseDuration(flags.retryDelay!, 'retry delay')),
    timeoutMs,
    connectMs:
      flags.connectTimeout === undefined
        ? Math.min(SCAN_DEFAULTS.connectMs, timeoutMs)
        : withOption('--connect-timeout', () => parseDuration(flags.connectTimeout!, 'connect timeout')),
    ehloName:
      flags.ehloName === undefined
        ? undefined
        : withOption('--ehlo-name', () => parseWireName(flags.ehloName!, 'EHLO name')),
    ca: flags.ca === undefined ? undefined : await readCaFile(flags.ca),
    dnsServer:
      dnsServerSpec === undefined ? undefined : await resolveDnsServer(dnsServerSpec, { timeoutMs: 5_000 }),
    allowPrivate: flags.allowPrivate === true,
  };
}

/** Binds probeSmtp to the scan's options: STARTTLS when offered, per-step timeouts inside the deadline. */
export async function scanProbe(settings: ScanSettings) {
  const { defaultEhloName, probeSmtp } = await import('@mailports/smtp-probe');
  // Worked out once, not for each of a million probes.
  const ehloName = settings.ehloName ?? defaultEhloName();
  const timeouts = probeTimeouts({ overallMs: settings.timeoutMs, connectMs: settings.connectMs });
  return (input: { host: string; address: string; port: number; signal: AbortSignal }) =>
    probeSmtp({
      host: input.host,
      address: input.address,
      port: input.port,
      mode: 'auto',
      timeouts,
      signal: input.signal,
      ehloName,
      // A scan record holds no transcript: recording one costs a probe CPU and memory for nothing.
      transcript: false,
      ...(settings.ca === undefined ? {} : { ca: settings.ca }),
    });
}

/** The output's records must be those of the input's lines: else a usage error, nothing probed. */
async function checkResume(
  file: string,
  outputPath: string,
  state: ResumeState,
  port: number,
  shard: Shard | undefined,
): Promise<void> {
  const { ResumeMismatchError, verifyResume } = await import('../scan/resume-check');
  try {
    await verifyResume({ input: createReadStream(file), inputName: file, outputPath, state, port, shard });
  } catch (error) {
    if (error instanceof ResumeMismatchError)
      throw new UsageError(`cannot resume (${error.code}): ${error.message}`, error.hint);
    throw error;
  }
}

/**
 * `mailports scan [file]`: one NDJSON record per target line on stdout (or `--output`), progress on a
 * terminal's stderr. Exit 0 when every line has a record, 1 when the output could not be written (the
 * file stays resumable), 130 on Ctrl-C (resumable), 2 for usage errors. With `--queue` the targets
 * go to Redis for `mailports worker` instead.
 */
export async function scanCommand(
  file: string | undefined,
  flags: ScanFlags,
  io: Io = processIo(),
): Promise<number> {
  const shard = flags.shard === undefined ? undefined : withOption('--shard', () => parseShard(flags.shard!));
  if (flags.resume && flags.output === undefined)
    throw new UsageError('--resume needs --output FILE', 'the earlier run must have written to a file');
  const fromStdin = file === undefined || file === '-';
  // --resume checks, before probing anything, that every record in the output is the record of the
  // line it claims; that needs the input read twice (once to check, once to scan). Stdin cannot be, and
  // checking as lines stream by would find a mismatch only after scanning and appending the lines
  // before it: refused rather than resumed on trust.
  if (flags.resume && fromStdin && flags.queue === undefined)
    throw new UsageError(
      '--resume needs the target file, not stdin',
      'stdin cannot be read twice to check that the output was written for the same list; save the list to a file',
    );
  const settings = await resolveScanSettings(flags);
  let inputSize: number | undefined;
  if (!fromStdin) {
    try {
      inputSize = (await stat(file)).size;
    } catch (error) {
      throw new UsageError(
        `cannot read '${printable(file)}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        'pass a file with one target per line, or - for stdin',
      );
    }
  }
  const input = fromStdin ? (io.stdin as AsyncIterable<Buffer>) : createReadStream(file);
  if (flags.queue !== undefined) {
    const { enqueueCommand } = await import('./queue');
    return enqueueCommand({ queueUrl: flags.queue, input, settings, shard, io, flags });
  }
  const output = createOutput(io, flags.color);
  const { fileSink, streamSink } = await import('../scan/output');
  const { dropCutRecord, readResumeState } = await import('../scan/resume');
  let resume: Awaited<ReturnType<typeof readResumeState>> | undefined;
  let sink: RecordSink;
  try {
    if (flags.output !== undefined) {
      if (flags.resume) {
        resume = await readResumeState(flags.output);
        if (!fromStdin) await checkResume(file, flags.output, resume, settings.port, shard);
        await dropCutRecord(flags.output, resume);
        if (resume.droppedBytes > 0)
          output.err(
            `resume: dropped a cut last record (${resume.droppedBytes} bytes) from ${printable(flags.output)}`,
          );
      }
      sink = await fileSink(flags.output, flags.resume === true);
    } else sink = streamSink(io.stdout as NodeJS.WritableStream, 'stdout', { end: false });
  } catch (error) {
    if (error instanceof OutputError && error.code === 'EEXIST')
      throw new UsageError(
        `${printable(flags.output ?? '')} exists`,
        'add --resume to continue it, or remove it',
      );
    if (error instanceof OutputError) throw new UsageError(error.message);
    throw error;
  }
  const { runScan } = await import('../scan/engine');
  const progress = new ScanProgressLine(io.stderr, output.errorColor, io.stderr.isTTY === true, inputSize);
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  const youngGeneration = holdYoungGeneration();
  try {
    const summary = await runScan({
      input,
      sink,
      port: settings.port,
      concurrency: settings.concurrency,
      budgets: {
        perAddress: settings.perAddress,
        perNetwork: settings.perNetwork,
        perAddressPerSecond: settings.rate,
      },
      retries: settings.retries,
      retryDelayMs: settings.retryDelayMs,
      shard,
      resume,
      dnsServer: settings.dnsServer,
      dnsTimeoutMs: Math.min(settings.timeoutMs, 5_000),
      allowPrivate: settings.allowPrivate,
      probe: await scanProbe(settings),
      signal: controller.signal,
      onInvalid: (line, message) => output.err(`line ${line}: ${printable(message)} (skipped)`),
      onRecord: (_record, counters) => progress.update(counters),
      ...(progress.enabled ? { onTick: (counters: ScanProgress) => progress.update(counters) } : {}),
      stats: flags.stats === true,
    });
    await sink.close();
    progress.stop();
    const where = flags.output === undefined ? '' : ` to ${printable(flags.output)}`;
    if (!summary.complete) {
      output.err(
        `interrupted: ${summary.written} records written${where}; run again with --resume to continue`,
      );
      return EXIT.interrupted;
    }
    if (flags.stats) {
      const { written, durationMs, eventLoopDelayP99Ms, stats } = summary;
      output.err(`stats: ${JSON.stringify({ records: written, durationMs, eventLoopDelayP99Ms, ...stats })}`);
    }
    if (io.stderr.isTTY)
      output.err(
        output.errorColor.dim(
          `${summary.written} records${where} in ${(summary.durationMs / 1000).toFixed(1)}s${summary.resumed > 0 ? ` (${summary.resumed} lines already done)` : ''}`,
        ),
      );
    return EXIT.ok;
  } catch (error) {
    progress.stop();
    if (!(error instanceof OutputError)) throw error;
    await sink.close().catch(() => {});
    output.err(`${output.errorColor.red('error')}: ${printable(error.message)}; the scan stopped.`);
    if (flags.output !== undefined)
      output.err(`  every record written so far is intact; free some room and run again with --resume`);
    return EXIT.none;
  } finally {
    youngGeneration.stop();
    process.removeListener('SIGINT', onSigint);
  }
}

import { createReadStream } from 'node:fs';
import { readLines } from './line-source';
import { inputIdentity, type ResumeState } from './resume';
import { inShard, type Shard } from './target';

/** Why an output cannot be continued with this input. */
export type ResumeMismatchReason =
  /** An input line is not the target its record names (edited, reordered or another file). */
  | 'changed'
  /** A record names a line that is now blank or a comment. */
  | 'blank'
  /** A record names a line past the end of the input (a shorter file). */
  | 'beyond-end'
  /** A record's target is not in this run's `--shard`. */
  | 'other-shard'
  /** The records were probed on another `--port`. */
  | 'other-port'
  /** A record says its line repeats an earlier one, but no earlier line holds that target now. */
  | 'lost-original';

/**
 * The output of `--resume` was written for other input or options: continuing would skip targets that
 * were never scanned and scan others twice. Thrown before anything is probed; `inputLine` and
 * `outputLine` (both from 1) name the first disagreement.
 */
export class ResumeMismatchError extends Error {
  override readonly name = 'ResumeMismatchError';
  readonly code = 'E_RESUME_MISMATCH';
  /** What to do instead. */
  readonly hint =
    'resume with the target file, --shard and --port of the earlier run, or start a new --output file';

  constructor(
    readonly reason: ResumeMismatchReason,
    message: string,
    readonly inputLine: number | null,
    readonly outputLine: number | null,
  ) {
    super(message);
  }
}

/** Options of {@link verifyResume}. */
export interface ResumeCheckOptions {
  /** The target list, read from its start (a second read of the file the scan will read). */
  readonly input: AsyncIterable<Buffer | string>;
  /** How to name the input in messages. */
  readonly inputName: string;
  /** The output the state was read from (read again only to name a mismatching record). */
  readonly outputPath: string;
  /** How to name the output in messages (default: its path). */
  readonly outputName?: string;
  readonly state: ResumeState;
  /** This run's `--port` (the key of a target without a port names it). */
  readonly port: number;
  readonly shard?: Shard | undefined;
}

/**
 * Checks that every record of an output for `--resume` is the record this run would write for the
 * line it claims: the same target key at that line number (the same text for a line that is not a
 * target), a target of this run's shard, probed on this run's port, and for a `duplicate` an earlier
 * line with its target (the line whose probe the earlier run had not finished). Streams the input up to
 * the last line with a record, holding one line at a time; stops at the first disagreement.
 *
 * Not checked, because records do not carry them: options that change results but not which lines are
 * scanned (`--timeout`, `--retries`, `--ca`, `--ehlo-name`, `--dns-server`), and `--port` for an output
 * whose domain records name no probed host (every one `no-mail` or `dns-failed`).
 * @throws ResumeMismatchError naming the first mismatching line of both files.
 */
export async function verifyResume(options: ResumeCheckOptions): Promise<void> {
  const { state, port, shard } = options;
  const done = state.doneLines;
  const mismatch = async (
    reason: ResumeMismatchReason,
    inputLine: number,
    describe: (record: FoundRecord) => string,
  ): Promise<never> => {
    const record = await findRecord(options.outputPath, inputLine);
    const message = `${describe(record)}; continuing would lose some targets and repeat others`;
    throw new ResumeMismatchError(reason, message, inputLine, record.outputLine);
  };
  const outputName = options.outputName ?? options.outputPath;
  const at = (record: FoundRecord): string =>
    record.outputLine === null ? outputName : `${outputName}:${record.outputLine}`;
  const where = (record: FoundRecord): string =>
    `${at(record)} is the record of ${quote(record.target)} for line`;
  if (state.probedPort !== null && state.probedPort.port !== port) {
    const earlier = state.probedPort.port;
    await mismatch(
      'other-port',
      state.probedPort.inputLine,
      (record) =>
        `${at(record)} probed ${quote(record.target)} on port ${earlier}, but this run's --port is ${port}`,
    );
  }
  if (done.size === 0) return;
  let count = 0;
  // Targets recorded as duplicates whose earlier line has not been seen yet.
  const originals = new Map(state.duplicates);
  for await (const line of readLines(options.input)) {
    count = line.number;
    const expected = done.identityOf(line.number);
    // Every line is read as a target while a duplicate's original may still come; else only done lines.
    const now = originals.size > 0 || expected !== undefined ? inputIdentity(line, port) : null;
    if (now !== null && (originals.get(now.identity) ?? 0) > line.number) originals.delete(now.identity);
    if (expected !== undefined) {
      const here = `${options.inputName}:${line.number}`;
      if (now === null)
        await mismatch(
          'blank',
          line.number,
          (record) => `${here} is blank or a comment, but ${where(record)} ${line.number}`,
        );
      else if (now.identity !== expected)
        await mismatch('changed', line.number, (record) =>
          record.target === now.text && record.key !== null && now.key !== null
            ? `${here} ${quote(now.text)} is ${now.key} with this run's --port ${port}, but ${at(record)} recorded it as ${record.key}`
            : `${here} is ${quote(now.text)}, but ${where(record)} ${line.number}`,
        );
      else if (now.key !== null && !inShard(now.key, shard))
        await mismatch(
          'other-shard',
          line.number,
          (record) =>
            `${where(record)} ${line.number}, which is not in --shard ${shard?.index}/${shard?.count}: the earlier run used another shard or none`,
        );
      else if (originals.get(now.identity) === line.number)
        await mismatch(
          'lost-original',
          line.number,
          (record) =>
            `${where(record)} ${line.number} as a repeat of an earlier line, but no earlier line of ${options.inputName} is that target now`,
        );
    }
    // Past the last record nothing is left to check.
    if (line.number >= done.lastLine) return;
  }
  const beyond = done.firstAfter(count);
  if (beyond !== undefined)
    await mismatch(
      'beyond-end',
      beyond,
      (record) => `${where(record)} ${beyond}, but ${options.inputName} has only ${count} lines`,
    );
}

interface FoundRecord {
  /** The line of the output holding it (from 1). */
  readonly outputLine: number | null;
  readonly target: string;
  readonly key: string | null;
}

/** The first record of `inputLine` in the output (read again: only when reporting a mismatch). */
async function findRecord(path: string, inputLine: number): Promise<FoundRecord> {
  for await (const entry of readLines(createReadStream(path), { maxLineBytes: 1 << 20 })) {
    // Cheap test first (scan writes `"line":N`): most lines are other records.
    if (entry.tooLong || !entry.text.includes(`"line":${inputLine}`)) continue;
    try {
      const record = JSON.parse(entry.text) as { line?: unknown; target?: unknown; key?: unknown };
      if (record.line !== inputLine) continue;
      return {
        outputLine: entry.number,
        target: typeof record.target === 'string' ? record.target : '',
        key: typeof record.key === 'string' ? record.key : null,
      };
    } catch {}
  }
  return { outputLine: null, target: '', key: null };
}

function quote(text: string): string {
  return `'${text.length > 80 ? `${text.slice(0, 80)}…` : text}'`;
}

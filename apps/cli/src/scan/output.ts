import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { readLines } from './line-source';
import { stableHash } from './target';

/** Why the output could not be written; the scan stops and says so. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Where records go: one line each, in completion order. */
export interface RecordSink {
  /** Queues one record line; resolves once it may be followed (backpressure). Rejects with OutputError. */
  write(line: string): Promise<void>;
  /** Flushes everything queued; rejects with OutputError if that fails. */
  close(): Promise<void>;
}

const WORDS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error',
  EPIPE: 'the reader closed the pipe',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
};

function outputError(error: unknown, where: string): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return new OutputError(code, `cannot write ${where}: ${WORDS[code] ?? code} (${code})`);
}

/** A sink over a stream (a file opened for appending, or stdout). The first error fails every later call. */
export function streamSink(
  stream: NodeJS.WritableStream,
  where: string,
  options: { end: boolean },
): RecordSink {
  let failure: OutputError | null = null;
  const failed = new Promise<never>((_, reject) => {
    stream.on('error', (error) => {
      failure ??= outputError(error, where);
      reject(failure);
    });
  });
  failed.catch(() => {});
  // One wait for 'drain' shared by every writer that finds the buffer full.
  let draining: Promise<unknown> | null = null;
  return {
    async write(line) {
      if (failure) throw failure;
      // One write per record: a record is either whole in the file or (on a full disk) a cut last line
      // that --resume drops.
      const more = stream.write(`${line}\n`);
      if (!more) {
        draining ??= Promise.race([new Promise((resolve) => stream.once('drain', resolve)), failed]).finally(
          () => {
            draining = null;
          },
        );
        await draining;
      }
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      await Promise.race([
        new Promise<void>((resolve) => {
          if (options.end) (stream as WriteStream).end(() => resolve());
          else stream.write('', () => resolve());
        }),
        failed,
      ]);
      if (failure) throw failure;
    },
  };
}

/** A file sink: appends (after `--resume`) or creates; `fsync`s on close so a finished file is on disk. */
export async function fileSink(path: string, append: boolean): Promise<RecordSink> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, append ? 'a' : 'wx');
  } catch (error) {
    throw outputError(error, path);
  }
  const stream = createWriteStream('', { fd: handle.fd, autoClose: false, highWaterMark: 64 * 1024 });
  const sink = streamSink(stream, path, { end: false });
  return {
    write: (line) => sink.write(line),
    async close() {
      try {
        await sink.close();
        await handle.sync().catch(() => {});
      } finally {
        await handle.close().catch(() => {});
      }
    },
  };
}

/** What an existing output says is done: the input lines with a record, and the targets seen. */
export interface ResumeState {
  /** Input line numbers that already have a record. */
  readonly doneLines: LineSet;
  /** Stable hashes of the targets already scanned (for duplicates across the two runs). */
  readonly seenTargets: Set<number>;
  /** Records kept. */
  readonly records: number;
  /** Bytes of a cut last record removed (a full disk or a kill in the middle of a write). */
  readonly droppedBytes: number;
}

/** A growable bit set of line numbers: a million lines cost 125 KB. */
export class LineSet {
  #bits = new Uint8Array(1024);

  add(line: number): void {
    if (line >> 3 >= this.#bits.length) {
      const grown = new Uint8Array(Math.max(this.#bits.length * 2, (line >> 3) + 1));
      grown.set(this.#bits);
      this.#bits = grown;
    }
    this.#bits[line >> 3]! |= 1 << (line & 7);
  }

  has(line: number): boolean {
    return line >> 3 < this.#bits.length && (this.#bits[line >> 3]! & (1 << (line & 7))) !== 0;
  }
}

/**
 * Reads an earlier run's output for `--resume`: every whole record marks its input line done. A last
 * line without its line feed (the run was killed, or the disk filled, mid-write) is cut off the file,
 * so appending continues on a clean line. A missing file is an empty state.
 * @throws OutputError when a whole line is not a scan record (not this command's output).
 */
export async function readResumeState(path: string): Promise<ResumeState> {
  const doneLines = new LineSet();
  const seenTargets = new Set<number>();
  let size: number;
  try {
    const facts = await stat(path);
    // A device or pipe has no earlier records to read (and /dev/zero-like ones never end).
    if (!facts.isFile()) return { doneLines, seenTargets, records: 0, droppedBytes: 0 };
    size = facts.size;
  } catch {
    return { doneLines, seenTargets, records: 0, droppedBytes: 0 };
  }
  let records = 0;
  let goodBytes = 0;
  const terminated = await endsWithNewline(path, size);
  for await (const entry of readLines(createReadStream(path), { maxLineBytes: 1 << 20 })) {
    // The last line without its line feed is a cut record.
    if (entry.offset === size && !terminated) break;
    if (entry.text.trim() === '') {
      goodBytes = entry.offset;
      continue;
    }
    let record: { kind?: unknown; line?: unknown; key?: unknown; status?: unknown } | null = null;
    try {
      record = entry.tooLong ? null : JSON.parse(entry.text);
    } catch {
      record = null;
    }
    if (record === null || record.kind !== 'scan-record' || typeof record.line !== 'number') {
      throw new OutputError(
        'E_RESUME',
        `${path}:${entry.number} is not a scan record; --resume needs the output of an earlier scan`,
      );
    }
    doneLines.add(record.line);
    // A duplicate's key belongs to another line, which may still be waiting for its record.
    if (typeof record.key === 'string' && record.status !== 'duplicate')
      seenTargets.add(stableHash(record.key));
    records++;
    goodBytes = entry.offset;
  }
  const droppedBytes = size - goodBytes;
  if (droppedBytes > 0) await truncate(path, goodBytes);
  return { doneLines, seenTargets, records, droppedBytes };
}

async function endsWithNewline(path: string, size: number): Promise<boolean> {
  if (size === 0) return false;
  const handle = await open(path, 'r');
  try {
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, size - 1);
    return byte[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

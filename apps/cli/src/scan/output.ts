import { createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';

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
  /**
   * Queues one record line: undefined when it may be followed at once, else a promise that resolves
   * once it may (backpressure). Throws, or rejects, with OutputError.
   */
  write(line: string): Promise<void> | undefined;
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
    write(line) {
      if (failure) throw failure;
      // One write per record: a record is either whole in the file or (on a full disk) a cut last line
      // that --resume drops.
      if (stream.write(`${line}\n`)) return undefined;
      // No promise per record while the stream keeps up: a scan writes one for every target.
      draining ??= Promise.race([new Promise((resolve) => stream.once('drain', resolve)), failed]).finally(
        () => {
          draining = null;
        },
      );
      return draining.then(() => {
        if (failure) throw failure;
      });
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

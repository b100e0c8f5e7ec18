/** One line of input, numbered from 1, without its line end. */
export interface InputLine {
  readonly number: number;
  readonly text: string;
  /** Bytes of input consumed up to and including this line (for progress on a file of known size). */
  readonly offset: number;
  /** True when the line was longer than the cap: `text` is then cut and the line is reported as such. */
  readonly tooLong: boolean;
}

/** The longest target line kept; a longer one is reported, not buffered (a domain is at most 253 bytes). */
export const MAX_LINE_BYTES = 4096;

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than one chunk, its lines
 * and one capped line: a million-line file costs no more memory than a ten-line one, and a line without end
 * costs at most `maxLineBytes` (default {@link MAX_LINE_BYTES}). Yields the lines each chunk completes,
 * in one list per chunk: a consumer that scans thousands of targets takes them without a promise and
 * a turn of the event loop per line. The consumer pulls, so a slow scan reads slowly.
 */
export async function* readLineBatches(
  stream: AsyncIterable<Buffer | string>,
  options: { maxLineBytes?: number } = {},
): AsyncGenerator<InputLine[]> {
  const cap = options.maxLineBytes ?? MAX_LINE_BYTES;
  let number = 0;
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  const finish = (): InputLine => {
    let bytes = Buffer.concat(pending, pendingBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    const line = { number: ++number, text: bytes.toString('utf8'), offset, tooLong };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return line;
  };
  const keep = (part: Buffer): void => {
    const room = cap + 1 - pendingBytes;
    if (part.length > room) tooLong = true;
    const kept = part.length > room ? part.subarray(0, room) : part;
    if (kept.length > 0) {
      // Copy: the stream may reuse its chunk buffer.
      pending.push(Buffer.from(kept));
      pendingBytes += kept.length;
    }
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const lines: InputLine[] = [];
    let start = 0;
    for (;;) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) break;
      offset += end - start + 1;
      if (pendingBytes === 0 && !tooLong && end - start <= cap) {
        // The whole line is in this chunk: decoded from it, with no copy to gather.
        const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
        lines.push({ number: ++number, text: bytes.toString('utf8', start, stop), offset, tooLong: false });
      } else {
        keep(bytes.subarray(start, end));
        lines.push(finish());
      }
      start = end + 1;
    }
    keep(bytes.subarray(start));
    offset += bytes.length - start;
    if (lines.length > 0) yield lines;
  }
  if (pendingBytes > 0 || tooLong) yield [finish()];
}

/** {@link readLineBatches} one line at a time. */
export async function* readLines(
  stream: AsyncIterable<Buffer | string>,
  options: { maxLineBytes?: number } = {},
): AsyncGenerator<InputLine> {
  for await (const lines of readLineBatches(stream, options)) yield* lines;
}

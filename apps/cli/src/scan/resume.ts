import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { readLines } from './line-source';
import { OutputError } from './output';
import { parseTarget, stableHash } from './target';

/**
 * The input lines an earlier output has records for, each with a 32-bit hash of what its record says
 * the line was. Kept as two sorted typed arrays (8 bytes a record), so the cost follows the records
 * really in the file: a hostile `"line": 4000000000` costs 8 bytes, not a bit set of 4 billion bits.
 */
export class DoneLines {
  readonly #lines: Uint32Array;
  readonly #identities: Uint32Array;

  private constructor(lines: Uint32Array, identities: Uint32Array) {
    this.#lines = lines;
    this.#identities = identities;
  }

  /**
   * Sorts `(line, identity)` pairs packed as `line * 2^32 + identity`. Two records for one line are
   * one when they agree; when they disagree the file (`where`) mixes two scans.
   * @throws OutputError (`E_RESUME`) on two records of one line for different targets.
   */
  static fromPacked(packed: BigUint64Array, where = 'the output'): DoneLines {
    packed.sort();
    const lines = new Uint32Array(packed.length);
    const identities = new Uint32Array(packed.length);
    let count = 0;
    for (const value of packed) {
      const line = Number(value >> 32n);
      const identity = Number(value & 0xffffffffn);
      if (count > 0 && lines[count - 1] === line) {
        if (identities[count - 1] === identity) continue;
        throw new OutputError(
          'E_RESUME',
          `two records in ${where} claim input line ${line} for different targets: it mixes two scans`,
        );
      }
      lines[count] = line;
      identities[count] = identity;
      count++;
    }
    return new DoneLines(lines.slice(0, count), identities.slice(0, count));
  }

  /** Input lines with a record. */
  get size(): number {
    return this.#lines.length;
  }

  /** The highest input line with a record (0 when none). */
  get lastLine(): number {
    return this.#lines.length === 0 ? 0 : this.#lines[this.#lines.length - 1]!;
  }

  has(line: number): boolean {
    return this.#index(line) >= 0;
  }

  /** The identity hash of line's record (see {@link lineIdentity}), or undefined without one. */
  identityOf(line: number): number | undefined {
    const index = this.#index(line);
    return index < 0 ? undefined : this.#identities[index];
  }

  /** The first line with a record after `line`, or undefined. */
  firstAfter(line: number): number | undefined {
    let low = 0;
    let high = this.#lines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#lines[middle]! <= line) low = middle + 1;
      else high = middle;
    }
    return this.#lines[low];
  }

  #index(line: number): number {
    let low = 0;
    let high = this.#lines.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = this.#lines[middle]!;
      if (value === line) return middle;
      if (value < line) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/**
 * What a line is, as a 32-bit FNV-1a hash: the target key (`example.com`, `192.0.2.7:25`) for a target,
 * the trimmed text for a line that is not one. A record and the input line it claims must agree; a
 * changed line passes unnoticed only with a chance of one in four billion.
 */
export function lineIdentity(key: string | null, text: string): number {
  const value = key === null ? `invalid\0${text}` : `key\0${key}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The identity of an input line as `scan` reads it, or null for a blank line or comment (no record). */
export function inputIdentity(
  line: { text: string; tooLong: boolean },
  port: number,
): { identity: number; key: string | null; text: string } | null {
  const text = line.text.trim();
  if (!line.tooLong && (text === '' || text.startsWith('#'))) return null;
  // The record keeps at most 1,024 characters of the line (engine.ts `record`).
  const kept = text.slice(0, 1024);
  let key: string | null = null;
  if (!line.tooLong) {
    try {
      key = parseTarget(text, port).key;
    } catch {
      key = null;
    }
  }
  return { identity: lineIdentity(key, kept), key, text: kept };
}

/** What an existing output says is done: the input lines with a record, and the targets seen. */
export interface ResumeState {
  /** Input line numbers that already have a record, with what each record says the line was. */
  readonly doneLines: DoneLines;
  /** Stable hashes of the targets already scanned (for duplicates across the two runs). */
  readonly seenTargets: Set<number>;
  /** Records kept. */
  readonly records: number;
  /** Bytes of a cut last record (a full disk or a kill in the middle of a write): {@link dropCutRecord} removes them. */
  readonly droppedBytes: number;
  /** Bytes of whole records: the file's length once the cut record is dropped. */
  readonly keptBytes: number;
  /** The first record of a domain with probed hosts: they were probed on the earlier run's `--port`. */
  readonly probedPort: { readonly port: number; readonly inputLine: number } | null;
  /**
   * For each target recorded as a `duplicate`: its identity (see {@link lineIdentity}) and the first
   * line recorded so. An earlier line must still hold that target, or it would never be scanned.
   */
  readonly duplicates: ReadonlyMap<number, number>;
}

const EMPTY_STATE = (): ResumeState => ({
  doneLines: DoneLines.fromPacked(new BigUint64Array(0)),
  seenTargets: new Set(),
  records: 0,
  droppedBytes: 0,
  keptBytes: 0,
  probedPort: null,
  duplicates: new Map(),
});

interface StoredRecord {
  kind?: unknown;
  line?: unknown;
  target?: unknown;
  key?: unknown;
  status?: unknown;
  hosts?: unknown;
}

/**
 * Reads an earlier run's output for `--resume`: every whole record marks its input line done. A last
 * line without its line feed (the run was killed, or the disk filled, mid-write) is counted in
 * `droppedBytes`; the file is not changed here, so a refused resume leaves it as it was. A missing
 * file is an empty state. Nothing here says the records belong to this run's input: `verifyResume`
 * (resume-check.ts) checks that.
 * @throws OutputError (`E_RESUME`) when a whole line is not a scan record (not this command's output),
 * or two records claim one line for different targets.
 */
export async function readResumeState(path: string): Promise<ResumeState> {
  let size: number;
  try {
    const facts = await stat(path);
    // A device or pipe has no earlier records to read (and /dev/zero-like ones never end).
    if (!facts.isFile()) return EMPTY_STATE();
    size = facts.size;
  } catch {
    return EMPTY_STATE();
  }
  const seenTargets = new Set<number>();
  let packed = new BigUint64Array(1024);
  let records = 0;
  let goodBytes = 0;
  let probedPort: ResumeState['probedPort'] = null;
  const duplicates = new Map<number, number>();
  const terminated = await endsWithNewline(path, size);
  for await (const entry of readLines(createReadStream(path), { maxLineBytes: 1 << 20 })) {
    // The last line without its line feed is a cut record.
    if (entry.offset === size && !terminated) break;
    if (entry.text.trim() === '') {
      goodBytes = entry.offset;
      continue;
    }
    let record: StoredRecord | null = null;
    try {
      record = entry.tooLong ? null : JSON.parse(entry.text);
    } catch {
      record = null;
    }
    const line = record?.line;
    if (
      record === null ||
      record.kind !== 'scan-record' ||
      typeof line !== 'number' ||
      !Number.isInteger(line) ||
      line < 1 ||
      line > 0xffffffff ||
      (record.key !== null && typeof record.key !== 'string') ||
      (record.key === null && typeof record.target !== 'string')
    ) {
      throw new OutputError(
        'E_RESUME',
        `${path}:${entry.number} is not a scan record; --resume needs the output of an earlier scan`,
      );
    }
    const key = record.key as string | null;
    if (records === packed.length) {
      const grown = new BigUint64Array(packed.length * 2);
      grown.set(packed);
      packed = grown;
    }
    const text = typeof record.target === 'string' ? record.target : '';
    const identity = lineIdentity(key, text);
    packed[records] = (BigInt(line) << 32n) | BigInt(identity);
    if (key !== null && record.status === 'duplicate') {
      const first = duplicates.get(identity);
      if (first === undefined || line < first) duplicates.set(identity, line);
    }
    // A duplicate's key belongs to another line, which may still be waiting for its record.
    if (key !== null && record.status !== 'duplicate') seenTargets.add(stableHash(key));
    // A domain's key has no port: its hosts show the port the earlier run probed them on.
    if (probedPort === null && key !== null && !key.includes(':') && Array.isArray(record.hosts)) {
      const port = (record.hosts[0] as { port?: unknown } | undefined)?.port;
      if (typeof port === 'number') probedPort = { port, inputLine: line };
    }
    records++;
    goodBytes = entry.offset;
  }
  const droppedBytes = size - goodBytes;
  const doneLines = DoneLines.fromPacked(packed.subarray(0, records), path);
  return { doneLines, seenTargets, records, droppedBytes, keptBytes: goodBytes, probedPort, duplicates };
}

/** Cuts the last, half-written record off the output, so appending continues on a clean line. */
export async function dropCutRecord(path: string, state: ResumeState): Promise<void> {
  if (state.droppedBytes > 0) await truncate(path, state.keptBytes);
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

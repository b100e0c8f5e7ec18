import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError } from './output';
import { DoneLines, dropCutRecord, readResumeState } from './resume';
import { ResumeMismatchError, verifyResume } from './resume-check';
import { inShard, type Shard } from './target';

const directory = mkdtempSync(join(tmpdir(), 'mailports-resume-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let files = 0;
function file(text: string): string {
  const path = join(directory, `file-${files++}`);
  writeFileSync(path, text);
  return path;
}

/** A record as `scan` writes it, with the fields resume reads. */
function record(line: number, target: string, key: string | null, extra: object = {}): string {
  return JSON.stringify({
    kind: 'scan-record',
    line,
    target,
    key,
    status: 'unreachable',
    hosts: [],
    ...extra,
  });
}

/** The records of a scan of `lines` (every line a target; records in the order given by `order`). */
function outputOf(lines: string[], order = lines.map((_, index) => index)): string {
  return order.map((index) => `${record(index + 1, lines[index]!, lines[index]!)}\n`).join('');
}

async function check(
  inputText: string,
  outputText: string,
  options: { port?: number; shard?: Shard } = {},
): Promise<ResumeMismatchError | null> {
  const input = file(inputText);
  const output = file(outputText);
  const state = await readResumeState(output);
  try {
    await verifyResume({
      input: createReadStream(input),
      inputName: 'targets.txt',
      outputPath: output,
      outputName: 'out.ndjson',
      state,
      port: options.port ?? 25,
      shard: options.shard,
    });
    return null;
  } catch (error) {
    if (error instanceof ResumeMismatchError) return error;
    throw error;
  }
}

const list = ['a.example', 'b.example', 'c.example', 'd.example'];
const text = (lines: string[]) => `${lines.join('\n')}\n`;

describe('resume state', () => {
  it('marks every whole record done and leaves a half-written last record for dropCutRecord to cut', async () => {
    const whole = `${record(1, 'a.example', 'a.example')}\n${record(3, 'b.example', 'b.example')}\n${record(4, 'a.example', 'a.example', { status: 'duplicate' })}\n`;
    const path = file(`${whole}{"kind":"scan-rec`);
    const state = await readResumeState(path);
    expect([1, 2, 3, 4, 5].map((line) => state.doneLines.has(line))).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(state.records).toBe(3);
    expect(state.droppedBytes).toBe(17);
    expect(readFileSync(path, 'utf8')).toBe(`${whole}{"kind":"scan-rec`);
    await dropCutRecord(path, state);
    expect(readFileSync(path, 'utf8')).toBe(whole);
    await expect(readResumeState(file('not json\n'))).rejects.toThrow('not a scan record');
  });

  it('costs one entry for a record of a huge line number, not a table up to it', async () => {
    const state = await readResumeState(file(`${record(4_000_000_000, 'a.example', 'a.example')}\n`));
    expect(state.doneLines.size).toBe(1);
    expect(state.doneLines.has(4_000_000_000)).toBe(true);
    expect(state.doneLines.has(1)).toBe(false);
    expect(state.doneLines.firstAfter(5)).toBe(4_000_000_000);
  });

  it('refuses an output with two records of one line for different targets', async () => {
    const mixed = `${record(2, 'a.example', 'a.example')}\n${record(2, 'b.example', 'b.example')}\n`;
    const refusal = await readResumeState(file(mixed)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OutputError);
    expect(refusal).toMatchObject({ code: 'E_RESUME', message: expect.stringContaining('line 2') });
    const repeated = `${record(2, 'a.example', 'a.example')}\n${record(2, 'a.example', 'a.example')}\n`;
    expect((await readResumeState(file(repeated))).doneLines.size).toBe(1);
  });

  it('refuses a record whose line is not a positive whole number', async () => {
    await expect(readResumeState(file(`${record(0, 'a.example', 'a.example')}\n`))).rejects.toThrow(
      'not a scan record',
    );
    await expect(readResumeState(file(`${record(1.5, 'a.example', 'a.example')}\n`))).rejects.toThrow(
      'not a scan record',
    );
  });
});

describe('verifyResume', () => {
  it('accepts the output of the same list, in any record order, a part of it, or none', async () => {
    expect(await check(text(list), outputOf(list, [3, 0, 2, 1]))).toBeNull();
    expect(await check(text(list), outputOf(list, [1]))).toBeNull();
    expect(await check(text(list), '')).toBeNull();
    // Blank lines, comments, case and surrounding blanks: the keys are the same.
    expect(
      await check(
        text(['# list', ' A.example ', '', 'b.example']),
        `${record(2, 'a.example', 'a.example')}\n`,
      ),
    ).toBeNull();
  });

  it('accepts the same list with new lines appended, whose lines have no record yet', async () => {
    expect(await check(text([...list, 'e.example', 'f.example']), outputOf(list))).toBeNull();
  });

  it('accepts the records of invalid lines when the lines are unchanged', async () => {
    const lines = ['a.example', 'not a target'];
    const output = `${record(1, 'a.example', 'a.example')}\n${record(2, 'not a target', null, { status: 'invalid' })}\n`;
    expect(await check(text(lines), output)).toBeNull();
    const edited = await check(text(['a.example', 'not a target either']), output);
    expect(edited).toMatchObject({ reason: 'changed', inputLine: 2, outputLine: 2 });
  });

  it('refuses a reordered list at the first line whose record names another target', async () => {
    const refusal = await check(
      text(['a.example', 'c.example', 'b.example', 'd.example']),
      outputOf(list, [0, 3, 2, 1]),
    );
    expect(refusal).toMatchObject({
      code: 'E_RESUME_MISMATCH',
      reason: 'changed',
      inputLine: 2,
      outputLine: 4,
    });
    expect(refusal?.message).toContain(
      "targets.txt:2 is 'c.example', but out.ndjson:4 is the record of 'b.example' for line 2",
    );
    expect(refusal?.hint).toContain('start a new --output');
  });

  it('refuses an edited line and a different file', async () => {
    expect(
      await check(text(['a.example', 'b.example', 'x.example', 'd.example']), outputOf(list)),
    ).toMatchObject({
      reason: 'changed',
      inputLine: 3,
      outputLine: 3,
    });
    expect(await check(text(['one.test', 'two.test']), outputOf(list))).toMatchObject({
      reason: 'changed',
      inputLine: 1,
    });
  });

  it('refuses a record of a line that is now blank or a comment', async () => {
    const refusal = await check(text(['a.example', '# b.example', 'c.example', 'd.example']), outputOf(list));
    expect(refusal).toMatchObject({ reason: 'blank', inputLine: 2, outputLine: 2 });
  });

  it('refuses a shorter list, naming the first record past its end', async () => {
    const refusal = await check(text(list.slice(0, 2)), outputOf(list, [3, 2, 1, 0]));
    expect(refusal).toMatchObject({ reason: 'beyond-end', inputLine: 3, outputLine: 2 });
    expect(refusal?.message).toContain('targets.txt has only 2 lines');
  });

  it('refuses a list cut short and extended with other lines, at the first changed line', async () => {
    const refusal = await check(
      text(['a.example', 'b.example', 'new-1.example', 'new-2.example', 'new-3.example']),
      outputOf(list),
    );
    expect(refusal).toMatchObject({ reason: 'changed', inputLine: 3, outputLine: 3 });
  });

  it("refuses records of targets outside this run's shard and accepts them in theirs", async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `host-${index}.example`);
    const output = outputOf(keys);
    // An unsharded output holds targets of every shard: at most one shard of three can accept it.
    const verdicts = await Promise.all(
      [0, 1, 2].map((index) => check(text(keys), output, { shard: { index, count: 3 } })),
    );
    expect(verdicts.every((verdict) => verdict?.reason === 'other-shard')).toBe(true);
    expect(verdicts[0]?.message).toContain('not in --shard 0/3');
    expect(await check(text(keys), output)).toBeNull();
    const shardZero = keys
      .map((key, index) => [key, index] as const)
      .filter(([key]) => inShard(key, { index: 0, count: 3 }));
    const shardOutput = shardZero.map(([key, index]) => `${record(index + 1, key, key)}\n`).join('');
    expect(shardZero.length).toBeGreaterThan(0);
    expect(await check(text(keys), shardOutput, { shard: { index: 0, count: 3 } })).toBeNull();
    expect(await check(text(keys), shardOutput, { shard: { index: 1, count: 3 } })).toMatchObject({
      reason: 'other-shard',
      inputLine: shardZero[0]![1] + 1,
    });
  });

  it('refuses a duplicate whose earlier line no longer holds its target, which would then never be scanned', async () => {
    // Line 1 was still being probed when the run stopped; line 3 was already written as its repeat.
    const output = `${record(2, 'b.example', 'b.example')}\n${record(3, 'a.example', 'a.example', { status: 'duplicate' })}\n`;
    expect(await check(text(['a.example', 'b.example', 'a.example']), output)).toBeNull();
    const refusal = await check(text(['x.example', 'b.example', 'a.example']), output);
    expect(refusal).toMatchObject({ reason: 'lost-original', inputLine: 3, outputLine: 2 });
    expect(refusal?.message).toContain('no earlier line of targets.txt is that target now');
  });

  it('refuses a run on another --port: in the key of an IP target and in the hosts of a domain', async () => {
    const endpoint = await check(text(['192.0.2.7']), `${record(1, '192.0.2.7', '192.0.2.7:25')}\n`, {
      port: 587,
    });
    expect(endpoint).toMatchObject({ reason: 'changed', inputLine: 1, outputLine: 1 });
    expect(endpoint?.message).toContain('recorded it as 192.0.2.7:25');
    const hosts = [{ host: 'mx.a.example', port: 25 }];
    const domain = await check(text(['a.example']), `${record(1, 'a.example', 'a.example', { hosts })}\n`, {
      port: 587,
    });
    expect(domain).toMatchObject({ reason: 'other-port', inputLine: 1, outputLine: 1 });
    expect(domain?.message).toContain("probed 'a.example' on port 25, but this run's --port is 587");
  });
});

describe('DoneLines', () => {
  it('finds lines among sorted pairs and the first line after one', () => {
    const done = DoneLines.fromPacked(new BigUint64Array([(9n << 32n) | 7n, (3n << 32n) | 5n]));
    expect([done.has(3), done.has(9), done.has(4)]).toEqual([true, true, false]);
    expect([done.identityOf(3), done.identityOf(9), done.identityOf(4)]).toEqual([5, 7, undefined]);
    expect([done.firstAfter(0), done.firstAfter(3), done.firstAfter(9)]).toEqual([3, 9, undefined]);
    expect(done.lastLine).toBe(9);
  });
});

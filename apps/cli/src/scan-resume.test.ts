import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSmtpServer, type SmtpTestServer } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, unusedPort, writeCaFile } from './__fixtures__/local';
import { runCli, startCli } from './__fixtures__/run-cli';
import type { ScanRecord } from './scan/record';
import { inShard } from './scan/target';

let server: SmtpTestServer;
let closedPort: number;
let work: CaFile;

beforeAll(async () => {
  server = await createSmtpServer({ tls: 'starttls' });
  closedPort = await unusedPort();
  work = writeCaFile(server.ca);
});

afterAll(async () => {
  await server.close();
  work.remove();
});

const fast = ['--timeout', '5s', '--connect-timeout', '2s', '--retries', '0'];

function write(name: string, text: string): string {
  const file = join(work.directory, name);
  writeFileSync(file, text);
  return file;
}

const text = (lines: string[]) => `${lines.join('\n')}\n`;

function records(file: string): ScanRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Loopback endpoints: the server's (probed, counted) and closed ports on other loopback addresses. */
function loopbackTargets(count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    index % 3 === 0 ? `127.0.0.1:${server.port}` : `127.0.1.${index}:${closedPort}`,
  );
}

describe('mailports scan --resume', () => {
  it('continues the same list, and the same list with lines appended, without repeating or losing a line', async () => {
    const lines = loopbackTargets(6);
    const file = write('same.txt', text(lines));
    const output = join(work.directory, 'same.ndjson');
    expect((await runCli(['scan', file, '-o', output, '--ca', work.file, ...fast])).code).toBe(0);
    const kept = records(output).filter((record) => record.line % 2 === 0);
    writeFileSync(output, `${kept.map((record) => JSON.stringify(record)).join('\n')}\n{"kind":"sc`);
    write('same.txt', text([...lines, `127.0.1.200:${closedPort}`, `127.0.1.201:${closedPort}`]));
    const run = await runCli(['scan', file, '-o', output, '--resume', '--ca', work.file, ...fast]);
    expect(run.code).toBe(0);
    const resumed = records(output);
    expect(resumed.map((record) => record.line).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const record of resumed)
      expect(record.target).toBe(
        [...lines, `127.0.1.200:${closedPort}`, `127.0.1.201:${closedPort}`][record.line - 1],
      );
  });

  it('refuses an output of a reordered, edited, different or cut-and-extended list before probing, and leaves it as it was', async () => {
    const lines = loopbackTargets(6);
    const file = write('original.txt', text(lines));
    const output = join(work.directory, 'original.ndjson');
    expect((await runCli(['scan', file, '-o', output, '--ca', work.file, ...fast])).code).toBe(0);
    // A run cut short: the records of lines 1 to 4, the last one half written.
    const kept = records(output).filter((record) => record.line <= 4);
    const before = `${kept.map((record) => JSON.stringify(record)).join('\n')}\n{"kind":"sc`;
    writeFileSync(output, before);
    const variants: Array<[string, string[], number]> = [
      ['reordered', [lines[1]!, lines[0]!, ...lines.slice(2)], 1],
      ['edited', [...lines.slice(0, 2), '127.0.1.99:1', ...lines.slice(3)], 3],
      ['different', ['127.0.2.1:1', '127.0.2.2:1'], 1],
      ['cut and extended', [...lines.slice(0, 3), '127.0.2.3:1', '127.0.2.4:1'], 4],
      ['shorter', lines.slice(0, 3), 4],
    ];
    const connections = server.connections.length;
    for (const [name, changed, line] of variants) {
      const changedFile = write(`${name}.txt`, text(changed));
      const run = await runCli(['scan', changedFile, '-o', output, '--resume', '--ca', work.file, ...fast]);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toContain('cannot resume (E_RESUME_MISMATCH)');
      expect(run.stderr, name).toContain(
        `${output}:${kept.findIndex((record) => record.line === line) + 1} is the record of`,
      );
      expect(run.stderr, name).toContain('start a new --output file');
      if (name !== 'shorter') expect(run.stderr, name).toContain(`${changedFile}:${line} is`);
      expect(readFileSync(output, 'utf8'), name).toBe(before);
    }
    expect(server.connections.length).toBe(connections);
  });

  it('refuses an output written for another --shard, and continues its own', async () => {
    const lines = Array.from({ length: 16 }, (_, index) => `127.0.3.${index + 1}:${closedPort}`);
    const file = write('sharded.txt', text(lines));
    const output = join(work.directory, 'shard-0.ndjson');
    expect((await runCli(['scan', file, '--shard', '0/2', '-o', output, ...fast])).code).toBe(0);
    const written = records(output);
    expect(written.length).toBe(lines.filter((line) => inShard(line, { index: 0, count: 2 })).length);
    const other = await runCli(['scan', file, '--shard', '1/2', '-o', output, '--resume', ...fast]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('not in --shard 1/2');
    const unsharded = await runCli(['scan', file, '-o', output, '--resume', ...fast]);
    expect(unsharded.code).toBe(0);
    expect(
      records(output)
        .map((record) => record.line)
        .sort((a, b) => a - b),
    ).toEqual(lines.map((_, index) => index + 1));
  });

  it('refuses --resume when the targets come from stdin, which cannot be read twice to check them', async () => {
    const output = write('stdin.ndjson', '');
    const { child, done } = startCli(['scan', '-', '-o', output, '--resume', ...fast]);
    child.stdin?.end(`127.0.0.2:${closedPort}\n`);
    const run = await done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--resume needs the target file, not stdin');
    expect(readFileSync(output, 'utf8')).toBe('');
  });

  it('checks a million-line list against a million records in a small heap and names the changed last line', async () => {
    const count = 1_000_000;
    const target = (index: number) =>
      `127.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}:${closedPort}`;
    const input = join(work.directory, 'million.txt');
    const output = join(work.directory, 'million.ndjson');
    const inputStream = createWriteStream(input);
    const outputStream = createWriteStream(output);
    for (let start = 0; start < count; start += 10_000) {
      const targets: string[] = [];
      const lines: string[] = [];
      for (let index = start; index < start + 10_000; index++) {
        targets.push(index === count - 1 ? `127.255.255.255:${closedPort}` : target(index));
        lines.push(
          `{"kind":"scan-record","line":${index + 1},"target":"${target(index)}","key":"${target(index)}","status":"unreachable"}`,
        );
      }
      inputStream.write(`${targets.join('\n')}\n`);
      outputStream.write(`${lines.join('\n')}\n`);
    }
    await Promise.all(
      [inputStream, outputStream].map((stream) => new Promise((resolve) => stream.end(resolve))),
    );
    // Every target string of either file held at once would not fit in this heap.
    const run = await runCli(['scan', input, '-o', output, '--resume', ...fast], {
      env: { NODE_OPTIONS: '--max-old-space-size=64' },
      timeoutMs: 120_000,
    });
    expect(run.stderr).toContain(`${input}:${count} is '127.255.255.255:${closedPort}'`);
    expect(run.stderr).toContain(
      `${output}:${count} is the record of '${target(count - 1)}' for line ${count}`,
    );
    expect(run.code).toBe(2);
  }, 180_000);
});

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSmtpServer, type SmtpTestServer } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, probeArgs, writeCaFile } from './__fixtures__/local';
import { CLI, runCli } from './__fixtures__/run-cli';

let server: SmtpTestServer;
let ca: CaFile;

beforeAll(async () => {
  server = await createSmtpServer({ tls: 'starttls' });
  ca = writeCaFile(server.ca);
});

afterAll(async () => {
  await server.close();
  ca.remove();
});

const fast = ['--timeout', '5s', '--connect-timeout', '1s'];
const BROKEN_BLOCK = '-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n';

/** `probe` of the test server with `--ca file`; a hang is cut off by the kill timer, failing the test. */
function probeWithCa(file: string) {
  return runCli(probeArgs('127.0.0.1', `smtp:${server.port}`, '--ca', file, ...fast), { timeoutMs: 20_000 });
}

/** A file of the temporary directory with `content`. */
function file(name: string, content: string): string {
  const path = join(ca.directory, name);
  writeFileSync(path, content);
  return path;
}

describe('--ca reads a regular file of at most 1 MiB', () => {
  it('refuses devices that never end, with exit 2 and nothing sent', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const run = await probeWithCa(device);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`--ca: '${device}' is not a regular file`);
    }
    expect(server.connections).toHaveLength(0);
  });

  it('refuses a FIFO no one writes to instead of waiting for a writer', async () => {
    const fifo = join(ca.directory, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const run = await probeWithCa(fifo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a regular file');
  });

  it('refuses a directory and a file larger than 1 MiB, without reading it', async () => {
    const directory = join(ca.directory, 'dir');
    mkdirSync(directory);
    const big = join(ca.directory, 'big.pem');
    writeFileSync(big, server.ca);
    truncateSync(big, 200 * 1024 * 1024);
    expect((await probeWithCa(directory)).stderr).toContain('is not a regular file');
    const run = await probeWithCa(big);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is larger than 1 MiB');
  });

  it('refuses a bundle whose first block is malformed, instead of dropping the valid CA after it', async () => {
    const run = await probeWithCa(file('first-broken.pem', `${BROKEN_BLOCK}${server.ca}`));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('certificate 1 of 2');
    expect(run.stderr).toContain('is not a valid certificate');
  });

  it('refuses a file of malformed blocks only, and a block without its END line', async () => {
    expect((await probeWithCa(file('all-broken.pem', BROKEN_BLOCK + BROKEN_BLOCK))).code).toBe(2);
    const unterminated = await probeWithCa(
      file('unterminated.pem', `${server.ca}-----BEGIN CERTIFICATE-----\nMIIB\n`),
    );
    expect(unterminated.code).toBe(2);
    expect(unterminated.stderr).toContain('without its END line');
  });

  it('still trusts a valid bundle', async () => {
    const run = await probeWithCa(file('good.pem', `${server.ca}\n${server.ca}`));
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('output that cannot be written', () => {
  it('ends with one line and the internal-error code when stdout is a full disk', async () => {
    const child = spawn(process.execPath, [CLI, 'ports'], {
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(4);
    expect(stderr).toBe('error: cannot write the output: ENOSPC\n');
  });
});

describe('the release', () => {
  it('builds every package it publishes, the command line included', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const build = /^(turbo run build[^&]*)&&/.exec(manifest.scripts['release'] ?? '')?.[1]?.trim();
    expect(build).toBeDefined();
    const plan = JSON.parse(
      execFileSync('npx', [...build!.split(/\s+/), '--dry=json'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
      }),
    ) as { packages: string[] };
    expect(plan.packages).toContain('mailports');
    expect(plan.packages).toEqual(
      expect.arrayContaining(['@mailports/ports', '@mailports/wire', '@mailports/recommend']),
    );
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDnsServer,
  createSmtpServer,
  type DnsTestServer,
  type SmtpTestServer,
} from '@mailports/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, unusedPort, writeCaFile } from './__fixtures__/local';
import { type CliRun, schemaValidator, startCli } from './__fixtures__/run-cli';
import type { ScanRecord } from './scan/record';

const ENV_FILE = join(import.meta.dirname, '..', '..', '..', '.redis', 'env');
if (!existsSync(ENV_FILE))
  throw new Error('no .redis/env: run `bash scripts/redis/up.sh` (or `npm run test:redis`) first');
const redis = Object.fromEntries(
  readFileSync(ENV_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('=') as [string, string]),
) as { REDIS_URL: string; REDIS_PORT: string; REDIS_PID: string };
// A database of its own, emptied before each test.
const QUEUE_URL = `${redis.REDIS_URL}/3`;

const TARGETS = 24;
let servers: SmtpTestServer[] = [];
let throttling: SmtpTestServer;
let fast: SmtpTestServer;
let tarpit: SmtpTestServer;
let dns: DnsTestServer;
let port: number;
let work: CaFile;
const children: Array<ReturnType<typeof startCli>> = [];

beforeAll(async () => {
  port = await unusedPort();
  // Eight mail hosts on their own loopback addresses, each greeting after 400 ms, so a run takes long
  // enough to kill a worker or stop Redis in the middle of it.
  servers = await Promise.all(
    Array.from({ length: 8 }, (_, index) =>
      createSmtpServer({ host: `127.0.0.${40 + index}`, port, hostile: { greetingDelayMs: 400 } }),
    ),
  );
  throttling = await createSmtpServer({
    host: '127.0.0.60',
    port,
    greeting: '421 4.7.0 Too many connections',
  });
  fast = await createSmtpServer({ host: '127.0.0.61', port });
  tarpit = await createSmtpServer({ host: '127.0.0.62', port, hostile: { greetingDelayMs: 60_000 } });
  const records: Record<string, { MX?: Array<{ priority: number; exchange: string }>; A?: string[] }> = {};
  for (let index = 1; index <= TARGETS; index++) {
    records[`d${index}.test`] = { MX: [{ priority: 10, exchange: `mx${index}.hosted.test` }] };
    records[`mx${index}.hosted.test`] = { A: [`127.0.0.${40 + (index % 8)}`] };
  }
  for (let index = 1; index <= 4; index++) {
    records[`r${index}.test`] = { MX: [{ priority: 10, exchange: `mx-r${index}.shared.test` }] };
    records[`mx-r${index}.shared.test`] = { A: ['127.0.0.61'] };
  }
  records['slow.test'] = { MX: [{ priority: 10, exchange: 'mx.slow.test' }] };
  records['mx.slow.test'] = { A: ['127.0.0.62'] };
  records['busy.test'] = { MX: [{ priority: 10, exchange: 'mx.busy.test' }] };
  records['mx.busy.test'] = { A: ['127.0.0.60'] };
  dns = await createDnsServer({ records });
  work = writeCaFile(servers[0]!.ca);
});

afterEach(() => {
  for (const { child } of children.splice(0)) child.kill('SIGKILL');
  process.kill(Number(redis.REDIS_PID), 'SIGCONT');
});

afterAll(async () => {
  await Promise.all([...servers, throttling, fast, tarpit, dns].map((server) => server.close()));
  work.remove();
});

function redisCli(...args: string[]): string {
  return execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', redis.REDIS_PORT, '-n', '3', ...args], {
    encoding: 'utf8',
  });
}

function start(args: string[]): ReturnType<typeof startCli> {
  const started = startCli(args);
  children.push(started);
  return started;
}

function options(): string[] {
  return [
    '--dns-server',
    dns.address,
    // The test DNS server puts every host on loopback.
    '--allow-private',
    '--port',
    String(port),
    '--ca',
    work.file,
    '--timeout',
    '10s',
    '--retry-delay',
    '200ms',
  ];
}

function worker(...extra: string[]) {
  return start([
    'worker',
    '--queue',
    QUEUE_URL,
    ...options(),
    '--concurrency',
    '4',
    '--exit-when-empty',
    ...extra,
  ]);
}

function collect(file: string) {
  const run = start(['scan', file, '--queue', QUEUE_URL, ...options()]);
  run.child.stdin?.end();
  return run;
}

function records(run: CliRun): ScanRecord[] {
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ScanRecord);
}

function targetFile(name: string, lines: string[]): string {
  const file = join(work.directory, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const domains = Array.from({ length: TARGETS }, (_, index) => `d${index + 1}.test`);
const connections = (): number => servers.reduce((sum, server) => sum + server.connections.length, 0);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('scan --queue with workers on Redis', () => {
  it('reports every target exactly once although one of three workers is killed mid-run', async () => {
    redisCli('flushdb');
    const file = targetFile('killed.txt', [...domains, 'not a target', 'd1.test']);
    const collector = collect(file);
    const [doomed] = [worker(), worker(), worker()];
    const before = connections();
    await until(() => connections() - before >= 6);
    doomed!.child.kill('SIGKILL');
    const run = await collector.done;
    expect(run.code).toBe(0);
    const list = records(run);
    const validate = schemaValidator('scan-record');
    for (const record of list) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(list.map((record) => record.line).sort((a, b) => a - b)).toEqual(
      Array.from({ length: TARGETS + 2 }, (_, index) => index + 1),
    );
    const scanned = list.filter((record) => record.line <= TARGETS);
    expect(scanned.every((record) => record.status === 'starttls')).toBe(true);
    expect(list.find((record) => record.line === TARGETS + 1)?.status).toBe('invalid');
    expect(list.find((record) => record.line === TARGETS + 2)?.status).toBe('duplicate');
  });

  it('waits while Redis is away and resumes without losing or repeating a target', async () => {
    redisCli('flushdb');
    const file = targetFile('paused.txt', domains);
    const collector = collect(file);
    worker();
    worker();
    const before = connections();
    await until(() => connections() - before >= 4);
    // Redis stops answering (as on a network partition or a failover) for three seconds.
    process.kill(Number(redis.REDIS_PID), 'SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    process.kill(Number(redis.REDIS_PID), 'SIGCONT');
    // Then every client connection is dropped, as a Redis restart or a proxy would: all reconnect.
    redisCli('client', 'kill', 'type', 'normal');
    const run = await collector.done;
    expect(run.code).toBe(0);
    const lines = records(run).map((record) => record.line);
    expect(lines.sort((a, b) => a - b)).toEqual(domains.map((_, index) => index + 1));
  });

  it('puts a throttled target back in the queue with backoff and reports it once, as throttled', async () => {
    redisCli('flushdb');
    const before = throttling.connections.length;
    const file = targetFile('busy.txt', ['busy.test']);
    const collector = collect(file);
    worker('--retries', '2');
    const run = await collector.done;
    const list = records(run);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'throttled', inconclusive: true });
    expect(list[0]?.hosts[0]?.evidence).toContain('421 4.7.0');
    expect(list[0]?.hosts[0]?.tries).toBe(3);
    // The default --retries 2 of the scan gives three tries through the queue.
    expect(throttling.connections.length - before).toBe(3);
    expect(redisCli('llen', 'mailports:scan:dead').trim()).toBe('0');
  });

  it('holds new connections to one address to the rate across all workers', async () => {
    redisCli('flushdb');
    const seen: number[] = [];
    const watch = setInterval(() => {
      while (seen.length < fast.connections.length) seen.push(Date.now());
    }, 10);
    try {
      const collector = collect(targetFile('rate.txt', ['r1.test', 'r2.test', 'r3.test', 'r4.test']));
      worker('--rate', '1');
      worker('--rate', '1');
      const run = await collector.done;
      expect(records(run).map((record) => record.status)).toEqual([
        'starttls',
        'starttls',
        'starttls',
        'starttls',
      ]);
    } finally {
      clearInterval(watch);
    }
    // Four connections at one a second need four distinct clock seconds, so the first and the last
    // are more than two seconds apart; the margin covers this test noticing the first one late on a
    // busy machine. Without the rate the two workers open them all within a few milliseconds.
    expect(seen).toHaveLength(4);
    expect(seen[3]! - seen[0]!).toBeGreaterThan(1_500);
  });

  it('reports a job that fails for good once, as an error, and keeps it in the dead-letter list', async () => {
    redisCli('flushdb');
    redisCli('del', 'mailports:scan:dead');
    const collector = start([
      'scan',
      targetFile('dead.txt', ['slow.test']),
      '--queue',
      QUEUE_URL,
      ...options(),
      '--retries',
      '0',
    ]);
    collector.child.stdin?.end();
    const stopping = worker('--retries', '0');
    const before = tarpit.connections.length;
    await until(() => tarpit.connections.length > before);
    // The first Ctrl-C lets the job finish; the second abandons it, so its only try fails.
    stopping.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    stopping.child.kill('SIGINT');
    const run = await collector.done;
    const list = records(run);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: 1, status: 'error', error: { code: 'E_DEAD_LETTER' } });
    expect(list[0]?.error?.message).toContain('failed after 1 tries');
    const dead = JSON.parse(redisCli('lindex', 'mailports:scan:dead', '0')) as { line: number; text: string };
    expect(dead).toMatchObject({ line: 1, text: 'slow.test' });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDnsServer,
  createSelfSignedCertificate,
  createSmtpServer,
  type DnsTestServer,
  type SmtpHandler,
  type SmtpTestServer,
} from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, unusedPort, writeCaFile } from './__fixtures__/local';
import { runCli, runCliInTerminal, schemaValidator, startCli } from './__fixtures__/run-cli';
import type { ScanRecord } from './scan/record';

let starttls: SmtpTestServer;
let plain: SmtpTestServer;
let throttling: SmtpTestServer;
let shared: SmtpTestServer;
let busy: SmtpTestServer;
let refusing: SmtpTestServer;
let implicit: SmtpTestServer;
let tarpit: SmtpTestServer;
let stallInTls: SmtpTestServer;
let longName: SmtpTestServer;
let dns: DnsTestServer;
let closedPort: number;
let work: CaFile;

beforeAll(async () => {
  // EHLO and HELO answered with `code`; QUIT still gets its 221.
  const refuseHello = (code: string) => {
    const refuse: SmtpHandler = (context) => context.reply(Number(code.slice(0, 3)), code.slice(4));
    return { handlers: { EHLO: refuse, HELO: refuse } };
  };
  // Answers nothing until the client gives up (its close ends the wait).
  const silent: SmtpHandler = async (context) => {
    await context.readLine();
  };
  // Self-signed, and named at a length no record should copy whole.
  const selfSigned = await createSelfSignedCertificate({
    names: [`${'a'.repeat(60)}.`.repeat(30).concat('test')],
  });
  [starttls, plain, throttling, shared, busy, refusing, implicit, tarpit, stallInTls, longName] =
    await Promise.all([
      createSmtpServer({ tls: 'starttls' }),
      createSmtpServer({ tls: 'none' }),
      createSmtpServer({ greeting: '421 4.7.0 mx.test Too many connections, try again later' }),
      createSmtpServer({ tls: 'starttls' }),
      createSmtpServer(refuseHello('450 4.7.1 Try again later')),
      createSmtpServer(refuseHello('554 5.7.1 Access denied')),
      createSmtpServer({ tls: 'implicit' }),
      createSmtpServer({ tls: 'starttls', handlers: { EHLO: silent } }),
      createSmtpServer({
        tls: 'starttls',
        handlers: { EHLO: (context) => (context.tls ? silent(context, '') : context.next()) },
      }),
      createSmtpServer({ tls: 'starttls', ...selfSigned }),
    ]);
  dns = await createDnsServer({
    records: {
      'one.test': { MX: [{ priority: 10, exchange: 'mx.hosted.test' }] },
      'two.test': { MX: [{ priority: 10, exchange: 'mx.hosted.test' }] },
      'mx.hosted.test': { A: ['127.0.0.1'] },
      'nomail.test': { MX: [{ priority: 0, exchange: '.' }] },
      'twice.test': {
        MX: [
          { priority: 20, exchange: 'MX.Hosted.TEST.' },
          { priority: 10, exchange: 'mx.hosted.test' },
        ],
      },
    },
    failures: { 'broken.test': 'servfail' },
  });
  closedPort = await unusedPort();
  work = writeCaFile(starttls.ca);
});

afterAll(async () => {
  await Promise.all(
    [starttls, plain, throttling, shared, busy, refusing, implicit, tarpit, stallInTls, longName, dns].map(
      (server) => server.close(),
    ),
  );
  work.remove();
});

const fast = ['--timeout', '5s', '--connect-timeout', '2s', '--retry-delay', '50ms'];

function targets(name: string, lines: string[]): string {
  const file = join(work.directory, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function records(text: string): ScanRecord[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const byLine = (list: ScanRecord[]) => new Map(list.map((record) => [record.line, record]));

/**
 * Domain targets through the test DNS server, which puts every host on loopback: so `--allow-private`,
 * unless the test is about it.
 */
function scanDomains(file: string, { allowPrivate = true } = {}) {
  return runCli([
    'scan',
    file,
    '--port',
    String(shared.port),
    '--dns-server',
    dns.address,
    ...(allowPrivate ? ['--allow-private'] : []),
    ...fast,
  ]);
}

describe('mailports scan', () => {
  it('writes one schema-valid record per target line; bad and repeated lines are reported and the scan goes on', async () => {
    const file = targets('mixed.txt', [
      `127.0.0.1:${starttls.port}`,
      `127.0.0.1:${plain.port}`,
      'not a target',
      '# a comment',
      `127.0.0.1:${starttls.port}`,
      `127.0.0.1:${throttling.port}`,
      `127.0.0.1:${closedPort}`,
      '',
    ]);
    const run = await runCli(['scan', file, '--ca', work.file, '--retries', '1', ...fast]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('line 3: a target is one word');
    // Piped: no progress line.
    expect(run.stderr).not.toContain('scanned');
    const list = records(run.stdout);
    const validate = schemaValidator('scan-record');
    for (const record of list) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const lines = byLine(list);
    expect([...lines.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(lines.get(1)).toMatchObject({ status: 'starttls', inconclusive: false });
    expect(lines.get(1)?.hosts[0]).toMatchObject({
      outcome: 'starttls',
      tls: {
        trusted: true,
        leafIssuer: expect.stringContaining('CN=mailports testkit CA'),
        leafSelfSigned: false,
      },
    });
    expect(lines.get(2)).toMatchObject({ status: 'no-starttls' });
    expect(lines.get(2)?.hosts[0]).toMatchObject({ starttls: { offered: false } });
    expect(lines.get(3)).toMatchObject({ status: 'invalid', error: { code: 'E_TARGET' } });
    expect(lines.get(5)).toMatchObject({ status: 'duplicate', key: `127.0.0.1:${starttls.port}` });
    expect(lines.get(7)).toMatchObject({ status: 'unreachable' });
  });

  it('reports a 421 greeting as throttled after retrying it, never as no STARTTLS', async () => {
    const before = throttling.connections.length;
    const file = targets('throttled.txt', [`127.0.0.1:${throttling.port}`]);
    const result = await runCli(['scan', file, '--retries', '2', ...fast]);
    const [record] = records(result.stdout);
    expect(record).toMatchObject({ status: 'throttled', inconclusive: true });
    expect(record?.hosts[0]).toMatchObject({ outcome: 'throttled', tries: 3 });
    expect(record?.hosts[0]?.evidence).toContain('421 4.7.0');
    expect(throttling.connections.length - before).toBeGreaterThanOrEqual(3);
  });

  it('reads a 4xx to EHLO as throttling and a 5xx as a refusal, with the refusing reply as evidence', async () => {
    const before = busy.connections.length;
    const file = targets('refused-hello.txt', [`127.0.0.1:${busy.port}`, `127.0.0.1:${refusing.port}`]);
    const result = await runCli(['scan', file, '--retries', '1', ...fast]);
    const lines = byLine(records(result.stdout));
    expect(lines.get(1)).toMatchObject({ status: 'throttled', inconclusive: true });
    // The QUIT that ends the session gets `221 Bye`: that answer is not the evidence.
    expect(lines.get(1)?.hosts[0]).toMatchObject({
      outcome: 'throttled',
      tries: 2,
      evidence: '450 4.7.1 Try again later',
    });
    expect(busy.connections.length - before).toBe(2);
    expect(lines.get(2)).toMatchObject({ status: 'rejected', inconclusive: true });
    expect(lines.get(2)?.hosts[0]).toMatchObject({
      outcome: 'rejected',
      tries: 1,
      evidence: '554 5.7.1 Access denied',
    });
  });

  it('answers once the TLS session stands, and reads silence after the greeting as a tarpit', async () => {
    const file = targets('tls-then.txt', [
      `127.0.0.1:${implicit.port}`,
      `127.0.0.1:${stallInTls.port}`,
      `127.0.0.1:${tarpit.port}`,
    ]);
    const result = await runCli([
      'scan',
      file,
      '--retries',
      '0',
      '--timeout',
      '3s',
      '--connect-timeout',
      '1s',
    ]);
    const list = records(result.stdout);
    const validate = schemaValidator('scan-record');
    for (const record of list) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const lines = byLine(list);
    // TLS from the first byte: no STARTTLS to ask for, and never "no STARTTLS".
    expect(lines.get(1)).toMatchObject({ status: 'implicit-tls', inconclusive: false });
    expect(lines.get(1)?.hosts[0]).toMatchObject({ outcome: 'implicit-tls', tls: { version: 'TLSv1.3' } });
    // STARTTLS worked; the EHLO inside TLS that never came is reported beside it.
    expect(lines.get(2)).toMatchObject({ status: 'starttls', inconclusive: false });
    expect(lines.get(2)?.hosts[0]).toMatchObject({
      outcome: 'starttls',
      starttls: { accepted: true },
      error: { code: 'E_DEADLINE' },
    });
    expect(lines.get(2)?.hosts[0]?.evidence).toContain('did not finish within the overall limit of 3 s');
    expect(lines.get(3)).toMatchObject({ status: 'throttled', inconclusive: true });
    expect(lines.get(3)?.hosts[0]).toMatchObject({
      outcome: 'throttled',
      banner: expect.stringMatching(/^220 /),
      error: { code: 'E_DEADLINE' },
    });
  });

  it("names the certificate's issuer, cut when it is long, and says when it signed itself", async () => {
    const file = targets('issuer.txt', [`127.0.0.1:${longName.port}`]);
    const [record] = records((await runCli(['scan', file, ...fast])).stdout);
    const validate = schemaValidator('scan-record');
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record?.hosts[0]?.tls).toMatchObject({ trusted: false, leafSelfSigned: true });
    const issuer = record?.hosts[0]?.tls?.leafIssuer ?? '';
    expect(issuer.startsWith(`CN=${'a'.repeat(60)}.`)).toBe(true);
    expect(issuer).toHaveLength(1025);
    expect(issuer.endsWith('…')).toBe(true);
  });

  it('probes an MX host once for all the domains behind it, and reads a null MX as no mail', async () => {
    const before = shared.connections.length;
    const file = targets('hosted.txt', ['one.test', 'two.test', 'nomail.test']);
    const run = await scanDomains(file);
    expect(run.code).toBe(0);
    const lines = byLine(records(run.stdout));
    expect(lines.get(1)).toMatchObject({
      status: 'starttls',
      mx: [{ host: 'mx.hosted.test', preference: 10 }],
    });
    expect(lines.get(2)).toMatchObject({ status: 'starttls' });
    expect([lines.get(1)?.hosts[0]?.shared, lines.get(2)?.hosts[0]?.shared].sort()).toEqual([false, true]);
    expect(lines.get(3)).toMatchObject({ status: 'no-mail', hosts: [] });
    expect(shared.connections.length - before).toBe(1);
  });

  it('probes an MX host named twice once, and leaves a failing lookup inconclusive but not a missing name', async () => {
    const file = targets('lookups.txt', ['twice.test', 'broken.test', 'missing.test']);
    const run = await scanDomains(file);
    const lines = byLine(records(run.stdout));
    expect(lines.get(1)).toMatchObject({
      status: 'starttls',
      mx: [{ host: 'mx.hosted.test', preference: 10 }],
    });
    expect(lines.get(1)?.hosts).toHaveLength(1);
    // SERVFAIL may pass: worth a later run. NXDOMAIN is an answer.
    expect(lines.get(2)).toMatchObject({
      status: 'dns-failed',
      inconclusive: true,
      error: { code: 'ESERVFAIL' },
    });
    expect(lines.get(3)).toMatchObject({
      status: 'dns-failed',
      inconclusive: false,
      error: { code: 'ENOTFOUND' },
    });
  });

  it('does not follow DNS to a non-public address unless allowed, but probes the addresses it is given', async () => {
    const before = shared.connections.length;
    const file = targets('private.txt', ['one.test', `127.0.0.1:${shared.port}`]);
    const run = await scanDomains(file, { allowPrivate: false });
    expect(run.code).toBe(0);
    const lines = byLine(records(run.stdout));
    expect(lines.get(1)).toMatchObject({
      status: 'error',
      inconclusive: false,
      mx: [{ host: 'mx.hosted.test' }],
      error: { code: 'E_NOT_PUBLIC', message: expect.stringContaining('127.0.0.1 (loopback)') },
    });
    expect(lines.get(1)?.hosts[0]).toMatchObject({ status: 'not-public', tries: 0, address: null });
    // An address the user named is probed wherever it is.
    expect(lines.get(2)).toMatchObject({ status: 'starttls' });
    expect(shared.connections.length - before).toBe(1);
  });

  it('splits the targets into shards with no overlap and no gap', async () => {
    const lines = Array.from({ length: 24 }, (_, index) => `127.0.0.${index + 1}:${closedPort}`);
    const file = targets('shards.txt', lines);
    const runs = await Promise.all(
      ['0/3', '1/3', '2/3'].map((shard) =>
        runCli(['scan', file, '--shard', shard, '--retries', '0', ...fast]),
      ),
    );
    const seen = runs.flatMap((run) => records(run.stdout).map((record) => record.line));
    expect(seen.sort((a, b) => a - b)).toEqual(lines.map((_, index) => index + 1));
    expect(runs.every((run) => records(run.stdout).length > 0)).toBe(true);
  });

  it('resumes a cut output without repeating or losing a target', async () => {
    const file = targets('resume.txt', [
      `127.0.0.1:${starttls.port}`,
      `127.0.0.1:${plain.port}`,
      `127.0.0.2:${closedPort}`,
      `127.0.0.1:${starttls.port}`,
    ]);
    const output = join(work.directory, 'resume.ndjson');
    const first = await runCli(['scan', file, '-o', output, ...fast]);
    expect(first.code).toBe(0);
    const complete = records(readFileSync(output, 'utf8'));
    expect(complete).toHaveLength(4);
    // Keep the records of lines 2 and 4 and half of another, as a kill in mid-write leaves them.
    const kept = complete.filter((record) => record.line === 2 || record.line === 4);
    writeFileSync(
      output,
      `${kept.map((record) => JSON.stringify(record)).join('\n')}\n{"schemaVersion":1,"ki`,
    );
    const again = await runCli(['scan', file, '-o', output, '--resume', ...fast]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('dropped a cut last record');
    const resumed = records(readFileSync(output, 'utf8'));
    expect(resumed.map((record) => record.line).sort()).toEqual([1, 2, 3, 4]);
    expect(byLine(resumed).get(1)).toMatchObject({ status: 'starttls' });
    expect(byLine(resumed).get(4)).toMatchObject({ status: 'duplicate' });
    const untouched = await runCli(['scan', file, '-o', output, ...fast]);
    expect(untouched.code).toBe(2);
    expect(untouched.stderr).toContain('add --resume');
  });

  it('leaves a resumable file when interrupted with Ctrl-C', async () => {
    const tarpit = await createSmtpServer({ hostile: { greetingDelayMs: 20_000 } });
    try {
      const file = targets('interrupt.txt', [
        `127.0.0.2:${closedPort}`,
        `127.0.0.1:${tarpit.port}`,
        `127.0.0.3:${closedPort}`,
      ]);
      const output = join(work.directory, 'interrupt.ndjson');
      const { child, done } = startCli(['scan', file, '-o', output, '--timeout', '30s', '--retries', '0']);
      child.stdin?.end();
      while (tarpit.connections.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGINT');
      const run = await done;
      expect(run.code).toBe(130);
      expect(run.stderr).toContain('--resume');
      const written = records(readFileSync(output, 'utf8'));
      expect(written.map((record) => record.line).sort()).toEqual([1, 3]);
    } finally {
      await tarpit.close();
    }
  });

  it('stops with a clear error when the output cannot be written', async () => {
    const file = targets('full.txt', [`127.0.0.2:${closedPort}`]);
    const run = await runCli(['scan', file, '-o', '/dev/full', '--resume', '--retries', '0', ...fast]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no space left on the device (ENOSPC)');
    expect(run.stderr).toContain('--resume');
  });

  it('escapes bidi overrides and C1 controls from server text in the records', async () => {
    const spoofing = await createSmtpServer({ greeting: '220 mx.test \u202eESMTP\u009b' });
    try {
      const file = targets('spoof.txt', [`127.0.0.1:${spoofing.port}`]);
      const run = await runCli(['scan', file, '--retries', '0', ...fast]);
      expect(run.stdout).not.toMatch(/[\u202e\u009b]/);
      expect(run.stdout).toContain('\\u202eESMTP\\u009b');
      expect(records(run.stdout)[0]?.hosts[0]?.banner).toBe('220 mx.test \u202eESMTP\u009b');
    } finally {
      await spoofing.close();
    }
  });

  it('shows progress with a rate on the stderr of a terminal, never in the records', async () => {
    const file = targets('progress.txt', [`127.0.0.1:${starttls.port}`, `127.0.0.2:${closedPort}`]);
    const output = join(work.directory, 'progress.ndjson');
    const run = await runCliInTerminal(['scan', file, '--retries', '0', ...fast], { stdoutTo: output });
    expect(run.code).toBe(0);
    expect(run.stderr + run.stdout).toMatch(/\d+ scanned · [\d.]+\/s/);
    expect(run.stderr + run.stdout).toMatch(/\d+% read/);
    const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^\{"schemaVersion":1,"kind":"scan-record"/);
  });

  it('reads targets from stdin and refuses bad options before scanning', async () => {
    const { child, done } = startCli(['scan', '-', '--retries', '0', ...fast]);
    child.stdin?.end(`127.0.0.2:${closedPort}\n`);
    const run = await done;
    expect(records(run.stdout)).toMatchObject([{ line: 1, status: 'unreachable' }]);
    for (const [args, words] of [
      [['scan', '--shard', '3/3'], 'shard 3/3 does not exist'],
      [['scan', '--resume'], '--resume needs --output'],
      [['scan', 'missing-file.txt'], "cannot read 'missing-file.txt'"],
      [['worker', '--queue', 'http://example.test'], 'not a redis:// URL'],
    ] as const) {
      const refused = await runCli([...args]);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stderr).toContain(words);
    }
  });
});

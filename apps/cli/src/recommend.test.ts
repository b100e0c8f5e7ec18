import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoProvider, startDemoProvider } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliInTerminal, schemaValidator } from './__fixtures__/run-cli';

const ESC = '\x1b';
let provider: DemoProvider;
let directory: string;
let caFile: string;
let portMap: string;

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

beforeAll(async () => {
  provider = await startDemoProvider();
  directory = mkdtempSync(join(tmpdir(), 'mailports-cli-'));
  caFile = join(directory, 'ca.pem');
  writeFileSync(caFile, provider.ca);
  portMap = Object.entries(provider.portMap)
    .map(([standard, actual]) => `${standard}=${actual}`)
    .join(',');
});

afterAll(async () => {
  await provider.close();
  rmSync(directory, { recursive: true, force: true });
});

function againstDemo(...extra: string[]): string[] {
  return [
    'recommend',
    `user@${provider.domain}`,
    '--dns-server',
    provider.dns!.address,
    '--ca',
    caFile,
    '--port-map',
    portMap,
    '--timeout',
    '20s',
    ...extra,
  ];
}

describe('mailports recommend', () => {
  it('finds the provider through DNS, recommends implicit TLS for sending and reading, and exits 0', async () => {
    const run = await runCli(againstDemo());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Send mail: localhost port 465 \(on \d+\), implicit TLS.* — recommended/);
    expect(run.stdout).toMatch(/Read mail: localhost port 993 \(on \d+\), implicit TLS.* — recommended/);
    expect(run.stdout).toMatch(/observed\s+\S/);
    expect(run.stdout).toMatch(/standard\s+.*RFC 8314/);
    expect(run.stdout).toContain('Settings to paste (table)');
    expect(run.stdout).not.toContain(ESC);
  });

  it('prints nodemailer options alone with --format nodemailer --quiet, never a password', async () => {
    const run = await runCli(againstDemo('--role', 'send', '--format', 'nodemailer', '--quiet'));
    expect(run.code).toBe(0);
    const json = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    const options = JSON.parse(json);
    expect(options).toMatchObject({ host: 'localhost', secure: true });
    expect(options.port).toBe(provider.ports.smtps);
    expect(run.stdout).not.toContain('password');
  });

  it('prints a Thunderbird config-v1.1.xml alone with --format thunderbird --quiet', async () => {
    const run = await runCli(againstDemo('--format', 'thunderbird', '-q'));
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(run.stdout).toContain('<incomingServer type="imap">');
    expect(run.stdout).toContain('<outgoingServer type="smtp">');
  });

  it('prints one JSON document that validates against the recommend schema', async () => {
    const run = await runCli(againstDemo('--json'));
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.summary.best.send).toMatchObject({ security: 'implicit', verdict: 'recommended' });
    expect(document.discovery.domain).toBe(provider.domain);
  });

  it('exits 1 when nothing answers on any candidate port', async () => {
    const closed = await unusedPort();
    const map = ['465', '587', '25', '2525', '993', '143', '995', '110']
      .map((port) => `${port}=${closed}`)
      .join(',');
    const run = await runCli([
      'recommend',
      '127.0.0.1',
      '--port-map',
      map,
      '--role',
      'send',
      '--timeout',
      '10s',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Send mail: no working option found/);
  });

  it('rejects a misspelt role, format or network with exit 2 and a suggestion', async () => {
    const [role, format, network] = await Promise.all([
      runCli(['recommend', 'example.test', '--role', 'sned']),
      runCli(['recommend', 'example.test', '--format', 'nodemail']),
      runCli(['recommend', 'example.test', '--network', 'gpc']),
    ]);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("unknown role 'sned' — did you mean send?");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('did you mean nodemailer?');
    expect(network.code).toBe(2);
    expect(network.stderr).toContain('did you mean gcp?');
  });
});

describe('mailports demo', () => {
  it('starts the demo provider, recommends against it and stops it, with no network and no setup', async () => {
    const run = await runCli(['demo']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nothing leaves this machine');
    expect(run.stdout).toMatch(/Send mail: .*port 465 .* — recommended/);
    expect(run.stdout).toMatch(/Read mail: .*port 993 .* — recommended/);
    expect(run.stdout).toContain('Settings to paste');
    expect(run.stdout).not.toContain(ESC);
  });

  it('prints JSON for the demo that validates against the recommend schema', async () => {
    const run = await runCli(['demo', '--json']);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.command).toBe('demo');
    expect(document.demo.domain).toBeTypeOf('string');
  });

  it('shows progress and colour on a terminal only', async () => {
    const terminal = await runCliInTerminal(['demo']);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(`${ESC}[2K`);
    expect(terminal.stdout).toContain(`${ESC}[32m`);
    const noColor = await runCliInTerminal(['demo'], { env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('Send mail');
    expect(noColor.stdout).not.toMatch(/\x1b\[\d+m/);
  });
});

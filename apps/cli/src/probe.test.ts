import { readFileSync } from 'node:fs';
import {
  createImapServer,
  createPop3Server,
  createSmtpServer,
  type SmtpTestServer,
  type TestServer,
} from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, ESC, probeArgs, unusedPort, writeCaFile } from './__fixtures__/local';
import { runCli, runCliInTerminal, schemaValidator } from './__fixtures__/run-cli';

const servers: TestServer[] = [];
let ca: CaFile;
let starttls: SmtpTestServer;
let implicit: SmtpTestServer;
let escaping: SmtpTestServer;
let closedPort: number;

beforeAll(async () => {
  starttls = await createSmtpServer({ tls: 'starttls' });
  implicit = await createSmtpServer({ tls: 'implicit' });
  escaping = await createSmtpServer({ preset: 'terminal-escape' });
  servers.push(starttls, implicit, escaping);
  closedPort = await unusedPort();
  ca = writeCaFile(starttls.ca);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  ca.remove();
});

const fast = ['--timeout', '10s', '--connect-timeout', '2s'];

/** `probe 127.0.0.1 --ports <ports>` with short timeouts, trusting the testkit CA, plus `extra`. */
function trusted(ports: string, ...extra: string[]): string[] {
  return probeArgs('127.0.0.1', ports, '--ca', ca.file, ...fast, ...extra);
}

/** The same without the CA: certificates are then untrusted. */
function untrusted(ports: string, ...extra: string[]): string[] {
  return probeArgs('127.0.0.1', ports, ...fast, ...extra);
}

describe('mailports probe', () => {
  it('probes STARTTLS and implicit-TLS ports in one table and exits 0 when all work', async () => {
    const run = await runCli(trusted(`smtp:${starttls.port},smtps:${implicit.port}`));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('PORT') || /^\s+PORT/.test(line))!;
    expect(header).toMatch(/PORT\s+PROTOCOL\s+STATUS\s+SECURITY\s+TLS\s+CERTIFICATE\s+AUTH\s+TIME/);
    const rowOf = (port: number) => lines.find((line) => line.trim().startsWith(`${port} `))!;
    expect(rowOf(starttls.port)).toMatch(/smtp\s+ok\s+STARTTLS\s+TLSv1\.[23]\s+trusted\s+PLAIN LOGIN/);
    expect(rowOf(implicit.port)).toMatch(/smtp\s+ok\s+implicit TLS\s+TLSv1\.[23]\s+trusted/);
    expect(run.stdout).toContain('2 of 2 ports working');
    expect(run.stdout).not.toContain(ESC);
  });

  it('probes IMAP and POP3, STARTTLS and implicit TLS, side by side with SMTP', async () => {
    const users = { alice: 'secret' };
    const mailbox = await Promise.all([
      createImapServer({ users }),
      createImapServer({ users, tls: 'implicit' }),
      createPop3Server({ users }),
      createPop3Server({ users, tls: 'implicit' }),
    ]);
    servers.push(...mailbox);
    const [imap, imaps, pop3, pop3s] = mailbox as [TestServer, TestServer, TestServer, TestServer];
    const list = `imap:${imap.port},imaps:${imaps.port},pop3:${pop3.port},pop3s:${pop3s.port},smtp:${starttls.port}`;
    const run = await runCli(trusted(list));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const rowOf = (port: number) => lines.find((line) => line.trim().startsWith(`${port} `)) ?? '';
    expect(rowOf(imap.port)).toMatch(/imap\s+ok\s+STARTTLS\s+TLSv1\.[23]\s+trusted/);
    expect(rowOf(imaps.port)).toMatch(/imap\s+ok\s+implicit TLS\s+TLSv1\.[23]\s+trusted/);
    expect(rowOf(pop3.port)).toMatch(/pop3\s+ok\s+STARTTLS\s+TLSv1\.[23]\s+trusted/);
    expect(rowOf(pop3s.port)).toMatch(/pop3\s+ok\s+implicit TLS\s+TLSv1\.[23]\s+trusted/);
    expect(run.stdout).toContain('5 of 5 ports working');
  });

  it('exits 1 when no port answers and says why in plain words', async () => {
    const run = await runCli(untrusted(`smtp:${closedPort}`));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${closedPort}\\s+smtp\\s+refused`));
    expect(run.stdout).toMatch(
      new RegExp(`${closedPort}/smtp\\s+refused\\s+Port ${closedPort} refused the connection`),
    );
  });

  it('exits 3 when some ports work and some do not', async () => {
    const run = await runCli(trusted(`smtp:${starttls.port},smtp:${closedPort}`));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('1 of 2 ports working');
  });

  it('counts an untrusted certificate as a failure unless --insecure', async () => {
    const strict = await runCli(untrusted(`smtp:${starttls.port}`));
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/ok\s+STARTTLS\s+TLSv1\.[23]\s+(untrusted|self-signed)/);
    expect(strict.stdout).toContain(
      '1 answered but failed certificate checks (--ca FILE for a private CA; --insecure to count them)',
    );
    const insecure = await runCli(untrusted(`smtp:${starttls.port}`, '--insecure'));
    expect(insecure.code).toBe(0);
    expect(insecure.stdout).toContain('(ignored)');
  });

  it('neutralises escape sequences in a hostile banner: no raw ESC reaches stdout', async () => {
    const run = await runCli(untrusted(`smtp:${escaping.port}`, '--verbose', '--transcript', '--insecure'));
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain('\x07');
    expect(run.stdout).toContain('\\x1b]0;pwned\\x07');
    const json = await runCli(untrusted(`smtp:${escaping.port}`, '--json'));
    expect(json.stdout).not.toContain(ESC);
    expect(JSON.parse(json.stdout).results[0].banner).toContain('\x1b]0;pwned');
  });

  it('prints capabilities before and after TLS with --verbose, and the dialogue with --transcript', async () => {
    const run = await runCli(trusted(`smtp:${starttls.port}`, '--verbose', '--transcript'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/capabilities\s+.*STARTTLS/);
    expect(run.stdout).toMatch(/capabilities \(TLS\)\s+.*AUTH PLAIN LOGIN/);
    expect(run.stdout).toMatch(/\+\s*\d+\.\dms\s+S: 220 /);
    expect(run.stdout).toMatch(/C: EHLO /);
    expect(run.stdout).toMatch(/tls S: 250/);
  });

  it('prints one JSON document that validates against the probe schema', async () => {
    const run = await runCli(trusted(`smtp:${starttls.port},smtp:${closedPort}`, '--json'));
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('');
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('probe');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.summary).toMatchObject({ total: 2, working: 1, exitCode: 3 });
    expect(document.results.map((result: { status: string }) => result.status)).toEqual(['ok', 'refused']);
  });

  it('shows live progress and colour only on a terminal', async () => {
    const piped = await runCli(trusted(`smtp:${starttls.port}`));
    expect(piped.stdout + piped.stderr).not.toContain(ESC);
    expect(piped.stderr).toBe('');
    const terminal = await runCliInTerminal(trusted(`smtp:${starttls.port}`));
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(`${ESC}[2K`);
    expect(terminal.stdout).toContain(`${ESC}[32m`);
    const plain = await runCliInTerminal(trusted(`smtp:${starttls.port}`, '--json'));
    expect(plain.stdout).not.toContain(`${ESC}[`);
  });

  it('writes progress to stderr only: with stdout redirected on a terminal, the file gets the plain report', async () => {
    const file = `${ca.directory}/report.txt`;
    const terminal = await runCliInTerminal(trusted(`smtp:${starttls.port}`), { stdoutTo: file });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(`${ESC}[2K`);
    expect(terminal.stdout).toContain(`${starttls.port}/smtp`);
    const report = readFileSync(file, 'utf8');
    expect(report).toContain('1 of 1 ports working');
    expect(report).not.toContain(ESC);
  });

  it('probes the eight well-known ports when no --ports is given, in the documented order', async () => {
    // Nothing listens on 127.0.0.77: every port is refused at once, which is all this test needs.
    const run = await runCli(['probe', '127.0.0.77', '--json', '--timeout', '5s', '--connect-timeout', '1s']);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('probe');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const eight = [25, 465, 587, 2525, 110, 995, 143, 993];
    expect(document.options.ports.map((spec: { port: number }) => spec.port)).toEqual(eight);
    expect(document.results.map((result: { port: number }) => result.port)).toEqual(eight);
    expect(document.results.map((result: { protocol: string }) => result.protocol)).toEqual([
      'smtp',
      'smtp',
      'smtp',
      'smtp',
      'pop3',
      'pop3',
      'imap',
      'imap',
    ]);
  });

  it('rejects bad option values with exit 2 before sending anything', async () => {
    const cases: Array<[string[], string]> = [
      [['--ports', 'smtp:70000'], 'port must be 1–65535 (got 70000)'],
      [['--ports', '2526'], 'port 2526 has no well-known mail protocol'],
      [['--protocol', 'smpt'], "unknown protocol 'smpt' — did you mean smtp?"],
      [['--timeout', 'soon'], '--timeout: timeout must be a duration'],
      [
        ['--dns-server', 'dns_server.example'],
        '--dns-server: DNS server must be an IP address or a host name',
      ],
      [['--ca', `${ca.directory}/missing.pem`], '--ca: cannot read'],
      [['--ehlo-name', 'a\r\nb'], 'EHLO name must not contain CR, LF or NUL'],
      [['--password', 'hunter2'], 'passwords are never taken as arguments'],
      [['--user', 'alice'], '--user needs a password'],
      [
        ['--user', 'alice', '--password-env', 'MAILPORTS_UNSET_VARIABLE'],
        'MAILPORTS_UNSET_VARIABLE is not set',
      ],
    ];
    const untouched = await createSmtpServer();
    servers.push(untouched);
    const runs = await Promise.all(
      cases.map(([args]) => runCli(probeArgs('127.0.0.1', `smtp:${untouched.port}`, ...args))),
    );
    for (const [index, [args, message]] of cases.entries()) {
      const run = runs[index]!;
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('hunter2');
    }
    expect(untouched.connections).toHaveLength(0);
  });
});

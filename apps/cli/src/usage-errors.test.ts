import { createSmtpServer, type SmtpTestServer } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESC, probeArgs, unusedPort } from './__fixtures__/local';
import { runCli, runCliInTerminal } from './__fixtures__/run-cli';

let server: SmtpTestServer;
/** A loopback port no DNS server listens on: recommend must never ask the system resolver here. */
let noDns: string;

beforeAll(async () => {
  server = await createSmtpServer({ tls: 'starttls' });
  noDns = `127.0.0.1:${await unusedPort()}`;
});

afterAll(async () => {
  await server.close();
});

const fast = ['--timeout', '5s', '--connect-timeout', '1s'];

/** Runs the CLI and expects a usage error: exit 2, an `error:` line, and no connection to the server. */
async function expectUsageError(args: readonly string[], message: RegExp): Promise<string> {
  const before = server.connections.length;
  const run = await runCli(args, { timeoutMs: 20_000 });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(server.connections.length).toBe(before);
  return run.stderr;
}

describe('values that would reach the wire are refused before anything is sent', () => {
  it('refuses an EHLO name with a space', async () => {
    await expectUsageError(
      probeArgs('127.0.0.1', `smtp:${server.port}`, '--ehlo-name', 'a b', ...fast),
      /--ehlo-name: EHLO name must be a domain name or an address literal/,
    );
  });

  it('refuses an EHLO name with an escape byte, and does not echo the raw byte', async () => {
    const stderr = await expectUsageError(
      probeArgs('127.0.0.1', `smtp:${server.port}`, '--ehlo-name', `client${ESC}[2J.example`, ...fast),
      /--ehlo-name: .*\\x1b/,
    );
    expect(stderr).not.toContain(ESC);
  });

  it('still accepts a domain and an address literal as EHLO name', async () => {
    for (const name of ['client.example.org', '[127.0.0.1]', '[IPv6:::1]']) {
      const run = await runCli(
        probeArgs('127.0.0.1', `smtp:${server.port}`, '--ehlo-name', name, '--insecure', ...fast),
      );
      expect(run.code, run.stderr).toBe(0);
      expect(server.connections.at(-1)?.clientLines()).toContain(`EHLO ${name}`);
    }
  });

  it('refuses a server name with a space', async () => {
    await expectUsageError(
      probeArgs('127.0.0.1', `smtp:${server.port}`, '--servername', 'a b', ...fast),
      /--servername: server name must be a host name or an IP address/,
    );
  });

  it('refuses `.` and empty labels as the host', async () => {
    for (const host of ['.', 'mail..example.test']) {
      await expectUsageError(
        probeArgs(host, `smtp:${server.port}`, ...fast),
        /is not a host name or IP address/,
      );
    }
  });
});

describe('option values that used to pass silently', () => {
  it('refuses an empty item in --ports', async () => {
    await expectUsageError(
      probeArgs('127.0.0.1', `smtp:${server.port},,smtp:${server.port}`, ...fast),
      /--ports: empty item/,
    );
  });

  it('refuses CR and LF inside --ports, even at the end', async () => {
    for (const ports of [`smtp:${server.port}\r\n`, `smtp:${server.port},\nsmtp:1`]) {
      await expectUsageError(probeArgs('127.0.0.1', ports, ...fast), /--ports: .*control characters/);
    }
  });

  it('refuses a space between a duration and its unit', async () => {
    await expectUsageError(
      probeArgs('127.0.0.1', `smtp:${server.port}`, '--timeout', '5 s'),
      /--timeout: timeout must be a duration like 10, 500ms/,
    );
  });

  it('refuses an address with two @ as the recommend target, asking no DNS server', async () => {
    await expectUsageError(
      ['recommend', 'a@b@c.invalid', '--dns-server', noDns, ...fast],
      /not an email address, domain or host/,
    );
  });

  it('refuses a --port-map that sends two standard ports to one port, or onto a probed one', async () => {
    await expectUsageError(
      ['recommend', 'example.invalid', '--dns-server', noDns, '--port-map', '465=40123,587=40123', ...fast],
      /--port-map: 465 and 587 both map to port 40123/,
    );
    await expectUsageError(
      ['recommend', 'example.invalid', '--dns-server', noDns, '--port-map', '465=587', ...fast],
      /--port-map: 465=587 maps onto port 587, which is probed as itself/,
    );
  });
});

describe('commands', () => {
  it('names an unknown command given with --help instead of printing the main help', async () => {
    for (const args of [
      ['frobnicate', '--help'],
      ['frobnicate', '-h'],
      ['help', 'frobnicate'],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("unknown command 'frobnicate'");
      expect(run.stdout).toBe('');
    }
  });

  it('still prints help for a known command and for the program', async () => {
    expect((await runCli(['probe', '--help'])).code).toBe(0);
    expect((await runCli(['--help'])).code).toBe(0);
    expect((await runCli(['help', 'probe'])).stdout).toContain('Usage: mailports probe');
  });
});

describe('the password prompt', () => {
  it('cancels with exit 2 when the input ends before a password, sending nothing', async () => {
    const before = server.connections.length;
    const run = await runCliInTerminal(
      probeArgs('127.0.0.1', `smtp:${server.port}`, '--user', 'alice', ...fast),
      { answer: { when: 'Password for alice: ', text: '\u0004' }, timeoutMs: 20_000 },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no password given at the prompt');
    expect(server.connections.length).toBe(before);
  });

  it('cancels with exit 2 on Enter with nothing typed', async () => {
    const run = await runCliInTerminal(
      probeArgs('127.0.0.1', `smtp:${server.port}`, '--user', 'alice', ...fast),
      { answer: { when: 'Password for alice: ', text: '\r' }, timeoutMs: 20_000 },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no password given at the prompt');
  });
});

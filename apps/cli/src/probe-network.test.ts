import {
  createDnsServer,
  createSmtpServer,
  createUnansweredPort,
  type DnsTestServer,
  type SmtpTestServer,
} from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaFile, probeArgs, writeCaFile } from './__fixtures__/local';
import { runCli, runCliInTerminal, schemaValidator, startCli } from './__fixtures__/run-cli';

let smtp: SmtpTestServer;
let stalled: SmtpTestServer;
let dns: DnsTestServer;
let ca: CaFile;

beforeAll(async () => {
  smtp = await createSmtpServer({ users: { alice: 'correct horse' } });
  stalled = await createSmtpServer({ preset: 'no-greeting' });
  dns = await createDnsServer({
    records: {
      'mail.example.test': { A: ['127.0.0.1'] },
      'first-refuses.example.test': { A: ['127.0.0.3', '127.0.0.1'] },
    },
  });
  ca = writeCaFile(smtp.ca);
});

afterAll(async () => {
  await Promise.all([smtp.close(), stalled.close(), dns.close()]);
  ca.remove();
});

/** `probe 127.0.0.1` on the SMTP server, trusting its CA, plus `extra`. */
function trustedSmtp(...extra: string[]): string[] {
  return probeArgs('127.0.0.1', `smtp:${smtp.port}`, '--ca', ca.file, ...extra);
}

describe('mailports probe: names, credentials and interruptions', () => {
  it('resolves the host through --dns-server once and probes the address it got', async () => {
    const run = await runCli(
      probeArgs('mail.example.test', `smtp:${smtp.port}`, '--dns-server', dns.address, '--insecure'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('mail.example.test (127.0.0.1)');
    expect(dns.queries.some((query) => query.name === 'mail.example.test')).toBe(true);
  });

  it('moves past a first address that refuses to the one that answers, and JSON lists both attempts', async () => {
    const args = probeArgs('first-refuses.example.test', `smtp:${smtp.port}`, '--dns-server', dns.address);
    const run = await runCli([...args, '--insecure', '--json']);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(schemaValidator('probe')(document)).toBe(true);
    expect(document.target.addresses).toEqual(['127.0.0.3', '127.0.0.1']);
    expect(document.results[0]).toMatchObject({ status: 'ok', address: '127.0.0.1' });
    expect(
      document.results[0].connectAttempts.map((attempt: { outcome: string }) => attempt.outcome),
    ).toEqual(['refused', 'connected']);
  });

  it('exits 1 with the reason when the host does not resolve, and JSON says so too', async () => {
    const args = probeArgs('nowhere.example.test', `smtp:${smtp.port}`, '--dns-server', dns.address);
    const text = await runCli(args);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('cannot resolve nowhere.example.test');
    const json = await runCli([...args, '--json']);
    expect(json.code).toBe(1);
    const document = JSON.parse(json.stdout);
    expect(schemaValidator('probe')(document)).toBe(true);
    expect(document.target.resolutionError).toBeTypeOf('string');
    expect(document.results).toEqual([]);
  });

  it('sends the --ehlo-name given and checks the certificate against --servername', async () => {
    const run = await runCli(
      trustedSmtp('--ehlo-name', 'client.example.org', '--servername', 'other.example.org'),
    );
    expect(run.code).toBe(1);
    expect(smtp.clientLines()).toContain('EHLO client.example.org');
    expect(run.stdout).toMatch(/ok\s+STARTTLS\s+TLSv1\.[23]\s+name mismatch/);
  });

  it('exits 5 when the server refuses the credentials, and 0 again for the right ones', async () => {
    const wrong = await runCli(trustedSmtp('--user', 'alice', '--password-env', 'MAILPORTS_TEST_PASSWORD'), {
      env: { MAILPORTS_TEST_PASSWORD: 'wrong horse' },
    });
    expect(wrong.code).toBe(5);
    expect(wrong.stdout).not.toContain('wrong horse');
    const right = await runCli(trustedSmtp('--user', 'alice', '--password-env', 'MAILPORTS_TEST_PASSWORD'), {
      env: { MAILPORTS_TEST_PASSWORD: 'correct horse' },
    });
    expect(right.code).toBe(0);
  });

  it('tests credentials from --password-env inside TLS and never prints the password', async () => {
    const run = await runCli(
      trustedSmtp(
        '--user',
        'alice',
        '--password-env',
        'MAILPORTS_TEST_PASSWORD',
        '--verbose',
        '--transcript',
      ),
      { env: { MAILPORTS_TEST_PASSWORD: 'correct horse' } },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/login test\s+succeeded/);
    expect(run.stdout).not.toContain('correct horse');
    expect(run.stdout).not.toContain(Buffer.from('\0alice\0correct horse').toString('base64'));
  });

  it('prompts for the password on a terminal without echoing it', async () => {
    const run = await runCliInTerminal(trustedSmtp('--user', 'alice', '--verbose'), {
      answer: { when: 'Password for alice: ', text: 'correct horse\r' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Password for alice: ');
    expect(run.stdout).toMatch(/login test.*succeeded \(PLAIN\)/);
    expect(run.stdout).not.toContain('correct horse');
  });

  it('reports a silent server as no-greeting, not aborted, even under a short --timeout', async () => {
    const run = await runCli(
      probeArgs('127.0.0.1', `smtp:${stalled.port}`, '--timeout', '3s', '--connect-timeout', '1s'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${stalled.port}\\s+smtp\\s+no-greeting`));
    expect(run.stdout).toContain('no greeting arrived');
  });

  it('leaves a slow greeting its share of a --timeout no longer than the connect timeout', async () => {
    // Postscreen-like: the greeting comes 0.6 s after the connect, well inside a 5 s deadline.
    const slow = await createSmtpServer({ hostile: { greetingDelayMs: 600 } });
    try {
      const run = await runCli(probeArgs('127.0.0.1', `smtp:${slow.port}`, '--timeout', '5s', '--json'));
      const [result] = JSON.parse(run.stdout).results;
      expect(result).toMatchObject({ status: 'ok' });
      expect(result.timings.greeting).toBeGreaterThanOrEqual(500);
    } finally {
      await slow.close();
    }
  });

  it('reports a port still connecting when --timeout ends as a timeout with the time waited, not as aborted', async () => {
    const filtered = await createUnansweredPort();
    try {
      const run = await runCli(
        probeArgs(
          '127.0.0.1',
          `smtp:${filtered.port}`,
          '--timeout',
          '1s',
          '--connect-timeout',
          '5s',
          '--json',
        ),
      );
      const result = JSON.parse(run.stdout).results[0];
      expect(result.status).toBe('timeout');
      expect(result.error.code).toBe('E_CONNECT_TIMEOUT');
      expect(result.statusMessage).toMatch(
        /^No answer on port \d+ within [\d.]+ s: the overall time limit \(1 s\)/,
      );
      expect(result.statusMessage).not.toMatch(/abort/);
    } finally {
      await filtered.close();
    }
  });

  it('probes more than ten ports without a MaxListenersExceededWarning', async () => {
    const many = await Promise.all(Array.from({ length: 14 }, () => createSmtpServer()));
    try {
      const list = many.map((server) => `smtp:${server.port}`).join(',');
      const run = await runCli(probeArgs('127.0.0.1', list, '--concurrency', '16', '--json'));
      expect(JSON.parse(run.stdout).results).toHaveLength(14);
      expect(run.stderr).not.toContain('MaxListenersExceededWarning');
    } finally {
      await Promise.all(many.map((server) => server.close()));
    }
  });

  it('stops on Ctrl-C: open probes end as aborted, the table is printed and the exit code is 130', async () => {
    const before = stalled.connections.length;
    const { child, done } = startCli(probeArgs('127.0.0.1', `smtp:${stalled.port}`, '--timeout', '60s'));
    // Interrupt once this probe is connected (its handler installed), as a person would.
    while (stalled.connections.length === before) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stdout).toMatch(new RegExp(`${stalled.port}\\s+smtp\\s+aborted`));
  });
});

describe('mailports probe and recommend: --dns-server with a host name', () => {
  it('asks the DNS server found at localhost:PORT', async () => {
    const before = dns.queries.length;
    const run = await runCli(
      probeArgs(
        'mail.example.test',
        `smtp:${smtp.port}`,
        '--dns-server',
        `localhost:${dns.address.split(':').pop()}`,
        '--insecure',
      ),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('mail.example.test (127.0.0.1)');
    expect(dns.queries.slice(before).some((query) => query.name === 'mail.example.test')).toBe(true);
  });

  it('is a usage error (exit 2) when the name does not resolve, and nothing is probed', async () => {
    const connections = smtp.connections.length;
    const args = probeArgs('127.0.0.1', `smtp:${smtp.port}`, '--dns-server', 'dns.mailports.invalid:53');
    const [probe, recommend] = await Promise.all([
      runCli(args),
      runCli(['recommend', 'example.test', '--dns-server', 'dns.mailports.invalid', '--json']),
    ]);
    expect(probe.code).toBe(2);
    expect(probe.stderr).toContain("error: --dns-server: cannot resolve 'dns.mailports.invalid'");
    expect(probe.stderr).toContain('give the DNS server as an IP address');
    expect(recommend.code).toBe(2);
    expect(JSON.parse(recommend.stdout).error.code).toBe('E_USAGE');
    expect(smtp.connections).toHaveLength(connections);
  });
});

import type { TestServer } from '@mailports/testkit';
import { describe, expect, it } from 'vitest';
import { useDemoProvider } from './__fixtures__/demo';
import { runCli, runCliInTerminal, schemaValidator } from './__fixtures__/run-cli';

const USER = 'user@demo.test';
/** Not the demo's default `password`: that word is in every report ("Normal password"). */
const PASSWORD = 'correct horse battery staple';
const VARIABLE = 'MAILPORTS_TEST_PASSWORD';
/** Every form of the secret that must never be printed: as typed, and in SASL PLAIN and LOGIN. */
const SECRETS = [
  PASSWORD,
  Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64'),
  Buffer.from(PASSWORD).toString('base64'),
];

const demo = useDemoProvider({ users: { [USER]: PASSWORD } });

/**
 * `recommend user@demo.test` through the demo's DNS server, reached by name (`localhost:PORT`), and
 * its port map, logging in as USER, plus `extra`. The demo's SRV records name `localhost`, outside
 * demo.test: trusted with --trust-host, as a user would for their provider's server.
 */
function withLogin(...extra: string[]): string[] {
  return [...withoutTrust(...extra), '--trust-host', 'localhost'];
}

function withoutTrust(...extra: string[]): string[] {
  return [
    'recommend',
    USER,
    '--dns-server',
    `localhost:${demo.provider.dns!.address.split(':').pop()}`,
    '--port-map',
    demo.portMap,
    '--timeout',
    '20s',
    '--user',
    USER,
    ...extra,
  ];
}

/** Client lines that start a login, whatever the protocol. */
function loginLines(server: TestServer): string[] {
  return server
    .clientLines()
    .filter((line) => /^(?:\S+ )?(?:AUTH|AUTHENTICATE|LOGIN|USER|PASS)\b/i.test(line));
}

/** Login lines on every server of the provider, by server name. */
function loginsByServer(): Record<string, number> {
  return Object.fromEntries(
    Object.entries(demo.provider.servers)
      .filter((entry): entry is [string, TestServer] => 'clientLines' in entry[1])
      .map(([name, server]) => [name, loginLines(server).length]),
  );
}

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('mailports recommend --user', () => {
  it('checks the login on the best send and read options only, says so per role and exits 0', async () => {
    const before = loginsByServer();
    const run = await runCli(withLogin('--ca', demo.ca.file, '--password-env', VARIABLE), {
      env: { [VARIABLE]: PASSWORD },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Send mail: localhost port 465 .* — recommended\n {2}login {5}as user@demo\.test: succeeded \(PLAIN\)\n/,
    );
    expect(run.stdout).toMatch(
      /Read mail: localhost port 993 .* — recommended\n {2}login {5}as user@demo\.test: succeeded \(PLAIN\)\n/,
    );
    expectNoSecret(run.stdout + run.stderr);
    const after = loginsByServer();
    const added = Object.fromEntries(
      Object.entries(after).map(([name, count]) => [name, count - before[name]!]),
    );
    expect(added).toEqual({
      smtps: 1,
      submission: 0,
      relay: 0,
      alt: 0,
      imaps: 1,
      imap: 0,
      pop3s: 0,
      pop3: 0,
      stalled: 0,
    });
  });

  it('sends no password to an SRV target outside the domain without --trust-host, says why, and validates', async () => {
    const before = loginsByServer();
    const run = await runCli(
      withoutTrust('--ca', demo.ca.file, '--password-env', VARIABLE, '--role', 'send', '--json'),
      { env: { [VARIABLE]: PASSWORD } },
    );
    const document = JSON.parse(run.stdout);
    expect(schemaValidator('recommend')(document)).toBe(true);
    expect(document.recommendations[0].login).toMatchObject({
      outcome: 'not-tried',
      reason: 'outside-domain',
    });
    expect(document.recommendations[0].login.message).toContain('--trust-host localhost');
    expect(loginsByServer()).toEqual(before);
  });

  it('rejects a --trust-host that is not one host name, before sending anything', async () => {
    const run = await runCli(withLogin('--trust-host', 'a b.test', '--password-env', VARIABLE), {
      env: { [VARIABLE]: PASSWORD },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--trust-host: 'a b.test' is not a host name or IP address");
  });

  it('reports the login in JSON that validates, with the login connection redacted and no password anywhere', async () => {
    const run = await runCli(
      withLogin('--ca', demo.ca.file, '--password-env', VARIABLE, '--role', 'all', '--json'),
      {
        env: { [VARIABLE]: PASSWORD },
      },
    );
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.summary.login).toEqual({ send: 'succeeded', relay: 'not-tried', read: 'succeeded' });
    const send = document.recommendations.find((item: { role: string }) => item.role === 'send');
    expect(send.login).toMatchObject({ username: USER, outcome: 'succeeded', mechanism: 'PLAIN' });
    expect(send.login.result.transcript.some((entry: { redacted?: boolean }) => entry.redacted)).toBe(true);
    const relay = document.recommendations.find((item: { role: string }) => item.role === 'relay');
    expect(relay.login).toMatchObject({ outcome: 'not-tried', reason: 'relay' });
    expect(relay.login.result).toBeUndefined();
    expectNoSecret(run.stdout);
  });

  it('exits 5 when the best option works but the password is wrong, naming the server answer', async () => {
    const run = await runCli(withLogin('--ca', demo.ca.file, '--password-env', VARIABLE), {
      env: { [VARIABLE]: 'wrong password' },
    });
    expect(run.code).toBe(5);
    expect(run.stdout).toMatch(
      /login {5}as user@demo\.test: failed — AUTH PLAIN rejected the credentials \(535[^)]*\)\./,
    );
    expect(run.stdout).toMatch(/Read mail: .*\n {2}login {5}as user@demo\.test: failed — /);
    expect(run.stdout).not.toContain('wrong password');
    const json = await runCli(withLogin('--ca', demo.ca.file, '--password-env', VARIABLE, '--json'), {
      env: { [VARIABLE]: 'wrong password' },
    });
    const document = JSON.parse(json.stdout);
    expect(schemaValidator('recommend')(document)).toBe(true);
    expect(document.summary).toMatchObject({ exitCode: 5, login: { send: 'failed', read: 'failed' } });
  });

  it('sends no credentials to a best option whose certificate failed verification, even with --insecure', async () => {
    const before = loginsByServer();
    const run = await runCli(withLogin('--insecure', '--password-env', VARIABLE), {
      env: { [VARIABLE]: PASSWORD },
    });
    // Without --ca the demo's certificates do not verify: usable with --insecure, never recommended.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /Send mail: localhost port 465 .* — works\n {2}login {5}as user@demo\.test: not tried — The certificate does not verify \(/,
    );
    expect(run.stdout).toContain('credentials go only to a verified server, even when accepted as insecure.');
    expect(loginsByServer()).toEqual(before);
  });

  it('puts the --user name into the nodemailer options, even for a domain target, and never the password', async () => {
    const args = withLogin('--ca', demo.ca.file, '--password-env', VARIABLE, '--role', 'send');
    args[1] = 'demo.test';
    const run = await runCli([...args, '--format', 'nodemailer', '--quiet'], {
      env: { [VARIABLE]: PASSWORD },
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ secure: true, auth: { user: USER } });
    expectNoSecret(run.stdout);
  });

  it('prompts for the password on a terminal without echoing it', async () => {
    const run = await runCliInTerminal(withLogin('--ca', demo.ca.file, '--role', 'send'), {
      answer: { when: `Password for ${USER}: `, text: `${PASSWORD}\r` },
    });
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/login {5}as user@demo\.test: succeeded/);
    expectNoSecret(run.stdout);
  });

  it('refuses a password given as an argument, and --user without a password off a terminal, before sending anything', async () => {
    const connections = demo.provider.servers.smtps.connections.length;
    const [argument, missing] = await Promise.all([
      runCli(withLogin('--password', 'hunter2')),
      runCli(withLogin()),
    ]);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toContain('passwords are never taken as arguments');
    expect(argument.stderr + argument.stdout).not.toContain('hunter2');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--user needs a password and there is no terminal to ask for it');
    expect(demo.provider.servers.smtps.connections).toHaveLength(connections);
  });
});

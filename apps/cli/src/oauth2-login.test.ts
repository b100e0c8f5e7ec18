import { createImapServer, createSmtpServer, type TestServer } from '@mailports/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDemoProvider } from './__fixtures__/demo';
import { type CaFile, probeArgs, writeCaFile } from './__fixtures__/local';
import { type CliRun, runCli, schemaValidator } from './__fixtures__/run-cli';

const TOKEN = 'ya29.cli-token_for-alice~0';
const VARIABLE = 'MAILPORTS_TEST_TOKEN';
/** Every form the token could leak in: as given, and inside the base64 of XOAUTH2. */
const LEAKS = [
  TOKEN,
  Buffer.from(`user=alice@example.com\u0001auth=Bearer ${TOKEN}\u0001\u0001`).toString('base64'),
];

let smtp: TestServer;
let endless: TestServer;
let imap: TestServer;
let ca: CaFile;

beforeAll(async () => {
  smtp = await createSmtpServer({ tls: 'implicit', oauth: { tokens: { [TOKEN]: 'alice@example.com' } } });
  endless = await createSmtpServer({
    tls: 'implicit',
    oauth: { tokens: {}, misbehave: 'endless-challenge' },
  });
  imap = await createImapServer({ tls: 'implicit', oauth: { tokens: {}, errorStyle: 'rfc7628' } });
  ca = writeCaFile(smtp.ca);
});

afterAll(async () => {
  await Promise.all([smtp.close(), endless.close(), imap.close()]);
  ca.remove();
});

function everything(run: CliRun): string {
  return run.stdout + run.stderr;
}

function expectNoLeak(run: CliRun, ...servers: TestServer[]): void {
  const text = everything(run) + servers.map((server) => JSON.stringify(server.connections)).join('');
  for (const leak of LEAKS) expect(text).not.toContain(leak);
}

function tokenProbe(server: TestServer, protocol: string, ...extra: string[]): string[] {
  return probeArgs(
    '127.0.0.1',
    `${protocol}s:${server.port}`,
    '--ca',
    ca.file,
    '--user',
    'alice@example.com',
    '--oauth2-token-env',
    VARIABLE,
    ...extra,
  );
}

describe('mailports probe --oauth2-token-env', () => {
  it('logs in with the token, says so, and never prints it (text, JSON, transcript)', async () => {
    const text = await runCli(tokenProbe(smtp, 'smtp', '--verbose', '--transcript'), {
      env: { [VARIABLE]: TOKEN },
    });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/login\s+succeeded \(OAUTHBEARER, token\)/);
    expect(text.stdout).toContain('AUTH OAUTHBEARER [redacted]');
    const json = await runCli(tokenProbe(smtp, 'smtp', '--json'), { env: { [VARIABLE]: TOKEN } });
    const document = JSON.parse(json.stdout);
    expect(schemaValidator('probe')(document)).toBe(true);
    expect(document.options.login).toBe('oauth2-token');
    expect(document.results[0].auth.test).toMatchObject({ outcome: 'succeeded', credential: 'token' });
    expectNoLeak(text, smtp);
    expectNoLeak(json, smtp);
  });

  it('exits 5 with the decoded token error and the catalogue’s cause and fix', async () => {
    const run = await runCli(tokenProbe(imap, 'imap'), { env: { [VARIABLE]: TOKEN } });
    expect(run.code).toBe(5);
    expect(run.stdout).toMatch(/token error\s+status invalid_token, scope mail/);
    expect(run.stdout).toMatch(/cause\s+The server did not accept the credentials/);
    expect(run.stdout).toContain('RFC 5530 §3');
    expectNoLeak(run, imap);
  });

  it('ends an endless challenge loop with exit 5, one cancel, and no hang', async () => {
    const run = await runCli(tokenProbe(endless, 'smtp', '--json', '--timeout', '10s'), {
      env: { [VARIABLE]: TOKEN },
    });
    expect(run.code).toBe(5);
    const result = JSON.parse(run.stdout).results[0];
    expect(result.auth.test.outcome).toBe('error');
    expect(result.auth.test.message).toContain('kept sending');
    expectNoLeak(run, endless);
  });

  it('refuses a missing, empty or malformed token variable with exit 2, naming the variable only', async () => {
    const missing = await runCli(tokenProbe(smtp, 'smtp'), { env: { [VARIABLE]: undefined } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`environment variable ${VARIABLE} is not set or empty`);
    const malformed = await runCli(tokenProbe(smtp, 'smtp'), {
      env: { [VARIABLE]: 'two words-secretvalue' },
    });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('is not a bearer token');
    expect(everything(malformed)).not.toContain('secretvalue');
  });

  it('wants --user and refuses a token together with a password', async () => {
    const noUser = await runCli(probeArgs('127.0.0.1', `smtp:${smtp.port}`, '--oauth2-token-env', VARIABLE), {
      env: { [VARIABLE]: TOKEN },
    });
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toContain('--oauth2-token-env needs --user');
    const both = await runCli(tokenProbe(smtp, 'smtp', '--password-env', 'X'), {
      env: { [VARIABLE]: TOKEN, X: 'p' },
    });
    expect(both.code).toBe(2);
  });
});

const USER = 'user@demo.test';
const demo = useDemoProvider({ oauth: { tokens: { [TOKEN]: USER } } });

describe('mailports recommend --oauth2-token-env', () => {
  it('checks the token on each role’s best option and reports it in JSON without the token', async () => {
    const run = await runCli(
      [
        'recommend',
        USER,
        '--dns-server',
        `localhost:${demo.provider.dns!.address.split(':').pop()}`,
        '--port-map',
        demo.portMap,
        '--ca',
        demo.ca.file,
        '--timeout',
        '20s',
        '--user',
        USER,
        '--oauth2-token-env',
        VARIABLE,
        '--trust-host',
        'localhost',
        '--json',
      ],
      { env: { [VARIABLE]: TOKEN } },
    );
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(schemaValidator('recommend')(document)).toBe(true);
    expect(document.summary.login).toEqual({ send: 'succeeded', read: 'succeeded' });
    expect(everything(run)).not.toContain(TOKEN);
  });
});

describe('mailports recommend --format imapflow', () => {
  it('prints imapflow options for the best IMAP option, saying which secret the login takes', async () => {
    const run = await runCli([
      'recommend',
      USER,
      '--dns-server',
      `localhost:${demo.provider.dns!.address.split(':').pop()}`,
      '--port-map',
      demo.portMap,
      '--ca',
      demo.ca.file,
      '--role',
      'read',
      '--format',
      'imapflow',
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ secure: true, loginWith: 'pass', auth: { user: USER } });
  });
});

describe('mailports probe of a known provider’s host name', () => {
  it('says how login works there, with the provider’s page, from a loopback stand-in', async () => {
    const { createDnsServer } = await import('@mailports/testkit');
    const dns = await createDnsServer({ records: { 'smtp.gmail.com': { A: ['127.0.0.1'] } } });
    try {
      const run = await runCli(
        probeArgs(
          'smtp.gmail.com',
          `smtps:${smtp.port}`,
          '--dns-server',
          dns.address,
          '--insecure',
          '--json',
        ),
      );
      const document = JSON.parse(run.stdout);
      expect(document.target.loginAdvice).toMatchObject({ method: 'oauth2', provider: { id: 'google' } });
      const text = await runCli(
        probeArgs('smtp.gmail.com', `smtps:${smtp.port}`, '--dns-server', dns.address, '--insecure'),
      );
      expect(text.stdout).toMatch(/login\s+Gmail \(personal Google accounts\): log in with OAuth2/);
      expect(text.stdout).toContain('https://support.google.com/accounts/answer/185833');
    } finally {
      await dns.close();
    }
  });
});

describe('mailports probe --user: password failures decoded', () => {
  it('explains an IMAP [AUTHENTICATIONFAILED] refusal with the catalogue’s cause, fix and source', async () => {
    const run = await runCli(
      probeArgs(
        '127.0.0.1',
        `imaps:${imap.port}`,
        '--ca',
        ca.file,
        '--user',
        'alice',
        '--password-env',
        'PW',
        '--json',
      ),
      { env: { PW: 'wrong horse' } },
    );
    expect(run.code).toBe(5);
    const result = JSON.parse(run.stdout).results[0];
    expect(result.auth.test.serverReply).toContain('[AUTHENTICATIONFAILED]');
    expect(result.loginExplanation).toMatchObject({ id: 'imap-authentication-failed', kind: 'permanent' });
    expect(run.stdout).not.toContain('wrong horse');
  });
});

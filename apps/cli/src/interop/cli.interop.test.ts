import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDnsServer, type DnsTestServer } from '@mailports/testkit';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServersUp, loadInteropEnv, secretForms } from '../../../../scripts/interop/env';
import { type CaFile, nodemailerArgs, probeArgs, writeCaFile } from '../__fixtures__/local';
import { runCli, schemaValidator } from '../__fixtures__/run-cli';

// The built CLI against real Postfix 3.7 and Dovecot 2.3 from Debian, started by scripts/interop/up.sh
// on 127.0.0.10 (see its README): the commands a person runs, with the interop CA as --ca.
const env = loadInteropEnv();
const { smtp, submissions, submission, submissionAlt, pop3, pop3s, imap, imaps } = env.ports;
const ALL = [smtp, submissions, submission, submissionAlt, pop3, pop3s, imap, imaps];
const DOMAIN = 'interop.test';
let ca: CaFile;
let dns: DnsTestServer;

/** The interop domain as a provider would publish it: MX and RFC 6186 / 8314 SRV records. */
function zone() {
  const srv = (port: number) => ({ SRV: [{ priority: 0, weight: 1, port, target: env.servername }] });
  return {
    [DOMAIN]: { MX: [{ priority: 10, exchange: env.servername }] },
    [env.servername]: { A: [env.host] },
    [`_submissions._tcp.${DOMAIN}`]: srv(submissions),
    [`_submission._tcp.${DOMAIN}`]: srv(submission),
    [`_imaps._tcp.${DOMAIN}`]: srv(imaps),
    [`_imap._tcp.${DOMAIN}`]: srv(imap),
    [`_pop3s._tcp.${DOMAIN}`]: srv(pop3s),
    [`_pop3._tcp.${DOMAIN}`]: srv(pop3),
  };
}

beforeAll(async () => {
  await assertServersUp(env, ALL);
  ca = writeCaFile(env.ca);
  dns = await createDnsServer({ records: zone() });
});

afterAll(async () => {
  ca?.remove();
  await dns?.close();
});

/** `probe 127.0.0.10 --ports <ports>`, checking the certificate for its name against the interop CA. */
function trustedProbe(ports: readonly number[], ...extra: string[]): string[] {
  return probeArgs(env.host, ports.join(','), '--servername', env.servername, '--ca', ca.file, ...extra);
}

/** `recommend <user>@interop.test` through the loopback DNS server, trusting the interop CA. */
function recommendArgs(...extra: string[]): string[] {
  return ['recommend', `someone@${DOMAIN}`, '--dns-server', dns.address, '--ca', ca.file, ...extra];
}

describe('mailports probe against real Postfix and Dovecot', () => {
  it('finds all eight ports working, each with the security mode its server is set up for, and exits 0', async () => {
    const run = await runCli(trustedProbe(ALL));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rowOf = (port: number) => run.stdout.split('\n').find((line) => line.trim().startsWith(`${port} `));
    for (const port of [submissions, pop3s, imaps])
      expect(rowOf(port)).toMatch(/ok\s+implicit TLS\s+TLSv1\.[23]\s+trusted\s+PLAIN LOGIN/);
    for (const port of [submission, submissionAlt, pop3, imap])
      expect(rowOf(port)).toMatch(/ok\s+STARTTLS\s+TLSv1\.[23]\s+trusted\s+PLAIN LOGIN/);
    // Relay on 25: STARTTLS, and no AUTH at all.
    expect(rowOf(smtp)).toMatch(/smtp\s+ok\s+STARTTLS\s+TLSv1\.[23]\s+trusted\s+-\s/);
    expect(run.stdout).toContain('8 of 8 ports working');
  });

  it('prints JSON that validates against the probe schema, with the Postfix and Dovecot banners', async () => {
    const run = await runCli(trustedProbe(ALL, '--json'));
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('probe');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const banner = (port: number) =>
      document.results.find((result: { port: number }) => result.port === port)?.banner;
    expect(banner(submission)).toContain('ESMTP Postfix');
    expect(banner(pop3)).toContain('Dovecot');
  });

  it('counts the ports as failing without --ca, naming the certificate as the reason (exit 1)', async () => {
    const run = await runCli(probeArgs(env.host, `${submissions},${imaps}`, '--servername', env.servername));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ok\s+implicit TLS\s+TLSv1\.[23]\s+(untrusted|self-signed)/);
    expect(run.stdout).toContain('2 answered but failed certificate checks');
  });

  it('logs in with --user and --password-env inside TLS on every port that offers it, never printing the password', async () => {
    const run = await runCli(
      trustedProbe(
        [submissions, submission, pop3, pop3s, imap, imaps],
        '--user',
        env.username,
        '--password-env',
        'MAILPORTS_INTEROP_TEST_PASSWORD',
        '--verbose',
        '--transcript',
      ),
      { env: { MAILPORTS_INTEROP_TEST_PASSWORD: env.password } },
    );
    expect(run.code).toBe(0);
    expect(run.stdout.match(/login test\s+succeeded/g)).toHaveLength(6);
    // Both IMAP ports show what Dovecot unlocks after login (MOVE is not announced before).
    expect(run.stdout.match(/capabilities \(login\)\s+IMAP4rev1 .*MOVE/g)).toHaveLength(2);
    for (const secret of secretForms(env)) expect(run.stdout + run.stderr).not.toContain(secret);
  });
});

describe('mailports recommend against real Postfix and Dovecot', () => {
  it('discovers the servers by SRV and MX and recommends implicit TLS, with 2525 as the fallback and 25 for relay', async () => {
    const run = await runCli(recommendArgs('--role', 'all', '--verbose'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`someone@${DOMAIN} → mail domain ${DOMAIN}`);
    expect(run.stdout).toMatch(
      new RegExp(
        `Send mail: ${env.servername} port ${submissions}, implicit TLS, AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER — recommended`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `${submissionAlt}\\s+smtp\\s+STARTTLS\\s+PLAIN LOGIN XOAUTH2 OAUTHBEARER\\s+works\\s+fallback`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(`Relay \\(server to server\\): ${env.servername} port ${smtp}, STARTTLS — recommended`),
    );
    expect(run.stdout).toMatch(
      new RegExp(`Read mail: ${env.servername} port ${imaps}, implicit TLS.* — recommended`),
    );
    expect(run.stdout).toContain(`The certificate verified for ${env.servername}.`);
  });

  it('prints JSON that validates against the recommend schema', async () => {
    const run = await runCli(recommendArgs('--role', 'all', '--json'));
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.summary.best).toMatchObject({
      send: { host: env.servername, port: submissions, security: 'implicit', verdict: 'recommended' },
      relay: { port: smtp, security: 'starttls', verdict: 'recommended' },
      read: { port: imaps, security: 'implicit', verdict: 'recommended' },
    });
  });

  it('checks the login with --user on the best send and read options only, and exits 5 for a wrong password', async () => {
    const variable = 'MAILPORTS_INTEROP_TEST_PASSWORD';
    const login = ['--user', env.username, '--password-env', variable];
    const right = await runCli(recommendArgs('--role', 'all', ...login, '--json'), {
      env: { [variable]: env.password },
    });
    expect(right.code).toBe(0);
    const document = JSON.parse(right.stdout);
    expect(schemaValidator('recommend')(document)).toBe(true);
    expect(document.summary.login).toEqual({ send: 'succeeded', relay: 'not-tried', read: 'succeeded' });
    const logins = document.recommendations.map(
      (item: { login: { result?: { port: number } } }) => item.login.result?.port ?? null,
    );
    expect(logins).toEqual([submissions, null, imaps]);
    for (const secret of secretForms(env)) expect(right.stdout + right.stderr).not.toContain(secret);

    const wrong = await runCli(recommendArgs('--role', 'send', ...login), {
      env: { [variable]: `not-${env.password}` },
    });
    expect(wrong.code).toBe(5);
    expect(wrong.stdout).toMatch(/\n {2}login {5}as \S+: failed — AUTH PLAIN rejected the credentials \(535/);
  });

  it('prints nodemailer options that verify() against Postfix with the account added', async () => {
    // An IP host with --servername: the generated options carry the certificate name (no DNS needed).
    const run = await runCli(nodemailerArgs(env.host, '--servername', env.servername, '--ca', ca.file));
    expect(run.code).toBe(0);
    const options = JSON.parse(run.stdout);
    expect(options).toEqual({
      host: env.host,
      port: submissions,
      secure: true,
      requireTLS: false,
      tls: { servername: env.servername },
    });
    const transport = nodemailer.createTransport({
      ...options,
      auth: { user: env.username, pass: env.password },
      tls: { ...options.tls, ca: env.ca },
    });
    try {
      await expect(transport.verify()).resolves.toBe(true);
    } finally {
      transport.close();
    }
  });

  it('fails nothing but the certificate without --ca: no recommended option, exit 1, and says why', async () => {
    const run = await runCli([
      'recommend',
      `someone@${DOMAIN}`,
      '--dns-server',
      dns.address,
      '--role',
      'send',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Send mail: no working option found');
    expect(run.stdout).toContain('Only servers whose certificate fails verification answered');
  });
});

describe('mailports scan against real Postfix', () => {
  it('reads each SMTP port for what it is and the domain through its MX, trusted with --ca', async () => {
    const file = join(ca.directory, 'targets.txt');
    const endpoints = [smtp, submissions, submission, submissionAlt].map((port) => `${env.host}:${port}`);
    writeFileSync(file, `${[DOMAIN, ...endpoints].join('\n')}\n`);
    // The interop servers are on loopback, where a domain's MX is not probed unless allowed.
    const run = await runCli([
      'scan',
      file,
      '--ca',
      ca.file,
      '--dns-server',
      dns.address,
      '--allow-private',
      '--port',
      String(smtp),
    ]);
    expect(run.code).toBe(0);
    const validate = schemaValidator('scan-record');
    const records = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const byLine = new Map(records.map((record) => [record.line, record]));
    expect(byLine.get(1)).toMatchObject({
      status: 'starttls',
      inconclusive: false,
      mx: [{ host: env.servername, preference: 10 }],
      hosts: [{ host: env.servername, outcome: 'starttls', tls: { trusted: true, hostnameMatches: true } }],
    });
    expect(byLine.get(1)?.hosts[0].banner).toContain('ESMTP Postfix');
    // The relay and both submission ports with STARTTLS; 465 speaks TLS from the first byte.
    for (const line of [2, 4, 5]) expect(byLine.get(line)).toMatchObject({ status: 'starttls' });
    expect(byLine.get(3)).toMatchObject({ status: 'implicit-tls', inconclusive: false });
    expect(byLine.get(3)?.hosts[0]).toMatchObject({ outcome: 'implicit-tls', starttls: null });
  });
});

describe('OAuth2 token logins against real Postfix and Dovecot (oauth2 passdb, local introspection)', () => {
  const token = env.oauth2Token ?? '';

  it('probe --oauth2-token-env logs in on every submission and mailbox port and never prints the token', async () => {
    const ports = [submissions, submission, pop3, pop3s, imap, imaps];
    const run = await runCli(
      trustedProbe(ports, '--user', env.username, '--oauth2-token-env', 'INTEROP_TOKEN', '--transcript'),
      { env: { INTEROP_TOKEN: token } },
    );
    expect(run.code).toBe(0);
    expect(run.stdout.match(/login\s+succeeded \(OAUTHBEARER, token\)/g)).toHaveLength(ports.length);
    expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('probe exits 5 for a refused token and prints the decoded challenge and the cause', async () => {
    const run = await runCli(
      trustedProbe(
        [imaps],
        '--user',
        env.username,
        '--oauth2-token-env',
        'INTEROP_TOKEN',
        '--oauth2-mechanism',
        'XOAUTH2',
      ),
      { env: { INTEROP_TOKEN: 'revoked.token-0' } },
    );
    expect(run.code).toBe(5);
    expect(run.stdout).toMatch(/token error\s+status 401, scope mail/);
    expect(run.stdout).toMatch(/cause\s+/);
  });

  it('nodemailer with auth.type OAuth2 and the access token verifies against real Postfix', async () => {
    const transport = nodemailer.createTransport({
      host: env.host,
      port: submission,
      secure: false,
      requireTLS: true,
      auth: { type: 'OAuth2', user: env.username, accessToken: token },
      tls: { servername: env.servername, ca: env.ca },
    });
    try {
      await expect(transport.verify()).resolves.toBe(true);
    } finally {
      transport.close();
    }
  });
});

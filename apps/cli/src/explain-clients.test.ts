import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { CLIENT_ERRORS, type ErrorCauseId, matchClientError } from '@mailports/ports';
import {
  createImapServer,
  createSmtpServer,
  createTestPki,
  createUnansweredPort,
  type TestServer,
  type UnansweredPort,
} from '@mailports/testkit';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, schemaValidator } from './__fixtures__/run-cli';

/**
 * The catalogue is built from real errors: each case makes the real client (nodemailer, imapflow,
 * Node's TLS) fail against a misbehaving testkit server on loopback, captures the message it prints,
 * checks the catalogue knows it, and runs `mailports explain` with --host/--port at that server to see
 * that it names the cause.
 */

type Server = TestServer | UnansweredPort;
const open: Server[] = [];
afterAll(async () => {
  await Promise.all(open.map((server) => server.close()));
});
async function keep<T extends Server>(server: Promise<T>): Promise<T> {
  const started = await server;
  open.push(started);
  return started;
}

const pki = await createTestPki();
const caFile = join(tmpdir(), `mailports-explain-ca-${process.pid}.pem`);
writeFileSync(caFile, pki.ca.cert);
const trust = { ca: pki.ca.cert, servername: 'localhost' };
const quick = { connectionTimeout: 1_000, greetingTimeout: 1_000, socketTimeout: 3_000 };

async function nodemailerError(port: number, options: Record<string, unknown>): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ...quick, ...options });
  try {
    await transport.verify();
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  } finally {
    transport.close();
  }
}

async function imapflowError(port: number, options: Record<string, unknown>): Promise<string> {
  const client = new ImapFlow({ host: '127.0.0.1', port, logger: false, ...quick, ...options } as never);
  client.on('error', () => {});
  try {
    await client.connect();
    await client.logout();
    return 'no error';
  } catch (error) {
    const { message, responseText } = error as Error & { responseText?: string };
    return responseText ? `${message}: ${responseText}` : message;
  } finally {
    client.close();
  }
}

function nodeTlsError(port: number, options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve('no error');
    });
    socket.once('error', (error) => resolve(error.message));
  });
}

/** Whether this machine has OpenSSL's command line (Debian's `openssl` package). */
const OPENSSL = spawnSync('openssl', ['version']).status === 0;

/** Runs `openssl s_client` at the port and returns the lines a person would paste: the errors. */
function opensslError(port: number, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = execFile(
      'openssl',
      ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', 'localhost', ...args],
      { timeout: 10_000 },
      (_error, stdout, stderr) =>
        resolve(
          `${stderr}\n${stdout}`
            .split('\n')
            .filter((line) => /error|didn't find/i.test(line))
            .join('\n'),
        ),
    );
    child.stdin?.end('QUIT\r\n');
  });
}

/** Whether this machine has Python 3 with smtplib (Debian's python3). */
const PYTHON = spawnSync('python3', ['-c', 'import smtplib, ssl']).status === 0;

const SMTPLIB_SCRIPT = `
import smtplib, sys
mode, port = sys.argv[1], int(sys.argv[2])
try:
    if mode == 'ssl':
        client = smtplib.SMTP_SSL('127.0.0.1', port, timeout=5)
    else:
        client = smtplib.SMTP('127.0.0.1', port, timeout=5)
        if mode == 'starttls':
            client.starttls()
    client.quit()
    print('no error')
except Exception as error:
    print(f"{type(error).__module__}.{type(error).__name__}: {error}")
`;

/** Runs Python's smtplib against the port as `mode` says and returns what it printed. */
function smtplibError(port: number, mode: 'ssl' | 'plain' | 'starttls'): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      ['-c', SMTPLIB_SCRIPT, mode, String(port)],
      { timeout: 15_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`.trim()),
    );
  });
}

interface Explained {
  code: number | null;
  cause: { id: ErrorCauseId; fix: string; basis: string } | null;
  client: string | null;
  entries: Array<{ id: string }>;
}

async function explain(message: string, port: number, extra: string[] = []): Promise<Explained> {
  const run = await runCli(
    [
      'explain',
      message,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--connect-timeout',
      '1s',
      '--json',
      ...extra,
    ],
    { timeoutMs: 30_000 },
  );
  expect(run.stderr).toBe('');
  const document = JSON.parse(run.stdout);
  const validate = schemaValidator('explain');
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  return { code: run.code, ...document };
}

const verified = ['--ca', caFile, '--servername', 'localhost'];

interface Case {
  readonly name: string;
  /** Needs the openssl command line. */
  readonly openssl?: boolean;
  /** Needs Python 3. */
  readonly python?: boolean;
  readonly entry: string;
  readonly cause: ErrorCauseId | null;
  readonly fixContains?: string;
  /** Starts the misbehaving server and makes the real client fail against it. */
  readonly provoke: () => Promise<{ message: string; port: number }>;
  readonly explainFlags?: string[];
}

const CASES: Case[] = [
  {
    name: 'nodemailer secure: false against implicit TLS → plaintext client on an implicit-TLS port',
    entry: 'nodemailer-greeting-never-received',
    cause: 'plaintext-to-implicit-tls-port',
    fixContains: 'secure: true',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit' }));
      return {
        port: server.port,
        message: await nodemailerError(server.port, { secure: false, tls: trust }),
      };
    },
    explainFlags: [...verified, '--greeting-timeout', '2s'],
  },
  {
    name: 'nodemailer against a 1.5 s greet pause → greeting delay',
    entry: 'nodemailer-greeting-never-received',
    cause: 'greeting-delay',
    fixContains: 'greetingTimeout',
    provoke: async () => {
      const server = await keep(createSmtpServer({ hostile: { greetingDelayMs: 1_500 } }));
      return {
        port: server.port,
        message: await nodemailerError(server.port, { secure: false, tls: trust }),
      };
    },
    explainFlags: [...verified, '--greeting-timeout', '5s'],
  },
  {
    name: 'nodemailer against a server that never greets → silent server',
    entry: 'nodemailer-greeting-never-received',
    cause: 'silent-server',
    provoke: async () => {
      const server = await keep(createSmtpServer({ preset: 'no-greeting' }));
      return { port: server.port, message: await nodemailerError(server.port, { secure: false }) };
    },
    explainFlags: ['--greeting-timeout', '1s'],
  },
  {
    name: 'nodemailer against a port that never answers → no answer',
    entry: 'nodemailer-connection-timeout',
    cause: 'no-answer',
    provoke: async () => {
      const port = await keep(createUnansweredPort());
      return { port: port.port, message: await nodemailerError(port.port, { secure: false }) };
    },
  },
  {
    name: 'imapflow against a port that never answers → no answer',
    entry: 'imapflow-connect-timeout',
    cause: 'no-answer',
    provoke: async () => {
      const port = await keep(createUnansweredPort());
      return { port: port.port, message: await imapflowError(port.port, { secure: true }) };
    },
    explainFlags: ['--client', 'imapflow'],
  },
  {
    name: 'nodemailer secure: true against STARTTLS → TLS client on a plaintext port',
    entry: 'tls-wrong-version-number',
    cause: 'tls-to-plaintext-port',
    fixContains: 'requireTLS',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'starttls' }));
      return { port: server.port, message: await nodemailerError(server.port, { secure: true, tls: trust }) };
    },
    explainFlags: [...verified, '--client', 'nodemailer'],
  },
  {
    name: 'imapflow secure: true against STARTTLS IMAP → TLS client on a plaintext port',
    entry: 'tls-wrong-version-number',
    cause: 'tls-to-plaintext-port',
    fixContains: 'doSTARTTLS',
    provoke: async () => {
      const server = await keep(createImapServer({ tls: 'starttls' }));
      return { port: server.port, message: await imapflowError(server.port, { secure: true, tls: trust }) };
    },
    explainFlags: [...verified, '--client', 'imapflow'],
  },
  {
    name: 'imapflow secure: false against implicit-TLS IMAP → plaintext client on an implicit-TLS port',
    entry: 'imapflow-greeting-timeout',
    cause: 'plaintext-to-implicit-tls-port',
    fixContains: 'secure: true',
    provoke: async () => {
      const server = await keep(createImapServer({ tls: 'implicit' }));
      return { port: server.port, message: await imapflowError(server.port, { secure: false, tls: trust }) };
    },
    explainFlags: [...verified, '--greeting-timeout', '2s'],
  },
  {
    name: 'Node tls.connect against plaintext SMTP → TLS client on a plaintext port',
    entry: 'tls-wrong-version-number',
    cause: 'tls-to-plaintext-port',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'starttls' }));
      return { port: server.port, message: await nodeTlsError(server.port, trust) };
    },
    explainFlags: [...verified, '--client', 'node'],
  },
  {
    name: 'nodemailer against a certificate for another name → name mismatch',
    entry: 'tls-altname-invalid',
    cause: 'certificate-name-mismatch',
    fixContains: 'servername',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'wrongName' }));
      return { port: server.port, message: await nodemailerError(server.port, { secure: true, tls: trust }) };
    },
    explainFlags: [...verified, '--client', 'nodemailer'],
  },
  {
    name: 'imapflow against an expired certificate → expired',
    entry: 'tls-certificate-expired',
    cause: 'certificate-expired',
    provoke: async () => {
      const server = await keep(createImapServer({ tls: 'implicit', certificate: 'expired' }));
      return { port: server.port, message: await imapflowError(server.port, { secure: true, tls: trust }) };
    },
    explainFlags: [...verified, '--client', 'imapflow'],
  },
  {
    name: 'nodemailer against a self-signed certificate → untrusted',
    entry: 'tls-self-signed',
    cause: 'certificate-untrusted',
    fixContains: 'tls: { ca',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'selfSigned' }));
      return { port: server.port, message: await nodemailerError(server.port, { secure: true, tls: trust }) };
    },
    explainFlags: [...verified, '--client', 'nodemailer'],
  },
  {
    name: 'Node TLS against a private CA the client does not trust → untrusted',
    entry: 'tls-unable-to-verify-leaf',
    cause: 'certificate-untrusted',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit' }));
      return { port: server.port, message: await nodeTlsError(server.port, { servername: 'localhost' }) };
    },
    explainFlags: ['--servername', 'localhost'],
  },
  {
    name: 'nodemailer against a chain ending in an untrusted root → untrusted',
    entry: 'tls-self-signed-in-chain',
    cause: 'certificate-untrusted',
    provoke: async () => {
      const server = await keep(
        createSmtpServer({ tls: 'implicit', cert: `${pki.leaf.cert}\n${pki.ca.cert}`, key: pki.leaf.key }),
      );
      return {
        port: server.port,
        message: await nodemailerError(server.port, { secure: true, tls: { servername: 'localhost' } }),
      };
    },
    explainFlags: ['--servername', 'localhost'],
  },
  {
    name: 'nodemailer requireTLS against a 454 to STARTTLS → STARTTLS refused',
    entry: 'nodemailer-starttls-upgrade',
    cause: 'starttls-refused',
    fixContains: '465',
    provoke: async () => {
      const server = await keep(createSmtpServer({ preset: 'starttls-refused' }));
      return {
        port: server.port,
        message: await nodemailerError(server.port, { requireTLS: true, tls: trust }),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'imapflow doSTARTTLS against a refused STARTTLS → STARTTLS refused',
    entry: 'imapflow-no-starttls',
    cause: 'starttls-refused',
    provoke: async () => {
      const server = await keep(createImapServer({ preset: 'starttls-refused' }));
      return {
        port: server.port,
        message: await imapflowError(server.port, { secure: false, doSTARTTLS: true, tls: trust }),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'nodemailer against a 421 greeting → greeting refused',
    entry: 'nodemailer-invalid-greeting',
    cause: 'greeting-refused',
    provoke: async () => {
      const server = await keep(createSmtpServer({ preset: 'greeting-421' }));
      return { port: server.port, message: await nodemailerError(server.port, {}) };
    },
    explainFlags: verified,
  },
  {
    name: 'imapflow against a BYE greeting → greeting refused',
    entry: 'imapflow-unexpected-close',
    cause: 'greeting-refused',
    provoke: async () => {
      const server = await keep(createImapServer({ preset: 'greeting-bye' }));
      return { port: server.port, message: await imapflowError(server.port, { secure: false }) };
    },
    explainFlags: verified,
  },
  {
    name: 'nodemailer against a port nothing listens on → refused',
    entry: 'socket-refused',
    cause: 'refused',
    provoke: async () => {
      const probe = await createUnansweredPort();
      const { port } = probe;
      await probe.close();
      return { port, message: await nodemailerError(port, {}) };
    },
  },
  {
    name: 'nodemailer against a server that resets → reset',
    entry: 'socket-reset',
    cause: 'reset',
    provoke: async () => {
      const server = await keep(createSmtpServer({ preset: 'reset' }));
      return { port: server.port, message: await nodemailerError(server.port, {}) };
    },
  },
  {
    name: 'nodemailer against Google’s app-password reply → login policy, from the server’s words',
    entry: 'login-app-password-required',
    cause: 'login-policy',
    fixContains: 'OAuth2',
    provoke: async () => {
      const server = await keep(
        createSmtpServer({
          handlers: {
            AUTH: (context) =>
              context.reply(534, [
                '5.7.9 Application-specific password required. For more information, go to',
                '5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor',
              ]),
          },
        }),
      );
      return {
        port: server.port,
        message: await nodemailerError(server.port, {
          requireTLS: true,
          auth: { user: 'a', pass: 'b' },
          tls: trust,
        }),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'nodemailer against Microsoft 365’s SMTP AUTH refusal → login policy',
    entry: 'login-smtp-auth-disabled',
    cause: 'login-policy',
    provoke: async () => {
      const server = await keep(
        createSmtpServer({
          handlers: {
            AUTH: (context) =>
              context.reply(
                535,
                '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
              ),
          },
        }),
      );
      return {
        port: server.port,
        message: await nodemailerError(server.port, {
          requireTLS: true,
          auth: { user: 'a', pass: 'b' },
          tls: trust,
        }),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'nodemailer with a wrong password → wrong credentials or login policy, which no probe tells apart',
    entry: 'nodemailer-invalid-login',
    cause: null,
    provoke: async () => {
      const server = await keep(createSmtpServer({ users: { alice: 'right' } }));
      return {
        port: server.port,
        message: await nodemailerError(server.port, {
          requireTLS: true,
          auth: { user: 'alice', pass: 'wrong' },
          tls: trust,
        }),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'imapflow with a wrong password → wrong credentials or login policy',
    entry: 'imapflow-authentication-failed',
    cause: null,
    provoke: async () => {
      const server = await keep(createImapServer({ tls: 'implicit', users: { alice: 'right' } }));
      return {
        port: server.port,
        message: await imapflowError(server.port, {
          secure: true,
          auth: { user: 'alice', pass: 'wrong' },
          tls: trust,
        }),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'openssl s_client against plaintext SMTP → TLS client on a plaintext port',
    openssl: true,
    entry: 'tls-wrong-version-number',
    cause: 'tls-to-plaintext-port',
    fixContains: '-starttls smtp',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'starttls' }));
      return { port: server.port, message: await opensslError(server.port, ['-CAfile', caFile]) };
    },
    explainFlags: [...verified, '--client', 'openssl'],
  },
  {
    name: 'openssl s_client -verify_hostname against a certificate for another name → name mismatch',
    openssl: true,
    entry: 'openssl-hostname-mismatch',
    cause: 'certificate-name-mismatch',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'wrongName' }));
      return {
        port: server.port,
        message: await opensslError(server.port, [
          '-CAfile',
          caFile,
          '-verify_hostname',
          'localhost',
          '-verify_return_error',
        ]),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'openssl s_client against an expired certificate → expired',
    openssl: true,
    entry: 'tls-certificate-expired',
    cause: 'certificate-expired',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'expired' }));
      return {
        port: server.port,
        message: await opensslError(server.port, ['-CAfile', caFile, '-verify_return_error']),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'openssl s_client against a self-signed certificate → untrusted',
    openssl: true,
    entry: 'tls-self-signed',
    cause: 'certificate-untrusted',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'selfSigned' }));
      return {
        port: server.port,
        message: await opensslError(server.port, ['-CAfile', caFile, '-verify_return_error']),
      };
    },
    explainFlags: verified,
  },
  {
    name: 'openssl s_client without the private CA → untrusted',
    openssl: true,
    entry: 'openssl-unable-to-get-local-issuer',
    cause: 'certificate-untrusted',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit' }));
      return { port: server.port, message: await opensslError(server.port, ['-verify_return_error']) };
    },
    explainFlags: ['--servername', 'localhost'],
  },
  {
    name: 'openssl s_client -starttls smtp against a server without STARTTLS → STARTTLS refused',
    openssl: true,
    entry: 'openssl-starttls-not-found',
    cause: 'starttls-refused',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'none' }));
      return { port: server.port, message: await opensslError(server.port, ['-starttls', 'smtp']) };
    },
    explainFlags: verified,
  },
  {
    name: 'smtplib.SMTP_SSL against STARTTLS → TLS client on a plaintext port',
    python: true,
    entry: 'smtplib-ssl-wrong-version',
    cause: 'tls-to-plaintext-port',
    fixContains: '.starttls()',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'starttls' }));
      return { port: server.port, message: await smtplibError(server.port, 'ssl') };
    },
    explainFlags: verified,
  },
  {
    name: 'smtplib.SMTP against implicit TLS → plaintext client on an implicit-TLS port',
    python: true,
    entry: 'smtplib-server-disconnected',
    cause: 'plaintext-to-implicit-tls-port',
    fixContains: 'SMTP_SSL',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'implicit', limits: { tlsTimeoutMs: 1_000 } }));
      return { port: server.port, message: await smtplibError(server.port, 'plain') };
    },
    explainFlags: [...verified, '--greeting-timeout', '2s'],
  },
  {
    name: 'smtplib starttls() against a server without STARTTLS → STARTTLS refused',
    python: true,
    entry: 'smtplib-starttls-not-supported',
    cause: 'starttls-refused',
    provoke: async () => {
      const server = await keep(createSmtpServer({ tls: 'none' }));
      return { port: server.port, message: await smtplibError(server.port, 'starttls') };
    },
    explainFlags: verified,
  },
];

const seen = new Set<string>();

describe('explain without a server', () => {
  it('lists the possible causes of a known message and says how to find out which, exit 0', async () => {
    const run = await runCli(['explain', 'Error: Greeting never received'], { env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. The port speaks implicit TLS');
    expect(run.stdout).toContain('--host <server> --port <port>');
  });

  it('says so for a message it does not know, exit 1, and refuses --host without --port, exit 2', async () => {
    const unknown = await runCli(['explain', 'something else entirely', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).entries).toEqual([]);
    const usage = await runCli(['explain', 'Greeting never received', '--host', '127.0.0.1']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--host needs --port');
  });
});

describe('explain names the cause of real client errors against misbehaving servers', () => {
  const check = async (testCase: Case) => {
    const { message, port } = await testCase.provoke();
    expect(matchClientError(message).entries.map((entry) => entry.id)).toContain(testCase.entry);
    seen.add(testCase.entry);
    const explained = await explain(message, port, testCase.explainFlags);
    expect(explained.entries.map((entry) => entry.id)).toContain(testCase.entry);
    expect(explained.cause?.id ?? null).toBe(testCase.cause);
    expect(explained.code).toBe(testCase.cause === null ? 3 : 0);
    if (testCase.fixContains) expect(explained.cause?.fix).toContain(testCase.fixContains);
  };
  it.each(CASES.filter((testCase) => !testCase.openssl && !testCase.python))('$name', check);
  // OpenSSL's command line comes with Debian's openssl package (a dependency of ca-certificates).
  it.skipIf(!OPENSSL).each(CASES.filter((testCase) => testCase.openssl))('$name', check);
  it.skipIf(!PYTHON).each(CASES.filter((testCase) => testCase.python))('$name', check);

  it.skipIf(!OPENSSL || !PYTHON)('every catalogue entry marked reproduced was reproduced above', () => {
    const reproduced = CLIENT_ERRORS.filter((entry) => entry.evidence.kind === 'reproduced').map(
      (entry) => entry.id,
    );
    expect(reproduced.filter((id) => !seen.has(id))).toEqual([]);
  });
});

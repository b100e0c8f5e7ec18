import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_ERRORS, type ErrorCauseId, matchClientError } from '@mailports/ports';
import { createTestPki, type TestServer, type UnansweredPort } from '@mailports/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { OPENSSL, PYTHON } from './__fixtures__/clients';
import type { Case, CaseContext } from './__fixtures__/explain-case';
import { nodeClientCases } from './__fixtures__/explain-cases-node';
import { toolClientCases } from './__fixtures__/explain-cases-tools';
import { runCli, schemaValidator, startCli } from './__fixtures__/run-cli';

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
interface Explained {
  code: number | null;
  cause: { id: ErrorCauseId; fix: string; basis: string } | null;
  probes: unknown;
  observations: unknown;
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
const context: CaseContext = { keep, pki, caFile, trust, verified };

const CASES: Case[] = [...nodeClientCases(context), ...toolClientCases(context)];

const seen = new Set<string>();

describe('explain without a server', () => {
  it('lists the possible causes of a known message and says how to find out which, exit 0', async () => {
    const run = await runCli(['explain', 'Error: Greeting never received'], { env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. The port speaks implicit TLS');
    expect(run.stdout).toContain('--host <server> --port <port>');
  });

  it('reads the message from a pipe with "-", as a stack trace arrives', async () => {
    const { child, done } = startCli(['explain', '-', '--json']);
    child.stdin?.end(
      'Error: Connection timeout\n    at SMTPConnection._formatError (smtp-connection/index.js:798:19)\n',
    );
    const run = await done;
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).entries.map((entry: { id: string }) => entry.id)).toEqual([
      'nodemailer-connection-timeout',
    ]);
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
    // On failure, show what the probes saw, so a miss explains itself.
    expect(
      explained.cause?.id ?? null,
      JSON.stringify({ probes: explained.probes, observations: explained.observations }),
    ).toBe(testCase.cause);
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

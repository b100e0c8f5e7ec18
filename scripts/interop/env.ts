import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect } from 'vitest';

/** Connection facts written by scripts/interop/up.sh into `.interop/env` at the repository root. */
export interface InteropEnv {
  readonly host: string;
  readonly servername: string;
  readonly ports: {
    readonly smtp: number;
    readonly submissions: number;
    readonly submission: number;
    readonly submissionAlt: number;
    readonly pop3: number;
    readonly pop3s: number;
    readonly imap: number;
    readonly imaps: number;
  };
  /** PEM of the CA that signed the servers' certificate. */
  readonly ca: string;
  readonly username: string;
  readonly password: string;
  readonly logs: string;
  /** A token the OAuth2 introspection endpoint accepts for `username`; absent with an older up.sh. */
  readonly oauth2Token?: string;
  /** A valid token issued to another user (Dovecot must refuse it for `username`). */
  readonly oauth2OtherToken?: string;
}

const HINT =
  'Start the servers first: `sudo bash scripts/interop/up.sh` (or `npm run test:interop`) at the repository root.';

function findEnvFile(): string {
  const explicit = process.env.MAILPORTS_INTEROP_ENV;
  if (explicit) return explicit;
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, '.interop', 'env');
    if (existsSync(candidate)) return candidate;
    const parent = resolve(directory, '..');
    if (parent === directory) break;
    directory = parent;
  }
  throw new Error(
    `Interop servers are not up: no .interop/env above ${dirname(fileURLToPath(import.meta.url))}. ${HINT}`,
  );
}

/** Reads `.interop/env`; throws with instructions when it is missing or incomplete. */
export function loadInteropEnv(): InteropEnv {
  const file = findEnvFile();
  if (!existsSync(file)) throw new Error(`Interop servers are not up: ${file} does not exist. ${HINT}`);
  const values = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) values.set(match[1], match[2]);
  }
  const get = (key: string): string => {
    const value = values.get(`MAILPORTS_INTEROP_${key}`);
    if (!value) throw new Error(`Interop env ${file} lacks MAILPORTS_INTEROP_${key}. ${HINT}`);
    return value;
  };
  const port = (key: string): number => Number.parseInt(get(key), 10);
  return {
    host: get('HOST'),
    servername: get('SERVERNAME'),
    ports: {
      smtp: port('SMTP_PORT'),
      submissions: port('SUBMISSIONS_PORT'),
      submission: port('SUBMISSION_PORT'),
      submissionAlt: port('SUBMISSION_ALT_PORT'),
      pop3: port('POP3_PORT'),
      pop3s: port('POP3S_PORT'),
      imap: port('IMAP_PORT'),
      imaps: port('IMAPS_PORT'),
    },
    ca: readFileSync(get('CA'), 'utf8'),
    username: get('USER'),
    password: get('PASSWORD'),
    logs: values.get('MAILPORTS_INTEROP_LOGS') ?? '',
    ...(values.get('MAILPORTS_INTEROP_OAUTH2_TOKEN')
      ? { oauth2Token: values.get('MAILPORTS_INTEROP_OAUTH2_TOKEN') }
      : {}),
    ...(values.get('MAILPORTS_INTEROP_OAUTH2_OTHER_TOKEN')
      ? { oauth2OtherToken: values.get('MAILPORTS_INTEROP_OAUTH2_OTHER_TOKEN') }
      : {}),
  };
}

function accepts(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((settle) => {
    const socket = connect({ host, port });
    const done = (result: boolean): void => {
      socket.destroy();
      settle(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Throws, naming the ports, unless every port accepts a TCP connection: a clear failure instead of eight. */
export async function assertServersUp(env: InteropEnv, ports: readonly number[]): Promise<void> {
  const results = await Promise.all(ports.map((port) => accepts(env.host, port, 3000)));
  const down = ports.filter((_, index) => !results[index]);
  if (down.length > 0) {
    throw new Error(
      `Interop servers are not up: nothing accepts on ${env.host} port(s) ${down.join(', ')}. ${HINT}`,
    );
  }
}

/** Every form the password could take on the wire: clear, base64 alone (LOGIN), base64 in AUTH PLAIN. */
export function secretForms(env: InteropEnv): string[] {
  const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  return [env.password, base64(env.password), base64(`\0${env.username}\0${env.password}`)];
}

/** The forms of the password ({@link secretForms}) that appear anywhere in `value` (e.g. a transcript). */
export function secretsIn(env: InteropEnv, value: unknown): string[] {
  const text = JSON.stringify(value);
  return secretForms(env).filter((secret) => text.includes(secret));
}

/** The result for `port`; throws when the probe returned none, so a test fails with the port named. */
export function byPort<T extends { readonly port: number }>(results: readonly T[], port: number): T {
  const result = results.find((entry) => entry.port === port);
  if (!result) throw new Error(`no result for port ${port}`);
  return result;
}

/**
 * What an interop test file needs, in one call: the environment, probe options that trust the
 * interop CA for the interop host, the account, `probedBeforeAll(ports, probe)` (an array that a
 * `beforeAll` fills with the results of `probe`, after checking the servers answer on `ports`, with a
 * clear error when they are down), `expectNoSecret(result)` (fails when any form of the password,
 * see {@link secretsIn}, is in the result's transcript) and `expectTrustedCertificate(result)` (the
 * interop certificate, trusted and naming the interop server).
 */
export function interopSetup(): {
  readonly env: InteropEnv;
  readonly trusted: { readonly host: string; readonly servername: string; readonly ca: string };
  readonly credentials: { readonly username: string; readonly password: string };
  probedBeforeAll<R>(ports: readonly number[], probe: () => Promise<R[]>): R[];
  expectNoSecret(result: { readonly transcript: unknown }): void;
  expectTrustedCertificate(result: {
    readonly port: number;
    readonly tls: {
      readonly verdict: unknown;
      readonly chain: ReadonlyArray<{ readonly subjectCN: string | null }>;
    } | null;
  }): void;
} {
  const env = loadInteropEnv();
  return {
    env,
    trusted: { host: env.host, servername: env.servername, ca: env.ca },
    credentials: { username: env.username, password: env.password },
    probedBeforeAll: <R>(ports: readonly number[], probe: () => Promise<R[]>): R[] => {
      const results: R[] = [];
      beforeAll(async () => {
        await assertServersUp(env, ports);
        results.push(...(await probe()));
      });
      return results;
    },
    expectNoSecret: (result) => expect(secretsIn(env, result.transcript)).toEqual([]),
    expectTrustedCertificate: (result) => {
      expect(result.tls?.verdict, `port ${result.port}`).toMatchObject({
        trusted: true,
        hostnameMatches: true,
        checkedName: env.servername,
      });
      expect(result.tls?.chain[0]?.subjectCN).toBe(env.servername);
    },
  };
}

/** What `result.starttls` says after a clean STARTTLS/STLS upgrade: offered, accepted, nothing injected. */
export const STARTTLS_UPGRADED = {
  offered: true,
  attempted: true,
  accepted: true,
  injectedBytes: null,
} as const;

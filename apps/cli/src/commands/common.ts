import { type TokenCredentials, validateAccessToken } from '@mailports/wire';
import { EXIT, UsageError } from '../errors';
import type { InputStream, Io, OutputStream } from '../io';
import { checkCaBundle, readOptionFile } from '../option-file';
import {
  parseDnsServer,
  parseDuration,
  parseEhloName,
  parsePositiveInteger,
  parseServerName,
  parseWireName,
} from '../options';
import type { CommonFlags } from '../flags';
import { printable } from '../sanitize';
import { resolveDnsServer } from './dns';

/** How long the system resolver may take to resolve a --dns-server name. */
const DNS_SERVER_LOOKUP_MS = 5_000;

/** Defaults of the network options; the README and --help quote these. */
export const NETWORK_DEFAULTS = { overallMs: 60_000, connectMs: 5_000, concurrency: 16 } as const;

/** The validated network options of `probe` and `recommend`. */
export interface NetworkSettings {
  readonly json: boolean;
  readonly overallMs: number;
  readonly connectMs: number;
  readonly ehloName: string | undefined;
  readonly servername: string | undefined;
  readonly ca: Buffer | undefined;
  readonly caFile: string | undefined;
  readonly insecure: boolean;
  /** The DNS server's address (a name given to --dns-server already resolved), for `Resolver.setServers`. */
  readonly dnsServer: string | undefined;
  readonly credentials: { username: string; password: string } | undefined;
  /** The token login of --oauth2-token-env; never together with `credentials`. */
  readonly oauth2: TokenCredentials | undefined;
  readonly concurrency: number;
}

/** Raised when the person pressed Ctrl-C at the password prompt. */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
  readonly exitCode = EXIT.interrupted;
}

/** Runs a parser and prefixes its usage error with the option name (`--ports: port must be …`). */
export function withOption<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${name}: ${error.message}`, error.hint);
    throw error;
  }
}

/**
 * Reads a PEM file of CA certificates for --ca (shared by probe, recommend and explain).
 * @throws UsageError when it cannot be read or holds no certificate.
 */
export async function readCaFile(file: string): Promise<Buffer> {
  return checkCaBundle(await readOptionFile('--ca', file), file);
}

/**
 * Reads a password from a terminal without echoing it. Ctrl-C aborts with {@link Interrupted}; Enter,
 * Ctrl-D or the end of the input ends it. Nothing typed (Enter or Ctrl-D on an empty line, the input
 * closed) cancels with a {@link UsageError}, as an empty `--password-env` variable does: an empty
 * password is never sent.
 */
export function promptPassword(stdin: InputStream, stderr: OutputStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let password = '';
    // Echo off before the prompt appears, so nothing typed after seeing it is ever shown.
    stdin.setRawMode?.(true);
    stderr.write(prompt);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else if (password === '') {
        reject(
          new UsageError(
            'no password given at the prompt (nothing typed, or the input ended)',
            'type the password, or pass --password-env VAR',
          ),
        );
      } else resolve(password);
    };
    const onEnd = () => finish();
    const onData = (chunk: string | Buffer) => {
      for (const character of String(chunk)) {
        if (character === '\u0003') return finish(new Interrupted('interrupted at the password prompt'));
        if (character === '\r' || character === '\n' || character === '\u0004') return finish();
        if (character === '\u007f' || character === '\b') password = password.slice(0, -1);
        else if (character >= ' ') password += character;
      }
    };
    stdin.on('data', onData);
    stdin.once('end', onEnd);
  });
}

/**
 * The token of --oauth2-token-env: needs --user, excludes --password-env, and the variable must hold
 * a bearer token. Every message names the variable, never its value.
 */
function resolveToken(flags: CommonFlags, io: Io): TokenCredentials | undefined {
  if (flags.oauth2TokenEnv === undefined) {
    if (flags.oauth2Mechanism !== undefined) {
      throw new UsageError('--oauth2-mechanism needs --oauth2-token-env', 'add --oauth2-token-env VAR');
    }
    return undefined;
  }
  if (flags.user === undefined) throw new UsageError('--oauth2-token-env needs --user', 'add --user <name>');
  if (flags.passwordEnv !== undefined) {
    throw new UsageError(
      '--oauth2-token-env and --password-env test different logins',
      'give one of them: a token or a password',
    );
  }
  const name = printable(flags.oauth2TokenEnv);
  const token = io.env[flags.oauth2TokenEnv];
  if (token === undefined || token === '') {
    throw new UsageError(
      `--oauth2-token-env: environment variable ${name} is not set or empty`,
      `export ${name}=<access token> first (mailports runs no OAuth flow: get the token from your provider's tools)`,
    );
  }
  try {
    validateAccessToken(token);
  } catch (error) {
    const why = error instanceof Error ? error.message : 'is not a bearer token';
    throw new UsageError(`--oauth2-token-env: ${name}: ${why}`, 'put only the access token in the variable');
  }
  let mechanism: TokenCredentials['mechanism'];
  if (flags.oauth2Mechanism !== undefined) {
    const wanted = flags.oauth2Mechanism.toUpperCase();
    if (wanted !== 'XOAUTH2' && wanted !== 'OAUTHBEARER') {
      throw new UsageError(
        '--oauth2-mechanism must be XOAUTH2 or OAUTHBEARER',
        'omit it to let the server’s offer decide',
      );
    }
    mechanism = wanted;
  }
  const username = withOption('--user', () => parseWireName(flags.user!, 'user name'));
  return { username, accessToken: token, ...(mechanism ? { mechanism } : {}) };
}

async function resolveCredentials(flags: CommonFlags, io: Io): Promise<NetworkSettings['credentials']> {
  if (flags.password !== undefined) {
    throw new UsageError(
      'passwords are never taken as arguments (they would show in `ps` and shell history)',
      'use --password-env VAR, or run on a terminal and type it at the prompt',
    );
  }
  if (flags.user === undefined) {
    if (flags.passwordEnv !== undefined)
      throw new UsageError('--password-env needs --user', 'add --user <name>');
    return undefined;
  }
  const username = withOption('--user', () => parseWireName(flags.user!, 'user name'));
  if (flags.passwordEnv !== undefined) {
    const password = io.env[flags.passwordEnv];
    if (password === undefined || password === '') {
      throw new UsageError(
        `--password-env: environment variable ${printable(flags.passwordEnv)} is not set or empty`,
        `export ${printable(flags.passwordEnv)}=… first (or omit --password-env to be prompted)`,
      );
    }
    return { username, password };
  }
  if (io.stdin.isTTY && io.stderr.isTTY) {
    return {
      username,
      password: await promptPassword(io.stdin, io.stderr, `Password for ${printable(username)}: `),
    };
  }
  throw new UsageError(
    '--user needs a password and there is no terminal to ask for it',
    'pass --password-env VAR',
  );
}

/**
 * Validates the network flags shared by `probe` and `recommend`, reads the CA file and obtains the
 * password.
 * @throws UsageError naming the option and the fix; Interrupted on Ctrl-C at the prompt.
 */
export async function resolveNetworkFlags(flags: CommonFlags, io: Io): Promise<NetworkSettings> {
  const overallMs =
    flags.timeout === undefined
      ? NETWORK_DEFAULTS.overallMs
      : withOption('--timeout', () => parseDuration(flags.timeout!));
  const connectMs =
    flags.connectTimeout === undefined
      ? Math.min(NETWORK_DEFAULTS.connectMs, overallMs)
      : withOption('--connect-timeout', () => parseDuration(flags.connectTimeout!, 'connect timeout'));
  const ehloName =
    flags.ehloName === undefined
      ? undefined
      : withOption('--ehlo-name', () => parseEhloName(flags.ehloName!));
  const servername =
    flags.servername === undefined
      ? undefined
      : withOption('--servername', () => parseServerName(flags.servername!));
  const dnsServerSpec =
    flags.dnsServer === undefined
      ? undefined
      : withOption('--dns-server', () => parseDnsServer(flags.dnsServer!));
  const concurrency =
    flags.concurrency === undefined
      ? NETWORK_DEFAULTS.concurrency
      : withOption('--concurrency', () => parsePositiveInteger(flags.concurrency!, 'concurrency', 256));
  const ca = flags.ca === undefined ? undefined : await readCaFile(flags.ca);
  // Resolved once, before any prompt or probe: a name that does not resolve is a usage error.
  const dnsServer =
    dnsServerSpec === undefined
      ? undefined
      : await resolveDnsServer(dnsServerSpec, { timeoutMs: Math.min(overallMs, DNS_SERVER_LOOKUP_MS) });
  const oauth2 = resolveToken(flags, io);
  const credentials = oauth2 ? undefined : await resolveCredentials(flags, io);
  return {
    json: flags.json === true,
    overallMs,
    connectMs,
    ehloName,
    servername,
    ca,
    caFile: flags.ca,
    insecure: flags.insecure === true,
    dnsServer,
    credentials,
    oauth2,
    concurrency,
  };
}

/**
 * An AbortSignal that fires after `milliseconds`, and on SIGINT (so Ctrl-C closes sockets instead of
 * killing the process mid-write). `dispose` removes the timer and the handler.
 */
export function deadline(milliseconds: number): {
  signal: AbortSignal;
  interrupted: () => boolean;
  dispose: () => void;
} {
  const controller = new AbortController();
  let interrupted = false;
  const timer = setTimeout(() => controller.abort(new Error('deadline')), milliseconds);
  timer.unref();
  const onSigint = () => {
    interrupted = true;
    controller.abort(new Error('interrupted'));
  };
  process.once('SIGINT', onSigint);
  return {
    signal: controller.signal,
    interrupted: () => interrupted,
    dispose: () => {
      clearTimeout(timer);
      process.removeListener('SIGINT', onSigint);
    },
  };
}

/**
 * Per-step timeouts that fit inside the overall deadline: a silent server is then reported as
 * "no greeting within N s" rather than merely "aborted" when `--timeout` is shorter than the usual
 * 30 s greeting wait. Defaults otherwise (greeting 30 s, TLS 10 s).
 */
export function probeTimeouts(settings: Pick<NetworkSettings, 'overallMs' | 'connectMs'>): {
  overall: number;
  connect: number;
  greeting: number;
  tls: number;
} {
  // A silent port costs a greeting wait and then, in the SMTP probe, an implicit-TLS attempt to tell
  // "wrong mode" from "dead": both must end before the deadline. What a connect may take is set
  // aside first, but at most half the deadline: a connect that needs longer is cut by the deadline
  // anyway (and reported as no answer), while setting aside all of it left a `--timeout` no longer
  // than the connect timeout a quarter of a second for the greeting.
  const reserved = Math.min(settings.connectMs, Math.round(settings.overallMs / 2));
  const budget = Math.max(500, settings.overallMs - reserved);
  return {
    overall: settings.overallMs,
    connect: settings.connectMs,
    greeting: Math.min(30_000, Math.round(budget * 0.5)),
    tls: Math.min(10_000, Math.round(budget * 0.4)),
  };
}

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const here = dirname(fileURLToPath(import.meta.url));
/** The built CLI: tests drive what users run (turbo builds before testing). */
export const CLI = join(here, '..', '..', 'dist', 'cli.js');
const SCHEMA_DIR = join(here, '..', '..', 'schema');

/** What a finished CLI run left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment without colour switches, so tests decide them explicitly. */
function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'TERM']) delete env[name];
  env['TERM'] = 'xterm-256color';
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Collects a child's stdout and stderr as text and resolves with its exit code when it closes. */
function collect(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `node dist/cli.js …args` with piped stdio and returns the child (to signal it) and its run. */
export function startCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: baseEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { child, done: collect(child) };
}

/** Runs `node dist/cli.js …args` with piped stdio (not a terminal) and collects everything. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<CliRun> {
  const { child, done } = startCli(args, options.env);
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  return done.finally(() => clearTimeout(timer));
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs the CLI inside a pseudo-terminal (util-linux `script`), so stdout and stderr are both a TTY. The
 * captured text mixes both streams, as a person's terminal would show them. With `stdoutTo`, stdout
 * goes to that file instead (`mailports … > file` typed on a terminal) and the capture is stderr only.
 */
export function runCliInTerminal(
  args: readonly string[],
  options: {
    env?: Record<string, string | undefined>;
    timeoutMs?: number;
    /** Typed into the terminal once `when` appears in the output (a password prompt). */
    answer?: { when: string; text: string };
    /** Redirect stdout to this file, leaving only stderr on the terminal. */
    stdoutTo?: string;
  } = {},
): Promise<CliRun> {
  const redirect = options.stdoutTo === undefined ? '' : ` > ${shellQuote(options.stdoutTo)}`;
  const command = [process.execPath, CLI, ...args].map(shellQuote).join(' ') + redirect;
  const child = spawn('script', ['-qec', `stty cols 160 2>/dev/null; ${command}`, '/dev/null'], {
    env: baseEnv(options.env ?? {}),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const answer = options.answer;
  if (answer) {
    let seen = '';
    const onData = (chunk: Buffer | string) => {
      seen += String(chunk);
      if (!seen.includes(answer.when)) return;
      child.stdout?.removeListener('data', onData);
      child.stdin?.write(answer.text);
    };
    child.stdout?.on('data', onData);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  return collect(child).finally(() => clearTimeout(timer));
}

let ajv: Ajv | undefined;

/** The validator for one of apps/cli/schema/*.schema.json, by file name (`probe`, `recommend`, …). */
export function schemaValidator(name: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({
      strict: true,
      allErrors: true,
      formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/ },
    });
    for (const file of readdirSync(SCHEMA_DIR).filter((entry) => entry.endsWith('.schema.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')));
    }
  }
  const validate = ajv.getSchema(`urn:mailports:cli:v1:${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
}

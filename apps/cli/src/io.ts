import picocolors from 'picocolors';

/** picocolors' formatter set, enabled or not. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** A stream the CLI writes to; a TTY when `isTTY` is true. */
export interface OutputStream {
  write(text: string): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** A stream the CLI may read a password from. */
export interface InputStream extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/**
 * Everything a command touches outside itself, so commands are plain functions that tests can call
 * with their own streams.
 */
export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams and environment. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Made on first use: few runs read stdin, and Node builds the stream (a TTY, pipe or file
    // reader) only when it is first asked for.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

/**
 * Colours only for a terminal, and never when NO_COLOR is set (any non-empty value, per no-color.org)
 * or `--no-color` was given. FORCE_COLOR is deliberately not honoured for piped output: a script gets
 * the same bytes every time.
 */
export function colorEnabled(stream: OutputStream, env: Io['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/** The writing side of a command: where output goes and how it may be styled. */
export interface Output {
  readonly io: Io;
  /** Styles for stdout (no-ops unless stdout is a colour terminal). */
  readonly color: Colors;
  /** Styles for stderr. */
  readonly errorColor: Colors;
  /** Terminal width for stdout, or undefined when piped (no wrapping or truncation then). */
  readonly width: number | undefined;
  out(text?: string): void;
  err(text?: string): void;
}

/** The output handle for one run; `color` is the `--color/--no-color` flag (undefined when absent). */
export function createOutput(io: Io, color: boolean | undefined): Output {
  return {
    io,
    color: picocolors.createColors(colorEnabled(io.stdout, io.env, color)),
    errorColor: picocolors.createColors(colorEnabled(io.stderr, io.env, color)),
    width: io.stdout.isTTY ? io.stdout.columns || 80 : undefined,
    out: (text = '') => {
      io.stdout.write(`${text}\n`);
    },
    err: (text = '') => {
      io.stderr.write(`${text}\n`);
    },
  };
}

/** A colour of {@link Colors} by name, for tables that say which word gets which colour. */
export type ColorName = 'green' | 'yellow' | 'red' | 'cyan' | 'blue' | 'magenta' | 'dim';

/** The style `table` names for `key`: one table per vocabulary (verdicts, severities…) instead of ternaries. */
export function styleOf<Key extends string>(
  color: Colors,
  table: Readonly<Record<Key, ColorName>>,
  key: Key,
): (text: string) => string {
  return color[table[key]];
}

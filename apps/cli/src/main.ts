import { type Command, CommanderError } from 'commander';
import { version } from '../package.json';
import { EXIT, isUsageError } from './errors';
import type { Io } from './io';
import { SCHEMA_VERSION } from './render/json';
import { buildProgram, COMMAND_NAMES, type ProgramActions, type RunState } from './program';
import { printable, printableLines } from './sanitize';

function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

function commandOf(argv: readonly string[]): string | null {
  return argv.find((arg) => ['ports', 'probe', 'recommend', 'demo', 'scan', 'worker'].includes(arg)) ?? null;
}

/**
 * The command a run names as its first word: the program then builds only that command (parsing,
 * errors and help stay the same; the others cost nothing at start-up). Anything else (`--help`,
 * `help probe`, `--version`, an unknown word) gets the whole program.
 */
function leadingCommand(argv: readonly string[]): (typeof COMMAND_NAMES)[number] | undefined {
  return COMMAND_NAMES.find((name) => name === argv[0]);
}

/**
 * `argv` without `-h`/`--help` when its command is one the program does not have: commander would
 * print the main help and exit 0 for `mailports frobnicate --help`, as if the command existed.
 * Without the flag, commander reports the unknown command (with a suggestion) as a usage error; so
 * does `mailports help frobnicate`, which is asked as `mailports frobnicate`.
 */
function withoutHelpForUnknownCommand(argv: readonly string[], program: Command): string[] {
  const end = argv.indexOf('--');
  const before = end < 0 ? argv : argv.slice(0, end);
  const [operand, second] = before.filter((arg) => !arg.startsWith('-'));
  if (operand === undefined) return [...argv];
  const known = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  if (operand === 'help') return second === undefined || known.includes(second) ? [...argv] : [second];
  if (known.includes(operand)) return [...argv];
  return argv.filter((arg, index) => (end >= 0 && index >= end) || (arg !== '-h' && arg !== '--help'));
}

/** A usage or internal error as the JSON document scripts get with `--json` (schema: error.schema.json). */
function errorDocument(argv: readonly string[], code: string, message: string, hint?: string): string {
  const error = hint === undefined ? { code, message } : { code, message, hint };
  return JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'mailports', version },
      command: commandOf(argv),
      kind: 'error',
      error,
    },
    null,
    2,
  );
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code. Never calls
 * process.exit and never throws: usage errors resolve to 2, bugs to 4, with a message on stderr (and a
 * JSON error document on stdout when `--json` was given).
 */
export async function run(argv: readonly string[], io: Io, actions?: ProgramActions): Promise<number> {
  const state: RunState = { exitCode: undefined };
  const json = wantsJson(argv);
  const only = leadingCommand(argv);
  const program = buildProgram({ io, state, ...(actions ? { actions } : {}), ...(only ? { only } : {}) });
  program.exitOverride();
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(printableLines(text)),
      outputError: (text, write) => write(text),
    });
  }
  try {
    await program.parseAsync(withoutHelpForUnknownCommand(argv, program), { from: 'user' });
    return state.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) {
        return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      }
      if (json) io.stdout.write(`${errorDocument(argv, 'E_USAGE', error.message.replace(/^error: /, ''))}\n`);
      return EXIT.usage;
    }
    if (isUsageError(error)) {
      io.stderr.write(`error: ${printable(error.message)}\n`);
      if (error.hint) io.stderr.write(`  ${printable(error.hint)}\n`);
      if (json) io.stdout.write(`${errorDocument(argv, error.code, error.message, error.hint)}\n`);
      return EXIT.usage;
    }
    if (error instanceof Error && error.name === 'Interrupted') {
      io.stderr.write('interrupted\n');
      return EXIT.interrupted;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `internal error: ${printableLines(detail)}\nThis is a bug in mailports ${version}; please report it with the command line.\n`,
    );
    if (json) io.stdout.write(`${errorDocument(argv, 'E_INTERNAL', printable(String(error)))}\n`);
    return EXIT.internal;
  }
}

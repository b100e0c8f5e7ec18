import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputStream, Io } from './io';
import { run } from './main';
import { EXIT } from './errors';
import { buildProgram, COMMAND_NAMES, EXIT_CODES, type ProgramActions } from './program';

function memoryIo(options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const written = { stdout: '', stderr: '' };
  const stream = (name: 'stdout' | 'stderr') => ({
    isTTY: options.tty === true,
    columns: 120,
    write: (text: string) => {
      written[name] += text;
      return true;
    },
  });
  const io: Io = {
    stdout: stream('stdout'),
    stderr: stream('stderr'),
    stdin: new PassThrough() as unknown as InputStream,
    env: options.env ?? {},
  };
  return { io, written };
}

describe('run() as a function', () => {
  it('returns exit codes instead of exiting, for help, usage errors and commands', async () => {
    expect(await run(['--help'], memoryIo().io)).toBe(0);
    expect(await run(['probe'], memoryIo().io)).toBe(2);
    expect(await run(['probe', 'example.test', '--bogus'], memoryIo().io)).toBe(2);
    const { io, written } = memoryIo();
    expect(await run(['ports', '25'], io)).toBe(0);
    expect(written.stdout).toContain('SMTP relay');
  });

  it('prints the same help for a command named first as through `help`', async () => {
    for (const name of ['probe', 'scan', 'mx']) {
      const first = memoryIo();
      const through = memoryIo();
      expect(await run([name, '--help'], first.io)).toBe(0);
      expect(await run(['help', name], through.io)).toBe(0);
      expect(first.written.stdout).toContain(`Usage: mailports ${name}`);
      expect(first.written.stdout).toBe(through.written.stdout);
    }
  });

  it('passes arguments and flags to the chosen command and returns its code', async () => {
    const calls: unknown[] = [];
    const actions: ProgramActions = {
      ports: async () => 0,
      probe: async (host, flags) => {
        calls.push([host, flags.ports, flags.json]);
        return 3;
      },
      recommend: async () => 0,
      demo: async () => 0,
      explain: async () => 0,
    };
    expect(
      await run(['probe', 'mail.example.test', '--ports', '25,587', '--json'], memoryIo().io, actions),
    ).toBe(3);
    expect(calls).toEqual([['mail.example.test', '25,587', true]]);
  });

  it('turns an unexpected exception into exit 4 with a report request', async () => {
    const { io, written } = memoryIo();
    const failing: ProgramActions = {
      ports: async () => {
        throw new Error('boom');
      },
      probe: async () => 0,
      recommend: async () => 0,
      demo: async () => 0,
      explain: async () => 0,
    };
    expect(await run(['ports'], io, failing)).toBe(4);
    expect(written.stderr).toContain('internal error');
    expect(written.stderr).toContain('please report it');
  });

  it('colours a terminal, and neither NO_COLOR nor a pipe', async () => {
    const terminal = memoryIo({ tty: true });
    await run(['ports'], terminal.io);
    expect(terminal.written.stdout).toContain('\x1b[1m');
    const noColor = memoryIo({ tty: true, env: { NO_COLOR: '1' } });
    await run(['ports'], noColor.io);
    expect(noColor.written.stdout).not.toContain('\x1b[');
    const piped = memoryIo();
    await run(['ports'], piped.io);
    expect(piped.written.stdout).not.toContain('\x1b[');
  });
});

describe('buildProgram()', () => {
  it('describes every command and its options without running anything', () => {
    const program = buildProgram();
    const commands = Object.fromEntries(
      program.commands.map((command) => [command.name(), command.options.map((option) => option.long)]),
    );
    expect(Object.keys(commands)).toEqual([
      'ports',
      'probe',
      'recommend',
      'demo',
      'explain',
      'mx',
      'scan',
      'worker',
    ]);
    expect(commands['mx']).toEqual(
      expect.arrayContaining(['--resolver', '--json', '--smtp-port', '--policy-port']),
    );
    expect(commands['probe']).toEqual(
      expect.arrayContaining([
        '--ports',
        '--protocol',
        '--json',
        '--timeout',
        '--ca',
        '--user',
        '--password-env',
      ]),
    );
    expect(commands['recommend']).toEqual(
      expect.arrayContaining([
        '--role',
        '--format',
        '--dns-server',
        '--port-map',
        '--user',
        '--password-env',
      ]),
    );
    for (const name of ['probe', 'recommend']) {
      const hidden = program.commands
        .find((command) => command.name() === name)!
        .options.find((option) => option.long === '--password');
      expect(hidden?.hidden, name).toBe(true);
    }
  });

  it('lists every command in COMMAND_NAMES, and builds only the one asked for', () => {
    expect(buildProgram().commands.map((command) => command.name())).toEqual([...COMMAND_NAMES]);
    for (const name of COMMAND_NAMES.filter((each) => each !== 'scan' && each !== 'worker')) {
      expect(buildProgram({ only: name }).commands.map((command) => command.name())).toEqual([name]);
    }
    expect(buildProgram({ only: 'worker' }).commands.map((command) => command.name())).toEqual([
      'scan',
      'worker',
    ]);
  });

  it('documents exactly the exit codes the commands return', () => {
    expect(EXIT_CODES.map((entry) => entry.code).sort((a, b) => a - b)).toEqual(
      Object.values(EXIT).sort((a, b) => a - b),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ESC } from './__fixtures__/local';
import { runCli, runCliInTerminal, schemaValidator } from './__fixtures__/run-cli';

describe('the command line', () => {
  it('prints the version from package.json and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('documents the exit codes in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stdout).toMatch(/^ {2}2 +usage error/m);
  });

  it('prints help for each command, with its options and examples, and exits 0', async () => {
    const expected: Record<string, string[]> = {
      ports: ['Usage: mailports ports', '--json', 'mailports ports 465'],
      probe: ['Usage: mailports probe', '--ports <list>', '--password-env', '--connect-timeout'],
      recommend: ['Usage: mailports recommend', '--role', '--format', '--dns-server', '--ca <file>'],
      demo: ['Usage: mailports demo', '--role', 'never answers a connect'],
    };
    const runs = await Promise.all(Object.keys(expected).map((command) => runCli([command, '--help'])));
    for (const [index, [command, texts]] of Object.entries(expected).entries()) {
      const run = runs[index]!;
      expect(run.code, command).toBe(0);
      for (const text of texts) expect(run.stdout, command).toContain(text);
    }
  });

  it('exits 2 with help on stderr when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: mailports');
  });

  it('suggests the command a typo meant and exits 2', async () => {
    const run = await runCli(['prots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'prots'");
    expect(run.stderr).toContain('Did you mean ports?');
  });

  it('never echoes control characters from arguments back to the terminal', async () => {
    const run = await runCli(['ports', `${ESC}]0;owned\x07`]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(ESC);
    expect(run.stderr).toContain('\\x1b]0;owned\\x07');
  });

  it('answers --json usage errors with a JSON error document on stdout', async () => {
    const run = await runCli(['ports', 'smpt', '--json']);
    expect(run.code).toBe(2);
    const document = JSON.parse(run.stdout);
    expect(schemaValidator('error')(document)).toBe(true);
    expect(document.error.message).toContain('did you mean smtp?');
  });
});

describe('mailports ports', () => {
  it('lists the eight mail ports in a table without colour when piped', async () => {
    const run = await runCli(['ports']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    const header = run.stdout.split('\n')[0]!;
    expect(header).toMatch(/^PORT\s+PROTOCOL\s+ROLE\s+TLS\s+STANDING/);
    for (const port of [25, 465, 587, 2525, 110, 995, 143, 993])
      expect(run.stdout).toMatch(new RegExp(`^\\s*${port}\\s`, 'm'));
  });

  it('filters by protocol', async () => {
    const run = await runCli(['ports', 'imap']);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n').filter((line) => /^\s*\d+\s/.test(line));
    expect(rows.map((row) => Number(row.trim().split(/\s+/)[0]))).toEqual([143, 993]);
  });

  it('explains one port in depth: TLS mode, standing, RFC sections, history and sources', async () => {
    const run = await runCli(['ports', '465']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('implicit TLS');
    expect(run.stdout).toContain('RFC 8314 §3.3');
    expect(run.stdout).toContain('History');
    expect(run.stdout).toContain('https://www.rfc-editor.org/rfc/rfc8314');
  });

  it('lists the myths about a port with their corrections, and the networks that block it', async () => {
    const run = await runCli(['ports', '465']);
    expect(run.stdout).toContain('Myths');
    expect(run.stdout).toMatch(/✗ “[^”]+” — (wrong|outdated)/);
    expect(run.stdout).toContain('Who blocks it');
    expect(run.stdout).toMatch(/• .+: blocked \(/);
  });

  it('exits 1 for a port the knowledge base does not know, naming the known ones', async () => {
    const run = await runCli(['ports', '9999']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('port 9999 is not in the knowledge base');
    expect(run.stderr).toContain('465');
  });

  it('rejects an out-of-range port and a misspelt protocol with exit 2 and the fix', async () => {
    const range = await runCli(['ports', '70000']);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain('port must be 1–65535 (got 70000)');
    const typo = await runCli(['ports', 'smpt']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean smtp?');
  });

  it('prints JSON that validates against the ports schema', async () => {
    const validate = schemaValidator('ports');
    const list = await runCli(['ports', '--json']);
    expect(list.code).toBe(0);
    expect(validate(JSON.parse(list.stdout)), JSON.stringify(validate.errors)).toBe(true);
    const one = await runCli(['ports', '587', '--json']);
    expect(one.code).toBe(0);
    const document = JSON.parse(one.stdout);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.port.port).toBe(587);
  });

  it('uses colour on a terminal, and not with NO_COLOR or --no-color', async () => {
    const coloured = await runCliInTerminal(['ports']);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(`${ESC}[`);
    const noColor = await runCliInTerminal(['ports'], { env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('PORT');
    expect(noColor.stdout).not.toContain(`${ESC}[`);
    const flag = await runCliInTerminal(['ports', '--no-color']);
    expect(flag.stdout).toContain('PORT');
    expect(flag.stdout).not.toContain(`${ESC}[`);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PORTS } from './data/all-ports.js';

const repository = join(import.meta.dirname, '..', '..', '..');
const KNOWN_PORTS = new Set(ALL_PORTS.map((entry) => entry.port));

/**
 * Source files of the other packages and apps that ship or serve users: tests, fixtures, interop
 * suites, benchmarks and the test servers (testkit) are left out, as is this package.
 */
function productSources(): string[] {
  const roots = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(repository, group), { withFileTypes: true })
      .filter((item) => item.isDirectory())
      .map((item) => join(repository, group, item.name)),
  );
  const skippedPackages = new Set(['ports', 'testkit']);
  const skippedDirectories = new Set(['node_modules', 'dist', '__fixtures__', 'interop', 'test', 'cache']);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
      const path = join(dir, item.name);
      if (item.isDirectory()) return skippedDirectories.has(item.name) ? [] : walk(path);
      if (/\.test\.ts$|\.d\.ts$|\.config\.ts$/.test(item.name)) return [];
      return /\.(ts|mts|vue)$/.test(item.name) ? [path] : [];
    });
  return roots
    .filter((root) => !skippedPackages.has(root.split('/').pop() ?? ''))
    .flatMap((root) =>
      ['src', 'docs/.vitepress'].flatMap((sub) => {
        try {
          return walk(join(root, sub));
        } catch {
          return [];
        }
      }),
    );
}

/**
 * The code of a source with comments, strings, template literals and regular expressions blanked out
 * (line breaks kept, so positions still tell the line). Port numbers in help text and messages are
 * prose; only numbers in code can form a table.
 */
function codeOnly(source: string): string {
  let out = '';
  let index = 0;
  let previous = '';
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  while (index < source.length) {
    const character = source[index]!;
    const next = source[index + 1];
    let end = -1;
    if (character === '/' && next === '/') {
      end = source.indexOf('\n', index);
      if (end < 0) end = source.length;
    } else if (character === '/' && next === '*') {
      end = source.indexOf('*/', index + 2);
      end = end < 0 ? source.length : end + 2;
    } else if (character === "'" || character === '"' || character === '`') {
      end = index + 1;
      while (end < source.length && source[end] !== character) end += source[end] === '\\' ? 2 : 1;
      end += 1;
    } else if (character === '/' && /[(,=:[!&|?{};]|^$/.test(previous)) {
      end = index + 1;
      let inClass = false;
      while (end < source.length && source[end] !== '\n') {
        const current = source[end];
        if (current === '\\') end += 1;
        else if (current === '[') inClass = true;
        else if (current === ']') inClass = false;
        else if (current === '/' && !inClass) break;
        end += 1;
      }
      end += 1;
    }
    if (end > index) {
      out += blank(source.slice(index, end));
      index = end;
      previous = 'x';
      continue;
    }
    out += character;
    if (!/\s/.test(character)) previous = character;
    index += 1;
  }
  return out;
}

/** A bracket or brace pair holding two or more distinct mail port numbers: a port table. */
interface PortTable {
  readonly line: number;
  readonly ports: readonly number[];
}

/**
 * The port tables of a piece of code: every array or object literal (`[…]`, `{…}`, not a block of
 * statements) whose numbers include two or more distinct mail ports the knowledge base lists.
 */
function portTables(code: string): PortTable[] {
  const tables: PortTable[] = [];
  const open: Array<{ at: number; literal: boolean }> = [];
  for (let index = 0; index < code.length; index++) {
    const character = code[index]!;
    if (character === '[' || character === '{') {
      const before = code.slice(0, index).trimEnd();
      // `) {`, `=> {`, `else {`, `class X {` open statements; anything else opens a literal.
      const block = character === '{' && /(\)|=>|\b(?!return\b)[A-Za-z_$][\w$]*)$/.test(before);
      open.push({ at: index, literal: !block });
    } else if (character === ']' || character === '}') {
      const start = open.pop();
      if (!start?.literal) continue;
      const body = code.slice(start.at, index + 1);
      const numbers = [...body.matchAll(/(?<![\w.])(\d+)(?![\w.])/g)].map((match) => Number(match[1]));
      const ports = [...new Set(numbers.filter((value) => KNOWN_PORTS.has(value)))];
      if (ports.length >= 2) {
        tables.push({ line: code.slice(0, start.at).split('\n').length, ports });
      }
    }
  }
  // Report the outermost table only: an array of rows would otherwise be reported row by row.
  return tables.filter(
    (table, position) =>
      !tables.some(
        (other, otherPosition) =>
          otherPosition > position && other.line <= table.line && other.ports.length >= table.ports.length,
      ),
  );
}

function scriptOf(path: string, text: string): string {
  if (!path.endsWith('.vue')) return text;
  // Keep line numbers: everything outside <script> becomes blank lines.
  return text.replace(
    /(^|<\/script>)([\s\S]*?)(<script[^>]*>|$)/g,
    (_all, close, between, openTag) => `${close}${between.replace(/[^\n]/g, '')}${openTag}`,
  );
}

describe('port facts', () => {
  it('finds a port table in code, and not in prose, comments or a lone port', () => {
    expect(portTables(codeOnly('const PORTS = [25, 465, 587];')).map((table) => table.ports)).toEqual([
      [25, 465, 587],
    ]);
    expect(portTables(codeOnly("const map = {\n  993: 'imap',\n  995: 'pop3',\n};"))).toEqual([
      { line: 1, ports: [993, 995] },
    ]);
    expect(portTables(codeOnly('const rows = [{ port: 465 }, { port: 587 }];'))).toHaveLength(1);
    expect(portTables(codeOnly("const hint = 'e.g. --ports 25,465,587'; // 993, 995"))).toEqual([]);
    expect(portTables(codeOnly('const IPV4 = /^(25[0-5]|2[0-4]\\d)$/; const o = { port: 25 };'))).toEqual([]);
    expect(
      portTables(codeOnly('if (port === 25) {\n  x();\n} else if (port === 2525) {\n  y();\n}')),
    ).toEqual([]);
  });

  it('finds the tables this package holds, so the rule below would see one elsewhere', () => {
    const srv = readFileSync(join(import.meta.dirname, 'data', 'srv.ts'), 'utf8');
    expect(portTables(codeOnly(srv)).length).toBeGreaterThan(0);
  });

  it('come from @mailports/ports: no other package or app keeps a table of mail port numbers', () => {
    const sources = productSources();
    expect(sources.length).toBeGreaterThan(50);
    const found = sources.flatMap((path) =>
      portTables(codeOnly(scriptOf(path, readFileSync(path, 'utf8')))).map(
        (table) => `${relative(repository, path)}:${table.line} holds ports ${table.ports.join(', ')}`,
      ),
    );
    expect(found).toEqual([]);
  }, 60_000); // reads every source file of the repository: slow on a loaded machine, not a timing check
});

describe('dependencies', () => {
  const manifests = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(repository, group)).flatMap((name) => {
      try {
        const manifest = JSON.parse(readFileSync(join(repository, group, name, 'package.json'), 'utf8')) as {
          name: string;
          dependencies?: Record<string, string>;
        };
        return [manifest];
      } catch {
        return [];
      }
    }),
  );
  // apps → recommend → probes → wire (docs → cli); ports is a leaf anyone may use; testkit serves tests and the demo.
  const LAYER: Record<string, number> = {
    '@mailports/ports': 0,
    // Servers for tests and the demo; the demo's well-known ports come from ports.
    '@mailports/testkit': 0.5,
    '@mailports/wire': 1,
    '@mailports/smtp-probe': 2,
    '@mailports/mailbox-probe': 2,
    '@mailports/recommend': 3,
    // The command line; the docs app reads its program to generate the CLI reference.
    mailports: 4,
  };
  const layerOf = (name: string) => LAYER[name] ?? 5;

  it('point one way: a package uses only packages of a lower layer, and ports uses none', () => {
    expect(manifests.length).toBeGreaterThan(5);
    const wrong = manifests.flatMap((manifest) =>
      Object.keys(manifest.dependencies ?? {})
        .filter((dependency) => dependency.startsWith('@mailports/') || dependency === 'mailports')
        .filter(
          (dependency) =>
            manifest.name === '@mailports/ports' || layerOf(dependency) >= layerOf(manifest.name),
        )
        .map((dependency) => `${manifest.name} → ${dependency}`),
    );
    expect(wrong).toEqual([]);
  });
});

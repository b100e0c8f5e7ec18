import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module reachable from `entry` through static value imports (type-only imports excluded). */
function staticGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms),
    ].map((match) => match[1] ?? '');
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(join(dirname(file), `${specifier.replace(/\.js$/, '')}.ts`));
    }
  };
  visit(entry);
  return graph;
}

describe('the package entry', () => {
  const graph = staticGraph(join(here, 'index.ts'));
  const external = [...graph.entries()].flatMap(([file, specifiers]) =>
    specifiers
      .filter((specifier) => !specifier.startsWith('.'))
      .map((specifier) => `${file.slice(here.length + 1)} → ${specifier}`),
  );

  it('reaches the ranking, settings, discovery and recommend modules', () => {
    const files = [...graph.keys()].map((file) => file.slice(here.length + 1));
    expect(files).toEqual(expect.arrayContaining(['rank.ts', 'settings.ts', 'discover.ts', 'recommend.ts']));
  });

  it('imports nothing from Node or the probes statically, only the pure knowledge base and browser-safe text helpers', () => {
    const browserSafe = ['→ @mailports/ports', '→ @mailports/wire/text'];
    expect(external.filter((line) => !browserSafe.some((safe) => line.endsWith(safe)))).toEqual([]);
  });
});

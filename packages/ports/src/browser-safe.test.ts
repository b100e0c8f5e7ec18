import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceDir = join(import.meta.dirname, '.');

function shippedModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return shippedModules(path);
    return item.name.endsWith('.ts') && !item.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('shipped modules', () => {
  it('import nothing but each other, so the package runs in a browser with no dependencies', () => {
    const modules = shippedModules(sourceDir);
    expect(modules.length).toBeGreaterThan(5);
    for (const path of modules) {
      const specifiers = [...readFileSync(path, 'utf8').matchAll(/from\s+'([^']+)'/g)].map(
        (match) => match[1],
      );
      for (const specifier of specifiers) expect(specifier, path).toMatch(/^\.\.?\//);
    }
  });
});

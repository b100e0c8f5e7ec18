import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDINGS } from './data/findings.js';
import { findingDefinition, isFindingCode, listFindings } from './findings.js';

const RANK = { info: 0, warning: 1, critical: 2 } as const;
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the findings catalogue', () => {
  it('gives every code a kebab-case name, one severity, a description, protocols and sources', () => {
    for (const entry of listFindings()) {
      expect(entry.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.protocols.length).toBeGreaterThan(0);
      expect(entry.sources.length).toBeGreaterThan(0);
      if (entry.lowered) expect(RANK[entry.lowered.severity]).toBeLessThan(RANK[entry.severity]);
    }
  });

  it('rates auth-before-tls the same for every protocol: critical, a warning only without a reusable secret', () => {
    expect(FINDINGS['auth-before-tls'].protocols).toEqual(['smtp', 'imap', 'pop3']);
    expect(FINDINGS['auth-before-tls'].severity).toBe('critical');
    expect(FINDINGS['auth-before-tls'].lowered.severity).toBe('warning');
  });

  it('answers lookups by code and nothing for unknown codes', () => {
    expect(isFindingCode('starttls-injection')).toBe(true);
    expect(isFindingCode('toString')).toBe(false);
    expect(findingDefinition('no-such-finding')).toBeUndefined();
  });

  it('matches the findings tables of the probe READMEs (node scripts/findings-table.mjs rewrites them)', () => {
    const check = (): Buffer =>
      execFileSync(process.execPath, ['scripts/findings-table.mjs', '--check'], { cwd: root, stdio: 'pipe' });
    expect(check).not.toThrow();
  });
});

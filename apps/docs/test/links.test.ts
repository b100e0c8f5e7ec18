import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenLinks } from '../scripts/lib/links.mjs';
import { SITE } from './_site';

const made: string[] = [];

/** A small built site: path → HTML. */
function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mailports-docs-links-'));
  made.push(root);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('internal link check', () => {
  it('reports links to missing pages and missing anchors, and passes the ones that resolve', () => {
    const root = site({
      'index.html': [
        '<a href="/ports/25.html#who-blocks-it">ok</a>',
        '<a href="./ports/25">clean URL, ok</a>',
        '<a href="ports/">directory index, ok</a>',
        '<a href="https://www.rfc-editor.org/rfc/rfc8314">external, not followed</a>',
        '<a class="x" href="/ports/465.html">missing page</a>',
        '<a href="#top">missing anchor on this page</a>',
      ].join(''),
      'ports/index.html': '<a href="../index.html">ok</a>',
      'ports/25.html':
        '<h2 id="who-blocks-it">Who blocks it</h2><a href="../index.html#nope">missing anchor</a>',
    });
    expect(brokenLinks(root)).toEqual([
      { page: '/index.html', href: '/ports/465.html', problem: 'missing page' },
      { page: '/index.html', href: '#top', problem: 'missing anchor' },
      { page: '/ports/25.html', href: '../index.html#nope', problem: 'missing anchor' },
    ]);
  });

  it('finds none in the built site', () => {
    expect(brokenLinks(SITE)).toEqual([]);
  });
});

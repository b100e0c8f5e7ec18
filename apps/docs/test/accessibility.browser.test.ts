import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './_browser';
import { openPage } from './_pages';
import { SITE } from './_site';
import { serveStatic } from './static-server';

/** axe-core's browser bundle, injected into each page as a script. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The main pages, and what to do on one before checking it (the recommender with an answer shown). */
const PAGES: Array<{ path: string; prepare?: (page: Page) => Promise<void> }> = [
  { path: '/' },
  {
    path: '/recommender.html',
    prepare: async (page) => {
      await page.locator('[data-test="port-465"]').selectOption('implicit');
      await page.locator('[data-test="network"]').selectOption('gcp');
      await page.locator('[data-test="run"]').click();
      await page.locator('[data-test="result"]').waitFor();
    },
  },
  { path: '/guide/which-port.html' },
  { path: '/guide/getting-started.html' },
  { path: '/ports/465.html' },
  { path: '/services/google.html' },
  { path: '/troubleshooting/' },
  { path: '/troubleshooting/tls-mode.html' },
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string; data?: unknown; chrome: boolean }>;
}

/**
 * VitePress's own chrome, which this site does not write: the local-search button (its label "Search"
 * omits the visible "Ctrl K" hint) and the sidebar's collapsible group headers (a role=button div around
 * a heading that holds a link). Violations whose every node is inside these are not ours; everything
 * in the page content, the hero and our components is checked.
 */
const NOT_OURS = '.DocSearch, .VPSidebar, .VPNavBarSearch';

function ours(violation: Violation): boolean {
  return violation.nodes.some((node) => !node.chrome);
}

const OUTPUT = new URL('../test-output/', import.meta.url).pathname;
const errors: string[] = [];
let site: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; blocked: string[]; close(): Promise<void> };

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  site = await serveStatic(SITE);
  browser = await openBrowser(site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (notOurs) => {
    type Raw = Omit<Violation, 'nodes'> & {
      nodes: Array<{ target: string[]; html: string; any: Array<{ data?: unknown }> }>;
    };
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Raw[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        html: node.html.slice(0, 160),
        data: node.any[0]?.data,
        chrome: document.querySelector(node.target[0] ?? '')?.closest(notOurs) != null,
      })),
    }));
  }, NOT_OURS);
}

describe('axe-core finds no serious or critical violation on the main pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`${scheme}: $path`, async ({ path, prepare }) => {
      const page = await openPage(browser.context, site.url, path, errors);
      await page.emulateMedia({ colorScheme: scheme });
      // VitePress follows the system scheme on first visit; make sure the class matches what was asked.
      await page.evaluate(
        (dark) => document.documentElement.classList.toggle('dark', dark),
        scheme === 'dark',
      );
      if (prepare) await prepare(page);
      const found = (await violations(page)).filter(
        (violation) => (violation.impact === 'serious' || violation.impact === 'critical') && ours(violation),
      );
      expect(found, JSON.stringify(found, null, 2)).toEqual([]);
      if (path === '/' || path === '/recommender.html') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: join(OUTPUT, `${scheme}${path.replace(/[/.]+/g, '-')}.png`),
          fullPage: true,
        });
      }
      await page.close();
    });
  }

  it('no page logged an error and nothing left loopback', () => {
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});

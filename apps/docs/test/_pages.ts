import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens `path` of the served site in a new page; console errors and page errors land in `errors`. */
export async function openPage(
  context: BrowserContext,
  origin: string,
  path: string,
  errors: string[],
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return page;
}

/** Puts `text` into the JSON box as a paste does: one input event (Locator.fill stalls on large text). */
export async function pasteJson(page: Page, text: string): Promise<void> {
  await page.locator('[data-test="json"]').evaluate((element, value) => {
    const area = element as HTMLTextAreaElement;
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** How far the page is wider than its viewport, in CSS pixels (0: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The heading levels of the page's main content and hero, in document order. */
export function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.VPContent h1, .VPContent h2, .VPContent h3, .VPContent h4, .VPContent h5, .VPContent h6',
      ),
    ]
      .filter((heading) => (heading as HTMLElement).offsetParent !== null)
      .map((heading) => Number(heading.tagName.slice(1))),
  );
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupPort, MYTHS, recommendedPort } from '@mailports/ports';
import { type Recommendation, type Role, rank } from '@mailports/recommend';
import {
  createSmtpServer,
  createUnansweredPort,
  type DemoProvider,
  startDemoProvider,
  type TestServer,
  type UnansweredPort,
} from '@mailports/testkit';
import type { ProbeResultBase } from '@mailports/wire';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsFromAnswers } from '../docs/.vitepress/theme/facts';
import { openBrowser, runCli } from './_browser';
import { SITE } from './_site';
import { serveStatic } from './static-server';

const OUTPUT = new URL('../test-output/', import.meta.url).pathname;

/** Errors the pages reported on their console or threw; a test that shows an answer expects none. */
const pageErrors: string[] = [];
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

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return page;
}

/**
 * Puts `text` into the JSON box as a paste does: one input event. (Locator.fill stalls for minutes on the
 * tens of kilobytes a recommend document has.)
 */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('[data-test="json"]').evaluate((element, value) => {
    const area = element as HTMLTextAreaElement;
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** What the page shows as the answer: best port and security, and each option's verdict. */
async function shownAnswer(page: Page): Promise<{ best: string | null; verdicts: Record<string, string> }> {
  const settled = page.locator('[data-test="result"], [data-test="error"]').first();
  await expect
    .poll(async () => pageErrors.length > 0 || (await settled.isVisible()), { timeout: 20_000 })
    .toBe(true);
  expect(pageErrors).toEqual([]);
  const error = page.locator('[data-test="error"]');
  if ((await error.count()) > 0) throw new Error(`The page says: ${await error.textContent()}`);
  const best = page.locator('[data-test="best"]');
  const port = await best.getAttribute('data-port');
  const security = await best.getAttribute('data-security');
  const verdicts: Record<string, string> = {};
  for (const option of await page.locator('[data-test^="verdict-"]').all()) {
    const id = (await option.getAttribute('data-test'))?.replace('verdict-', '') ?? '';
    verdicts[id] = (await option.textContent())?.trim() ?? '';
  }
  return { best: port === null ? null : `${port}/${security}`, verdicts };
}

function expectedAnswer(recommendation: Recommendation): {
  best: string | null;
  verdicts: Record<string, string>;
} {
  return {
    best: recommendation.best ? `${recommendation.best.port}/${recommendation.best.security}` : null,
    verdicts: Object.fromEntries(
      recommendation.options.map((option) => [String(option.port), option.verdict]),
    ),
  };
}

describe('the built site in Chromium', () => {
  it('the home page renders and links to the port guide', async () => {
    const page = await open('/');
    await expect(page.locator('.VPHero .name').textContent()).resolves.toContain('mailports');
    expect(await page.locator('a[href="/guide/which-port.html"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUTPUT, 'home.png'), fullPage: true });
    await page.close();
  });

  it('the 465 page says implicit TLS and cites RFC 8314 §7.3 with its link', async () => {
    expect(lookupPort(465)?.tls).toBe('implicit');
    const page = await open('/ports/465.html');
    await expect(page.locator('[data-fact="tls"]').textContent()).resolves.toContain('implicit TLS');
    const citation = page.locator('main a', { hasText: 'RFC 8314 §7.3' }).first();
    await expect(citation.getAttribute('href')).resolves.toBe(
      'https://www.rfc-editor.org/rfc/rfc8314#section-7.3',
    );
    await page.close();
  });

  it('the 25 page lists the networks that block it; navigating to 587 in the page works', async () => {
    const page = await open('/ports/25.html');
    await expect(page.locator('main').textContent()).resolves.toContain('Google Cloud');
    await page.locator('.VPSidebar a[href="/ports/587.html"]').click();
    await page.waitForURL('**/ports/587.html');
    await page.locator('main h1', { hasText: 'Port 587' }).waitFor();
    await page.close();
  });

  it('the myths page corrects "SMTP does not support port 465 anymore"', async () => {
    const myth = MYTHS.find((candidate) =>
      candidate.quote.startsWith('SMTP does not support port 465 anymore'),
    );
    expect(myth).toBeDefined();
    const page = await open('/myths.html');
    const section = page.locator(`[data-myth="${myth?.id}"]`);
    await expect(section.textContent()).resolves.toContain('SMTP does not support port 465 anymore');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main.replace(/\s+/g, ' ')).toContain(myth?.correction);
    await page.close();
  });

  it('the which-port guide gives the standards answer for sending', async () => {
    const page = await open('/guide/which-port.html');
    const answer = recommendedPort('submission');
    await expect(page.locator('[data-role="submission"] a').first().textContent()).resolves.toBe(
      String(answer.port),
    );
    await page.close();
  });
});

describe('the recommender page', () => {
  it('questionnaire: 465 does not answer, 587 offers STARTTLS → 587 STARTTLS, with an inference, as rank() says', async () => {
    const page = await open('/recommender.html');
    await page.locator('[data-test="role"]').selectOption('send');
    await page.locator('[data-test="host"]').fill('mail.example.com');
    await page.locator('[data-test="port-465"]').selectOption('timeout');
    await page.locator('[data-test="port-587"]').selectOption('starttls');
    await page.locator('[data-test="run"]').click();
    const shown = await shownAnswer(page);
    const expected = rank({
      role: 'send',
      results: resultsFromAnswers({
        host: 'mail.example.com',
        ports: { 465: 'timeout', 587: 'starttls', 2525: 'unknown', 25: 'unknown' },
        certificateValid: true,
        authAfterTlsOnly: true,
      }),
      constraints: { blockedPorts: [] },
    });
    expect(expected.best?.port).toBe(587);
    expect(shown).toEqual(expectedAnswer(expected));
    expect(shown.best).toBe('587/starttls');
    expect(await page.locator('[data-test="inference"]').count()).toBe(expected.inferences.length);
    expect(expected.inferences.length).toBeGreaterThan(0);
    await page.close();
  });

  describe('pasted `mailports probe --json` from real servers on loopback', () => {
    let implicit: TestServer;
    let starttls: TestServer;
    let silent: UnansweredPort;

    beforeAll(async () => {
      implicit = await createSmtpServer({ tls: 'implicit' });
      starttls = await createSmtpServer({ tls: 'starttls' });
      silent = await createUnansweredPort();
    });

    afterAll(async () => {
      await implicit?.close();
      await starttls?.close();
      await silent?.close();
    });

    it('shows the same best option and verdicts as rank() in Node for the same results', async () => {
      const ca = join(tmpdir(), `mailports-docs-ca-${process.pid}.pem`);
      writeFileSync(ca, implicit.ca);
      const run = await runCli([
        'probe',
        '127.0.0.1',
        '--ports',
        `smtp:${silent.port}:implicit,smtp:${starttls.port},smtp:${implicit.port}:implicit`,
        '--servername',
        'localhost',
        '--ca',
        ca,
        '--connect-timeout',
        '1s',
        '--timeout',
        '20s',
        '--json',
      ]);
      expect(run.stderr).toBe('');
      const document = JSON.parse(run.stdout) as { command: string; results: ProbeResultBase[] };
      expect(document.command).toBe('probe');
      expect(document.results.map((result) => result.port)).toEqual([
        silent.port,
        starttls.port,
        implicit.port,
      ]);
      expect(document.results.map((result) => result.status)).toEqual(['timeout', 'ok', 'ok']);

      const page = await open('/recommender.html');
      await page.locator('[data-test="mode-json"]').check();
      await page.locator('[data-test="role"]').selectOption('send');
      await paste(page, run.stdout);
      await page.locator('[data-test="run"]').click();
      const shown = await shownAnswer(page);
      const expected = rank({ role: 'send', results: document.results, constraints: { blockedPorts: [] } });
      expect(expected.best).not.toBeNull();
      expect(shown).toEqual(expectedAnswer(expected));
      expect(await page.locator('[data-test="inference"]').count()).toBe(expected.inferences.length);
      // Scrolled to the top, a full-page capture keeps VitePress's fixed sidebar and header in place.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(OUTPUT, 'recommender-result.png'), fullPage: true });
      await page.close();
    });
  });

  describe('pasted `mailports recommend --json` for a provider on loopback', () => {
    let provider: DemoProvider;
    let document: {
      command: string;
      recommendations: Recommendation[];
      settings: { nodemailer: Record<string, unknown> };
    };
    let pasted: string;

    beforeAll(async () => {
      provider = await startDemoProvider();
      const ca = join(tmpdir(), `mailports-docs-demo-ca-${process.pid}.pem`);
      writeFileSync(ca, provider.ca);
      const portMap = Object.entries(provider.portMap)
        .map(([wellKnown, actual]) => `${wellKnown}=${actual}`)
        .join(',');
      const run = await runCli([
        'recommend',
        `user@${provider.domain}`,
        '--role',
        'all',
        '--dns-server',
        provider.dns?.address ?? '',
        '--port-map',
        portMap,
        '--ca',
        ca,
        '--connect-timeout',
        '1s',
        '--json',
      ]);
      expect(run.stderr).toBe('');
      pasted = run.stdout;
      document = JSON.parse(pasted);
      expect(document.command).toBe('recommend');
    });

    afterAll(async () => {
      await provider?.close();
    });

    it.each<Role>(['send', 'read', 'relay'])(
      'the page answers %s exactly as the command line did',
      async (role) => {
        const cli = document.recommendations.find((recommendation) => recommendation.role === role);
        expect(cli).toBeDefined();
        if (!cli) return;
        expect(cli.options.length).toBeGreaterThan(0);
        const page = await open('/recommender.html');
        await page.locator('[data-test="mode-json"]').check();
        await page.locator('[data-test="role"]').selectOption(role);
        await paste(page, pasted);
        await page.locator('[data-test="run"]').click();
        expect(await shownAnswer(page)).toEqual(expectedAnswer(cli));
        if (role !== 'relay') {
          // The autoconfig file is well-formed XML whose first server is the best option.
          const xml = (await page.locator('[data-test="thunderbird"]').textContent()) ?? '';
          const parsed = await page.evaluate(
            ({ text, server }) => {
              const config = new DOMParser().parseFromString(text, 'application/xml');
              return {
                wellFormed: config.querySelector('parsererror') === null,
                port: config.querySelector(`${server} > port`)?.textContent ?? null,
                domain: config.querySelector('domain')?.textContent ?? null,
              };
            },
            { text: xml, server: role === 'send' ? 'outgoingServer' : 'incomingServer' },
          );
          // The mail domain of the pasted document, not a server's host name.
          expect(parsed).toEqual({ wellFormed: true, port: String(cli.best?.port), domain: provider.domain });
        }
        if (role === 'send') {
          // One paste rule: the page's nodemailer options are the command line's.
          const shown = (await page.locator('[data-test="nodemailer"]').textContent()) ?? '';
          expect(JSON.parse(shown)).toEqual(document.settings.nodemailer.send);
        }
        const inferences = await page.locator('[data-test="inference"]').allTextContents();
        expect(inferences.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
          cli.inferences.map(
            (reason) => `${reason.kind} ${reason.text}${reason.citation ? ` ${reason.citation.label}` : ''}`,
          ),
        );
        await page.close();
      },
    );
  });

  it('no request ever left the loopback server', () => {
    expect(browser.blocked).toEqual([]);
  });
});

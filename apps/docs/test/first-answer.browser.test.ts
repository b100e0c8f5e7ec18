import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_ERRORS, ERROR_FAMILIES, MAIL_SERVICES, PROVIDERS, recommendedPort } from '@mailports/ports';
import { type Recommendation, rank } from '@mailports/recommend';
import { type DemoProvider, startDemoProvider } from '@mailports/testkit';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsFromAnswers } from '../docs/.vitepress/theme/facts';
import { openBrowser, runCli } from './_browser';
import { headingLevels, horizontalOverflow, openPage, pasteJson } from './_pages';
import { SITE } from './_site';
import { serveStatic } from './static-server';

const OUTPUT = new URL('../test-output/', import.meta.url).pathname;
const MOBILE = { width: 375, height: 812 };
const LONG_HOST = 'submission-relay-eu-west-3.mail-gateway.very-long-subdomain-name.example-provider.co.uk';

const errors: string[] = [];
let site: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; blocked: string[]; close(): Promise<void> };

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  site = await serveStatic(SITE);
  browser = await openBrowser(site.url);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const open = (path: string, viewport?: { width: number; height: number }) =>
  openPage(browser.context, site.url, path, errors, viewport);

describe('the home page answers on its first screen', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['mobile', MOBILE],
  ] as const)(
    '%s: send 465 else 587, read 993, 25 only between servers, with the RFC, above the fold',
    async (name, viewport) => {
      const page = await open('/', viewport);
      const answer = page.locator('[data-test="first-answer"]');
      const send = recommendedPort('submission');
      await expect(answer.locator('[data-role="send"]').getAttribute('data-port')).resolves.toBe(
        String(send.port),
      );
      await expect(answer.locator('[data-role="read"]').getAttribute('data-port')).resolves.toBe(
        String(recommendedPort('retrieval').port),
      );
      await expect(answer.locator('[data-role="relay"]').getAttribute('data-port')).resolves.toBe(
        String(recommendedPort('relay').port),
      );
      const sendText = (await answer.locator('[data-role="send"]').textContent()) ?? '';
      expect(sendText.replace(/\s+/g, ' ')).toContain(
        `${send.port} with implicit TLS, else ${send.fallbacks[0]?.port} with STARTTLS`,
      );
      expect(sendText).toContain(send.why);
      await expect(answer.locator('[data-role="relay"]').textContent()).resolves.toContain('only');
      const rfc = answer.locator('a', { hasText: 'RFC 8314' }).first();
      await expect(rfc.getAttribute('href')).resolves.toMatch(
        /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc8314/,
      );
      // The first screen: the answer ends inside the viewport without scrolling (on a phone, the send answer).
      const box = await answer
        .locator(name === 'desktop' ? '[data-role="relay"]' : '[data-role="send"]')
        .boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: join(OUTPUT, `home-first-screen-${name}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('links the repository and explains how to install from a clean machine', async () => {
    const page = await open('/guide/getting-started.html');
    expect(await page.locator('a[href^="https://github.com/"]').count()).toBeGreaterThan(0);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const step of [
      'git clone',
      'npm install',
      'npm run build',
      'npm pack',
      'node apps/cli/dist/cli.js',
    ]) {
      expect(main).toContain(step);
    }
    await page.close();
  });
});

describe('the recommender separates what you said from what a probe observed', () => {
  it('questionnaire answers are labelled as said, with no TLS version or mechanism list nobody gave', async () => {
    const page = await open('/recommender.html');
    await page.locator('[data-test="port-465"]').selectOption('implicit');
    await page.locator('[data-test="port-587"]').selectOption('starttls');
    await page.locator('[data-test="run"]').click();
    await page.locator('[data-test="result"]').waitFor();
    await expect(page.locator('[data-test="basis"]').getAttribute('data-basis')).resolves.toBe('said');
    const shown = (await page.locator('[data-test="result"]').textContent()) ?? '';
    expect(shown).not.toMatch(/TLSv1\.\d/);
    expect(shown).not.toContain('PLAIN, LOGIN');
    expect(shown).not.toMatch(/\bobserved\b(?! by a probe)/);
    expect(shown).toContain('you said');
    await expect(page.locator('[data-test="announcement"]').textContent()).resolves.toContain(
      'based on what you said',
    );
    await page.close();
  });

  it('with every port "don\'t know" it gives the standards answer and the command that finds out', async () => {
    const page = await open('/recommender.html');
    await page.locator('[data-test="host"]').fill('mail.example.org');
    await page.locator('[data-test="run"]').click();
    const unknown = page.locator('[data-test="unknown"]');
    await unknown.waitFor();
    await expect(unknown.textContent()).resolves.toContain(String(recommendedPort('submission').port));
    await expect(page.locator('[data-test="probe-command"]').textContent()).resolves.toBe(
      'mailports probe mail.example.org --json',
    );
    await expect(page.locator('[data-test="announcement"]').textContent()).resolves.toContain(
      'mailports probe',
    );
    await page.close();
  });

  it('some ports unknown: the answer names them and the probe command for just those', async () => {
    const page = await open('/recommender.html');
    await page.locator('[data-test="port-587"]').selectOption('starttls');
    await page.locator('[data-test="run"]').click();
    await page.locator('[data-test="result"]').waitFor();
    await expect(page.locator('[data-test="unknown-ports"]').textContent()).resolves.toContain(
      '465, 2525, 25',
    );
    await expect(page.locator('[data-test="probe-command"]').textContent()).resolves.toContain(
      '--ports 465,2525,25',
    );
    await page.close();
  });

  it('uses the network picked: the cloud block table shows, and rank() applies it', async () => {
    const gcp = PROVIDERS.find((provider) => provider.id === 'gcp');
    expect(gcp?.blocks.some((block) => block.port === 25)).toBe(true);
    const page = await open('/recommender.html');
    await page.locator('[data-test="network"]').selectOption('gcp');
    await expect(
      page.locator('[data-test="network-blocks"] [data-blocked-port="25"]').textContent(),
    ).resolves.toContain('blocked');
    await page.locator('[data-test="port-25"]').selectOption('starttls');
    await page.locator('[data-test="port-587"]').selectOption('starttls');
    await page.locator('[data-test="run"]').click();
    await page.locator('[data-test="result"]').waitFor();
    const expected = rank({
      role: 'send',
      results: resultsFromAnswers({
        host: 'mail.example.com',
        ports: { 465: 'unknown', 587: 'starttls', 2525: 'unknown', 25: 'starttls' },
        certificateValid: null,
        authAfterTlsOnly: true,
      }),
      constraints: { blockedPorts: [], network: 'gcp' },
    });
    const option25 = expected.options.find((option) => option.port === 25);
    expect(option25?.verdict).toBe('unusable');
    await expect(page.locator('[data-test="verdict-25"]').textContent()).resolves.toBe(option25?.verdict);
    await page.close();
  });

  it('valid JSON that is not a mailports document gets a clear message, announced', async () => {
    const page = await open('/recommender.html');
    await page.locator('[data-test="mode-json"]').check();
    for (const [pasted, says] of [
      ['{"hello": "world"}', 'not a mailports document'],
      ['{"results": []}', 'no probe results'],
      [
        '{"results": [{"protocol": "smtp", "host": "x", "port": 25, "status": "ok", "auth": null}]}',
        'not a mailports probe result',
      ],
    ] as const) {
      await pasteJson(page, pasted);
      await page.locator('[data-test="run"]').click();
      await expect(page.locator('[data-test="error"]').textContent()).resolves.toContain(says);
      await expect(page.locator('[data-test="error"]').getAttribute('role')).resolves.toBe('alert');
    }
    await page.close();
  });

  describe('pasted JSON from the command line', () => {
    let provider: DemoProvider;
    let recommendJson: string;
    let demoJson: string;

    beforeAll(async () => {
      provider = await startDemoProvider();
      const ca = join(tmpdir(), `mailports-docs-network-ca-${process.pid}.pem`);
      writeFileSync(ca, provider.ca);
      const portMap = Object.entries(provider.portMap)
        .map(([wellKnown, actual]) => `${wellKnown}=${actual}`)
        .join(',');
      const [recommendRun, demoRun] = await Promise.all([
        runCli([
          'recommend',
          `user@${provider.domain}`,
          '--role',
          'send',
          '--network',
          'gcp',
          '--dns-server',
          provider.dns?.address ?? '',
          '--port-map',
          portMap,
          '--ca',
          ca,
          '--connect-timeout',
          '1s',
          '--json',
        ]),
        runCli(['demo', '--json', '--role', 'send']),
      ]);
      expect(recommendRun.stderr).toBe('');
      expect(demoRun.stderr).toBe('');
      recommendJson = recommendRun.stdout;
      demoJson = demoRun.stdout;
    });

    afterAll(async () => {
      await provider?.close();
    });

    it('keeps the network a pasted recommend --json was made with', async () => {
      expect(JSON.parse(recommendJson).network).toBe('gcp');
      const page = await open('/recommender.html');
      await page.locator('[data-test="mode-json"]').check();
      await pasteJson(page, recommendJson);
      await page.locator('[data-test="run"]').click();
      await page.locator('[data-test="result"]').waitFor();
      await expect(page.locator('[data-test="network"]').inputValue()).resolves.toBe('gcp');
      await expect(page.locator('[data-test="network-note"]').textContent()).resolves.toContain(
        '--network gcp',
      );
      await expect(page.locator('[data-test="basis"]').getAttribute('data-basis')).resolves.toBe('observed');
      await page.close();
    });

    it('reads mailports demo --json and answers as the command line did', async () => {
      const document = JSON.parse(demoJson) as { command: string; recommendations: Recommendation[] };
      expect(document.command).toBe('demo');
      const cli = document.recommendations.find((item) => item.role === 'send');
      const page = await open('/recommender.html');
      await page.locator('[data-test="mode-json"]').check();
      await pasteJson(page, demoJson);
      await page.locator('[data-test="run"]').click();
      const best = page.locator('[data-test="best"]');
      await best.waitFor();
      await expect(best.getAttribute('data-port')).resolves.toBe(String(cli?.best?.port));
      // The settings blocks have copy buttons that put the text on the clipboard.
      await page.locator('.mp-copy[aria-label="Copy nodemailer options"]').click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('[data-test="nodemailer"]').textContent());
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(OUTPUT, 'recommender-demo-json.png'), fullPage: true });
      await page.close();
    });
  });
});

describe('generated pages', () => {
  it('one page per provider with hosts, ports, blocks and the login-policy place', async () => {
    for (const service of MAIL_SERVICES) {
      const page = await open(`/services/${service.id}.html`);
      const main = (await page.locator('main').textContent()) ?? '';
      for (const endpoint of service.endpoints) {
        expect(main, service.id).toContain(endpoint.host);
        expect(main, service.id).toContain(String(endpoint.port));
      }
      expect(await page.locator('main h2', { hasText: 'Login policy' }).count(), service.id).toBe(1);
      expect(await page.locator('main h2', { hasText: 'Networks that block' }).count(), service.id).toBe(1);
      await page.close();
    }
  });

  it('a troubleshooting page per error family lists every catalogue message and its evidence', async () => {
    for (const family of ERROR_FAMILIES) {
      const page = await open(`/troubleshooting/${family.id}.html`);
      const main = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
      for (const entry of CLIENT_ERRORS.filter((candidate) => candidate.family === family.id)) {
        expect(main, entry.id).toContain(entry.message.replace(/\s+/g, ' '));
        expect(await page.locator(`[id="${entry.id}"]`).count(), entry.id).toBe(1);
      }
      await page.close();
    }
  });

  it('port pages show the TLS diagram, an openssl s_client line in the port’s mode and client settings', async () => {
    const implicit = await open('/ports/465.html');
    await expect(implicit.locator('[data-test="tls-diagram"] svg').getAttribute('role')).resolves.toBe('img');
    const implicitCode = (await implicit.locator('main').textContent()) ?? '';
    expect(implicitCode).toContain('openssl s_client -connect smtp.example.com:465');
    expect(implicitCode).not.toContain('-starttls');
    expect(implicitCode).toContain('secure: true');
    await implicit.close();
    const starttls = await open('/ports/587.html');
    const starttlsCode = (await starttls.locator('main').textContent()) ?? '';
    expect(starttlsCode).toContain('-starttls smtp');
    expect(starttlsCode).toContain('requireTLS: true');
    expect(await starttls.locator('main div[class*="language-"] button.copy').count()).toBeGreaterThan(0);
    await starttls.close();
  });
});

describe('at 375 px nothing scrolls sideways, even with a long host name', () => {
  it.each([
    '/',
    '/guide/which-port.html',
    '/ports/465.html',
    '/services/amazon-ses.html',
    '/troubleshooting/tls-mode.html',
  ])('%s', async (path) => {
    const page = await open(path, MOBILE);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(OUTPUT, `mobile${path.replace(/[/.]+/g, '-')}.png`), fullPage: true });
    await page.close();
  });

  it('/recommender.html with a long host name and its answer', async () => {
    const page = await open('/recommender.html', MOBILE);
    await page.locator('[data-test="host"]').fill(LONG_HOST);
    await page.locator('[data-test="port-465"]').selectOption('implicit');
    await page.locator('[data-test="cert-valid"]').selectOption('yes');
    await page.locator('[data-test="run"]').click();
    await page.locator('[data-test="result"]').waitFor();
    await expect(page.locator('[data-test="best"]').textContent()).resolves.toContain(LONG_HOST);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(OUTPUT, 'mobile-recommender-long-host.png'), fullPage: true });
    await page.close();
  });
});

describe('heading order', () => {
  it.each([
    '/',
    '/recommender.html',
    '/guide/getting-started.html',
    '/ports/465.html',
    '/services/google.html',
    '/troubleshooting/greeting.html',
  ])('%s never skips a level', async (path) => {
    const page = await open(path);
    if (path === '/recommender.html') {
      await page.locator('[data-test="port-587"]').selectOption('starttls');
      await page.locator('[data-test="run"]').click();
      await page.locator('[data-test="result"]').waitFor();
    }
    const levels = await headingLevels(page);
    expect(levels[0]).toBe(1);
    for (let index = 1; index < levels.length; index += 1) {
      expect(levels[index]! - levels[index - 1]!, `${path}: ${levels.join(',')}`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });

  it('no request ever left the loopback server, and no page logged an error', () => {
    expect(browser.blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});

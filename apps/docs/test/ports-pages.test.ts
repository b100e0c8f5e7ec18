import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_PORTS,
  lookupPort,
  MYTHS,
  providersBlocking,
  recommendedPort,
  sourcesForPort,
} from '@mailports/ports';
import { describe, expect, it } from 'vitest';
import { built, GENERATED, pageHtml, pageText } from './_site';

describe('port pages', () => {
  it.each(ALL_PORTS.map((entry) => [entry.port, entry] as const))(
    'port %i has a built page with its title, its explanation and every RFC section it cites, linked',
    (port, entry) => {
      expect(built(`ports/${port}.html`)).toBe(true);
      const text = pageText(`ports/${port}.html`);
      const html = pageHtml(`ports/${port}.html`);
      expect(text).toContain(entry.title);
      expect(text).toContain(entry.explanation.replace(/\s+/g, ' '));
      for (const spec of entry.specs) {
        expect(text).toContain(spec.source.label);
        expect(html).toContain(`href="${spec.source.url}"`);
      }
      for (const event of entry.history) expect(text).toContain(event.date);
    },
  );

  it('says who blocks a port, with the provider documentation and the date it was last verified', () => {
    const text = pageText('ports/25.html');
    const html = pageHtml('ports/25.html');
    const blocks = providersBlocking(25);
    expect(blocks.length).toBeGreaterThan(0);
    for (const { provider, block } of blocks) {
      expect(text).toContain(`${provider.name} ${block.action}`);
      expect(text).toContain(provider.lastVerified);
      for (const source of provider.sources)
        expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
    }
  });

  it('lists every port of the knowledge base on the index, linked to its page', () => {
    const html = pageHtml('ports/index.html');
    for (const entry of ALL_PORTS) expect(html).toContain(`href="/ports/${entry.port}.html"`);
  });

  it('the 465 page states implicit TLS and the RFC 8314 registration of "submissions"', () => {
    const text = pageText('ports/465.html');
    expect(lookupPort(465)?.tls).toBe('implicit');
    expect(text).toContain('Security mode implicit TLS');
    expect(text).toContain('RFC 8314 §7.3');
    expect(text).toContain('submissions');
  });
});

describe('generated pages carry no facts of their own', () => {
  it('every RFC a port page names comes from the knowledge base entry, its myths or its networks', () => {
    for (const entry of ALL_PORTS) {
      const markdown = readFileSync(join(GENERATED, 'ports', `${entry.port}.md`), 'utf8');
      const knowledge = JSON.stringify([
        entry,
        MYTHS.filter((myth) => myth.ports.includes(entry.port)),
        providersBlocking(entry.port),
        sourcesForPort(entry.port),
      ]);
      for (const [mention] of markdown.matchAll(/RFC \d+/g))
        expect(knowledge, `${mention} on port ${entry.port}`).toContain(mention);
    }
  });

  it('the generator source names no RFC, no port policy and no source address', () => {
    const directory = new URL('../scripts/lib/', import.meta.url);
    const files = readdirSync(directory).map((file) => readFileSync(new URL(file, directory), 'utf8'));
    files.push(readFileSync(new URL('../scripts/generate.mjs', import.meta.url), 'utf8'));
    for (const source of files) {
      expect(source).not.toMatch(/RFC \d{3,4}/);
      expect(source).not.toMatch(/rfc-editor\.org|iana\.org|https?:\/\/(?!example\.invalid)/);
      expect(source).not.toMatch(/\b(25|465|587|2525|993|995|143|110)\b/);
    }
  });
});

describe('which port guide', () => {
  it.each([
    ['submission', recommendedPort('submission')],
    ['relay', recommendedPort('relay')],
    ['retrieval-imap', recommendedPort('retrieval', { protocol: 'imap' })],
    ['retrieval-pop3', recommendedPort('retrieval', { protocol: 'pop3' })],
  ] as const)('answers the %s role with recommendedPort() and its fallbacks', (role, answer) => {
    const html = pageHtml('guide/which-port.html');
    const paragraph = html.match(new RegExp(`data-role="${role}"[^>]*>([\\s\\S]*?)</div>`))?.[1] ?? '';
    expect(paragraph).toContain(`/ports/${answer.port}.html`);
    const text = pageText('guide/which-port.html');
    for (const fallback of answer.fallbacks) expect(text).toContain(fallback.why);
  });
});

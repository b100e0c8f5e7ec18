import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site (run `npm run build` in apps/docs first; turbo's test task depends on build). */
export const SITE = fileURLToPath(new URL('../.vitepress/dist', import.meta.url));
/** The generated markdown, before VitePress. */
export const GENERATED = fileURLToPath(new URL('../docs/generated', import.meta.url));

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A built page's visible text: tags dropped, entities decoded, whitespace collapsed. */
export function pageText(path: string): string {
  const html = readFileSync(join(SITE, path), 'utf8');
  const main = html.slice(Math.max(0, html.indexOf('<main')));
  return (
    main
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      // Inline elements join their text; block elements separate it.
      .replace(/<\/?(a|code|strong|em|span|time|b|i|sup|sub)\b[^>]*>/gi, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
        if (body.startsWith('#x') || body.startsWith('#X'))
          return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
        return NAMED[body] ?? entity;
      })
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
  );
}

/** A built page's raw HTML. */
export function pageHtml(path: string): string {
  return readFileSync(join(SITE, path), 'utf8');
}

export function built(path: string): boolean {
  return existsSync(join(SITE, path));
}

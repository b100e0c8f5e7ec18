/**
 * Fails the docs build when an internal link of the built site points at a page or an anchor that does
 * not exist (see lib/links.mjs).
 */
import { fileURLToPath } from 'node:url';
import { brokenLinks } from './lib/links.mjs';

const site = fileURLToPath(new URL('../.vitepress/dist', import.meta.url));
const broken = brokenLinks(site);
if (broken.length > 0) {
  for (const { page, href, problem } of broken) console.error(`docs: ${page}: ${href} (${problem})`);
  console.error(`docs: ${broken.length} broken internal link(s)`);
  process.exit(1);
}
console.log('docs: every internal link resolves');

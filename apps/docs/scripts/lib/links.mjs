/**
 * Checks every internal link of a built site: the page it points to exists and, when the link names a
 * fragment, that page has an element with that id. VitePress checks markdown links to pages, not
 * fragments nor the HTML that TypeDoc and the generators write, so a renamed heading or myth id would
 * otherwise break silently.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Every `.html` file below `root`, as site paths (`/guide/which-port.html`). */
function pagesOf(root) {
  const pages = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(root, path).split(sep).join('/')}`);
    }
  };
  walk(root);
  return pages.sort();
}

const LINK = /<a\b[^>]*?\shref="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decode(value) {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** The file a site path names, the way a static server resolves it (clean URLs, directory index). */
function fileFor(root, sitePath) {
  const candidates = sitePath.endsWith('/')
    ? [`${sitePath}index.html`]
    : [sitePath, `${sitePath}.html`, `${sitePath}/index.html`];
  for (const candidate of candidates) {
    const file = join(root, decodeURIComponent(candidate));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * The broken internal links of the site built in `root`: `{ page, href, problem }` for each, where
 * problem is `missing page` or `missing anchor`. External links (with a scheme or `//`) are not followed.
 * @param {string} root - The built site's directory.
 * @returns {{ page: string, href: string, problem: string }[]}
 */
export function brokenLinks(root) {
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const found = new Set();
      for (const match of readFileSync(file, 'utf8').matchAll(ID)) found.add(decode(match[1]));
      ids.set(file, found);
    }
    return ids.get(file);
  };
  const broken = [];
  for (const page of pagesOf(root)) {
    const file = join(root, page);
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(LINK)) {
      const href = decode(match[1]);
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [pathPart, fragment] = href.split('#', 2);
      const path = pathPart.split('?')[0];
      const sitePath =
        path === '' ? page : path.startsWith('/') ? path : posix.join(posix.dirname(page), path);
      const target = path === '' ? file : fileFor(root, sitePath);
      if (!target) {
        broken.push({ page, href, problem: 'missing page' });
        continue;
      }
      if (fragment && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page, href, problem: 'missing anchor' });
      }
    }
  }
  return broken;
}

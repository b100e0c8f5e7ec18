import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitepress';

const GENERATED = 'generated/';
const sidebarFile = fileURLToPath(new URL('../generated/sidebar.json', import.meta.url));
// Written by scripts/generate.mjs from the knowledge base and the CLI program.
const generated: {
  ports: Array<{ port: number; title: string }>;
  commands: string[];
  services?: Array<{ id: string; name: string }>;
  troubleshooting?: Array<{ id: string; title: string }>;
} = existsSync(sidebarFile) ? JSON.parse(readFileSync(sidebarFile, 'utf8')) : { ports: [], commands: [] };

// The repository, from the root package.json (`repository.url`), for the header link.
const rootPackage = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../package.json', import.meta.url)), 'utf8'),
);
const REPOSITORY: string = String(rootPackage.repository?.url ?? '')
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');

const API_PACKAGES = ['wire', 'ports', 'smtp-probe', 'mailbox-probe', 'recommend', 'testkit'];

// Modules only the Node side of @mailports/recommend reaches (discover/recommend load them with a
// dynamic import). The page only calls the pure rank(); in the browser bundle these become a module
// that throws when loaded, so no Node built-in or socket code is shipped.
const NODE_ONLY = /^(node:|@mailports\/(smtp-probe|mailbox-probe|wire|wire\/probe|testkit)$)/;
const STUB_ID = '\0mailports-node-only';

function nodeOnlyStub(): Plugin {
  return {
    name: 'mailports:node-only-stub',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (options?.ssr) return null;
      return NODE_ONLY.test(source) ? STUB_ID : null;
    },
    load(id) {
      if (id !== STUB_ID) return null;
      // Named imports (`import { createHash } from 'node:crypto'` in a Node-only chunk) resolve to
      // properties of `stub`, so the bundle builds; the module throws before any is used.
      return {
        code: "export const stub = {};\nthrow new Error('Probing needs Node.js: run the mailports command line. The page only ranks facts.');",
        syntheticNamedExports: 'stub',
      };
    },
  };
}

export default defineConfig({
  title: 'mailports',
  description: 'Which mail port, with which security, and does it actually work from here?',
  cleanUrls: false,
  // apps/docs/.vitepress/dist: the output turbo caches for the build task.
  outDir: '../.vitepress/dist',
  lastUpdated: false,
  // A broken internal link fails the build.
  ignoreDeadLinks: false,
  // Generated pages live in docs/generated/ (gitignored) and are served from the site root.
  rewrites: (page: string) => (page.startsWith(GENERATED) ? page.slice(GENERATED.length) : page),
  // High-contrast code themes: the default github themes colour some tokens below 4.5:1.
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  vite: {
    plugins: [nodeOnlyStub()],
    // The largest chunk is the local search index, fetched only when search opens.
    build: { chunkSizeWarningLimit: 1200 },
  },
  themeConfig: {
    nav: [
      { text: 'Which port?', link: '/guide/which-port' },
      { text: 'Ports', link: '/ports/' },
      { text: 'Recommender', link: '/recommender' },
      { text: 'Errors', link: '/troubleshooting/' },
      { text: 'Providers', link: '/services/' },
      { text: 'CLI', link: '/cli' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: [
      {
        text: 'Guide',
        items: [
          { text: 'Getting started', link: '/guide/getting-started' },
          { text: 'Which port should I use?', link: '/guide/which-port' },
          { text: 'Discovery and the audit', link: '/guide/discovery' },
          { text: 'Recommender', link: '/recommender' },
          { text: 'Port 25 as senders see it', link: '/senders' },
          { text: 'Myths', link: '/myths' },
        ],
      },
      {
        text: 'Troubleshooting',
        collapsed: false,
        items: [
          { text: 'All error messages', link: '/troubleshooting/' },
          ...(generated.troubleshooting ?? []).map(({ id, title }) => ({
            text: title,
            link: `/troubleshooting/${id}`,
          })),
        ],
      },
      {
        text: 'Mail providers',
        collapsed: true,
        items: [
          { text: 'All providers', link: '/services/' },
          ...(generated.services ?? []).map(({ id, name }) => ({ text: name, link: `/services/${id}` })),
        ],
      },
      {
        text: 'Ports',
        collapsed: false,
        items: [
          { text: 'All ports', link: '/ports/' },
          ...generated.ports.map(({ port }) => ({ text: String(port), link: `/ports/${port}` })),
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Capabilities and SASL', link: '/glossary' },
          { text: 'Probe findings', link: '/findings' },
          { text: 'DNS records and policies', link: '/records' },
          { text: 'Networks that block ports', link: '/providers' },
          { text: 'Logging in (OAuth2, app passwords)', link: '/login' },
          { text: 'Command line', link: '/cli' },
          { text: 'JSON output', link: '/json' },
        ],
      },
      {
        text: 'API',
        collapsed: true,
        items: [
          { text: 'Overview', link: '/api/' },
          ...API_PACKAGES.map((name) => ({ text: `@mailports/${name}`, link: `/api/@mailports/${name}/` })),
        ],
      },
    ],
    search: { provider: 'local' },
    ...(REPOSITORY
      ? { socialLinks: [{ icon: 'github', link: REPOSITORY, ariaLabel: 'mailports repository' }] }
      : {}),
  },
});

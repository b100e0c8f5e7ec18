/**
 * Writes the generated part of the documentation site (docs/generated/, gitignored) from the built
 * mailports packages and the CLI. Run before TypeDoc and `vitepress build`; the site config rewrites
 * docs/generated/<path> to /<path>.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_PORTS, ERROR_FAMILIES, MAIL_SERVICES } from '@mailports/ports';
import { cliPage, jsonPage, readSchemas } from './lib/cli-pages.mjs';
import { loginPage } from './lib/login-pages.mjs';
import { portIndexPage, portPage } from './lib/ports-pages.mjs';
import { serviceIndexPage, servicePage } from './lib/services-pages.mjs';
import { familyPage, troubleshootingIndexPage } from './lib/troubleshooting-pages.mjs';
import {
  findingsPage,
  glossaryPage,
  mythsPage,
  providersPage,
  recordsPage,
  whichPortPage,
} from './lib/reference-pages.mjs';
import { sendersPage } from './lib/senders-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docsRoot = join(here, '..', 'docs');
const outRoot = join(docsRoot, 'generated');
const schemaDirectory = join(here, '..', '..', 'cli', 'schema');

const started = performance.now();
// TypeDoc writes docs/generated/api afterwards; everything else here is rewritten from scratch.
for (const entry of [
  'ports',
  'guide',
  'services',
  'troubleshooting',
  'myths.md',
  'glossary.md',
  'findings.md',
  'records.md',
  'providers.md',
  'login.md',
  'cli.md',
  'json.md',
  'senders.md',
]) {
  rmSync(join(outRoot, entry), { recursive: true, force: true });
}

const written = [];
function write(path, content) {
  const file = join(outRoot, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  written.push(relative(docsRoot, file));
}

for (const entry of ALL_PORTS) write(`ports/${entry.port}.md`, portPage(entry));
write('ports/index.md', portIndexPage());
for (const service of MAIL_SERVICES) write(`services/${service.id}.md`, servicePage(service));
write('services/index.md', serviceIndexPage());
for (const family of ERROR_FAMILIES) write(`troubleshooting/${family.id}.md`, familyPage(family));
write('troubleshooting/index.md', troubleshootingIndexPage());
write('myths.md', mythsPage());
write('glossary.md', glossaryPage());
write('findings.md', findingsPage());
write('records.md', recordsPage());
write('providers.md', providersPage());
write('login.md', loginPage());
write('senders.md', sendersPage());
write('guide/which-port.md', whichPortPage());
const cli = cliPage();
write('cli.md', cli.markdown);
write('json.md', jsonPage(readSchemas(schemaDirectory)));
// The sidebar reads this list, so a port added to the knowledge base appears without editing the config.
write(
  'sidebar.json',
  `${JSON.stringify(
    {
      ports: ALL_PORTS.map((entry) => ({ port: entry.port, title: entry.title })),
      commands: cli.commands,
      services: MAIL_SERVICES.map((service) => ({ id: service.id, name: service.name })),
      troubleshooting: ERROR_FAMILIES.map((family) => ({ id: family.id, title: family.title })),
    },
    null,
    2,
  )}\n`,
);

console.log(`docs: generated ${written.length} files in ${Math.round(performance.now() - started)} ms`);

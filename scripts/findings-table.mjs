#!/usr/bin/env node
// The findings tables of the probe READMEs, generated from the one catalogue (`FINDINGS` in
// @mailports/ports). `node scripts/findings-table.mjs` rewrites the table between the
// `<!-- findings:start -->` and `<!-- findings:end -->` markers of each README; `--check` only
// compares and exits 1 when a README differs; `--readme PATH` limits either to one README (the
// probes' README tests run `--check --readme` on their own).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The READMEs with a findings table, and the protocols whose findings each lists. */
export const FINDINGS_READMES = [
  { path: 'packages/smtp-probe/README.md', protocols: ['smtp'] },
  { path: 'packages/mailbox-probe/README.md', protocols: ['imap', 'pop3'] },
];

const START = '<!-- findings:start -->';
const END = '<!-- findings:end -->';
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The Markdown table of the catalogue entries any of `protocols` can report. */
export function findingsTable(entries, protocols) {
  const rows = entries
    .filter((entry) => entry.protocols.some((protocol) => protocols.includes(protocol)))
    .map((entry) => {
      const severity = entry.lowered
        ? `${entry.severity}; ${entry.lowered.severity} when ${entry.lowered.when}`
        : entry.severity;
      const sources = entry.sources.map((source) => `[${source.label}](${source.url})`).join(', ');
      return `| \`${entry.code}\` | ${cell(severity)} | ${entry.protocols.join(', ')} | ${cell(entry.description)} | ${cell(sources)} |`;
    });
  return [
    '| code | severity | protocols | meaning | sources |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** `readme` with its marked findings table replaced by `table`; throws when the markers are missing. */
export function withFindingsTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { listFindings } = await import('@mailports/ports');
  const check = process.argv.includes('--check');
  const only = process.argv.includes('--readme')
    ? process.argv[process.argv.indexOf('--readme') + 1]
    : undefined;
  let stale = 0;
  for (const { path, protocols } of FINDINGS_READMES.filter(
    (readme) => only === undefined || readme.path === only,
  )) {
    const file = join(root, path);
    const readme = readFileSync(file, 'utf8');
    const updated = withFindingsTable(readme, findingsTable(listFindings(), protocols));
    if (updated === readme) continue;
    stale += 1;
    if (check) console.error(`${path}: the findings table differs from the catalogue`);
    else writeFileSync(file, updated);
  }
  if (check && stale > 0) process.exit(1);
}

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  IMAP_CAPABILITIES,
  MYTHS,
  POP3_CAPABILITIES,
  RELAY_POLICY_RECORDS,
  SASL_MECHANISMS,
  SMTP_EXTENSIONS,
  SRV_LABELS,
} from '@mailports/ports';
import { buildProgram } from 'mailports/program';
import { describe, expect, it } from 'vitest';
import { readSchemas } from '../scripts/lib/cli-pages.mjs';
import { built, GENERATED, pageHtml, pageText } from './_site';

describe('myths page', () => {
  it('quotes every myth with its verdict, correction and sources', () => {
    const text = pageText('myths.html');
    const html = pageHtml('myths.html');
    for (const myth of MYTHS) {
      expect(text).toContain(myth.quote);
      expect(text).toContain(myth.correction);
      expect(text).toContain(`Verdict: ${myth.verdict}.`);
      expect(html).toContain(`id="${myth.id}"`);
      for (const source of myth.sources) expect(text).toContain(source.label);
    }
  });

  it('corrects "SMTP does not support port 465 anymore"', () => {
    const myth = MYTHS.find((candidate) =>
      candidate.quote.startsWith('SMTP does not support port 465 anymore'),
    );
    expect(myth?.verdict).not.toBe('right');
    expect(pageText('myths.html')).toContain(myth?.correction);
  });
});

describe('glossary and records', () => {
  it('lists every SMTP extension, IMAP and POP3 capability and SASL mechanism', () => {
    const text = pageText('glossary.html');
    for (const entry of [...SMTP_EXTENSIONS, ...IMAP_CAPABILITIES, ...POP3_CAPABILITIES]) {
      expect(text).toContain(entry.keyword);
      expect(text).toContain(entry.meaning);
    }
    for (const mechanism of SASL_MECHANISMS) expect(text).toContain(mechanism.meaning);
  });

  it('names the SASL mechanisms that send the secret in clear', () => {
    const clear = SASL_MECHANISMS.filter((mechanism) => mechanism.sendsSecretInClear).map(
      (mechanism) => mechanism.name,
    );
    expect(clear.length).toBeGreaterThan(0);
    expect(pageText('glossary.html')).toContain(
      `send the long-term secret readable (only safe inside TLS): ${clear.join(', ')}.`,
    );
  });

  it('lists every SRV label and relay policy record', () => {
    const text = pageText('records.html');
    for (const label of SRV_LABELS) expect(text).toContain(label.label);
    for (const record of RELAY_POLICY_RECORDS) expect(text).toContain(record.name);
  });
});

describe('command line and JSON pages', () => {
  const program = buildProgram({
    actions: {
      ports: async () => 0,
      probe: async () => 0,
      recommend: async () => 0,
      demo: async () => 0,
      explain: async () => 0,
    },
  });

  it('documents every command and every visible option of the CLI program', () => {
    const text = pageText('cli.html');
    expect(program.commands.length).toBeGreaterThan(0);
    for (const command of program.commands) {
      expect(text).toContain(`mailports ${command.name()}`);
      expect(text).toContain(command.description());
      for (const option of command.options.filter((candidate) => !candidate.hidden))
        expect(text).toContain(option.flags);
    }
  });

  it('has a section per JSON schema with its id', () => {
    const text = pageText('json.html');
    const schemas = readSchemas(new URL('../../cli/schema', import.meta.url).pathname);
    expect(schemas.length).toBeGreaterThan(0);
    for (const { schema } of schemas) expect(text).toContain(schema.$id);
  });
});

describe('API reference', () => {
  it.each(['wire', 'ports', 'smtp-probe', 'mailbox-probe', 'recommend', 'testkit'])(
    '@mailports/%s has a generated API page',
    (name) => {
      expect(built(`api/@mailports/${name}/index.html`)).toBe(true);
    },
  );

  it('documents rank() from its TSDoc', () => {
    expect(built('api/@mailports/recommend/functions/rank.html')).toBe(true);
    expect(pageText('api/@mailports/recommend/functions/rank.html')).toContain('rank');
  });
});

describe('the command reference matches the built CLI', () => {
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const markdown = squash(readFileSync(join(GENERATED, 'cli.md'), 'utf8'));

  it.each(['', 'ports', 'probe', 'recommend', 'demo'])(
    'the page holds what `mailports %s --help` prints',
    (command) => {
      const cli = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
      const help = execFileSync(process.execPath, [cli, ...(command ? [command] : []), '--help'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(help.length).toBeGreaterThan(0);
      expect(markdown).toContain(squash(help).replace(/&/g, '&amp;'));
    },
  );
});

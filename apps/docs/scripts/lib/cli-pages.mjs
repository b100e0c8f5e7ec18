/**
 * The command reference and the JSON output pages, read from the CLI itself: its commander program
 * (`buildProgram` from the built `mailports/program`) and its JSON Schemas (apps/cli/schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProgram, EXIT_CODES } from 'mailports/program';
import { code, page, table, text } from './md.mjs';

const HELP_WIDTH = 100;

/** What `<command> --help` prints, including the text added after it (examples, exit codes). */
export function helpOf(command) {
  let output = '';
  command.configureHelp({ helpWidth: HELP_WIDTH });
  command.configureOutput({
    writeOut: (chunk) => {
      output += chunk;
    },
    getOutHasColors: () => false,
  });
  command.outputHelp();
  return output.trimEnd();
}

function fence(content) {
  return `\`\`\`text\n${content.replace(/```/g, '` ` `')}\n\`\`\``;
}

function optionRows(command) {
  return command.options
    .filter((option) => !option.hidden)
    .map((option) => [
      code(option.flags),
      text(option.description ?? ''),
      option.defaultValue === undefined ? '' : code(JSON.stringify(option.defaultValue)),
    ]);
}

/** The CLI reference: one section per command with its arguments, options and full help. */
export function cliPage() {
  const program = buildProgram({
    actions: { ports: async () => 0, probe: async () => 0, recommend: async () => 0, demo: async () => 0 },
  });
  const sections = [
    '# Command reference',
    `Generated from the \`${program.name()}\` program itself, so it matches \`${program.name()} --help\` exactly.`,
    `## ${program.name()}\n\n${text(program.description())}\n\n${fence(helpOf(program))}`,
    `## Exit codes {#exit-codes}\n\n${table(
      ['Code', 'Meaning'],
      EXIT_CODES.map(({ code: exitCode, meaning }) => [String(exitCode), text(meaning)]),
    )}`,
  ];
  for (const command of program.commands) {
    const name = `${program.name()} ${command.name()}`;
    const args = command.registeredArguments.map((argument) => [
      code(argument.name()),
      argument.required ? 'yes' : 'no',
      text(argument.description ?? ''),
    ]);
    sections.push(
      [
        `## ${name} {#${command.name()}}`,
        text(command.description()),
        `Usage: ${code(`${name} ${command.usage()}`)}`,
        args.length ? `### Arguments\n\n${table(['Argument', 'Required', 'Meaning'], args)}` : '',
        `### Options\n\n${table(['Option', 'Meaning', 'Default'], optionRows(command))}`,
        `### \`--help\`\n\n${fence(helpOf(command))}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
  return {
    markdown: page({ title: 'Command reference', body: sections.join('\n\n') }),
    commands: program.commands.map((command) => command.name()),
  };
}

function typeOf(schema) {
  if (!schema || typeof schema !== 'object') return '';
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((value) => code(JSON.stringify(value))).join(' \\| ');
  if (schema.$ref) return code(schema.$ref);
  if (Array.isArray(schema.type)) return schema.type.join(' \\| ');
  if (schema.type === 'array') return `array of ${typeOf(schema.items) || 'items'}`;
  if (schema.type) return schema.type;
  if (schema.oneOf || schema.anyOf)
    return (schema.oneOf ?? schema.anyOf).map(typeOf).filter(Boolean).join(' \\| ');
  return '';
}

/** Reads every schema in the CLI's schema directory. */
export function readSchemas(schemaDirectory) {
  return readdirSync(schemaDirectory)
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: JSON.parse(readFileSync(join(schemaDirectory, file), 'utf8')) }));
}

/** The JSON output page: each schema's id, description, top-level fields and full text. */
export function jsonPage(schemas) {
  const sections = [
    '# JSON output',
    'Every command takes `--json` and prints one document. These are the JSON Schemas (draft-07) the command line validates its own output against, shown as shipped in `apps/cli/schema`.',
  ];
  for (const { file, schema } of schemas) {
    const required = new Set(schema.required ?? []);
    const rows = Object.entries(schema.properties ?? {}).map(([name, property]) => [
      code(name),
      typeOf(property),
      required.has(name) ? 'yes' : 'no',
      text(property.description ?? ''),
    ]);
    sections.push(
      [
        `## ${text(schema.title ?? file)} {#${file.replace('.schema.json', '')}}`,
        `File ${code(file)}, id ${code(schema.$id ?? '–')}.`,
        schema.description ? text(schema.description) : '',
        rows.length ? table(['Field', 'Type', 'Required', 'Meaning'], rows) : '',
        `<details><summary>Full schema</summary>\n\n\`\`\`json\n${JSON.stringify(schema, null, 2)}\n\`\`\`\n\n</details>`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
  return page({ title: 'JSON output', body: sections.join('\n\n') });
}

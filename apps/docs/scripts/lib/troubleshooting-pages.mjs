/**
 * Troubleshooting pages, one per error family, generated from the client-error catalogue in
 * @mailports/ports (the catalogue `mailports explain` reads).
 */
import {
  CLIENT_ERRORS,
  clientErrorsOfFamily,
  ERROR_CAUSES,
  ERROR_CLIENT_NAMES,
  ERROR_FAMILIES,
  recommendedPort,
} from '@mailports/ports';
import { code, links, page, table, text } from './md.mjs';

/** Site path of a family page. */
export function familyPath(family) {
  return `/troubleshooting/${family}.md`;
}

function causeSection(id) {
  const cause = ERROR_CAUSES[id];
  const fixes = Object.entries(cause.fixes).map(([client, fix]) => [
    text(client === 'any' ? 'any client' : ERROR_CLIENT_NAMES[client]),
    code(fix),
  ]);
  return [
    `### ${text(cause.title)} {#${cause.id}}`,
    text(cause.explanation),
    cause.observedAs
      ? `What a probe sees: ${text(cause.observedAs)}.`
      : 'No probe can see this: the server’s words in the message are the evidence.',
    table(['Client', 'Fix'], fixes),
    `Sources: ${links(cause.sources)}`,
  ].join('\n\n');
}

function entrySection(entry) {
  const evidence =
    entry.evidence.kind === 'reproduced'
      ? `<span data-evidence="reproduced">Reproduced</span>: ${text(entry.evidence.how)}.`
      : `<span data-evidence="cited">Cited, not reproduced here</span>: ${text(entry.evidence.why)}.`;
  const example = `mailports explain "${entry.message.replace(/["‹›]/g, '')}" --host <server> --port <port>`;
  return [
    `## ${text(entry.message)} {#${entry.id}}`,
    `<p class="mp-clients">Printed by: ${entry.clients.map((client) => text(ERROR_CLIENT_NAMES[client])).join(', ')}</p>`,
    evidence,
    `Possible causes, most likely first: ${entry.causes.map((id) => `[${text(ERROR_CAUSES[id].title)}](#${id})`).join('; ')}.`,
    `Find out which one from your machine:\n\n\`\`\`sh\n${example}\n\`\`\``,
    `Sources: ${links(entry.sources)}`,
  ].join('\n\n');
}

/** One page per family: its messages, then each cause with its fixes. */
export function familyPage(family) {
  const entries = clientErrorsOfFamily(family.id);
  const causes = [...new Set(entries.flatMap((entry) => entry.causes))];
  const body = [
    `# ${text(family.title)}`,
    text(family.summary),
    ...entries.map(entrySection),
    `## Causes and fixes`,
    ...causes.map(causeSection),
  ];
  return page({ title: family.title, description: family.summary, body: body.join('\n\n') });
}

/** The troubleshooting index: every family and its messages. */
export function troubleshootingIndexPage() {
  const body = [
    '# Troubleshooting: what does this error mean?',
    'Find your client’s message below, or let the command line look it up and probe the server to name the cause:',
    `\`\`\`sh\nmailports explain "${CLIENT_ERRORS[0]?.message ?? ''}" --host smtp.example.com --port ${recommendedPort('submission').port}\n\`\`\``,
    ...ERROR_FAMILIES.map(
      (family) =>
        `## [${text(family.title)}](${familyPath(family.id)})\n\n${text(family.summary)}\n\n${clientErrorsOfFamily(
          family.id,
        )
          .map((entry) => `- [${text(entry.message)}](${familyPath(family.id)}#${entry.id})`)
          .join('\n')}`,
    ),
  ];
  return page({ title: 'Troubleshooting', body: body.join('\n\n') });
}

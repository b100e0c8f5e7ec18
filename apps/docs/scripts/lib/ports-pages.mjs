/**
 * Port pages and the port index, built from @mailports/ports. Nothing here states a fact of its own:
 * headings and connecting words only; every fact is read from the knowledge base.
 */
import { ALL_PORTS, listPorts, myths, providersBlocking, sourcesForPort } from '@mailports/ports';
import { code, link, links, page, portLink, protocolName, table, text, WORDS } from './md.mjs';
import { portExamples } from './port-examples.mjs';

function providerRows(port) {
  return providersBlocking(port).map(({ provider, block }) => [
    `[${text(provider.name)}](/providers.md#${provider.id})`,
    text(block.action),
    text(block.accounts),
    text(provider.lift.possible === 'sometimes' ? 'sometimes' : provider.lift.possible ? 'yes' : 'no'),
    text(provider.evidence),
    text(provider.lastVerified),
    links(provider.sources),
  ]);
}

/** One page per port. */
export function portPage(entry) {
  const sections = [];
  sections.push(`# Port ${entry.port}: ${text(entry.title)}`);
  sections.push(
    table(
      ['', ''],
      [
        ['Protocol', text(protocolName(entry.protocol))],
        ['Role', text(WORDS.role[entry.role])],
        ['Security mode', `<span data-fact="tls">${text(WORDS.tls[entry.tls])}</span>`],
        ['TLS required', entry.tlsRequired ? 'yes' : 'no'],
        ['Standing', `<span data-fact="standing">${text(WORDS.standing[entry.standing])}</span>`],
        ['IANA service names', entry.iana.length ? entry.iana.map(code).join(', ') : 'none'],
        ['Also known as', entry.alsoKnownAs.length ? entry.alsoKnownAs.map(text).join(', ') : '–'],
      ],
    ),
  );
  sections.push(`## In plain words\n\n${text(entry.explanation)}\n\nSources: ${links(entry.sources)}`);
  const examples = portExamples(entry);
  if (examples) sections.push(examples);

  const blocks = providerRows(entry.port);
  sections.push(
    `## Who blocks it\n\n${text(entry.blocking)}` +
      (blocks.length
        ? `\n\n${table(['Network', 'What it does', 'Accounts', 'Can be lifted', 'Evidence', 'Last verified', 'Provider documentation'], blocks)}`
        : ''),
  );

  if (entry.notFor.length) {
    sections.push(
      `## Not for\n\n${entry.notFor.map((wrong) => `- **${text(WORDS.role[wrong.role])}**: ${text(wrong.why)} (${links(wrong.sources)})`).join('\n')}`,
    );
  }

  if (entry.specs.length) {
    sections.push(
      `## What the standards say\n\n${table(
        ['Reference', 'Title', 'What it says'],
        entry.specs.map((spec) => [link(spec.source), text(spec.title), text(spec.says)]),
      )}`,
    );
  }

  if (entry.history.length) {
    sections.push(
      `## History\n\n<ol class="mp-timeline">\n${entry.history
        .map((event) => `<li><time>${text(event.date)}</time> ${htmlLinks(event.event, event.sources)}</li>`)
        .join('\n')}\n</ol>`,
    );
  }

  sections.push(
    `## IANA registry\n\n${table(
      ['Service', 'Transport', 'Status', 'Description', 'Mail', 'Source'],
      entry.ianaAssignments.map((row) => [
        row.service ? code(row.service) : '–',
        text(row.transport),
        text(row.status),
        text(row.description),
        row.mailRelated ? 'yes' : 'no',
        links(row.sources),
      ]),
    )}`,
  );

  const about = myths({ port: entry.port });
  if (about.length) {
    sections.push(
      `## Myths about port ${entry.port}\n\n${about
        .map(
          (myth) =>
            `- “${text(myth.quote)}” **${text(myth.verdict)}**: ${text(myth.correction)} [More](/myths.md#${myth.id})`,
        )
        .join('\n')}`,
    );
  }

  sections.push(
    `## All sources\n\n${sourcesForPort(entry.port)
      .map((source) => `- ${link(source)}`)
      .join('\n')}`,
  );
  return page({
    title: `Port ${entry.port}: ${entry.title}`,
    description: entry.explanation,
    body: sections.join('\n\n'),
  });
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"{}]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A history event with its sources, as HTML (it sits inside an HTML list). */
function htmlLinks(event, sources) {
  const anchors = sources
    .map(
      (source) =>
        `<a href="${escapeHtml(source.url)}" target="_blank" rel="noreferrer">${escapeHtml(source.label)}</a>`,
    )
    .join(', ');
  return `${escapeHtml(event)}${anchors ? ` <span class="mp-sources">(${anchors})</span>` : ''}`;
}

/** The index of every port, grouped by role. */
export function portIndexPage() {
  const roles = [...new Set(ALL_PORTS.map((entry) => entry.role))];
  const body = [
    '# Mail ports',
    `Every port in the knowledge base (${ALL_PORTS.length}), by what it is for.`,
    ...roles.map(
      (role) =>
        `## ${text(WORDS.role[role])}\n\n${table(
          ['Port', 'Title', 'Protocol', 'Security mode', 'Standing', 'IANA names'],
          listPorts({ role }).map((entry) => [
            portLink(entry.port),
            text(entry.title),
            text(protocolName(entry.protocol)),
            text(WORDS.shortTls[entry.tls]),
            text(entry.standing),
            entry.iana.map(code).join(', ') || '–',
          ]),
        )}`,
    ),
  ];
  return page({ title: 'Mail ports', body: body.join('\n\n') });
}

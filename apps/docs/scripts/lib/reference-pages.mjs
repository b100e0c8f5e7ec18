/**
 * Knowledge-base pages other than the ports: myths, the capability glossary, DNS records, network
 * providers and the "which port" guide. Facts come from @mailports/ports only.
 */
import {
  listFindings,
  IMAP_CAPABILITIES,
  MYTHS,
  POP3_CAPABILITIES,
  PROVIDERS,
  RELAY_POLICY_RECORDS,
  SASL_MECHANISMS,
  SMTP_EXTENSIONS,
  SMTP_TIMEOUTS,
  SRV_LABELS,
  listPorts,
  lookupPort,
  providersBlocking,
  recommendedPort,
} from '@mailports/ports';
import { code, link, links, page, portLink, protocolName, table, text, WORDS } from './md.mjs';

/** The myths page: every checked claim with its verdict, correction and sources. */
export function mythsPage() {
  const body = MYTHS.map(
    (myth) =>
      `## ${text(myth.verdict)}: ${myth.ports.map((port) => `port ${port}`).join(', ') || 'general'} {#${myth.id}}\n\n` +
      `<blockquote class="mp-quote" data-myth="${myth.id}">${text(myth.quote)}</blockquote>\n\n` +
      `**Verdict: ${text(myth.verdict)}.** ${text(myth.correction)}\n\n` +
      (myth.ports.length ? `Ports: ${myth.ports.map(portLink).join(', ')}. ` : '') +
      `Sources: ${links(myth.sources)}`,
  );
  return page({
    title: 'Myths about mail ports',
    body: [
      '# Myths about mail ports',
      `The claims of a popular “default SMTP port” article (${MYTHS.length}), each checked against the standards and the providers' own documentation.`,
      ...body,
    ].join('\n\n'),
  });
}

function capabilityTable(entries) {
  return table(
    ['Keyword', 'RFC', 'Meaning', 'Why it matters', 'Sources'],
    entries.map((entry) => [
      code(entry.match === 'prefix' ? `${entry.keyword}…` : entry.keyword),
      entry.rfc === null ? 'non-standard' : `RFC ${entry.rfc}`,
      text(entry.meaning),
      entry.matters ? text(entry.matters) : '',
      links(entry.sources),
    ]),
  );
}

/** The glossary of capability keywords and SASL mechanisms. */
export function glossaryPage() {
  const clear = SASL_MECHANISMS.filter((mechanism) => mechanism.sendsSecretInClear);
  const body = [
    '# Capabilities, extensions and SASL mechanisms',
    'What servers announce in EHLO, CAPABILITY and CAPA, and what each authentication mechanism puts on the wire.',
    `## SMTP service extensions (EHLO keywords)\n\n${capabilityTable(SMTP_EXTENSIONS)}`,
    `## IMAP capabilities\n\n${capabilityTable(IMAP_CAPABILITIES)}`,
    `## POP3 capabilities (CAPA)\n\n${capabilityTable(POP3_CAPABILITIES)}`,
    `## SASL mechanisms\n\nMechanisms that send the long-term secret readable (only safe inside TLS): ${clear.map((mechanism) => `**${text(mechanism.name)}**`).join(', ')}.\n\n` +
      table(
        ['Mechanism', 'RFC', 'Status', 'Secret in clear', 'On the wire', 'Needs TLS', 'Meaning', 'Sources'],
        SASL_MECHANISMS.map((mechanism) => [
          code(mechanism.name),
          mechanism.rfc === null ? 'non-standard' : `RFC ${mechanism.rfc}`,
          text(mechanism.status),
          mechanism.sendsSecretInClear ? '**yes**' : 'no',
          text(mechanism.credentialOnWire),
          mechanism.needsTls ? 'yes' : 'no',
          text(mechanism.meaning),
          links(mechanism.sources),
        ]),
      ),
  ];
  return page({ title: 'Capabilities and SASL mechanisms', body: body.join('\n\n') });
}

/** SRV labels, relay TLS policy records and SMTP timeouts. */
export function recordsPage() {
  const body = [
    '# DNS records and relay policies',
    `## SRV records for mail clients\n\n${table(
      ['Label', 'Protocol', 'Role', 'Port', 'Security mode', 'Sources'],
      SRV_LABELS.map((label) => [
        code(label.label),
        text(protocolName(label.protocol)),
        text(WORDS.role[label.role]),
        lookupPort(label.port) ? portLink(label.port) : String(label.port),
        text(WORDS.shortTls[label.tls]),
        links(label.sources),
      ]),
    )}`,
    `## Relay TLS policies (port ${recommendedPort('relay').port})\n\n${table(
      ['Name', 'RFC', 'Published', 'Where', 'What', 'Sources'],
      RELAY_POLICY_RECORDS.map((record) => [
        text(record.name),
        `RFC ${record.rfc}`,
        text(record.published),
        code(record.where),
        text(record.what),
        links(record.sources),
      ]),
    )}`,
    `## SMTP timeouts\n\n${table(
      ['Step', 'Who waits', 'For what', 'Minimum', 'Source'],
      SMTP_TIMEOUTS.map((timeout) => [
        code(timeout.step),
        text(timeout.party),
        text(timeout.waitsFor),
        `${timeout.minimumSeconds} s`,
        link(timeout.source),
      ]),
    )}`,
  ];
  return page({ title: 'DNS records and relay policies', body: body.join('\n\n') });
}

/** Every network and its outbound mail-port policy. */
export function providersPage() {
  const body = [
    '# Networks that block mail ports',
    ...PROVIDERS.map(
      (provider) =>
        `## ${text(provider.name)} {#${provider.id}}\n\n` +
        `${table(
          ['Port', 'What it does', 'Accounts'],
          provider.blocks.map((block) => [
            lookupPort(block.port) ? portLink(block.port) : String(block.port),
            text(block.action),
            text(block.accounts),
          ]),
        )}\n\n` +
        `- Id: ${code(provider.id)} (${text(provider.kind)})\n` +
        `- Can it be lifted? ${text(provider.lift.possible === 'sometimes' ? 'sometimes' : provider.lift.possible ? 'yes' : 'no')}: ${text(provider.lift.how)}\n` +
        `- Instead: ${text(provider.alternatives)}\n` +
        `- Evidence: ${text(provider.evidence)}, last verified ${text(provider.lastVerified)}\n` +
        `- Sources: ${links(provider.sources)}`,
    ),
  ];
  return page({ title: 'Networks that block mail ports', body: body.join('\n\n') });
}

function choiceLine(choice) {
  return `port ${portLink(choice.port)} with ${text(WORDS.tls[choice.tls])} (${text(protocolName(choice.protocol))})`;
}

function roleSection({ heading, role, options }) {
  const answer = recommendedPort(role, options);
  const ports = listPorts({ role }).filter(
    (entry) => !options?.protocol || entry.protocol === options.protocol,
  );
  const blockers = [answer, ...answer.fallbacks].flatMap((choice) =>
    providersBlocking(choice.port).map(
      ({ provider, block }) =>
        `${portLink(choice.port)}: ${text(provider.name)} (${text(block.action)}, verified ${text(provider.lastVerified)})`,
    ),
  );
  return [
    `## ${heading}`,
    `<div class="mp-answer" data-role="${role}${options?.protocol ? `-${options.protocol}` : ''}">\n\n**Use ${choiceLine(answer)}.**\n\n</div>`,
    text(answer.why),
    answer.fallbacks.length
      ? `If that does not work:\n\n${answer.fallbacks.map((choice, index) => `${index + 1}. ${choiceLine(choice)}: ${text(choice.why)}`).join('\n')}`
      : '',
    blockers.length
      ? `Known network restrictions on these ports:\n\n${blockers.map((line) => `- ${line}`).join('\n')}`
      : '',
    `Every port for this role:\n\n${table(
      ['Port', 'Security mode', 'Standing', 'Title'],
      ports.map((entry) => [
        portLink(entry.port),
        text(WORDS.shortTls[entry.tls]),
        text(entry.standing),
        text(entry.title),
      ]),
    )}`,
    `Sources: ${links(answer.sources)}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** "Which port should I use?", one answer per role, from recommendedPort(). */
export function whichPortPage() {
  const body = [
    '# Which port should I use?',
    'The standards’ answer for each job. To check what your own server really does from where you are, use the [recommender](/recommender.md) or `mailports recommend`.',
    roleSection({ heading: 'Send mail from an app or a mail client', role: 'submission' }),
    roleSection({ heading: 'Relay mail between servers', role: 'relay' }),
    roleSection({ heading: 'Read mail with IMAP', role: 'retrieval', options: { protocol: 'imap' } }),
    roleSection({ heading: 'Read mail with POP3', role: 'retrieval', options: { protocol: 'pop3' } }),
    roleSection({ heading: 'Manage Sieve filters', role: 'filter-management' }),
  ];
  return page({ title: 'Which port should I use?', body: body.join('\n\n') });
}

/** Every finding a probe can report, from the one catalogue (`FINDINGS` in @mailports/ports). */
export function findingsPage() {
  const body = [
    '# Probe findings',
    'What `mailports probe` and `mailports recommend` can report about a port, the same for SMTP, IMAP and POP3: one severity per finding, lowered only in the one case named.',
    table(
      ['Finding', 'Severity', 'Protocols', 'Meaning', 'Sources'],
      listFindings().map((entry) => [
        code(entry.code),
        entry.lowered
          ? `**${entry.severity}**; ${entry.lowered.severity} when ${text(entry.lowered.when)}`
          : `**${entry.severity}**`,
        entry.protocols.map((protocol) => protocolName(protocol)).join(', '),
        text(entry.description),
        links(entry.sources),
      ]),
    ),
  ];
  return page({ title: 'Probe findings', body: body.join('\n\n') });
}

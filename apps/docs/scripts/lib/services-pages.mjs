/**
 * One page per mail provider or sending service, and their index, from MAIL_SERVICES in
 * @mailports/ports, with each service's login policy from the same package's login-policy data.
 */
import * as ports from '@mailports/ports';
import { code, link, links, page, portLink, protocolName, table, text, WORDS } from './md.mjs';

const { MAIL_SERVICES, lookupPort, providersBlocking } = ports;

/** Site path of a service page. */
export function servicePath(id) {
  return `/services/${id}.md`;
}

const METHOD_WORDS = {
  oauth2: 'OAuth2 token',
  'app-password': 'app password',
  password: 'account password',
  'api-key': 'API key as the password',
  'bridge-password': 'bridge password',
};

/** The login policy of the service's hosts, from the login-policy data of @mailports/ports. */
export function loginPolicySection(service) {
  const hosts = [...new Set(service.endpoints.map((endpoint) => endpoint.host))];
  const policies = [
    ...new Map(
      hosts.flatMap((host) => {
        const policy = ports.loginPolicyForHost(host);
        return policy ? [[policy.id, policy]] : [];
      }),
    ).values(),
  ];
  if (policies.length === 0) {
    return `## Login policy\n\n<p data-login-policy="missing">The knowledge base has no login policy for ${text(service.name)} yet. ${text(service.notes)}</p>`;
  }
  return `## Login policy\n\n${policies
    .map((policy) => {
      const methods = policy.methods.map(
        (entry) =>
          `- ${text(METHOD_WORDS[entry.method] ?? entry.method)}: **${text(entry.status)}**. ${text(entry.note)}${
            entry.setup ? ` Set up: ${link(entry.setup)}.` : ''
          }`,
      );
      const latest = policy.timeline.at(-1);
      return [
        `<div data-login-policy="${policy.id}">\n\n${text(policy.name)}${policy.unverified ? ` (unverified: ${text(policy.unverified)})` : ''}:\n`,
        ...methods,
        latest ? `\nLatest change (${text(latest.date)}): ${text(latest.change)}` : '',
        `\nSources: ${links(policy.sources)}. The [login page](/login.md) has every provider's settings.\n\n</div>`,
      ].join('\n');
    })
    .join('\n\n')}`;
}

function endpointRows(service) {
  return service.endpoints.map((endpoint) => [
    `<span class="mp-host">${code(endpoint.host)}</span>`,
    lookupPort(endpoint.port) ? portLink(endpoint.port) : String(endpoint.port),
    text(protocolName(endpoint.protocol)),
    text(endpoint.role === 'submission' ? 'send' : 'read'),
    `<span data-tls="${endpoint.tls}">${text(WORDS.shortTls[endpoint.tls])}</span>`,
  ]);
}

function blocksSection(service) {
  const submissionPorts = [
    ...new Set(
      service.endpoints.filter((endpoint) => endpoint.role === 'submission').map((endpoint) => endpoint.port),
    ),
  ];
  const rows = submissionPorts.flatMap((port) =>
    providersBlocking(port).map(({ provider, block }) => [
      String(port),
      `[${text(provider.name)}](/providers.md#${provider.id})`,
      text(block.action),
      text(block.accounts),
    ]),
  );
  if (rows.length === 0)
    return '## Networks that block these ports\n\nNone of the networks in the knowledge base blocks them.';
  const open = submissionPorts.filter((port) => providersBlocking(port).length === 0);
  return `## Networks that block these ports\n\n${table(['Port', 'Network', 'What it does', 'Accounts'], rows)}${
    open.length ? `\n\nNo network in the knowledge base blocks ${open.join(', ')}.` : ''
  }`;
}

function settingsExample(service) {
  const best =
    service.endpoints.find((endpoint) => endpoint.role === 'submission' && endpoint.tls === 'implicit') ??
    service.endpoints.find((endpoint) => endpoint.role === 'submission');
  if (!best) return '';
  const secure = best.tls === 'implicit';
  const lines = [
    '```js',
    `// nodemailer: ${best.host} port ${best.port}, ${WORDS.shortTls[best.tls]}`,
    'const transport = nodemailer.createTransport({',
    `  host: '${best.host}',`,
    `  port: ${best.port},`,
    `  secure: ${secure},${secure ? '' : ' // STARTTLS'}`,
    ...(secure ? [] : ['  requireTLS: true,']),
    "  auth: { user: 'you@example.com', pass: process.env.MAIL_PASSWORD },",
    '});',
    '```',
  ];
  return `## Settings to paste\n\n${lines.join('\n')}\n\nCheck them from your own network: ${code(`mailports probe ${best.host.replace('‹region›', 'us-east-1')} --protocol smtp`)}`;
}

/** One page per service. */
export function servicePage(service) {
  const sections = [
    `# ${text(service.name)}`,
    `<p data-service-kind="${service.kind}">${text(service.kind === 'mailbox' ? 'Mail provider' : 'Sending service for applications')}${
      service.domains.length ? `: ${service.domains.map(code).join(', ')}` : ''
    }. ${text(service.notes)}</p>`,
    `## Servers\n\n<div class="mp-wide">\n\n${table(['Host', 'Port', 'Protocol', 'For', 'Security'], endpointRows(service))}\n\n</div>`,
    settingsExample(service),
    loginPolicySection(service),
    blocksSection(service),
    `## Sources\n\n${service.sources.map((source) => `- ${link(source)}`).join('\n')}\n\nLast verified ${text(service.lastVerified)}.${
      service.unverified ? ` ${text(service.unverified)}` : ''
    }`,
  ];
  return page({
    title: service.name,
    description: `${service.name}: servers, ports and security`,
    body: sections.filter(Boolean).join('\n\n'),
  });
}

/** The index of services. */
export function serviceIndexPage() {
  const rows = MAIL_SERVICES.map((service) => {
    const send = service.endpoints.filter((endpoint) => endpoint.role === 'submission');
    const read = service.endpoints.filter((endpoint) => endpoint.role === 'retrieval');
    const portsOf = (list) =>
      [...new Set(list.map((endpoint) => `${endpoint.port} ${WORDS.shortTls[endpoint.tls]}`))].join(', ');
    return [
      `[${text(service.name)}](${servicePath(service.id)})`,
      text(portsOf(send)) || '–',
      text(portsOf(read)) || '–',
    ];
  });
  return page({
    title: 'Mail providers and sending services',
    body: `# Mail providers and sending services\n\nThe servers each one documents, from the knowledge base.\n\n${table(['Service', 'Send', 'Read'], rows)}`,
  });
}

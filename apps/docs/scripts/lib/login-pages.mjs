/**
 * The login landscape page: how each provider lets mail clients log in (OAuth2, app passwords,
 * passwords, API keys), dated changes, the settings to use, and the failure catalogue.
 */
import { LOGIN_FAILURES, LOGIN_POLICIES } from '@mailports/ports';
import { code, link, links, page, table, text } from './md.mjs';

const METHOD = {
  oauth2: 'OAuth2 (XOAUTH2 / OAUTHBEARER)',
  'app-password': 'App password',
  password: 'Account password',
  'api-key': 'API key / SMTP credential',
  'bridge-password': 'Bridge password',
};

const STATUS = {
  works: 'works',
  conditional: 'works if enabled',
  retiring: 'being retired',
  refused: 'refused',
};

const KIND = { mailbox: 'Mailbox providers', bridge: 'Bridges', 'sending-service': 'Sending services' };

/** Inline code for a host pattern: `*` escaped too, or markdown reads `*.x` … `*.y` as emphasis. */
function hostCode(host) {
  return code(host).replace(/\*/g, '&#42;');
}

function hostList(hosts) {
  return hosts.length > 0 ? hosts.map(hostCode).join(', ') : '–';
}

function policySection(policy) {
  const unverified = [policy, ...policy.methods, ...policy.timeline]
    .map((record) => record.unverified)
    .filter(Boolean);
  return [
    `### ${text(policy.name)} {#${policy.id}}`,
    table(
      ['Login', 'Status', 'What to know', 'Set up'],
      policy.methods.map((entry) => [
        text(METHOD[entry.method]),
        text(STATUS[entry.status]),
        text(entry.note) + (entry.unverified ? ` *(unverified: ${text(entry.unverified)})*` : ''),
        entry.setup ? link(entry.setup) : '–',
      ]),
    ),
    `- Servers: ${hostList(policy.hosts)}`,
    policy.mxPatterns.length > 0 ? `- Recognised by MX: ${hostList(policy.mxPatterns)}` : null,
    policy.domains.length > 0 ? `- Address domains: ${hostList(policy.domains)}` : null,
    policy.timeline.length > 0
      ? `- Changes:\n${policy.timeline
          .map(
            (change) =>
              `  - ${text(change.date)}${change.announced ? ' (announced)' : ''}: ${text(change.change)} (${links(change.sources)})`,
          )
          .join('\n')}`
      : null,
    unverified.length > 0 ? `- Unverified: ${unverified.map(text).join(' ')}` : null,
    `- Evidence: ${text(policy.evidence)}, recorded ${text(policy.lastVerified)}. Sources: ${links(policy.sources)}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function matchText(match) {
  return [
    match.code !== undefined ? String(match.code) : null,
    match.enhanced ?? null,
    match.responseCode ? `[${match.responseCode}]` : null,
    match.text ? `“${match.text}”` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The page `login.md`. */
export function loginPage() {
  const byKind = Object.entries(KIND).map(([kind, heading]) => {
    const policies = LOGIN_POLICIES.filter((policy) => policy.kind === kind);
    return policies.length > 0 ? [`## ${heading}`, ...policies.map(policySection)].join('\n\n') : '';
  });
  const body = [
    '# Logging in: OAuth2, app passwords and API keys',
    'A port that answers is not a login that works. Most large mailbox providers no longer take the account ' +
      'password over SMTP, IMAP or POP3: they want an OAuth2 access token (SASL XOAUTH2 or OAUTHBEARER)' +
      ' or an app password, and sending services want an API key as the password. `AUTH PLAIN LOGIN` ' +
      'in the server’s capabilities does not say which of these will be accepted.',
    '## What mailports does',
    [
      '- `mailports recommend` recognises the provider from the server names and says how to log in, citing the provider’s page; when a server offers only XOAUTH2/OAUTHBEARER inside TLS, it says OAuth2 from what it saw.',
      "- The settings follow: Thunderbird `<authentication>OAuth2</authentication>` first, nodemailer `auth: { type: 'OAuth2', user, accessToken }`, imapflow `auth: { user, accessToken }`; app passwords and API keys are labelled as such.",
      '- `--user NAME --oauth2-token-env VAR` tests an access token you obtained elsewhere (mailports runs no OAuth flow) with OAUTHBEARER (or XOAUTH2) on SMTP, IMAP and POP3, only inside verified TLS. The token is never printed, not even in `--transcript`.',
      '- A refused token’s error challenge (base64 JSON with `status`, `schemes`, `scope`) is decoded and the exchange ended as the mechanism requires: `%x01` for OAUTHBEARER, an empty response for XOAUTH2, as each mechanism’s specification asks.',
      '- Failed logins (password or token) are matched against the failure catalogue below: cause, fix and source in the text and JSON output.',
    ].join('\n'),
    '```sh\nexport MAIL_TOKEN=…   # an access token from your provider’s tooling\nmailports probe smtp.office365.com --ports submission --user ann@contoso.com --oauth2-token-env MAIL_TOKEN\nmailports recommend ann@gmail.com --user ann@gmail.com --oauth2-token-env MAIL_TOKEN\n```',
    ...byKind,
    '## Login failures decoded',
    'What the servers answer, what it means, and what to do. The first matching row wins; provider rows are ' +
      'preferred when the provider is recognised.',
    table(
      ['Protocol', 'Answer', 'Provider', 'Cause', 'Fix', 'Sources'],
      LOGIN_FAILURES.map((entry) => [
        text(entry.protocol.toUpperCase()),
        text(matchText(entry.match)),
        text(entry.provider ?? 'any'),
        text(entry.cause) + (entry.kind === 'temporary' ? ' *(temporary)*' : ''),
        text(entry.fix) + (entry.unverified ? ` *(unverified: ${text(entry.unverified)})*` : ''),
        links(entry.sources),
      ]),
    ),
  ];
  return page({
    title: 'Logging in: OAuth2, app passwords and API keys',
    description:
      'How each mail provider lets clients log in, the settings to use, and login failures decoded.',
    body: body.filter(Boolean).join('\n\n'),
  });
}

/**
 * The page on the relay port as sending servers see it: the three kinds of sender, the rules each applies,
 * and the TLS-RPT names of their failures, from @mailports/ports.
 */
import { MX_SECURITY_RULES, recommendedPort, SENDER_BEHAVIOURS, TLSRPT_RESULT_TYPES } from '@mailports/ports';
import { code, link, links, page, table, text } from './md.mjs';

/** The MX relay port, from the knowledge base. */
const RELAY = recommendedPort('relay').port;

const TITLES = {
  opportunistic: 'The opportunistic sender',
  'mta-sts': 'The MTA-STS sender',
  dane: 'The DANE sender',
};

const DETAILS = {
  opportunistic: [
    'Most mail servers behave this way by default. If the MX advertises STARTTLS, the sender upgrades and accepts whatever certificate it gets: the session is encrypted but nobody is authenticated, so an attacker on the path can strip STARTTLS from the EHLO reply and read the mail in clear.',
    'mailports reports `delivers-encrypted` when STARTTLS completed, and `delivers-in-clear` (TLS-RPT `starttls-not-supported`) when it was not offered.',
  ],
  'mta-sts': [
    'The sender looks up the TXT record at `_mta-sts.<domain>` (exactly one `v=STSv1` record with an `id`), then fetches the policy over HTTPS from the host `mta-sts.<domain>`, path `/.well-known/mta-sts.txt`. The fetch has rules of its own: the certificate must be valid for `mta-sts.<domain>`, only status 200 counts, redirects are not followed, the media type is `text/plain`, and the body and the time are limited.',
    'In `enforce` mode the sender delivers only to an MX that one of the policy’s `mx` patterns names (a `*.` wildcard stands for exactly one left-most label), over STARTTLS, with a certificate that is valid, unexpired and names that MX. In `testing` mode it delivers anyway and reports. Without a usable policy it behaves opportunistically.',
  ],
  dane: [
    `The sender looks up TLSA records at \`_${RELAY}._tcp.<mx>\` and uses them only when its validating resolver says the answers are DNSSEC-secure (the AD bit). mailports therefore says "according to resolver X": it reports what that resolver validated, not a judgement of its own.`,
    'DANE-EE (usage 3) pins the server’s own key or certificate: names and expiry dates do not matter, so a self-signed certificate is fine. DANE-TA (usage 2) pins an issuer the server sends in its chain, and the certificate must then name the MX. A bogus answer (signatures that do not validate) stops delivery. TLSA records in an unsigned zone are ignored: that is not DANE.',
  ],
};

/** The three senders, with their rules, limits and TLS-RPT result types. */
export function sendersPage() {
  const body = [
    `# Port ${RELAY} as sending servers see it`,
    `A mail client asks “which port do I use?”. A mail administrator asks another question of port ${RELAY}: **will other servers deliver to me, and securely?** The answer depends on the sender, because senders behave in three different ways. \`mailports mx <domain>\` probes every MX and every address (IPv4 and IPv6 apart) and gives each address three verdicts, one per kind of sender, each with its reasons.`,
    '```sh\nmailports mx example.com --resolver 127.0.0.1\nmailports mx example.com --json | jq .report.summary\nmailports recommend example.com --role relay\n```',
    'The relay role of `mailports recommend` uses the same verdicts: an MX that an MTA-STS `enforce` policy does not name, or whose key matches none of its TLSA records, is at most `works`, with the reason first.',
    ...SENDER_BEHAVIOURS.flatMap((behaviour) => [
      `## ${TITLES[behaviour.sender]}`,
      text(behaviour.summary),
      ...DETAILS[behaviour.sender],
      `Sources: ${links(behaviour.sources)}.`,
    ]),
    '## The limits mailports applies',
    table(
      ['Rule', 'Value', 'Source'],
      [
        [
          'MTA-STS policy body, at most',
          `${MX_SECURITY_RULES.mtaStsPolicyMaxBytes.value} bytes`,
          link(MX_SECURITY_RULES.mtaStsPolicyMaxBytes.source),
        ],
        [
          'MTA-STS fetch, at most',
          `${MX_SECURITY_RULES.mtaStsFetchTimeoutMs.value / 1000} s`,
          link(MX_SECURITY_RULES.mtaStsFetchTimeoutMs.source),
        ],
        [
          'MTA-STS max_age, at most',
          `${MX_SECURITY_RULES.mtaStsMaxAgeLimit.value} s`,
          link(MX_SECURITY_RULES.mtaStsMaxAgeLimit.source),
        ],
        [
          'MTA-STS record id',
          code(MX_SECURITY_RULES.mtaStsIdPattern.value),
          link(MX_SECURITY_RULES.mtaStsIdPattern.source),
        ],
        [
          'TLSA usages for SMTP',
          MX_SECURITY_RULES.daneUsagesForSmtp.value.join(', '),
          link(MX_SECURITY_RULES.daneUsagesForSmtp.source),
        ],
      ],
    ),
    '## Failures, in TLS-RPT words',
    'Every failure is named with the result type a sender puts in its TLS-RPT report (the `_smtp._tls` record says where reports go; mailports checks it too).',
    table(
      ['Result type', 'Group', 'Meaning', 'Source'],
      TLSRPT_RESULT_TYPES.map((entry) => [
        code(entry.type),
        entry.group,
        text(entry.meaning),
        link(entry.source),
      ]),
    ),
    '## What mailports cannot see',
    `The probe runs from your network. Where outbound port ${RELAY} is blocked (most clouds and home connections), every address ends as “no answer”: that is not a verdict on the MX. DNSSEC statuses are those of the resolver you name; a resolver that does not validate reports every zone as insecure.`,
  ];
  return page({
    title: `Port ${RELAY} as senders see it`,
    description:
      'Opportunistic, MTA-STS and DANE senders, and how mailports mx judges each MX address for them.',
    body: body.join('\n\n'),
  });
}

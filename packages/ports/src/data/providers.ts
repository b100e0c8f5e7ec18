import { rfcSource } from '../citations.js';
import type { NetworkProvider } from '../types.js';
import { SOURCES } from './_sources.js';

/** The day these policies were last checked against their sources (stored copies of the pages). */
const CHECKED = '2026-11-25';

/**
 * Outbound mail-port policies of common networks. `lastVerified` is the day the policy text was last
 * read (in the provider's documentation, or where it is quoted); `evidence: 'reported'` marks a
 * policy known from user reports rather than the provider's own documentation, and `unverified`
 * says which part rests on weaker ground.
 */
export const PROVIDERS: readonly NetworkProvider[] = [
  {
    id: 'gcp',
    name: 'Google Cloud (Compute Engine, GKE)',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'all projects, to external IP addresses' }],
    lift: {
      possible: 'sometimes',
      how:
        'Google’s page offers no way to lift it and points to relays on 465, 587 or a non-standard port; ' +
        'one project’s setup guide says Google allowed outbound 25 for its organization on request.',
    },
    alternatives: 'Send through a relay service on 465 or 587 (both allowed), or a non-standard port.',
    sources: [
      SOURCES.gcpSendingMail,
      {
        label: 'GitLab charts MR !647 (quotes the Google Cloud page: 465, 587 or a non-standard port)',
        url: 'https://gitlab.com/gitlab-org/charts/gitlab/-/merge_requests/647',
      },
      {
        label: 'GitLab MR !23275 (tested from GKE: 25 times out, 465 and 587 connect)',
        url: 'https://gitlab.com/gitlab-org/gitlab-foss/-/merge_requests/23275',
      },
      {
        label: 'google-cloud-self-hosted-smtp-server-email-sending README (asked Google to allow 25)',
        url: 'https://github.com/marcusmonteirodesouza/google-cloud-self-hosted-smtp-server-email-sending',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
    unverified: 'That Google can lift the block rests on one third-party report.',
  },
  {
    id: 'aws',
    name: 'Amazon Web Services (EC2, Lambda)',
    kind: 'cloud',
    blocks: [
      {
        port: 25,
        action: 'blocked',
        accounts: 'EC2 instances by default (lifted on request) and Lambda functions',
      },
    ],
    lift: {
      possible: 'sometimes',
      how:
        'For EC2, submit a "Request to remove email sending limitations" (with a reverse DNS record); ' +
        'Lambda functions cannot have it lifted.',
    },
    alternatives: 'Amazon SES on 587/2587 (STARTTLS) or 465/2465 (implicit TLS), or any relay on 587/465.',
    sources: [
      {
        label: 'AWS re:Post: remove the restriction on port 25 from an EC2 instance or Lambda function',
        url: 'https://repost.aws/knowledge-center/ec2-port-25-throttle',
      },
      SOURCES.sesSmtp,
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
  },
  {
    id: 'azure',
    name: 'Microsoft Azure',
    kind: 'cloud',
    blocks: [
      {
        port: 25,
        action: 'blocked',
        accounts:
          'all VM subscriptions except Enterprise Agreement and Microsoft Customer Agreement for ' +
          'Enterprise (MCA-E) ones',
      },
    ],
    lift: {
      possible: 'sometimes',
      how:
        'Enterprise Dev/Test subscriptions are exempted by running "Cannot send email (SMTP-Port 25)" under ' +
        'Diagnose and Solve; no exemption is offered to the other non-enterprise types.',
    },
    alternatives:
      'An authenticated SMTP relay, typically on 587, which Azure does not restrict for any subscription type.',
    sources: [
      {
        label: 'Microsoft Learn: Troubleshoot outbound SMTP connectivity problems in Azure',
        url: 'https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity',
      },
      {
        label: 'MicrosoftDocs/azure-docs: the same page’s source',
        url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/virtual-network/troubleshoot-outbound-smtp-connectivity.md',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
  },
  {
    id: 'digitalocean',
    name: 'DigitalOcean',
    kind: 'cloud',
    blocks: [
      {
        port: 25,
        action: 'blocked',
        accounts: 'all Droplets of new accounts (older accounts may still send)',
      },
    ],
    lift: {
      possible: false,
      how:
        'The page offers no way to lift it and recommends a delivery service; a support reply quoted in ' +
        'a public gist (2019) says the restriction is not lifted.',
    },
    alternatives:
      'A relay or email service on 587 or 465; DigitalOcean support names 587, 465, 993 and 995 as usable.',
    sources: [
      {
        label: 'DigitalOcean Docs: Why is SMTP blocked?',
        url: 'https://docs.digitalocean.com/support/why-is-smtp-blocked/',
      },
      {
        label: 'Gist quoting a DigitalOcean support reply (port 25 only; 587, 465, 993, 995 usable)',
        url: 'https://gist.github.com/tihoho/a795ea8813530c6088b07d6123f62216',
      },
      {
        label: 'thekiharani.com: a 2026 report of 465 and 587 timing out from a new Droplet',
        url: 'https://thekiharani.com/notes/why-your-vps-blocks-smtp-use-an-email-api',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
    unverified:
      'One 2026 user report describes 465 and 587 timing out from a new Droplet; DigitalOcean’s ' +
      'documentation names only 25.',
  },
  {
    id: 'linode',
    name: 'Akamai Cloud (Linode)',
    kind: 'cloud',
    blocks: [
      { port: 25, action: 'blocked', accounts: 'accounts created since 2019-11-05' },
      { port: 465, action: 'blocked', accounts: 'accounts created since 2019-11-05' },
      { port: 587, action: 'blocked', accounts: 'accounts created since 2019-11-05' },
    ],
    lift: {
      possible: true,
      how: 'Set valid A records and reverse DNS for the Linode, then open a support ticket describing the use.',
    },
    alternatives: 'Lift the restriction by ticket, or use an email service on a port it documents.',
    sources: [
      {
        label: 'Linode blog: A New Policy to Help Fight Spam (2019-11-05)',
        url: 'https://www.linode.com/blog/linode/a-new-policy-to-help-fight-spam/',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
  },
  {
    id: 'hetzner',
    name: 'Hetzner Cloud',
    kind: 'cloud',
    blocks: [
      { port: 25, action: 'blocked', accounts: 'all cloud servers by default' },
      { port: 465, action: 'blocked', accounts: 'all cloud servers by default' },
    ],
    lift: {
      possible: true,
      how: 'After a month and the first paid invoice, file a limit request; decided case by case.',
    },
    alternatives: 'Port 587 to an external delivery service is not blocked and needs no request.',
    sources: [
      {
        label: 'Hetzner Docs: Cloud servers FAQ, "Why can I not send any mails from my server?"',
        url: 'https://docs.hetzner.com/cloud/servers/faq/#why-can-i-not-send-any-mails-from-my-server',
      },
      {
        label: 'LukeSmithxyz/emailwiz#317 (quotes the Hetzner FAQ)',
        url: 'https://github.com/LukeSmithxyz/emailwiz/issues/317',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
  },
  {
    id: 'vultr',
    name: 'Vultr',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'new accounts by default' }],
    lift: {
      possible: 'sometimes',
      how:
        'Support ticket. Reports differ: in 2024 users were refused (older accounts sometimes unblocked); ' +
        'a 2026 report says new accounts can ask after about a month.',
    },
    alternatives: 'A relay or email service on 587 or 465.',
    sources: [
      {
        label: 'Vultr Docs: What ports are blocked?',
        url: 'https://www.vultr.com/docs/what-ports-are-blocked',
      },
      {
        label: 'LukeSmithxyz/emailwiz#313: Vultr now blocks port 25 (2024)',
        url: 'https://github.com/LukeSmithxyz/emailwiz/issues/313',
      },
      {
        label: 'LukeSmithxyz/emailwiz#172',
        url: 'https://github.com/LukeSmithxyz/emailwiz/issues/172',
      },
      {
        label: 'forwardemail/awesome-mail-server-providers#5 (2026: unblock can be requested after ~1 month)',
        url: 'https://github.com/forwardemail/awesome-mail-server-providers/pull/5',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'reported',
  },
  {
    id: 'oracle',
    name: 'Oracle Cloud Infrastructure',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'by default; paid accounts can ask for removal' }],
    lift: { possible: 'sometimes', how: 'Paid accounts can request removal through support.' },
    alternatives:
      'OCI Email Delivery: its current page lists TLS on 465, the submissions port (a February 2025 ' +
      'version listed 25 or 587); or another relay on 587 or 465.',
    sources: [
      {
        label: 'analogic/mailserver#975 (Oracle blocks outbound SMTP; liftable on paid accounts)',
        url: 'https://bitbucket.org/analogic/mailserver/issues/975/outbound-port-25-timeout-on-digital-ocean',
      },
      {
        label: 'Oracle Docs: Configuring SMTP Connection (Email Delivery)',
        url: 'https://docs.oracle.com/iaas/Content/Email/Tasks/configuresmtpconnection.htm',
      },
    ],
    lastVerified: CHECKED,
    evidence: 'reported',
  },
  {
    id: 'residential',
    name: 'Residential and mobile access networks',
    kind: 'residential-isp',
    blocks: [
      { port: 25, action: 'may-block', accounts: 'many consumer connections, dynamic addresses especially' },
    ],
    lift: {
      possible: 'sometimes',
      how: 'Some ISPs lift it for business plans or static addresses; ask the ISP.',
    },
    alternatives:
      'Submission on 587 or 465; RFC 5068 §4.1 tells access providers not to block 587 (it takes no ' +
      'position on blocking 25).',
    sources: [rfcSource(5068, '4.1'), SOURCES.wikipediaSmtpPorts],
    lastVerified: CHECKED,
    evidence: 'documented',
    unverified: 'Which ISPs block, and whether they lift it, varies by ISP and plan; no list is kept here.',
  },
];

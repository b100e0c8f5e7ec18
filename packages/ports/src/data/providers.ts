import { rfcSource } from '../citations.js';
import type { NetworkProvider } from '../types.js';

/**
 * Outbound mail-port policies of common networks. `lastVerified` is the day the policy text was last
 * read (in the provider's documentation, or where it is quoted); `evidence: 'reported'` marks a
 * policy known from user reports rather than the provider's own documentation.
 */
export const PROVIDERS: readonly NetworkProvider[] = [
  {
    id: 'gcp',
    name: 'Google Cloud (Compute Engine, GKE)',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'all projects, to external IP addresses' }],
    lift: {
      possible: false,
      how: 'Not liftable; Google points to relays on 465, 587 or a non-standard port.',
    },
    alternatives: 'Send through a relay service on 465 or 587 (both allowed), or a non-standard port.',
    sources: [
      {
        label: 'Google Cloud: Sending email from an instance',
        url: 'https://cloud.google.com/compute/docs/tutorials/sending-mail',
      },
      {
        label: 'GitLab charts MR !647 (quotes the Google Cloud page)',
        url: 'https://gitlab.com/gitlab-org/charts/gitlab/-/merge_requests/647',
      },
    ],
    lastVerified: '2026-11-25',
    evidence: 'documented',
  },
  {
    id: 'aws',
    name: 'Amazon Web Services (EC2, Lambda)',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'throttled', accounts: 'all accounts by default' }],
    lift: {
      possible: true,
      how: 'Submit the "Request to remove email sending limitations" form (needs reverse DNS for an Elastic IP).',
    },
    alternatives: 'Amazon SES on 587/2587 (STARTTLS) or 465/2465 (implicit TLS), or any relay on 587/465.',
    sources: [
      {
        label: 'Amazon SES: Connecting to an SMTP endpoint',
        url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html',
      },
    ],
    lastVerified: '2026-11',
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
          'all subscriptions except Enterprise Agreement and MCA-E (Microsoft Customer Agreement for Enterprise)',
      },
    ],
    lift: {
      possible: 'sometimes',
      how: 'Only Enterprise Agreement / MCA-E subscriptions send directly on 25; other types cannot have it lifted.',
    },
    alternatives:
      'Authenticated SMTP relay on 587 (not restricted), e.g. Azure Communication Services or another provider.',
    sources: [
      {
        label: 'Microsoft Learn: Troubleshoot outbound SMTP connectivity problems in Azure',
        url: 'https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity',
      },
    ],
    lastVerified: '2026-11',
    evidence: 'documented',
  },
  {
    id: 'digitalocean',
    name: 'DigitalOcean',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'all Droplets of new accounts' }],
    lift: {
      possible: false,
      how: 'Support generally declines; DigitalOcean recommends a third-party email service.',
    },
    alternatives: 'A relay or email service on 587 or 465 (not blocked).',
    sources: [
      {
        label: 'DigitalOcean Docs: Why is SMTP blocked?',
        url: 'https://docs.digitalocean.com/support/why-is-smtp-blocked/',
      },
    ],
    lastVerified: '2026-11-25',
    evidence: 'documented',
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
    lastVerified: '2026-11-25',
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
    alternatives: 'Port 587 to an external delivery service is not blocked.',
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
    lastVerified: '2026-11-25',
    evidence: 'documented',
  },
  {
    id: 'vultr',
    name: 'Vultr',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'new accounts by default' }],
    lift: {
      possible: 'sometimes',
      how: 'Support ticket; since 2024 users report refusals for new accounts, older accounts sometimes unblocked.',
    },
    alternatives: 'A relay or email service on 587 or 465.',
    sources: [
      {
        label: 'Vultr Docs: What ports are blocked?',
        url: 'https://www.vultr.com/docs/what-ports-are-blocked',
      },
      {
        label: 'LukeSmithxyz/emailwiz#313: Vultr now blocks port 25',
        url: 'https://github.com/LukeSmithxyz/emailwiz/issues/313',
      },
      {
        label: 'LukeSmithxyz/emailwiz#172',
        url: 'https://github.com/LukeSmithxyz/emailwiz/issues/172',
      },
    ],
    lastVerified: '2026-11-25',
    evidence: 'reported',
  },
  {
    id: 'oracle',
    name: 'Oracle Cloud Infrastructure',
    kind: 'cloud',
    blocks: [{ port: 25, action: 'blocked', accounts: 'by default; paid accounts can ask for removal' }],
    lift: { possible: 'sometimes', how: 'Paid accounts can request removal through support.' },
    alternatives: 'OCI Email Delivery, which accepts TLS on 25 or 587, or another relay on 587.',
    sources: [
      {
        label: 'analogic/mailserver#975 (Oracle blocks outbound SMTP; liftable on paid accounts)',
        url: 'https://bitbucket.org/analogic/mailserver/issues/975/outbound-port-25-timeout-on-digital-ocean',
      },
      {
        label: 'Oracle Docs: Configuring SMTP Connection (Email Delivery)',
        url: 'https://docs.cloud.oracle.com/en-us/iaas/Content/Email/Tasks/configuresmtpconnection.htm',
      },
    ],
    lastVerified: '2026-11-25',
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
    alternatives: 'Submission on 587 or 465, which RFC 5068 tells access providers not to block.',
    sources: [rfcSource(5068)],
    lastVerified: '2026-11-25',
    evidence: 'documented',
  },
];

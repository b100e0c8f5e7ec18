import { rfcSource } from '../citations.js';
import type { RelayPolicyRecord, SrvLabel } from '../types.js';

const SUBMISSION = rfcSource(6186, '3.1');
const IMAP = rfcSource(6186, '3.2');
const POP3 = rfcSource(6186, '3.3');

/**
 * DNS SRV labels a mail client queries to find its servers (RFC 6186 §3, RFC 8314 §5.1), in the order
 * a client prefers them: implicit TLS before STARTTLS, IMAP before POP3. A record whose target is `.`
 * means the domain does not offer the service (RFC 2782).
 */
export const SRV_LABELS: readonly SrvLabel[] = [
  {
    label: '_submissions._tcp',
    protocol: 'smtp',
    role: 'submission',
    port: 465,
    tls: 'implicit',
    sources: [rfcSource(8314, '5.1')],
  },
  {
    label: '_submission._tcp',
    protocol: 'smtp',
    role: 'submission',
    port: 587,
    tls: 'starttls',
    sources: [SUBMISSION],
  },
  {
    label: '_imaps._tcp',
    protocol: 'imap',
    role: 'retrieval',
    port: 993,
    tls: 'implicit',
    sources: [IMAP],
  },
  {
    label: '_imap._tcp',
    protocol: 'imap',
    role: 'retrieval',
    port: 143,
    tls: 'starttls',
    sources: [IMAP],
  },
  {
    label: '_pop3s._tcp',
    protocol: 'pop3',
    role: 'retrieval',
    port: 995,
    tls: 'implicit',
    sources: [POP3],
  },
  {
    label: '_pop3._tcp',
    protocol: 'pop3',
    role: 'retrieval',
    port: 110,
    tls: 'starttls',
    sources: [POP3],
  },
  {
    label: '_sieve._tcp',
    protocol: 'managesieve',
    role: 'filter-management',
    port: 4190,
    tls: 'starttls',
    sources: [rfcSource(5804, '1.8')],
  },
  {
    label: '_autodiscover._tcp',
    protocol: 'https',
    role: 'client-configuration',
    port: 443,
    tls: 'implicit',
    sources: [
      {
        label: 'Microsoft Learn: Autodiscover for Exchange (SRV record _autodiscover._tcp)',
        url: 'https://learn.microsoft.com/en-us/exchange/architecture/client-access/autodiscover',
      },
    ],
  },
];

/** Mechanisms that let a domain demand, verify or monitor TLS on port 25 relay. */
export const RELAY_POLICY_RECORDS: readonly RelayPolicyRecord[] = [
  {
    id: 'mta-sts',
    name: 'SMTP MTA Strict Transport Security (MTA-STS)',
    rfc: 8461,
    published: '2018-09',
    where:
      'TXT at _mta-sts.<domain> ("v=STSv1; id=…") plus a policy at ' +
      'https://mta-sts.<domain>/.well-known/mta-sts.txt (mode enforce|testing|none, mx, max_age)',
    what:
      'Tells sending servers that the domain’s MX hosts support TLS with valid certificates, so a ' +
      'sender in enforce mode refuses to deliver in plaintext or to an unverified host.',
    sources: [rfcSource(8461)],
  },
  {
    id: 'tls-rpt',
    name: 'SMTP TLS Reporting (TLS-RPT)',
    rfc: 8460,
    published: '2018-09',
    where: 'TXT at _smtp._tls.<domain> ("v=TLSRPTv1; rua=…")',
    what: 'Asks sending servers to report daily how TLS to the domain’s MX hosts succeeded or failed.',
    sources: [rfcSource(8460)],
  },
  {
    id: 'dane',
    name: 'DANE for SMTP',
    rfc: 7672,
    published: '2015-10',
    where: 'TLSA records at _25._tcp.<mx-host>, signed with DNSSEC',
    what:
      'Pins the MX host’s certificate or key in DNSSEC-signed DNS, so a sender can verify port-25 TLS ' +
      'without trusting the public CA system and cannot be downgraded to plaintext. A DANE-EE(3) record ' +
      'authenticates even a self-signed certificate (RFC 7672 §3.1.1).',
    sources: [rfcSource(7672), rfcSource(7672, '3.1.1')],
  },
  {
    id: 'requiretls',
    name: 'SMTP REQUIRETLS',
    rfc: 8689,
    published: '2019-11',
    where: 'REQUIRETLS parameter on MAIL FROM (advertised by EHLO only after TLS); TLS-Required: No header',
    what:
      'Lets a sender require TLS (with verified certificates) on every hop of a message, or with the ' +
      'header ask that a message be delivered even where TLS fails.',
    sources: [rfcSource(8689)],
  },
];

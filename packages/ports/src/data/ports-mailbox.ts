import { ianaSource, rfcSource } from '../citations.js';
import type { HistoryEvent, PortEntry, SpecReference } from '../types.js';
import { ianaRow, reservedUdp } from './_iana.js';

const RFC2595_7 = rfcSource(2595, '7');
const RFC8314_3 = rfcSource(8314, '3');
const RFC8997 = rfcSource(8997);

const discouraged1999: HistoryEvent = {
  date: '1999-06',
  event:
    'RFC 2595 §7 discourages the separate imaps and pop3s ports in favour of STARTTLS and STLS on ' +
    'the standard ports.',
  sources: [RFC2595_7],
};

const tlsMinimum: SpecReference = {
  rfc: 8997,
  title: 'Deprecation of TLS 1.1 for Email Submission and Access',
  says: 'TLS 1.2 is the minimum version for mail submission and access.',
  source: RFC8997,
};

const port110: PortEntry = {
  port: 110,
  title: 'POP3 (STLS upgrade)',
  protocol: 'pop3',
  role: 'retrieval',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'supported',
  iana: ['pop3'],
  ianaAssignments: [
    ianaRow(110, 'pop3', 'Post Office Protocol - Version 3'),
    ianaRow(110, 'pop3', 'Post Office Protocol - Version 3', { transport: 'udp' }),
  ],
  alsoKnownAs: ['POP'],
  specs: [
    {
      rfc: 1939,
      title: 'Post Office Protocol - Version 3 (STD 53)',
      says: 'POP3 servers listen on TCP port 110.',
      source: rfcSource(1939),
    },
    {
      rfc: 2449,
      title: 'POP3 Extension Mechanism',
      says: 'The CAPA command lists what the server supports.',
      source: rfcSource(2449),
    },
    {
      rfc: 2595,
      section: '4',
      title: 'POP3 STARTTLS extension',
      says: 'The STLS command upgrades a POP3 session on port 110 to TLS.',
      source: rfcSource(2595, '4'),
    },
    {
      rfc: 2595,
      section: '2.3',
      title: 'Clear-Text Password Requirements',
      says:
        'Clients must not send a cleartext password before TLS unless configured to: STLS comes before ' +
        'USER/PASS (so does RFC 8314 §5.2).',
      source: rfcSource(2595, '2.3'),
    },
    {
      rfc: 8314,
      section: '4.1',
      title: 'Deprecation of Services Using Cleartext and TLS Versions Less Than 1.2',
      says: 'Deprecates cleartext mail access and TLS below 1.2 (the floor RFC 8997 raised from 1.1).',
      source: rfcSource(8314, '4.1'),
    },
    {
      rfc: 8314,
      section: '3.1',
      title: 'Implicit TLS for POP',
      says: 'On the "pop3s" service (port 995) the TLS handshake starts immediately; RFC 8314 §3 recommends it.',
      source: rfcSource(8314, '3.1'),
    },
  ],
  history: [
    { date: '1996-05', event: 'RFC 1939 specifies POP3 on port 110.', sources: [rfcSource(1939)] },
    { date: '1998-11', event: 'RFC 2449 adds CAPA.', sources: [rfcSource(2449)] },
    { ...discouraged1999, event: 'RFC 2595 adds STLS and discourages the separate pop3s port (995).' },
    {
      date: '2018-01',
      event: 'RFC 8314 recommends implicit TLS on 995 over STLS on 110.',
      sources: [RFC8314_3, rfcSource(8314, '3.1')],
    },
  ],
  explanation:
    'Port 110 is POP3, the simple way to download mail from a mailbox. The session starts in plaintext; ' +
    'the STLS command upgrades it to TLS, and a client must refuse to log in if the server does not ' +
    'offer STLS, or the password travels readable. Current standards prefer port 995, where TLS starts ' +
    'immediately.',
  blocking: 'Outbound connections to 110 are rarely blocked.',
  notFor: [],
  sources: [rfcSource(1939), rfcSource(2595, '4'), ianaSource(110)],
};

const port995: PortEntry = {
  port: 995,
  title: 'POP3 over implicit TLS (pop3s)',
  protocol: 'pop3',
  role: 'retrieval',
  tls: 'implicit',
  tlsRequired: true,
  standing: 'recommended',
  iana: ['pop3s'],
  ianaAssignments: [
    ianaRow(995, 'pop3s', 'POP3 over TLS protocol', { sources: [ianaSource(995), rfcSource(8314, '7.1')] }),
    ianaRow(995, 'pop3s', 'pop3 protocol over TLS/SSL (was spop3)', { transport: 'udp' }),
  ],
  alsoKnownAs: ['spop3', 'SSL/TLS (in client settings)'],
  specs: [
    {
      rfc: 8314,
      section: '3.1',
      title: 'Implicit TLS for POP',
      says: 'On the "pop3s" service (port 995) the TLS handshake starts immediately, before any POP3 data.',
      source: rfcSource(8314, '3.1'),
    },
    {
      rfc: 8314,
      section: '7.1',
      title: 'IANA Considerations: pop3s',
      says: 'Updates the IANA registration of pop3s on TCP 995 to reference RFC 8314.',
      source: rfcSource(8314, '7.1'),
    },
    tlsMinimum,
  ],
  history: [
    discouraged1999,
    {
      date: '2018-01',
      event:
        'RFC 8314 reverses that: it recommends implicit TLS (§3) and updates the pop3s registration (§7.1).',
      sources: [RFC8314_3, rfcSource(8314, '7.1')],
    },
    { date: '2021-03', event: 'RFC 8997 makes TLS 1.2 the minimum.', sources: [RFC8997] },
  ],
  explanation:
    'Port 995 is POP3 with TLS from the first byte: the connection is encrypted before the server says ' +
    'anything, so the password is never exposed. The IETF discouraged this separate port in 1999 and ' +
    'endorsed it again in 2018 (RFC 8314); it is what a POP3 client should use today.',
  blocking: 'Outbound connections to 995 are rarely blocked.',
  notFor: [],
  sources: [RFC8314_3, rfcSource(8314, '7.1'), ianaSource(995)],
};

const port143: PortEntry = {
  port: 143,
  title: 'IMAP (STARTTLS upgrade)',
  protocol: 'imap',
  role: 'retrieval',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'supported',
  iana: ['imap'],
  ianaAssignments: [ianaRow(143, 'imap', 'Internet Message Access Protocol'), reservedUdp(143)],
  alsoKnownAs: ['IMAP4'],
  specs: [
    {
      rfc: 9051,
      title: 'IMAP Version 4rev2',
      says: 'The current IMAP specification; it obsoletes RFC 3501.',
      source: rfcSource(9051),
    },
    {
      rfc: 3501,
      section: '6.2.1',
      title: 'IMAP4rev1: STARTTLS Command',
      says: 'After STARTTLS the client must discard cached capabilities and ask again.',
      source: rfcSource(3501, '6.2.1'),
    },
    {
      rfc: 2595,
      section: '3.2',
      title: 'IMAP STARTTLS extension',
      says: 'LOGINDISABLED tells the client that LOGIN is refused until TLS is active.',
      source: rfcSource(2595, '3.2'),
    },
    {
      rfc: 2595,
      section: '2.3',
      title: 'Clear-Text Password Requirements',
      says:
        'Clients must not send a cleartext password before TLS unless configured to: STARTTLS comes ' +
        'before LOGIN (so does RFC 8314 §5.2).',
      source: rfcSource(2595, '2.3'),
    },
    {
      rfc: 8314,
      section: '4.1',
      title: 'Deprecation of Services Using Cleartext and TLS Versions Less Than 1.2',
      says: 'Deprecates cleartext mail access and TLS below 1.2 (the floor RFC 8997 raised from 1.1).',
      source: rfcSource(8314, '4.1'),
    },
    {
      rfc: 8314,
      section: '3.2',
      title: 'Implicit TLS for IMAP',
      says: 'On the "imaps" service (port 993) the TLS handshake starts immediately; RFC 8314 §3 recommends it.',
      source: rfcSource(8314, '3.2'),
    },
  ],
  history: [
    { date: '1996-12', event: 'RFC 2060 specifies IMAP4rev1.', sources: [rfcSource(2060)] },
    {
      date: '1999-06',
      event:
        'RFC 2595 adds STARTTLS and LOGINDISABLED to IMAP and discourages the separate imaps port (993).',
      sources: [rfcSource(2595, '3.1'), rfcSource(2595, '3.2'), RFC2595_7],
    },
    {
      date: '2003-03',
      event: 'RFC 3501 replaces RFC 2060 and folds STARTTLS into IMAP4rev1 itself.',
      sources: [rfcSource(3501)],
    },
    {
      date: '2018-01',
      event: 'RFC 8314 recommends implicit TLS on 993 over STARTTLS on 143.',
      sources: [RFC8314_3, rfcSource(8314, '3.2')],
    },
    {
      date: '2021-08',
      event: 'RFC 9051 (IMAP4rev2) obsoletes RFC 3501.',
      sources: [rfcSource(9051)],
    },
  ],
  explanation:
    'Port 143 is IMAP, the protocol that keeps your mail on the server and syncs folders and flags ' +
    'across devices. The session starts in plaintext and is upgraded with STARTTLS; a client must refuse ' +
    'to log in without it (a server that advertises LOGINDISABLED enforces this). Current standards ' +
    'prefer 993, where TLS starts immediately.',
  blocking: 'Outbound connections to 143 are rarely blocked.',
  notFor: [],
  sources: [rfcSource(3501, '6.2.1'), rfcSource(9051), ianaSource(143)],
};

const port993: PortEntry = {
  port: 993,
  title: 'IMAP over implicit TLS (imaps)',
  protocol: 'imap',
  role: 'retrieval',
  tls: 'implicit',
  tlsRequired: true,
  standing: 'recommended',
  iana: ['imaps'],
  ianaAssignments: [
    ianaRow(993, 'imaps', 'IMAP over TLS protocol', { sources: [ianaSource(993), rfcSource(8314, '7.2')] }),
    reservedUdp(993),
  ],
  alsoKnownAs: ['SSL/TLS (in client settings)'],
  specs: [
    {
      rfc: 8314,
      section: '3.2',
      title: 'Implicit TLS for IMAP',
      says: 'On the "imaps" service (port 993) the TLS handshake starts immediately, before any IMAP data.',
      source: rfcSource(8314, '3.2'),
    },
    {
      rfc: 8314,
      section: '7.2',
      title: 'IANA Considerations: imaps',
      says: 'Updates the IANA registration of imaps on TCP 993 to reference RFC 8314.',
      source: rfcSource(8314, '7.2'),
    },
    tlsMinimum,
  ],
  history: [
    discouraged1999,
    {
      date: '2018-01',
      event:
        'RFC 8314 reverses that: it recommends implicit TLS (§3) and updates the imaps registration (§7.2).',
      sources: [RFC8314_3, rfcSource(8314, '7.2')],
    },
    { date: '2021-03', event: 'RFC 8997 makes TLS 1.2 the minimum.', sources: [RFC8997] },
  ],
  explanation:
    'Port 993 is IMAP with TLS from the first byte: nothing, not even the server’s greeting, travels ' +
    'in plaintext. The IETF discouraged this separate port in 1999 and endorsed it again in 2018 ' +
    '(RFC 8314); it is what an IMAP client should use today.',
  blocking: 'Outbound connections to 993 are rarely blocked.',
  notFor: [],
  sources: [RFC8314_3, rfcSource(8314, '7.2'), ianaSource(993)],
};

/** POP3 and IMAP ports, plaintext-upgrade first, each followed by its implicit-TLS twin. */
export const MAILBOX_PORTS: readonly PortEntry[] = [port110, port995, port143, port993];

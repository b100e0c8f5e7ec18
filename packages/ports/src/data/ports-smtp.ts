import { ianaSource, rfcSource } from '../citations.js';
import type { PortEntry } from '../types.js';
import { ianaRow } from './_iana.js';
import { SOURCES } from './_sources.js';
import { NOT_FOR_RELAY } from './_wrong-roles.js';
import { port2525 } from './port-2525.js';

const RFC8314_3 = rfcSource(8314, '3');
const RFC8314_33 = rfcSource(8314, '3.3');
const RFC8314_73 = rfcSource(8314, '7.3');
/** RFC 5068 §4.1: access providers must not block the submission port; §4 takes no position on 25. */
const RFC5068_41 = rfcSource(5068, '4.1');
const RFC5068_4 = rfcSource(5068, '4');
const RFC6409 = rfcSource(6409);

/** Port 25: server-to-server relay. */
const port25: PortEntry = {
  port: 25,
  title: 'SMTP relay between mail servers (MX)',
  protocol: 'smtp',
  role: 'relay',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'recommended',
  iana: ['smtp'],
  ianaAssignments: [
    ianaRow(25, 'smtp', 'Simple Mail Transfer'),
    ianaRow(25, 'smtp', 'Simple Mail Transfer', { transport: 'udp' }),
  ],
  alsoKnownAs: ['MX port', 'SMTP port'],
  specs: [
    {
      rfc: 821,
      section: 'A',
      title: 'Simple Mail Transfer Protocol (1982, obsolete): TCP Transport service',
      says: 'SMTP "is assigned the service port 25 (31 octal)".',
      source: rfcSource(821, 'A'),
    },
    {
      rfc: 5321,
      title: 'Simple Mail Transfer Protocol',
      says: 'The current SMTP specification (obsoletes RFC 2821, which obsoleted RFC 821).',
      source: rfcSource(5321),
    },
    {
      rfc: 5321,
      section: '4.5.3.2',
      title: 'Timeouts',
      says:
        'A client should wait at least 5 minutes for the greeting and for the MAIL and RCPT replies, ' +
        '2 for the reply to DATA and 10 for the reply after the final ".".',
      source: rfcSource(5321, '4.5.3.2'),
    },
    {
      rfc: 3207,
      section: '4',
      title: 'SMTP Service Extension for Secure SMTP over TLS',
      says:
        'STARTTLS upgrades the plaintext session; a publicly referenced server must not require it, ' +
        'so TLS between MX servers is opportunistic.',
      source: rfcSource(3207, '4'),
    },
    {
      rfc: 3207,
      section: '4.2',
      title: 'Result of the STARTTLS Command',
      says: 'After TLS starts, the client must discard what it learned before and should send EHLO again.',
      source: rfcSource(3207, '4.2'),
    },
    {
      rfc: 5068,
      section: '4',
      title: 'Email Submission Operations: Access and Accountability Requirements (BCP 134)',
      says:
        'Takes no position on blocking outbound port 25 (§4); what it asks is that access providers do ' +
        'not block submission on 587 (§4.1).',
      source: RFC5068_4,
    },
  ],
  history: [
    {
      date: '1981-11',
      event:
        'RFC 788, by Jon Postel at USC’s Information Sciences Institute, is the first RFC named ' +
        '"Simple Mail Transfer Protocol"; its Appendix A already assigns port 25.',
      sources: [rfcSource(788), rfcSource(788, 'A')],
    },
    {
      date: '1982-08',
      event:
        'RFC 821, also by Jon Postel at USC/ISI, obsoletes RFC 788; its Appendix A assigns SMTP ' +
        '"the service port 25".',
      sources: [rfcSource(821, 'A')],
    },
    {
      date: '1993-02',
      event: 'RFC 1425 introduces service extensions and the EHLO command: ESMTP.',
      sources: [rfcSource(1425)],
    },
    {
      date: '1995-11',
      event:
        'RFC 1869 (obsoleting RFC 1651, which obsoleted RFC 1425) is the ESMTP framework as then deployed.',
      sources: [rfcSource(1869)],
    },
    {
      date: '1999-01',
      event:
        'RFC 2487 (Paul Hoffman) defines STARTTLS, so TLS runs on port 25 itself, not on a separate port.',
      sources: [rfcSource(2487)],
    },
    {
      date: '2001-04',
      event: 'RFC 2821 obsoletes RFC 821 (and RFC 1869, folding the extension mechanism in).',
      sources: [rfcSource(2821)],
    },
    {
      date: '2002-02',
      event: 'RFC 3207 replaces RFC 2487 as the STARTTLS specification.',
      sources: [rfcSource(3207)],
    },
    {
      date: '2007-11',
      event:
        'RFC 5068 (BCP 134) asks access providers not to block submission on 587 (§4.1); it takes no ' +
        'position on blocking outbound 25 (§4).',
      sources: [RFC5068_41, RFC5068_4],
    },
    {
      date: '2008-10',
      event: 'RFC 5321 obsoletes RFC 2821 and is the current SMTP specification.',
      sources: [rfcSource(5321)],
    },
    {
      date: '2015-10',
      event: 'RFC 7672 defines DANE for SMTP: TLSA records make port-25 TLS verifiable with DNSSEC.',
      sources: [rfcSource(7672)],
    },
    {
      date: '2018-09',
      event: 'RFC 8461 (MTA-STS) and RFC 8460 (TLS reporting) let domains require TLS on port 25.',
      sources: [rfcSource(8461), rfcSource(8460)],
    },
  ],
  explanation:
    'Port 25 is where mail servers hand messages to each other: when your provider delivers a message to ' +
    'another domain, it looks up that domain’s MX record and connects to port 25 there. MX records cannot ' +
    'name another port, so relay always happens on 25. Encryption is negotiated with STARTTLS and is ' +
    'opportunistic unless the receiving domain publishes MTA-STS or DANE. Mail programs and web sites ' +
    'should not send through 25: they submit on 465 or 587 with a password, and many networks block ' +
    'outbound 25 to stop spam from infected machines.',
  blocking:
    'Blocked or throttled outbound on most clouds (Google Cloud, AWS, Azure, DigitalOcean, Linode, ' +
    'Hetzner, Vultr, Oracle) and on many residential networks: the providers’ own policies (RFC 5068 ' +
    'takes no position on blocking 25).',
  notFor: [
    {
      role: 'submission',
      why: 'Mail clients submit on 465 or 587 with authentication; 25 is for relay and is often blocked outbound.',
      sources: [rfcSource(6409, '4.3'), RFC8314_33],
    },
  ],
  sources: [rfcSource(5321), rfcSource(3207, '4'), ianaSource(25), rfcSource(788, 'A')],
};

/** Port 587: submission with STARTTLS. */
const port587: PortEntry = {
  port: 587,
  title: 'Message submission (STARTTLS)',
  protocol: 'smtp',
  role: 'submission',
  tls: 'starttls',
  tlsRequired: false,
  standing: 'supported',
  iana: ['submission'],
  ianaAssignments: [
    ianaRow(587, 'submission', 'Message Submission'),
    ianaRow(587, 'submission', 'Message Submission', { transport: 'udp' }),
  ],
  alsoKnownAs: ['MSA port', 'TLS (in client settings)'],
  specs: [
    {
      rfc: 6409,
      title: 'Message Submission for Mail (STD 72)',
      says: 'Splits submission from relay: relay stays on 25, submission is "normally over port 587".',
      source: RFC6409,
    },
    {
      rfc: 6409,
      section: '4.3',
      title: 'Require Authentication',
      says:
        'The MSA must by default refuse MAIL (reply 530) until the session is authenticated, unless it ' +
        'is authorised some other way, such as a protected subnetwork.',
      source: rfcSource(6409, '4.3'),
    },
    {
      rfc: 8314,
      section: '3.3',
      title: 'Implicit TLS for SMTP Submission',
      says:
        'For a transition period of several years, clients and servers should implement both STARTTLS ' +
        'on 587 and implicit TLS on 465.',
      source: RFC8314_33,
    },
    {
      rfc: 3207,
      section: '4',
      title: 'The STARTTLS Keyword',
      says:
        'STARTTLS is the upgrade; a server may refuse AUTH and mail until it has run (RFC 3207 §4), and ' +
        'a client should not send credentials before TLS unless configured to (RFC 8314 §5.2).',
      source: rfcSource(3207, '4'),
    },
    {
      rfc: 8314,
      section: '4.1',
      title: 'Deprecation of Services Using Cleartext and TLS Versions Less Than 1.2',
      says:
        'Deprecates cleartext submission and TLS below 1.2 (the title and floor as updated by RFC 8997, ' +
        'which raised it from 1.1).',
      source: rfcSource(8314, '4.1'),
    },
    {
      rfc: 5068,
      section: '4.1',
      title: 'Email Submission Operations (BCP 134)',
      says: 'Access providers must not block users from reaching the submission port 587.',
      source: RFC5068_41,
    },
  ],
  history: [
    {
      date: '1998-12',
      event:
        'RFC 2476 (R. Gellens and J. Klensin) splits message submission from relay and assigns port 587.',
      sources: [rfcSource(2476)],
    },
    {
      date: '2006-04',
      event: 'RFC 4409 replaces RFC 2476.',
      sources: [rfcSource(4409)],
    },
    {
      date: '2011-11',
      event: 'RFC 6409 replaces RFC 4409 and becomes Internet Standard 72.',
      sources: [RFC6409],
    },
    {
      date: '2018-01',
      event:
        'RFC 8314 recommends implicit TLS for submission (465) and keeps 587 with STARTTLS for the transition.',
      sources: [RFC8314_3, RFC8314_33],
    },
  ],
  explanation:
    'Port 587 is the submission port: your mail program or web site logs in here to hand over a new ' +
    'message, and your provider delivers it onwards. The connection starts in plaintext and is upgraded ' +
    'with STARTTLS, so a client must insist on the upgrade: if it accepts a server that does not offer ' +
    'STARTTLS, an attacker on the path can strip it. Current standards (RFC 8314) prefer 465, where TLS ' +
    'starts immediately; 587 remains widely supported and networks are told not to block it.',
  blocking:
    'Rarely blocked: RFC 5068 §4.1 tells access providers not to block it. Linode restricts it for new ' +
    'accounts until lifted; a few hosts block it too.',
  notFor: [NOT_FOR_RELAY],
  sources: [RFC6409, RFC8314_33, ianaSource(587), RFC5068_41],
};

/** Port 465: submission over implicit TLS. */
const port465: PortEntry = {
  port: 465,
  title: 'Message submission over implicit TLS (submissions)',
  protocol: 'smtp',
  role: 'submission',
  tls: 'implicit',
  tlsRequired: true,
  standing: 'recommended',
  iana: ['urd', 'submissions'],
  ianaAssignments: [
    ianaRow(465, 'urd', 'URL Rendezvous Directory for SSM', { mailRelated: false }),
    ianaRow(465, 'submissions', 'Message Submission over TLS protocol', {
      registered: '2017-12-12',
      sources: [ianaSource(465), RFC8314_73],
    }),
    ianaRow(465, 'igmpv3lite', 'IGMP over UDP for SSM', { transport: 'udp', mailRelated: false }),
    ianaRow(465, 'smtps', 'SMTP over SSL (registered briefly, then revoked; no longer listed)', {
      status: 'revoked',
      sources: [RFC8314_73],
    }),
  ],
  alsoKnownAs: ['smtps', 'SSL/TLS (in client settings)'],
  specs: [
    {
      rfc: 8314,
      section: '3',
      title: 'Implicit TLS',
      says: 'Recommends implicit TLS for POP, IMAP and SMTP submission over STARTTLS.',
      source: RFC8314_3,
    },
    {
      rfc: 8314,
      section: '3.3',
      title: 'Implicit TLS for SMTP Submission',
      says:
        'On the "submissions" service (default port 465) the TLS handshake starts immediately; during ' +
        'the transition clients and servers should offer both 465 and STARTTLS on 587.',
      source: RFC8314_33,
    },
    {
      rfc: 8314,
      section: '7.3',
      title: 'IANA Considerations: submissions',
      says:
        'Registers "submissions" on TCP 465 as a one-time exception, and tells why: "smtps" was briefly ' +
        'registered, made no sense because MX cannot name a port, was revoked and reassigned, yet ' +
        'widely deployed software kept using 465 for submission.',
      source: RFC8314_73,
    },
  ],
  history: [
    {
      date: '1997',
      event: 'IANA registers "smtps" (SMTP over SSL) on 465; no RFC defines it.',
      sources: [RFC8314_73, SOURCES.smtpsHistory],
      unverified:
        'The year comes from secondary accounts; RFC 8314 §7.3 says only that the registration was ' +
        'brief, and the registry no longer shows revoked rows.',
    },
    {
      date: '1998',
      event:
        'The smtps registration is revoked (RFC 8314 §7.3: it "made no sense" since MX records ' +
        'cannot name a port) and 465 is later reassigned to "urd" (URL Rendezvous Directory for SSM).',
      sources: [RFC8314_73, SOURCES.smtpsHistory, ianaSource(465)],
      unverified: 'The year of the revocation comes from secondary accounts; RFC 8314 gives no date.',
    },
    {
      date: '1999-01',
      event: 'RFC 2487 standardises STARTTLS on the SMTP port itself, the route the IETF took instead.',
      sources: [rfcSource(2487)],
    },
    {
      date: '1999-06',
      event:
        'RFC 2595 §7 discourages separate TLS ports for IMAP and POP3 (imaps, pop3s) in favour of ' +
        'STARTTLS and STLS.',
      sources: [rfcSource(2595, '7')],
    },
    {
      date: '2017-12-12',
      event:
        'IANA records "submissions" on TCP 465 (the registry’s registration date), assigned to the ' +
        'IESG alongside "urd".',
      sources: [ianaSource(465), RFC8314_73],
    },
    {
      date: '2018-01',
      event:
        'RFC 8314 publishes it: 465 is "submissions", implicit TLS, and implicit TLS is the recommended ' +
        'way to submit.',
      sources: [RFC8314_73, RFC8314_3],
    },
  ],
  explanation:
    'Port 465 is submission with TLS from the first byte: your mail program opens an encrypted ' +
    'connection, then logs in and hands over the message. Nothing travels in plaintext, so there is no ' +
    'STARTTLS step for an attacker to strip. It had a confused past (registered as "smtps" in the ' +
    '1990s, revoked, given to another service) but since RFC 8314 (2018) it is the official ' +
    '"submissions" port and the one current standards recommend. MX relay never uses it (an MX record ' +
    'cannot name a port), but relaying through a smarthost on 465 with a login is common.',
  blocking:
    'Usually open. Linode restricts it for new accounts and Hetzner blocks it on cloud servers until ' +
    'lifted.',
  notFor: [NOT_FOR_RELAY],
  sources: [RFC8314_33, RFC8314_73, ianaSource(465)],
};

/** The four SMTP ports people ask about, in the order a reader expects them. */
export const SMTP_PORTS: readonly PortEntry[] = [port25, port465, port587, port2525];

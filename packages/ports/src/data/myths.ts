import { ianaSource, rfcSource } from '../citations.js';
import type { Myth } from '../types.js';
import { SOURCES } from './_sources.js';

/** RFC 8314 §7.3's wording about the old smtps registration has a reported erratum. */
const RFC8314_ERRATUM_5326 = {
  label: 'RFC Errata ID 5326 (RFC 8314 §7.3)',
  url: 'https://www.rfc-editor.org/errata/eid5326',
};

/**
 * Claims from a widely copied "Default SMTP Port" article, checked against the RFCs and the IANA
 * registry. Quotes are verbatim.
 */
export const MYTHS: readonly Myth[] = [
  {
    id: '465-smtps-not-ssl-performed-badly',
    quote:
      'Port 465 was initially created for SMTPS and not SSL, but the function didn’t perform well, and for ' +
      'that reason, the port was reassigned to a different function.',
    verdict: 'wrong',
    correction:
      'SMTPS is SMTP over SSL, so there is no contrast. Nothing "performed badly": RFC 8314 §7.3 says the ' +
      'brief "smtps" registration made no sense because MX records cannot name a port, so it was revoked, ' +
      'and 465 went to an unrelated service, "urd"; the IETF standardised STARTTLS on the existing port ' +
      'instead (RFC 2487, 1999). Since RFC 8314 (2018) 465 is registered again, as "submissions": ' +
      'submission over implicit TLS.',
    ports: [465],
    sources: [rfcSource(8314, '7.3'), rfcSource(2487), ianaSource(465)],
  },
  {
    id: 'smtp-no-longer-supports-465',
    quote:
      'SMTP does not support port 465 anymore, and as its alternative, ports 587 and 2525 do a great job. ' +
      'But if these two do not work, then go with port 465.',
    verdict: 'outdated',
    correction:
      'Outdated since January 2018: 465 is the IANA "submissions" port, RFC 8314 §3 recommends implicit ' +
      'TLS for submission, and §3.3 keeps STARTTLS on 587 alongside it during the transition. The order ' +
      'is 465, then 587; 2525 is a non-standard last resort. Only MX relay does not use 465.',
    ports: [465, 587, 2525],
    sources: [rfcSource(8314, '3'), rfcSource(8314, '3.3'), rfcSource(8314, '7.3')],
  },
  {
    id: '587-is-the-default',
    quote:
      'Port number 587 is the default port for SMTP submission, but you can also use other ports for SMTP ' +
      'submission.',
    verdict: 'outdated',
    correction:
      'True from 1998 to 2018. Today RFC 8314 recommends implicit TLS on 465 (§3) and keeps STARTTLS on ' +
      '587 for the transition (§3.3). Either way the server requires authentication (RFC 6409 §4.3), and ' +
      'networks are told not to block 587 (RFC 5068 §4.1).',
    ports: [587, 465],
    sources: [rfcSource(8314, '3'), rfcSource(8314, '3.3'), rfcSource(6409, '4.3'), rfcSource(5068, '4.1')],
  },
  {
    id: '2525-unofficial-alternative',
    quote:
      'Port 2525 is not official or something that IETF recognizes. Still, it is an alternative port for ' +
      '587 for submission.',
    verdict: 'incomplete',
    correction:
      'True, but IANA assigns 2525 to an unrelated service (ms-v-worlds, "MS V-Worlds"), the TLS mode on ' +
      '2525 depends on the sending service, Amazon SES and Resend use 2587 and 2465 instead, and some ' +
      'hosts block 2525 too. The services that offer it are email-sending services such as SendGrid, not ' +
      'cloud providers.',
    ports: [2525, 2587, 2465],
    sources: [ianaSource(2525), SOURCES.sendgridSmtp, SOURCES.sesSmtp, SOURCES.mmitechBlocks],
  },
  {
    id: '2525-not-blocked',
    quote: 'People use this port because most hosting providers do not reject or block 2525’s connection.',
    verdict: 'incomplete',
    correction:
      'Most clouds leave 2525 open, but they leave 587 open too (Google Cloud, DigitalOcean, Azure, ' +
      'Hetzner); the port they block is 25. RFC 5068 §4.1 protects 587, not 2525, and some hosts block 2525 ' +
      'along with the mail ports. Try 465 and 587 first.',
    ports: [2525, 587, 25],
    sources: [rfcSource(5068, '4.1'), SOURCES.mmitechBlocks, SOURCES.gcpSendingMail],
  },
  {
    id: '587-secure-whenever-you-want',
    quote:
      'But port 587 supports TLS, which means you can submit emails and secure the transmission whenever ' +
      'you want.',
    verdict: 'wrong',
    correction:
      'STARTTLS on 587 is negotiated in plaintext: an attacker on the path can delete "250 STARTTLS" so a ' +
      'lenient client carries on unencrypted (RFC 3207 §6), and STARTTLS implementations have had ' +
      'injection bugs. It is as safe as 465 only when both sides require TLS before any mail or password ' +
      '(RFC 8314 §3.3); not "whenever you want". Better, use implicit TLS on 465 (RFC 8314 §3).',
    ports: [587],
    sources: [rfcSource(3207, '6'), rfcSource(8314, '3'), rfcSource(8314, '3.3'), SOURCES.noStarttls],
  },
  {
    id: '1982-usc-default-port-25',
    quote:
      'In 1982, the default transmission channel for sending emails was port 25, which the University of ' +
      'Southern California released by requesting the service from the Internet Engineering Task Force (IETF).',
    verdict: 'wrong',
    correction:
      'SMTP was first published as RFC 788 in November 1981; RFC 821 (August 1982), whose Appendix A ' +
      'assigns port 25, was written by Jon Postel at USC’s Information Sciences Institute and published ' +
      'as an RFC. Nobody requested it from the IETF: the IETF first met in January 1986. 25 is the ' +
      'assigned relay port, not a "default", and RFC 821 is obsolete: SMTP is RFC 5321.',
    ports: [25],
    sources: [rfcSource(788), rfcSource(821, 'A'), rfcSource(5321), SOURCES.taoOfIetf],
  },
  {
    id: '1998-gellens-klensin-587',
    quote:
      'In 1998, another request was made by R. Gellens and J. Klensin that said they wanted to add new ' +
      'specifications to the email communications.',
    verdict: 'right',
    correction:
      'Correct: RFC 2476 (December 1998, Gellens and Klensin) split submission from relay and assigned 587. ' +
      'It was replaced by RFC 4409 (2006) and RFC 6409 (2011, STD 72), which RFC 8314 updates. (The ' +
      'article’s "30 years later" is off: 1998 is 16 years after 1982.)',
    ports: [587],
    sources: [rfcSource(2476), rfcSource(4409), rfcSource(6409), rfcSource(8314)],
  },
  {
    id: 'pop-imap-ports',
    quote:
      'In POP, the default ports are TCP ports that include 110 and 995. In IMAP, the default ports are 143 ' +
      'and 993. Both of them are TCP ports that process insecure as well as secure sessions.',
    verdict: 'incomplete',
    correction:
      'The numbers are right, but 993 and 995 are TLS from the first byte while 110 and 143 start in ' +
      'plaintext and upgrade with STLS/STARTTLS. The IETF discouraged 993/995 in 1999 (RFC 2595 §7) and ' +
      'endorsed them again in 2018 (RFC 8314 §7.1, §7.2). IMAP is now IMAP4rev2 (RFC 9051), and TLS 1.2 is ' +
      'the minimum (RFC 8997).',
    ports: [110, 995, 143, 993],
    sources: [
      rfcSource(2595, '7'),
      rfcSource(8314, '7.1'),
      rfcSource(8314, '7.2'),
      rfcSource(9051),
      rfcSource(8997),
    ],
  },
  {
    id: '465-ssl-587-tls',
    quote: 'Port 587 supports TLS submissions for a secure connection.',
    verdict: 'incomplete',
    correction:
      'The article implies "465 = SSL, 587 = TLS". Both use modern TLS (1.2 or later); the difference is ' +
      'when it starts: immediately on 465 (implicit TLS), after a plaintext STARTTLS exchange on 587.',
    ports: [465, 587],
    sources: [rfcSource(8314, '3'), rfcSource(8314, '3.3'), rfcSource(8997)],
  },
  {
    id: 'four-smtp-ports',
    quote: 'There are four SMTP ports including:',
    verdict: 'incomplete',
    correction:
      'The standards define three, each with its own job: 25 for relay, 587 and 465 for submission. 2525 ' +
      'is a vendor convention; SES adds 2587 and 2465, and LMTP commonly uses 24 inside a site.',
    ports: [25, 587, 465, 2525],
    sources: [rfcSource(5321), rfcSource(6409), rfcSource(8314, '7.3'), ianaSource(2525)],
  },
  {
    id: '25-within-a-mail-server',
    quote:
      'For instance, port 25 transfers messages from one place to another within a mail server, but ' +
      'sometimes this port is blocked by ISPs and cloud providers like Google Cloud.',
    verdict: 'wrong',
    correction:
      'Port 25 carries mail between mail servers (to the MX hosts of the recipient’s domain), not within ' +
      'one. The blocking part is right: Google Cloud blocks outbound 25, as many ISPs do by their own ' +
      'policy (RFC 5068 takes no position on blocking 25, §4).',
    ports: [25],
    sources: [rfcSource(5321), rfcSource(5068, '4'), SOURCES.gcpSendingMail],
  },
  {
    id: '25-useful-for-submission',
    quote:
      'Because this port is associated with spam emails sent from a vulnerable or compromised system, it ' +
      'may be useful in SMTP submission.',
    verdict: 'wrong',
    correction:
      'Port 25 is for relay between servers; mail programs and web sites submit on 465 or 587 with ' +
      'authentication (RFC 6409, RFC 8314). Outbound 25 is blocked on most clouds for exactly that spam reason.',
    ports: [25],
    sources: [rfcSource(6409), rfcSource(8314, '3.3'), SOURCES.gcpSendingMail],
  },
  {
    id: 'imap-pop3-upload-mail',
    quote:
      'Sometimes email clients use IMAP or POP3 protocols to upload the emails to their servers, but that is ' +
      'another context.',
    verdict: 'wrong',
    correction:
      'IMAP and POP3 read mail; sending always goes through SMTP submission. RFC 9051 says so itself: ' +
      'IMAP "does not specify a means of posting mail", RFC 6409 does. IMAP APPEND only stores a copy ' +
      '(for example in Sent); it does not send anything.',
    ports: [143, 993, 110, 995],
    sources: [rfcSource(9051), rfcSource(1939), rfcSource(6409)],
  },
  {
    id: 'ports-reflect-state',
    quote:
      'These ports can reflect the state of the email back to the server, no matter if it was marked as ' +
      'spam, read, or flagged.',
    verdict: 'incomplete',
    correction:
      'That is IMAP (143/993), which keeps mail and its flags on the server. POP3 (110/995) downloads ' +
      'messages and has no flags or folders.',
    ports: [143, 993, 110, 995],
    sources: [rfcSource(9051), rfcSource(1939)],
  },
  {
    id: 'ports-invented-because-25-blocked',
    quote:
      'That’s why when you attempt to connect an SMTP server to port 25, it will encounter problems because ' +
      'many services do not allow this port. That’s why various ports were invented.',
    verdict: 'wrong',
    correction:
      'Port 587 was not invented to dodge blocking: RFC 2476 (1998) split message submission from relay ' +
      'so each could follow its own rules, such as requiring authentication for submission. Blocking ' +
      'outbound 25 came as ISPs fought spam; RFC 5068 (BCP 134) takes no position on that (§4) but asks ' +
      'them never to block 587 (§4.1). 465 has its own history (RFC 8314 §7.3, see erratum 5326 on its ' +
      'wording), and 2525 is a vendor convention.',
    ports: [25, 587, 465, 2525],
    sources: [
      rfcSource(2476),
      rfcSource(6409),
      rfcSource(5068, '4'),
      rfcSource(5068, '4.1'),
      rfcSource(8314, '7.3'),
      RFC8314_ERRATUM_5326,
    ],
  },
  {
    id: 'pop-imap-oldest',
    quote:
      'Both POP and IMAP are the oldest protocols created on the internet for email services such as ' +
      'Outlook, Thunderbird, etc., that help in retrieving emails from the server.',
    verdict: 'wrong',
    correction:
      'Neither is the oldest mail protocol: SMTP was published in November 1981 (RFC 788), POP came ' +
      'later (RFC 918, replaced by RFC 937 in February 1985), and IMAP later still (1986). Today’s ' +
      'versions are POP3 (RFC 1939, 1996) and IMAP4rev2 (RFC 9051, 2021).',
    ports: [110, 995, 143, 993],
    sources: [rfcSource(788), rfcSource(937), SOURCES.ietfJournal100, rfcSource(1939), rfcSource(9051)],
  },
];

import { rfcSource } from '../citations.js';
import type { CapabilityEntry, Source } from '../types.js';

const IANA_SMTP_EXTENSIONS: Source = {
  label: 'IANA SMTP Service Extensions registry',
  url: 'https://www.iana.org/assignments/mail-parameters/mail-parameters.xhtml',
};

function extension(
  keyword: string,
  rfc: number | null,
  meaning: string,
  extra: { matters?: string; section?: string; sources?: readonly Source[] } = {},
): CapabilityEntry {
  const own = rfc === null ? [] : [rfcSource(rfc, extra.section)];
  return {
    protocol: 'smtp',
    keyword,
    match: 'exact',
    rfc,
    meaning,
    ...(extra.matters === undefined ? {} : { matters: extra.matters }),
    sources: [...own, ...(extra.sources ?? [IANA_SMTP_EXTENSIONS])],
  };
}

/**
 * SMTP service extensions: the keywords a server lists in its EHLO reply (RFC 5321 §4.1.1.1),
 * registered in the IANA SMTP Service Extensions registry.
 */
export const SMTP_EXTENSIONS: readonly CapabilityEntry[] = [
  extension('STARTTLS', 3207, 'The server can upgrade this session to TLS (originally RFC 2487).', {
    matters:
      'On 25 and 587 the only way to encrypt. After the upgrade the client must forget the earlier ' +
      'EHLO reply and ask again (RFC 3207 §4.2); bytes that arrive before the handshake are an injection.',
  }),
  extension('AUTH', 4954, 'Lists the SASL mechanisms the server accepts for AUTH (originally RFC 2554).', {
    section: '4',
    matters:
      'Offered before TLS it invites clients to send passwords in plaintext; a server must be able to ' +
      'refuse plaintext password mechanisms until STARTTLS has been negotiated (RFC 4954 §4).',
  }),
  extension('SIZE', 1870, 'Declares the largest message the server accepts, in bytes; SIZE= on MAIL FROM.'),
  extension('PIPELINING', 2920, 'The client may send several commands without waiting for each reply.'),
  extension('8BITMIME', 6152, 'Accepts 8-bit message bodies (originally RFC 1652).'),
  extension('SMTPUTF8', 6531, 'Accepts UTF-8 in addresses and headers (internationalised email).'),
  extension('CHUNKING', 3030, 'Accepts the message in BDAT chunks instead of DATA with dot-stuffing.'),
  extension('BINARYMIME', 3030, 'Accepts binary MIME bodies; only usable together with CHUNKING.'),
  extension('DSN', 3461, 'Supports delivery status notification requests (NOTIFY=, RET=, ENVID=, ORCPT=).'),
  extension(
    'ENHANCEDSTATUSCODES',
    2034,
    'Replies carry enhanced status codes such as 5.7.0, which say more precisely what went wrong.',
  ),
  extension('ETRN', 1985, 'A client may ask the server to start delivering mail queued for a domain.'),
  extension('DELIVERBY', 2852, 'A sender may ask that a message be delivered within a time limit.'),
  extension('BURL', 4468, 'Submission can fetch message content from an IMAP URL (used with URLAUTH).'),
  extension('MT-PRIORITY', 6710, 'Messages may carry a transfer priority.'),
  extension('REQUIRETLS', 8689, 'A sender may require TLS on every hop of this message.', {
    matters: 'Only meaningful when advertised after STARTTLS.',
  }),
  extension(
    'LIMITS',
    9422,
    'Announces limits such as recipients per transaction and transactions per session.',
  ),
  extension('VRFY', 5321, 'The server answers VRFY (verify a mailbox name).', {
    section: '3.5',
    matters: 'Answering VRFY truthfully lets anyone enumerate mailboxes; many servers disable it.',
    sources: [],
  }),
  extension('EXPN', 5321, 'The server answers EXPN (expand a mailing list).', {
    section: '3.5',
    matters: 'Exposes list membership; usually disabled.',
    sources: [],
  }),
  extension('HELP', 5321, 'The server answers HELP.', { section: '4.1.1.8', sources: [] }),
  extension('PRDR', null, 'Per-recipient data responses after DATA (Internet-Draft; Exim, Postfix).', {
    sources: [
      {
        label: 'draft-hall-prdr: SMTP Per-Recipient Data Responses',
        url: 'https://datatracker.ietf.org/doc/html/draft-hall-prdr-00',
      },
    ],
  }),
  extension(
    'XCLIENT',
    null,
    'Postfix extension letting a trusted proxy pass the original client’s details.',
    {
      matters: 'If offered to untrusted clients, they can spoof their address; a probe should flag it.',
      sources: [{ label: 'Postfix XCLIENT README', url: 'https://www.postfix.org/XCLIENT_README.html' }],
    },
  ),
  extension('XFORWARD', null, 'Postfix extension letting a trusted content filter forward client details.', {
    sources: [{ label: 'Postfix XFORWARD README', url: 'https://www.postfix.org/XFORWARD_README.html' }],
  }),
];

import { rfcSource } from '../citations.js';
import type { CapabilityEntry, Source } from '../types.js';

const IANA_IMAP_CAPABILITIES: Source = {
  label: 'IANA IMAP Capabilities registry',
  url: 'https://www.iana.org/assignments/imap-capabilities/imap-capabilities.xhtml',
};
const IANA_POP3_CAPABILITIES: Source = {
  label: 'IANA POP3 Extension Mechanism registry',
  url: 'https://www.iana.org/assignments/pop3-extension-mechanism/pop3-extension-mechanism.xhtml',
};

interface Spec {
  readonly rfc: number | null;
  readonly section?: string;
  readonly prefix?: boolean;
  readonly matters?: string;
  readonly sources?: readonly Source[];
}

function imap(keyword: string, meaning: string, spec: Spec): CapabilityEntry {
  return entry('imap', keyword, meaning, spec, IANA_IMAP_CAPABILITIES);
}

function pop3(keyword: string, meaning: string, spec: Spec): CapabilityEntry {
  return entry('pop3', keyword, meaning, spec, IANA_POP3_CAPABILITIES);
}

function entry(
  protocol: 'imap' | 'pop3',
  keyword: string,
  meaning: string,
  spec: Spec,
  registry: Source,
): CapabilityEntry {
  const own = spec.rfc === null ? [] : [rfcSource(spec.rfc, spec.section)];
  return {
    protocol,
    keyword,
    match: spec.prefix === true ? 'prefix' : 'exact',
    rfc: spec.rfc,
    meaning,
    ...(spec.matters === undefined ? {} : { matters: spec.matters }),
    sources: [...own, ...(spec.sources ?? [registry])],
  };
}

/** IMAP CAPABILITY atoms that matter to a prober or a client choosing settings. */
export const IMAP_CAPABILITIES: readonly CapabilityEntry[] = [
  imap('IMAP4rev1', 'The server speaks IMAP4rev1.', { rfc: 3501 }),
  imap('IMAP4rev2', 'The server speaks IMAP4rev2, the current IMAP (obsoletes RFC 3501).', { rfc: 9051 }),
  imap('STARTTLS', 'The server can upgrade this plaintext session to TLS.', {
    rfc: 3501,
    section: '6.2.1',
    matters: 'After the upgrade the client must discard cached capabilities and ask again.',
  }),
  imap('LOGINDISABLED', 'The LOGIN command is refused on this connection (until TLS is active).', {
    rfc: 2595,
    section: '3.2',
    matters:
      'The client must not send LOGIN; on port 143 before STARTTLS it shows the server enforces TLS ' +
      'for passwords.',
  }),
  imap('AUTH=', 'A SASL mechanism the AUTHENTICATE command accepts, e.g. AUTH=PLAIN.', {
    rfc: 3501,
    section: '6.2.2',
    prefix: true,
    matters:
      'AUTH=PLAIN offered before TLS invites a readable password; servers must be able to refuse ' +
      'plaintext password mechanisms until TLS is active (RFC 9051 §6.2.2, RFC 2595 §2.3).',
    sources: [rfcSource(9051, '6.2.2'), rfcSource(2595, '2.3'), IANA_IMAP_CAPABILITIES],
  }),
  imap('SASL-IR', 'AUTHENTICATE may carry the initial SASL response, saving a round trip.', { rfc: 4959 }),
  imap('IDLE', 'The server pushes new-mail notifications while the client waits.', { rfc: 2177 }),
  imap('ID', 'Client and server may exchange software names and versions.', {
    rfc: 2971,
    matters: 'Servers often reveal their software and version here.',
  }),
  imap('NAMESPACE', 'The server describes its personal, shared and other-user folder prefixes.', {
    rfc: 2342,
  }),
  imap('ENABLE', 'The client may turn on extensions that change server behaviour.', { rfc: 5161 }),
  imap('UIDPLUS', 'APPEND and COPY report the UIDs of the new messages.', { rfc: 4315 }),
  imap('MOVE', 'Messages can be moved atomically between folders.', { rfc: 6851 }),
  imap('CONDSTORE', 'Per-message modification sequences for fast resynchronisation.', { rfc: 7162 }),
  imap('QRESYNC', 'Quick resynchronisation after reconnecting, including expunged messages.', { rfc: 7162 }),
  imap('LITERAL+', 'Non-synchronising literals: the client need not wait before sending literal data.', {
    rfc: 7888,
  }),
  imap('LITERAL-', 'Non-synchronising literals limited to 4096 bytes.', { rfc: 7888 }),
  imap('UNSELECT', 'Leaves a folder without expunging deleted messages.', { rfc: 3691 }),
  imap('SPECIAL-USE', 'Folders are marked with their role (\\Sent, \\Drafts, \\Trash, …).', { rfc: 6154 }),
  imap('COMPRESS=DEFLATE', 'The session can be compressed with DEFLATE.', {
    rfc: 4978,
    matters: 'Compression inside TLS can leak secrets to an attacker who injects chosen text.',
  }),
  imap('UTF8=ACCEPT', 'The server accepts UTF-8 in mailbox names and headers.', { rfc: 6855 }),
  imap('QUOTA', 'Quota usage and limits can be queried.', { rfc: 9208 }),
  imap('APPENDLIMIT', 'Declares the largest message APPEND accepts.', { rfc: 7889 }),
  imap('CHILDREN', 'LIST marks folders that have or lack subfolders.', { rfc: 3348 }),
  imap('ESEARCH', 'SEARCH can return compact results (MIN, MAX, COUNT, ALL).', { rfc: 4731 }),
  imap('SORT', 'The server sorts messages on request.', { rfc: 5256 }),
  imap('THREAD=', 'The server threads messages with the named algorithm, e.g. THREAD=REFERENCES.', {
    rfc: 5256,
    prefix: true,
  }),
  imap('X-GM-EXT-1', 'Gmail extensions (labels, message and thread ids). Non-standard.', {
    rfc: null,
    sources: [
      {
        label: 'Gmail IMAP Extensions',
        url: 'https://developers.google.com/workspace/gmail/imap/imap-extensions',
      },
    ],
  }),
];

/** POP3 CAPA tags (RFC 2449 and later), plus APOP, which a server signals in its greeting instead. */
export const POP3_CAPABILITIES: readonly CapabilityEntry[] = [
  pop3('STLS', 'The server can upgrade this plaintext session to TLS.', {
    rfc: 2595,
    section: '4',
    matters: 'Without it on port 110, USER/PASS travel readable.',
  }),
  pop3('USER', 'USER/PASS login with a plaintext password is available.', {
    rfc: 2449,
    section: '6',
    matters:
      'Advertised before STLS it invites a readable password; RFC 2595 §2.3 requires servers to be able ' +
      'to refuse clear-text logins until TLS is active.',
    sources: [rfcSource(2595, '2.3'), IANA_POP3_CAPABILITIES],
  }),
  pop3('SASL', 'Lists the SASL mechanisms the AUTH command accepts, e.g. "SASL PLAIN SCRAM-SHA-256".', {
    rfc: 2449,
    section: '6',
    matters: 'PLAIN or LOGIN offered before STLS invites a readable password.',
  }),
  pop3('TOP', 'TOP retrieves the headers and first lines of a message.', { rfc: 2449, section: '6' }),
  pop3('UIDL', 'Messages have unique ids that persist across sessions.', { rfc: 2449, section: '6' }),
  pop3('PIPELINING', 'The client may send several commands without waiting for each reply.', {
    rfc: 2449,
    section: '6',
  }),
  pop3('RESP-CODES', 'Error replies carry bracketed response codes such as [IN-USE].', {
    rfc: 2449,
    section: '6',
  }),
  pop3('AUTH-RESP-CODE', 'Adds the [AUTH] response code for failures caused by credentials.', { rfc: 3206 }),
  pop3('LOGIN-DELAY', 'The minimum number of seconds between logins.', { rfc: 2449, section: '6' }),
  pop3('EXPIRE', 'How long the server keeps messages after they are retrieved (NEVER, days).', {
    rfc: 2449,
    section: '6',
  }),
  pop3('IMPLEMENTATION', 'Free-text name of the server software.', {
    rfc: 2449,
    section: '6',
    matters: 'Often reveals the software and version.',
  }),
  pop3('UTF8', 'The server accepts UTF-8 user names and can send UTF-8 messages.', { rfc: 6856 }),
  pop3('APOP', 'Not a CAPA tag: a <timestamp> in the greeting offers APOP, an MD5 digest login.', {
    rfc: 1939,
    section: '7',
    matters:
      'APOP avoids sending the password but uses MD5 over a shared secret, which the server must store ' +
      'readable; it is not a substitute for TLS.',
  }),
];

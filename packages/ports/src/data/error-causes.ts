import { rfcSource } from '../citations.js';
import type { ErrorCause, ErrorCauseId } from '../client-errors/types.js';

const RFC8314_33 = rfcSource(8314, '3.3');
const RFC5321_SERVER_GREETING = rfcSource(5321, '4.5.3.2.1');
const RFC6125 = rfcSource(6125, '6.4');
const RFC5280_VALIDITY = rfcSource(5280, '4.1.2.5');
const RFC3207_4 = rfcSource(3207, '4');
const RFC4954_6 = rfcSource(4954, '6');
const NODEMAILER_SMTP = {
  label: 'Nodemailer: SMTP transport (secure, requireTLS, tls, timeouts)',
  url: 'https://nodemailer.com/smtp/',
};
const IMAPFLOW_OPTIONS = {
  label: 'ImapFlow: constructor options (secure, doSTARTTLS, servername, timeouts)',
  url: 'https://imapflow.com/module-imapflow-ImapFlow.html',
};
const NODE_TLS = {
  label: 'Node.js: tls.connect() options',
  url: 'https://nodejs.org/api/tls.html#tlsconnectoptions-callback',
};
const PHPMAILER_TROUBLESHOOTING = {
  label: 'PHPMailer wiki: Troubleshooting ("SMTPS on port 587 or SMTP_STARTTLS on port 465 will not work")',
  url: 'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
};
const SMTPLIB = { label: 'Python docs: smtplib', url: 'https://docs.python.org/3/library/smtplib.html' };

/**
 * The causes an error message of a mail client can have, each with the fix in the client's own option
 * names. Keyed by id; `explain` and the troubleshooting pages read them from here.
 */
export const ERROR_CAUSES: Readonly<Record<ErrorCauseId, ErrorCause>> = {
  'plaintext-to-implicit-tls-port': {
    id: 'plaintext-to-implicit-tls-port',
    family: 'tls-mode',
    title: 'The port speaks implicit TLS, and the client waited for a plaintext greeting',
    explanation:
      'On an implicit-TLS port (465, 993, 995) the server says nothing until the client starts a TLS handshake. A client set for plaintext or STARTTLS waits for a greeting that never comes, until its greeting timeout ends the wait.',
    observedAs: 'no plaintext greeting, but a TLS handshake on the same port succeeds',
    fixes: {
      nodemailer: 'secure: true (nodemailer sets it by itself only for port 465)',
      imapflow: 'secure: true',
      node: 'tls.connect({ host, port, servername }) instead of net.connect',
      openssl: 'openssl s_client -connect host:port -servername host (without -starttls)',
      thunderbird: 'Connection security: SSL/TLS',
      outlook: 'Use the following type of encrypted connection: SSL/TLS',
      phpmailer: '$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;',
      smtplib: 'smtplib.SMTP_SSL(host, port) instead of smtplib.SMTP',
      any: 'turn on implicit TLS ("SSL/TLS") for this port',
    },
    sources: [RFC8314_33, NODEMAILER_SMTP, IMAPFLOW_OPTIONS, PHPMAILER_TROUBLESHOOTING],
  },
  'tls-to-plaintext-port': {
    id: 'tls-to-plaintext-port',
    family: 'tls-mode',
    title: 'The port greets in plaintext (STARTTLS), and the client started TLS at once',
    explanation:
      'On 587, 25, 143 and 110 the server greets in plaintext and TLS starts later with STARTTLS. A client that opens with a TLS handshake reads the plaintext greeting as a TLS record and OpenSSL reports "wrong version number".',
    observedAs: 'a plaintext greeting on the port (STARTTLS offered or not)',
    fixes: {
      nodemailer: 'secure: false, and requireTLS: true so that STARTTLS is mandatory',
      imapflow: 'secure: false, and doSTARTTLS: true so that STARTTLS is mandatory',
      node: 'net.connect, then STARTTLS, then tls.connect({ socket, servername })',
      openssl: 'openssl s_client -starttls smtp -connect host:port (imap, pop3 likewise)',
      thunderbird: 'Connection security: STARTTLS',
      outlook: 'Use the following type of encrypted connection: STARTTLS',
      phpmailer: '$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;',
      smtplib: 'smtplib.SMTP(host, port), then .starttls() before .login()',
      any: 'use STARTTLS on this port, or implicit TLS on 465/993/995',
    },
    sources: [RFC8314_33, RFC3207_4, NODEMAILER_SMTP, IMAPFLOW_OPTIONS, SMTPLIB],
  },
  'no-answer': {
    id: 'no-answer',
    family: 'no-answer',
    title: 'Nothing answers the connect: the port is filtered somewhere, or the host is down',
    explanation:
      'The TCP connect got no answer at all. A firewall dropping the packets (your network, your cloud provider, or the server’s) looks exactly like a host that is down; many clouds and ISPs drop outbound 25, some also 465 and 587.',
    observedAs: 'the TCP connect times out (no answer)',
    fixes: {
      any: 'try the other submission port (465 or 587); run mailports recommend to see which ports answer from here, and --network to apply your cloud’s known blocks',
    },
    sources: [rfcSource(5068, '3')],
  },
  refused: {
    id: 'refused',
    family: 'no-answer',
    title: 'The connection is refused: nothing listens on that port (or a firewall rejects)',
    explanation:
      'The host answered the connect with a reset: no service listens on the port, or a firewall rejects rather than drops. The host name or the port is usually wrong.',
    observedAs: 'the TCP connect is refused',
    fixes: { any: 'check the host name and port against the provider’s documented settings' },
    sources: [rfcSource(9293, '3.5.2')],
  },
  reset: {
    id: 'reset',
    family: 'no-answer',
    title: 'The connection is reset after it opened',
    explanation:
      'The server, or something in between (an antivirus scanning mail, a middlebox), reset the connection. A server that limits connections per address does this too.',
    observedAs: 'the connection is reset by the server',
    fixes: {
      any: 'retry from another network; turn off mail scanning in local security software; ask the server’s operator',
    },
    sources: [rfcSource(9293, '3.5.2')],
  },
  'silent-server': {
    id: 'silent-server',
    family: 'greeting',
    title: 'The server accepts the connection but never greets, in plaintext or TLS',
    explanation:
      'The port accepts TCP, then nothing comes, and a TLS handshake gets no answer either: an overloaded server, a proxy that lost its backend, or a port that is not a mail service.',
    observedAs: 'connected, no greeting and no TLS answer within the timeout',
    fixes: { any: 'check that the port is the mail service; ask the server’s operator' },
    sources: [RFC5321_SERVER_GREETING],
  },
  'greeting-delay': {
    id: 'greeting-delay',
    family: 'greeting',
    title: 'The server greets, but later than the client waits',
    explanation:
      'Some servers pause before the greeting on purpose (greet-pause, tarpitting) to catch spam software that talks first. RFC 5321 asks clients to wait up to 5 minutes for the greeting; many clients give up far sooner.',
    observedAs: 'the greeting arrives, but only after a pause',
    fixes: {
      nodemailer: 'greetingTimeout: 60000 (milliseconds; the default is 30000)',
      imapflow: 'greetingTimeout: 60000 (milliseconds)',
      any: 'raise the client’s greeting or server timeout above the pause',
    },
    sources: [RFC5321_SERVER_GREETING, NODEMAILER_SMTP, IMAPFLOW_OPTIONS],
  },
  'greeting-refused': {
    id: 'greeting-refused',
    family: 'greeting',
    title: 'The server greets with a refusal (421, 554, BYE) and closes',
    explanation:
      'The server is busy, has too many connections from your address, or refuses your address (a block list). The greeting says which.',
    observedAs: 'a refusing greeting (SMTP 421/554, IMAP BYE, POP3 -ERR)',
    fixes: { any: 'retry later; if it persists, check your address against block lists or ask the operator' },
    sources: [rfcSource(5321, '3.1')],
  },
  'certificate-name-mismatch': {
    id: 'certificate-name-mismatch',
    family: 'certificate',
    title: 'The certificate is for another name than the one the client checks',
    explanation:
      'The client checks that the certificate names the host it connected to. Connecting by an IP address, an alias (mail.example.com for a server whose certificate says smtp.provider.net) or through a shared host fails this check.',
    observedAs: 'the certificate does not match the name checked',
    fixes: {
      nodemailer:
        'host: the name on the certificate, or tls: { servername: "name on the certificate" } when connecting by address',
      imapflow: 'host: the name on the certificate, or servername: "name on the certificate"',
      node: 'servername: "name on the certificate"',
      openssl: 'openssl s_client -servername name -verify_hostname name',
      any: 'connect by the name the certificate is for',
    },
    sources: [RFC6125, NODE_TLS],
  },
  'certificate-expired': {
    id: 'certificate-expired',
    family: 'certificate',
    title: 'The server’s certificate has expired',
    explanation:
      'The certificate’s validity period is over. Only the server’s operator can fix it by renewing it; turning off verification in the client hides the problem and invites interception.',
    observedAs: 'the certificate’s notAfter date has passed',
    fixes: {
      any: 'ask the server’s operator to renew the certificate; do not set rejectUnauthorized: false',
    },
    sources: [RFC5280_VALIDITY],
  },
  'certificate-untrusted': {
    id: 'certificate-untrusted',
    family: 'certificate',
    title: 'The certificate is self-signed or from a CA the client does not trust',
    explanation:
      'The chain does not lead to a CA in the client’s trust store: a self-signed certificate, a private CA, a missing intermediate, or an antivirus or proxy that re-signs TLS.',
    observedAs: 'the chain does not verify against the trusted CAs',
    fixes: {
      nodemailer:
        'tls: { ca: fs.readFileSync("ca.pem") } with the server’s CA (not rejectUnauthorized: false)',
      imapflow: 'tls: { ca: fs.readFileSync("ca.pem") }',
      node: 'ca: fs.readFileSync("ca.pem"), or NODE_EXTRA_CA_CERTS=ca.pem',
      openssl: 'openssl s_client -CAfile ca.pem ...',
      any: 'trust the server’s CA in the client, or have the server use a publicly trusted certificate',
    },
    sources: [rfcSource(5280, '6'), NODE_TLS],
  },
  'starttls-refused': {
    id: 'starttls-refused',
    family: 'starttls',
    title: 'The server does not offer STARTTLS, or refuses it',
    explanation:
      'The client asked to upgrade to TLS (or requires it) and the server refused or never offered it. Sending the password without TLS is not the fix.',
    observedAs: 'STARTTLS missing from the capabilities, or answered with an error',
    fixes: {
      nodemailer:
        'use port 465 with secure: true if the server offers it; keep requireTLS: true, never ignoreTLS',
      imapflow: 'use port 993 with secure: true if the server offers it',
      any: 'use the implicit-TLS port (465, 993, 995) if the server offers it; ask the operator to enable TLS',
    },
    sources: [RFC3207_4, RFC8314_33],
  },
  'login-policy': {
    id: 'login-policy',
    family: 'login',
    title:
      'The server does not accept this kind of login (app password or OAuth2 required, or SMTP AUTH disabled)',
    explanation:
      'Large providers refuse the account password for SMTP, IMAP and POP3: Google wants an app password or OAuth2, Microsoft 365 disables basic authentication for SMTP per tenant. The server’s reply code says which.',
    observedAs: 'the server offers only OAuth2 mechanisms (XOAUTH2, OAUTHBEARER) after TLS',
    fixes: {
      nodemailer: "auth: { type: 'OAuth2', user, accessToken } (or an app password as pass)",
      imapflow: 'auth: { user, accessToken }',
      any: 'use an app password or OAuth2; for Microsoft 365, an admin enables SMTP AUTH for the mailbox',
    },
    sources: [RFC4954_6, rfcSource(7628, '3')],
  },
  'wrong-credentials': {
    id: 'wrong-credentials',
    family: 'login',
    title: 'The user name or password is wrong',
    explanation:
      'The server checked the credentials and refused them. Providers also answer this way when an app password is needed instead of the account password.',
    observedAs: null,
    fixes: { any: 'check the user name (often the full address) and the password; try an app password' },
    sources: [RFC4954_6],
  },
};

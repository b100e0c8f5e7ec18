import type { ClientErrorEntry } from '../client-errors/types.js';
import { CITED_CLIENT_ERRORS } from './client-errors-cited.js';

const NODEMAILER_GREETING_ISSUES = {
  label:
    'nodemailer#535, #928, #1470, #1595: "Greeting never received" (secure does not match the port, or egress blocked)',
  url: 'https://github.com/nodemailer/nodemailer/issues/1595',
};
const NODE_TLS_ERRORS = {
  label: 'Node.js: TLS certificate error codes (tls.TLSSocket authorizationError)',
  url: 'https://nodejs.org/api/tls.html#x509-certificate-error-codes',
};
const NODE_NET_ERRORS = {
  label: 'Node.js: common system errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT)',
  url: 'https://nodejs.org/api/errors.html#common-system-errors',
};
const IMAPFLOW_SOURCE = {
  label: 'imapflow source (lib/imap-flow.js)',
  url: 'https://github.com/postalsys/imapflow',
};
const NODEMAILER_SOURCE = {
  label: 'nodemailer source (lib/smtp-connection/index.js)',
  url: 'https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js',
};

const OPENSSL_WRONG_VERSION = {
  label: 'OpenSSL: SSL_R_WRONG_VERSION_NUMBER (a record that is not TLS where TLS was expected)',
  url: 'https://github.com/openssl/openssl/blob/master/ssl/record/methods/tls_common.c',
};

const OPENSSL_VERIFY = {
  label: 'OpenSSL: openssl-verify(1), diagnostics (num=10, 18, 20, 62)',
  url: 'https://docs.openssl.org/3.0/man1/openssl-verification-options/',
};
const OPENSSL_S_CLIENT = {
  label: 'OpenSSL: openssl-s_client(1) (-starttls)',
  url: 'https://docs.openssl.org/3.0/man1/openssl-s_client/',
};

/** Where the reproduction lives, for `evidence.how`. */
const TEST = 'apps/cli/src/explain-clients.test.ts';

/**
 * Error messages of mail clients and what can cause them. The reproduced entries are printed by the
 * real nodemailer, imapflow and Node.js TLS clients against misbehaving testkit servers on loopback in
 * `apps/cli/src/explain-clients.test.ts`, which checks that `mailports explain` names the cause; the cited ones come from the
 * client's documentation or support pages and are marked so.
 */
export const CLIENT_ERRORS: readonly ClientErrorEntry[] = [
  {
    id: 'nodemailer-greeting-never-received',
    clients: ['nodemailer'],
    family: 'greeting',
    message: 'Greeting never received',
    patterns: [/greeting never received/i],
    causes: ['plaintext-to-implicit-tls-port', 'greeting-delay', 'silent-server'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: secure: false against an implicit-TLS server, a 1.5 s greet pause, a server that never greets`,
    },
    sources: [NODEMAILER_GREETING_ISSUES, NODEMAILER_SOURCE],
  },
  {
    id: 'nodemailer-connection-timeout',
    clients: ['nodemailer'],
    family: 'no-answer',
    message: 'Connection timeout',
    patterns: [/^(?:error: )?connection timeout\b/im, /\bETIMEDOUT\b.*\bCONN\b/],
    causes: ['no-answer'],
    evidence: { kind: 'reproduced', how: `${TEST}: a port that never answers the connect` },
    sources: [NODEMAILER_SOURCE],
  },
  {
    id: 'imapflow-greeting-timeout',
    clients: ['imapflow'],
    family: 'greeting',
    message: 'Failed to receive greeting from server in required time. Maybe should use TLS?',
    patterns: [/failed to receive greeting from server/i, /\bGREETING_TIMEOUT\b/],
    causes: ['plaintext-to-implicit-tls-port', 'greeting-delay', 'silent-server'],
    evidence: { kind: 'reproduced', how: `${TEST}: secure: false against an implicit-TLS IMAP server` },
    sources: [IMAPFLOW_SOURCE],
  },
  {
    id: 'imapflow-connect-timeout',
    clients: ['imapflow'],
    family: 'no-answer',
    message: 'Failed to establish connection in required time',
    patterns: [/failed to establish connection in required time/i, /\bCONNECT_TIMEOUT\b/],
    causes: ['no-answer'],
    evidence: { kind: 'reproduced', how: `${TEST}: a port that never answers the connect` },
    sources: [IMAPFLOW_SOURCE],
  },
  {
    id: 'imapflow-unexpected-close',
    clients: ['imapflow'],
    family: 'greeting',
    message: 'Unexpected close',
    patterns: [/unexpected close/i, /\bClosedAfterConnect(?:Text|TLS)\b/],
    causes: ['greeting-refused', 'reset', 'tls-to-plaintext-port'],
    evidence: { kind: 'reproduced', how: `${TEST}: an IMAP server that greets with * BYE and closes` },
    sources: [IMAPFLOW_SOURCE],
  },
  {
    id: 'tls-wrong-version-number',
    clients: ['nodemailer', 'imapflow', 'node', 'openssl'],
    family: 'tls-mode',
    message: 'error:0A00010B:SSL routines:ssl3_get_record:wrong version number',
    patterns: [/wrong[ _]version[ _]number/i, /\bERR_SSL_WRONG_VERSION_NUMBER\b/, /packet length too long/i],
    causes: ['tls-to-plaintext-port'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: nodemailer secure: true, imapflow secure: true, tls.connect and openssl s_client against plaintext servers`,
    },
    sources: [NODE_TLS_ERRORS, OPENSSL_WRONG_VERSION],
  },
  {
    id: 'tls-altname-invalid',
    clients: ['nodemailer', 'imapflow', 'node'],
    family: 'certificate',
    message:
      "Hostname/IP does not match certificate's altnames: Host: ‹name›. is not in the cert's altnames: ‹names›",
    patterns: [/does not match certificate'?s altnames/i, /\bERR_TLS_CERT_ALTNAME_INVALID\b/],
    causes: ['certificate-name-mismatch'],
    evidence: { kind: 'reproduced', how: `${TEST}: a certificate for wrong.example checked as localhost` },
    sources: [NODE_TLS_ERRORS],
  },
  {
    id: 'tls-certificate-expired',
    clients: ['nodemailer', 'imapflow', 'node', 'openssl'],
    family: 'certificate',
    message: 'certificate has expired',
    patterns: [/certificate has expired/i, /\bCERT_HAS_EXPIRED\b/],
    causes: ['certificate-expired'],
    evidence: { kind: 'reproduced', how: `${TEST}: an expired certificate from a trusted CA` },
    sources: [NODE_TLS_ERRORS],
  },
  {
    id: 'tls-self-signed',
    clients: ['nodemailer', 'imapflow', 'node', 'openssl'],
    family: 'certificate',
    message: 'self-signed certificate',
    patterns: [/self[- ]signed certificate(?! in certificate chain)/i, /\bDEPTH_ZERO_SELF_SIGNED_CERT\b/],
    causes: ['certificate-untrusted'],
    evidence: { kind: 'reproduced', how: `${TEST}: a self-signed server certificate` },
    sources: [NODE_TLS_ERRORS],
  },
  {
    id: 'tls-self-signed-in-chain',
    clients: ['nodemailer', 'imapflow', 'node'],
    family: 'certificate',
    message: 'self-signed certificate in certificate chain',
    patterns: [/self[- ]signed certificate in certificate chain/i, /\bSELF_SIGNED_CERT_IN_CHAIN\b/],
    causes: ['certificate-untrusted'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: a chain that ends in a private CA the client does not trust`,
    },
    sources: [NODE_TLS_ERRORS],
  },
  {
    id: 'tls-unable-to-verify-leaf',
    clients: ['nodemailer', 'imapflow', 'node'],
    family: 'certificate',
    message: 'unable to verify the first certificate',
    patterns: [/unable to verify the first certificate/i, /\bUNABLE_TO_VERIFY_LEAF_SIGNATURE\b/],
    causes: ['certificate-untrusted'],
    evidence: { kind: 'reproduced', how: `${TEST}: a leaf from a private CA, without the CA` },
    sources: [NODE_TLS_ERRORS],
  },
  {
    id: 'openssl-hostname-mismatch',
    clients: ['openssl'],
    family: 'certificate',
    message: 'verify error:num=62:hostname mismatch',
    patterns: [/hostname mismatch/i],
    causes: ['certificate-name-mismatch'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: s_client -verify_hostname localhost against a certificate for wrong.example`,
    },
    sources: [OPENSSL_VERIFY],
  },
  {
    id: 'openssl-unable-to-get-local-issuer',
    clients: ['openssl'],
    family: 'certificate',
    message: 'verify error:num=20:unable to get local issuer certificate',
    patterns: [/unable to get local issuer certificate/i, /\bUNABLE_TO_GET_ISSUER_CERT_LOCALLY\b/],
    causes: ['certificate-untrusted'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: s_client against a leaf from a private CA, without -CAfile`,
    },
    sources: [OPENSSL_VERIFY],
  },
  {
    id: 'openssl-starttls-not-found',
    clients: ['openssl'],
    family: 'starttls',
    message: "Didn't find STARTTLS in server response, trying anyway...",
    patterns: [/didn'?t find STARTTLS in server response/i],
    causes: ['starttls-refused', 'plaintext-to-implicit-tls-port'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: s_client -starttls smtp against a server that offers no STARTTLS`,
    },
    sources: [OPENSSL_S_CLIENT],
  },
  {
    id: 'nodemailer-starttls-upgrade',
    clients: ['nodemailer'],
    family: 'starttls',
    message: 'Error upgrading connection with STARTTLS: ‹reply›',
    patterns: [/error upgrading connection with starttls/i],
    causes: ['starttls-refused'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: requireTLS: true against a server that answers STARTTLS with 454`,
    },
    sources: [NODEMAILER_SOURCE],
  },
  {
    id: 'imapflow-no-starttls',
    clients: ['imapflow'],
    family: 'starttls',
    message: 'Server does not support STARTTLS',
    patterns: [/server does not support starttls/i],
    causes: ['starttls-refused'],
    evidence: { kind: 'reproduced', how: `${TEST}: doSTARTTLS: true against a server that refuses STARTTLS` },
    sources: [IMAPFLOW_SOURCE],
  },
  {
    id: 'nodemailer-invalid-greeting',
    clients: ['nodemailer'],
    family: 'greeting',
    message: 'Invalid greeting. response=‹reply›',
    patterns: [/invalid greeting\. response=/i],
    causes: ['greeting-refused'],
    evidence: { kind: 'reproduced', how: `${TEST}: a server that greets with 421 and closes` },
    sources: [NODEMAILER_SOURCE],
  },
  {
    id: 'socket-refused',
    clients: ['nodemailer', 'imapflow', 'node'],
    family: 'no-answer',
    message: 'connect ECONNREFUSED ‹address›:‹port›',
    patterns: [/\bECONNREFUSED\b/, /connection refused/i],
    causes: ['refused'],
    evidence: { kind: 'reproduced', how: `${TEST}: a port nothing listens on` },
    sources: [NODE_NET_ERRORS],
  },
  {
    id: 'socket-reset',
    clients: ['nodemailer', 'imapflow', 'node'],
    family: 'no-answer',
    message: 'connect ECONNRESET ‹address›:‹port› (or read ECONNRESET)',
    patterns: [/\bECONNRESET\b/, /connection (?:was )?reset/i],
    causes: ['reset'],
    evidence: { kind: 'reproduced', how: `${TEST}: a server that resets every connection` },
    sources: [NODE_NET_ERRORS],
  },
  {
    id: 'socket-timeout',
    clients: ['node'],
    family: 'no-answer',
    message: 'connect ETIMEDOUT ‹address›:‹port›',
    patterns: [/connect ETIMEDOUT/i],
    causes: ['no-answer'],
    evidence: {
      kind: 'cited',
      why: 'the operating system’s own connect timeout takes minutes; the tests use the clients’ shorter timeouts instead',
    },
    sources: [NODE_NET_ERRORS],
  },
  {
    id: 'nodemailer-invalid-login',
    clients: ['nodemailer'],
    family: 'login',
    message: 'Invalid login: 535 5.7.8 ‹server text›',
    patterns: [/invalid login: 535(?![- ]5\.7\.139)/i],
    causes: ['wrong-credentials', 'login-policy'],
    evidence: { kind: 'reproduced', how: `${TEST}: a wrong password inside TLS` },
    sources: [NODEMAILER_SOURCE],
  },
  {
    id: 'login-app-password-required',
    clients: ['nodemailer', 'phpmailer', 'smtplib'],
    family: 'login',
    message: 'Invalid login: 534-5.7.9 Application-specific password required',
    patterns: [/534[- ]5\.7\.9/, /application-specific password required/i],
    causes: ['login-policy'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: nodemailer against a server replaying Google's reply to AUTH (text from PHPMailer#1708)`,
    },
    sources: [
      {
        label: 'PHPMailer#1708 (Gmail: 534-5.7.9 Application-specific password required)',
        url: 'https://github.com/PHPMailer/PHPMailer/issues/1708',
      },
    ],
  },
  {
    id: 'login-smtp-auth-disabled',
    clients: ['nodemailer', 'phpmailer', 'smtplib'],
    family: 'login',
    message:
      'Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    patterns: [/5\.7\.139/, /SmtpClientAuthentication is disabled/i, /basic authentication is disabled/i],
    causes: ['login-policy'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: nodemailer against a server replaying Microsoft 365's reply to AUTH (text from nodemailer#1484)`,
    },
    sources: [
      {
        label: 'nodemailer#1484 (Microsoft 365: 535 5.7.139 SmtpClientAuthentication is disabled)',
        url: 'https://github.com/nodemailer/nodemailer/issues/1484',
      },
    ],
  },
  {
    id: 'imapflow-authentication-failed',
    clients: ['imapflow'],
    family: 'login',
    message: 'Command failed (authenticationFailed: true, responseText "Authentication failed.")',
    patterns: [/\bAUTHENTICATIONFAILED\b/, /authentication failed\.?/i],
    causes: ['wrong-credentials', 'login-policy'],
    evidence: { kind: 'reproduced', how: `${TEST}: a wrong password inside TLS` },
    sources: [IMAPFLOW_SOURCE],
  },
  {
    id: 'smtplib-server-disconnected',
    clients: ['smtplib'],
    family: 'greeting',
    message: 'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    patterns: [/SMTPServerDisconnected/, /connection unexpectedly closed/i],
    causes: ['plaintext-to-implicit-tls-port', 'greeting-refused', 'reset'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: smtplib.SMTP (plaintext) against an implicit-TLS server that closes after its TLS wait`,
    },
    sources: [
      {
        label: 'Python docs: smtplib.SMTPServerDisconnected',
        url: 'https://docs.python.org/3/library/smtplib.html#smtplib.SMTPServerDisconnected',
      },
    ],
  },
  {
    id: 'smtplib-starttls-not-supported',
    clients: ['smtplib'],
    family: 'starttls',
    message: 'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.',
    patterns: [/STARTTLS extension not supported by server/i],
    causes: ['starttls-refused', 'plaintext-to-implicit-tls-port'],
    evidence: {
      kind: 'reproduced',
      how: `${TEST}: SMTP.starttls() against a server that offers no STARTTLS`,
    },
    sources: [
      {
        label: 'Python docs: SMTP.starttls()',
        url: 'https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.starttls',
      },
    ],
  },
  {
    id: 'smtplib-ssl-wrong-version',
    clients: ['smtplib'],
    family: 'tls-mode',
    message: 'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number',
    patterns: [/\[SSL: WRONG_VERSION_NUMBER\]/],
    causes: ['tls-to-plaintext-port'],
    evidence: { kind: 'reproduced', how: `${TEST}: smtplib.SMTP_SSL against a plaintext (STARTTLS) server` },
    sources: [
      {
        label: 'Python docs: smtplib.SMTP_SSL',
        url: 'https://docs.python.org/3/library/smtplib.html#smtplib.SMTP_SSL',
      },
    ],
  },
  ...CITED_CLIENT_ERRORS,
];

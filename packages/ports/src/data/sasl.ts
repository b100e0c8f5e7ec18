import { rfcSource } from '../citations.js';
import type { SaslMechanism, Source } from '../types.js';

const IANA_SASL: Source = {
  label: 'IANA SASL Mechanisms registry',
  url: 'https://www.iana.org/assignments/sasl-mechanisms/sasl-mechanisms.xhtml',
};

/**
 * SASL mechanisms seen in SMTP AUTH, IMAP AUTHENTICATE and POP3 AUTH, and what each exposes on the
 * wire. Base64 encoding is not protection: PLAIN and LOGIN give the password to anyone who reads the
 * connection, and bearer tokens (OAUTHBEARER, XOAUTH2) can be replayed until they expire.
 */
export const SASL_MECHANISMS: readonly SaslMechanism[] = [
  {
    name: 'PLAIN',
    rfc: 4616,
    status: 'current',
    sendsSecretInClear: true,
    credentialOnWire: 'password',
    needsTls: true,
    meaning: 'Sends authorisation id, user name and password, base64-encoded. Safe only inside TLS.',
    sources: [rfcSource(4616), IANA_SASL],
  },
  {
    name: 'LOGIN',
    rfc: null,
    status: 'non-standard',
    sendsSecretInClear: true,
    credentialOnWire: 'password',
    needsTls: true,
    meaning:
      'Sends user name and password as two base64 answers. Never standardised (an Internet-Draft), ' +
      'but widely deployed; safe only inside TLS.',
    sources: [
      {
        label: 'draft-murchison-sasl-login: The LOGIN SASL Mechanism',
        url: 'https://datatracker.ietf.org/doc/html/draft-murchison-sasl-login-00',
      },
      IANA_SASL,
    ],
  },
  {
    name: 'CRAM-MD5',
    rfc: 2195,
    // The IANA SASL registry marks it LIMITED use (see RFC 6331's notes on CRAM-MD5's weaknesses).
    status: 'limited',
    sendsSecretInClear: false,
    credentialOnWire: 'challenge-response',
    needsTls: false,
    meaning:
      'Answers a server challenge with an HMAC-MD5 keyed by the password. The password is not sent, ' +
      'but a captured exchange can be attacked offline and the server must store the secret readable.',
    sources: [rfcSource(2195), IANA_SASL],
  },
  {
    name: 'DIGEST-MD5',
    rfc: 2831,
    status: 'obsolete',
    sendsSecretInClear: false,
    credentialOnWire: 'challenge-response',
    needsTls: false,
    meaning: 'Digest challenge-response; moved to Historic by RFC 6331 because of its weaknesses.',
    sources: [rfcSource(2831), rfcSource(6331), IANA_SASL],
  },
  {
    name: 'SCRAM-SHA-1',
    rfc: 5802,
    status: 'current',
    sendsSecretInClear: false,
    credentialOnWire: 'salted-proof',
    needsTls: false,
    meaning: 'Salted challenge-response: proves knowledge of the password without sending it; mutual.',
    sources: [rfcSource(5802), IANA_SASL],
  },
  {
    name: 'SCRAM-SHA-256',
    rfc: 7677,
    status: 'current',
    sendsSecretInClear: false,
    credentialOnWire: 'salted-proof',
    needsTls: false,
    meaning: 'SCRAM with SHA-256; the preferred password mechanism today.',
    sources: [rfcSource(7677), IANA_SASL],
  },
  {
    name: 'SCRAM-SHA-256-PLUS',
    rfc: 7677,
    status: 'current',
    sendsSecretInClear: false,
    credentialOnWire: 'salted-proof',
    needsTls: true,
    meaning: 'SCRAM-SHA-256 bound to the TLS channel, which also defeats a man in the middle.',
    sources: [rfcSource(7677), rfcSource(5802), IANA_SASL],
  },
  {
    name: 'GSSAPI',
    rfc: 4752,
    status: 'current',
    sendsSecretInClear: false,
    credentialOnWire: 'kerberos-ticket',
    needsTls: false,
    meaning: 'Kerberos V5 through GSS-API; the password never leaves the client.',
    sources: [rfcSource(4752), IANA_SASL],
  },
  {
    name: 'EXTERNAL',
    rfc: 4422,
    status: 'current',
    sendsSecretInClear: false,
    credentialOnWire: 'external',
    needsTls: false,
    meaning: 'Uses identity already established outside SASL, usually a TLS client certificate.',
    sources: [rfcSource(4422, 'A'), IANA_SASL],
  },
  {
    name: 'OAUTHBEARER',
    rfc: 7628,
    status: 'current',
    sendsSecretInClear: false,
    credentialOnWire: 'bearer-token',
    needsTls: true,
    meaning:
      'Sends an OAuth 2.0 bearer token instead of the password. Anyone who reads the token can reuse it ' +
      'until it expires, so TLS is required.',
    sources: [rfcSource(7628), IANA_SASL],
  },
  {
    name: 'XOAUTH2',
    rfc: null,
    status: 'non-standard',
    sendsSecretInClear: false,
    credentialOnWire: 'bearer-token',
    needsTls: true,
    meaning:
      'Google and Microsoft predecessor of OAUTHBEARER: sends user name and OAuth 2.0 bearer token ' +
      'base64-encoded; the token is replayable, so TLS is required.',
    sources: [
      {
        label: 'Google: OAuth 2.0 Mechanism (XOAUTH2)',
        url: 'https://developers.google.com/gmail/imap/xoauth2-protocol',
      },
    ],
  },
  {
    name: 'NTLM',
    rfc: null,
    status: 'non-standard',
    sendsSecretInClear: false,
    credentialOnWire: 'challenge-response',
    needsTls: false,
    meaning: 'Microsoft NTLM challenge-response; weak hashes and relay attacks make it a poor choice.',
    sources: [
      {
        label: '[MS-SMTPNTLM] NTLM Authentication: SMTP Extension',
        url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-smtpntlm/',
      },
    ],
  },
];

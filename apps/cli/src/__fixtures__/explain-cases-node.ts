import { createImapServer, createSmtpServer, createUnansweredPort } from '@mailports/testkit';
import { imapflowError, nodemailerError, nodeTlsError } from './clients';
import type { Case, CaseContext } from './explain-case';

/** Cases for nodemailer, imapflow and Node's TLS and sockets. */
export function nodeClientCases({ keep, pki, trust, verified }: CaseContext): Case[] {
  return [
    {
      name: 'nodemailer secure: false against implicit TLS → plaintext client on an implicit-TLS port',
      entry: 'nodemailer-greeting-never-received',
      cause: 'plaintext-to-implicit-tls-port',
      fixContains: 'secure: true',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit' }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, { secure: false, tls: trust }),
        };
      },
      explainFlags: [...verified, '--greeting-timeout', '2s'],
    },
    {
      name: 'nodemailer against a 1.5 s greet pause → greeting delay',
      entry: 'nodemailer-greeting-never-received',
      cause: 'greeting-delay',
      fixContains: 'greetingTimeout',
      provoke: async () => {
        const server = await keep(createSmtpServer({ hostile: { greetingDelayMs: 1_500 } }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, { secure: false, tls: trust }),
        };
      },
      explainFlags: [...verified, '--greeting-timeout', '5s'],
    },
    {
      name: 'nodemailer against a server that never greets → silent server',
      entry: 'nodemailer-greeting-never-received',
      cause: 'silent-server',
      provoke: async () => {
        const server = await keep(createSmtpServer({ preset: 'no-greeting' }));
        return { port: server.port, message: await nodemailerError(server.port, { secure: false }) };
      },
      explainFlags: ['--greeting-timeout', '1s'],
    },
    {
      name: 'nodemailer against a port that never answers → no answer',
      entry: 'nodemailer-connection-timeout',
      cause: 'no-answer',
      provoke: async () => {
        const port = await keep(createUnansweredPort());
        return { port: port.port, message: await nodemailerError(port.port, { secure: false }) };
      },
    },
    {
      name: 'imapflow against a port that never answers → no answer',
      entry: 'imapflow-connect-timeout',
      cause: 'no-answer',
      provoke: async () => {
        const port = await keep(createUnansweredPort());
        return { port: port.port, message: await imapflowError(port.port, { secure: true }) };
      },
      explainFlags: ['--client', 'imapflow'],
    },
    {
      name: 'nodemailer secure: true against STARTTLS → TLS client on a plaintext port',
      entry: 'tls-wrong-version-number',
      cause: 'tls-to-plaintext-port',
      fixContains: 'requireTLS',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'starttls' }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, { secure: true, tls: trust }),
        };
      },
      explainFlags: [...verified, '--client', 'nodemailer'],
    },
    {
      name: 'imapflow secure: true against STARTTLS IMAP → TLS client on a plaintext port',
      entry: 'tls-wrong-version-number',
      cause: 'tls-to-plaintext-port',
      fixContains: 'doSTARTTLS',
      provoke: async () => {
        const server = await keep(createImapServer({ tls: 'starttls' }));
        return { port: server.port, message: await imapflowError(server.port, { secure: true, tls: trust }) };
      },
      explainFlags: [...verified, '--client', 'imapflow'],
    },
    {
      name: 'imapflow secure: false against implicit-TLS IMAP → plaintext client on an implicit-TLS port',
      entry: 'imapflow-greeting-timeout',
      cause: 'plaintext-to-implicit-tls-port',
      fixContains: 'secure: true',
      provoke: async () => {
        const server = await keep(createImapServer({ tls: 'implicit' }));
        return {
          port: server.port,
          message: await imapflowError(server.port, { secure: false, tls: trust }),
        };
      },
      explainFlags: [...verified, '--greeting-timeout', '2s'],
    },
    {
      name: 'Node tls.connect against plaintext SMTP → TLS client on a plaintext port',
      entry: 'tls-wrong-version-number',
      cause: 'tls-to-plaintext-port',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'starttls' }));
        return { port: server.port, message: await nodeTlsError(server.port, trust) };
      },
      explainFlags: [...verified, '--client', 'node'],
    },
    {
      name: 'nodemailer against a certificate for another name → name mismatch',
      entry: 'tls-altname-invalid',
      cause: 'certificate-name-mismatch',
      fixContains: 'servername',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'wrongName' }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, { secure: true, tls: trust }),
        };
      },
      explainFlags: [...verified, '--client', 'nodemailer'],
    },
    {
      name: 'imapflow against an expired certificate → expired',
      entry: 'tls-certificate-expired',
      cause: 'certificate-expired',
      provoke: async () => {
        const server = await keep(createImapServer({ tls: 'implicit', certificate: 'expired' }));
        return { port: server.port, message: await imapflowError(server.port, { secure: true, tls: trust }) };
      },
      explainFlags: [...verified, '--client', 'imapflow'],
    },
    {
      name: 'nodemailer against a self-signed certificate → untrusted',
      entry: 'tls-self-signed',
      cause: 'certificate-untrusted',
      fixContains: 'tls: { ca',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'selfSigned' }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, { secure: true, tls: trust }),
        };
      },
      explainFlags: [...verified, '--client', 'nodemailer'],
    },
    {
      name: 'Node TLS against a private CA the client does not trust → untrusted',
      entry: 'tls-unable-to-verify-leaf',
      cause: 'certificate-untrusted',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit' }));
        return { port: server.port, message: await nodeTlsError(server.port, { servername: 'localhost' }) };
      },
      explainFlags: ['--servername', 'localhost'],
    },
    {
      name: 'nodemailer against a chain ending in an untrusted root → untrusted',
      entry: 'tls-self-signed-in-chain',
      cause: 'certificate-untrusted',
      provoke: async () => {
        const server = await keep(
          createSmtpServer({ tls: 'implicit', cert: `${pki.leaf.cert}\n${pki.ca.cert}`, key: pki.leaf.key }),
        );
        return {
          port: server.port,
          message: await nodemailerError(server.port, { secure: true, tls: { servername: 'localhost' } }),
        };
      },
      explainFlags: ['--servername', 'localhost'],
    },
    {
      name: 'nodemailer requireTLS against a 454 to STARTTLS → STARTTLS refused',
      entry: 'nodemailer-starttls-upgrade',
      cause: 'starttls-refused',
      fixContains: '465',
      provoke: async () => {
        const server = await keep(createSmtpServer({ preset: 'starttls-refused' }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, { requireTLS: true, tls: trust }),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'imapflow doSTARTTLS against a refused STARTTLS → STARTTLS refused',
      entry: 'imapflow-no-starttls',
      cause: 'starttls-refused',
      provoke: async () => {
        const server = await keep(createImapServer({ preset: 'starttls-refused' }));
        return {
          port: server.port,
          message: await imapflowError(server.port, { secure: false, doSTARTTLS: true, tls: trust }),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'nodemailer against a 421 greeting → greeting refused',
      entry: 'nodemailer-invalid-greeting',
      cause: 'greeting-refused',
      provoke: async () => {
        const server = await keep(createSmtpServer({ preset: 'greeting-421' }));
        return { port: server.port, message: await nodemailerError(server.port, {}) };
      },
      explainFlags: verified,
    },
    {
      name: 'imapflow against a BYE greeting → greeting refused',
      entry: 'imapflow-unexpected-close',
      cause: 'greeting-refused',
      provoke: async () => {
        const server = await keep(createImapServer({ preset: 'greeting-bye' }));
        return { port: server.port, message: await imapflowError(server.port, { secure: false }) };
      },
      explainFlags: verified,
    },
    {
      name: 'nodemailer against a port nothing listens on → refused',
      entry: 'socket-refused',
      cause: 'refused',
      provoke: async () => {
        const probe = await createUnansweredPort();
        const { port } = probe;
        await probe.close();
        return { port, message: await nodemailerError(port, {}) };
      },
    },
    {
      name: 'nodemailer against a server that resets → reset',
      entry: 'socket-reset',
      cause: 'reset',
      provoke: async () => {
        const server = await keep(createSmtpServer({ preset: 'reset' }));
        return { port: server.port, message: await nodemailerError(server.port, {}) };
      },
    },
    {
      name: 'nodemailer against Google’s app-password reply → login policy, from the server’s words',
      entry: 'login-app-password-required',
      cause: 'login-policy',
      fixContains: 'OAuth2',
      provoke: async () => {
        const server = await keep(
          createSmtpServer({
            handlers: {
              AUTH: (context) =>
                context.reply(534, [
                  '5.7.9 Application-specific password required. For more information, go to',
                  '5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor',
                ]),
            },
          }),
        );
        return {
          port: server.port,
          message: await nodemailerError(server.port, {
            requireTLS: true,
            auth: { user: 'a', pass: 'b' },
            tls: trust,
          }),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'nodemailer against Microsoft 365’s SMTP AUTH refusal → login policy',
      entry: 'login-smtp-auth-disabled',
      cause: 'login-policy',
      provoke: async () => {
        const server = await keep(
          createSmtpServer({
            handlers: {
              AUTH: (context) =>
                context.reply(
                  535,
                  '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
                ),
            },
          }),
        );
        return {
          port: server.port,
          message: await nodemailerError(server.port, {
            requireTLS: true,
            auth: { user: 'a', pass: 'b' },
            tls: trust,
          }),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'nodemailer with a wrong password → wrong credentials or login policy, which no probe tells apart',
      entry: 'nodemailer-invalid-login',
      cause: null,
      provoke: async () => {
        const server = await keep(createSmtpServer({ users: { alice: 'right' } }));
        return {
          port: server.port,
          message: await nodemailerError(server.port, {
            requireTLS: true,
            auth: { user: 'alice', pass: 'wrong' },
            tls: trust,
          }),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'imapflow with a wrong password → wrong credentials or login policy',
      entry: 'imapflow-authentication-failed',
      cause: null,
      provoke: async () => {
        const server = await keep(createImapServer({ tls: 'implicit', users: { alice: 'right' } }));
        return {
          port: server.port,
          message: await imapflowError(server.port, {
            secure: true,
            auth: { user: 'alice', pass: 'wrong' },
            tls: trust,
          }),
        };
      },
      explainFlags: verified,
    },
  ];
}

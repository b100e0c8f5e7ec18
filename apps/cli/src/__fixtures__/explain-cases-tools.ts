import { createSmtpServer } from '@mailports/testkit';
import { opensslError, smtplibError } from './clients';
import type { Case, CaseContext } from './explain-case';

/** Cases for OpenSSL's s_client and Python's smtplib (run only where they are installed). */
export function toolClientCases({ keep, caFile, verified }: CaseContext): Case[] {
  return [
    {
      name: 'openssl s_client against plaintext SMTP → TLS client on a plaintext port',
      openssl: true,
      entry: 'tls-wrong-version-number',
      cause: 'tls-to-plaintext-port',
      fixContains: '-starttls smtp',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'starttls' }));
        return { port: server.port, message: await opensslError(server.port, ['-CAfile', caFile]) };
      },
      explainFlags: [...verified, '--client', 'openssl'],
    },
    {
      name: 'openssl s_client -verify_hostname against a certificate for another name → name mismatch',
      openssl: true,
      entry: 'openssl-hostname-mismatch',
      cause: 'certificate-name-mismatch',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'wrongName' }));
        return {
          port: server.port,
          message: await opensslError(server.port, [
            '-CAfile',
            caFile,
            '-verify_hostname',
            'localhost',
            '-verify_return_error',
          ]),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'openssl s_client against an expired certificate → expired',
      openssl: true,
      entry: 'tls-certificate-expired',
      cause: 'certificate-expired',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'expired' }));
        return {
          port: server.port,
          message: await opensslError(server.port, ['-CAfile', caFile, '-verify_return_error']),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'openssl s_client against a self-signed certificate → untrusted',
      openssl: true,
      entry: 'tls-self-signed',
      cause: 'certificate-untrusted',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit', certificate: 'selfSigned' }));
        return {
          port: server.port,
          message: await opensslError(server.port, ['-CAfile', caFile, '-verify_return_error']),
        };
      },
      explainFlags: verified,
    },
    {
      name: 'openssl s_client without the private CA → untrusted',
      openssl: true,
      entry: 'openssl-unable-to-get-local-issuer',
      cause: 'certificate-untrusted',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit' }));
        return { port: server.port, message: await opensslError(server.port, ['-verify_return_error']) };
      },
      explainFlags: ['--servername', 'localhost'],
    },
    {
      name: 'openssl s_client -starttls smtp against a server without STARTTLS → STARTTLS refused',
      openssl: true,
      entry: 'openssl-starttls-not-found',
      cause: 'starttls-refused',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'none' }));
        return { port: server.port, message: await opensslError(server.port, ['-starttls', 'smtp']) };
      },
      explainFlags: verified,
    },
    {
      name: 'smtplib.SMTP_SSL against STARTTLS → TLS client on a plaintext port',
      python: true,
      entry: 'smtplib-ssl-wrong-version',
      cause: 'tls-to-plaintext-port',
      fixContains: '.starttls()',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'starttls' }));
        return { port: server.port, message: await smtplibError(server.port, 'ssl') };
      },
      explainFlags: verified,
    },
    {
      name: 'smtplib.SMTP against implicit TLS → plaintext client on an implicit-TLS port',
      python: true,
      entry: 'smtplib-server-disconnected',
      cause: 'plaintext-to-implicit-tls-port',
      fixContains: 'SMTP_SSL',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'implicit', limits: { tlsTimeoutMs: 1_000 } }));
        return { port: server.port, message: await smtplibError(server.port, 'plain') };
      },
      explainFlags: [...verified, '--greeting-timeout', '2s'],
    },
    {
      name: 'smtplib starttls() against a server without STARTTLS → STARTTLS refused',
      python: true,
      entry: 'smtplib-starttls-not-supported',
      cause: 'starttls-refused',
      provoke: async () => {
        const server = await keep(createSmtpServer({ tls: 'none' }));
        return { port: server.port, message: await smtplibError(server.port, 'starttls') };
      },
      explainFlags: verified,
    },
  ];
}

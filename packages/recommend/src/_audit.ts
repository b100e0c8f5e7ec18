import type { ProbeResultBase } from '@mailports/wire';
import { describeFailure } from './_assess';
import type { AuditFinding, PublishedServer } from './types';

const SOCKET_OF: Record<string, PublishedServer['socketType']> = {
  implicit: 'SSL',
  starttls: 'STARTTLS',
  plain: 'plain',
};

/**
 * A published SMTP login method the server does not offer once secured: `password-cleartext` needs
 * AUTH PLAIN or LOGIN, `OAuth2` needs XOAUTH2 or OAUTHBEARER. (IMAP and POP3 take a password with
 * their own commands, so only SMTP is checked.)
 */
function authMismatch(server: PublishedServer, result: ProbeResultBase): string | null {
  if (server.protocol !== 'smtp') return null;
  const offered = new Set(result.auth.mechanisms.map((item) => item.toUpperCase()));
  const list = offered.size > 0 ? `AUTH ${[...offered].join(' ')}` : 'no AUTH';
  const needs: Array<[string, string[]]> = [
    ['password-cleartext', ['PLAIN', 'LOGIN']],
    ['OAuth2', ['XOAUTH2', 'OAUTHBEARER']],
  ];
  for (const [method, mechanisms] of needs) {
    if (server.authentication.includes(method) && !mechanisms.some((item) => offered.has(item))) {
      return `${server.source} says ${method} on ${server.port}; the server offers ${list}.`;
    }
  }
  return null;
}

const WORDS: Record<PublishedServer['socketType'], string> = {
  SSL: 'SSL (implicit TLS)',
  STARTTLS: 'STARTTLS',
  plain: 'no TLS',
};

/**
 * Checks every published setting against the live probe of the same host and port: the security
 * mode it speaks, its certificate, whether it answered. Pure.
 * @param servers - What the domain publishes.
 * @param results - Every probe result of the run.
 * @param resolvePorts - The remapping the run used (tests, demo): published port → probed port.
 */
export function auditPublished(
  servers: readonly PublishedServer[],
  results: readonly ProbeResultBase[],
  resolvePorts: Record<string, number> = {},
): AuditFinding[] {
  return servers.map((server) => {
    const probed = resolvePorts[String(server.port)] ?? server.port;
    const result = results.find(
      (item) => item.host === server.host && item.port === probed && item.protocol === server.protocol,
    );
    const base = {
      source: server.source,
      url: server.url,
      host: server.host,
      port: server.port,
      protocol: server.protocol,
    };
    const where = `${server.source} lists ${server.host}:${server.port} (${server.protocol.toUpperCase()}, ${WORDS[server.socketType]})`;
    if (!result) {
      return {
        ...base,
        code: 'not-probed',
        severity: 'warning',
        text: `${where}; it was not probed in time.`,
      };
    }
    if (result.status !== 'ok') {
      const plaintext = result.findings.some((finding) => finding.code === 'plaintext-on-implicit-port');
      if (plaintext && server.socketType === 'SSL') {
        return {
          ...base,
          code: 'mode-mismatch',
          severity: 'error',
          text: `${server.source} says SSL on ${server.port}; ${server.port} speaks plaintext first (STARTTLS).`,
        };
      }
      return {
        ...base,
        code: 'no-answer',
        severity: 'error',
        text: `${where}; from here: ${describeFailure(result, server.port)}`,
      };
    }
    const observed = result.security ? SOCKET_OF[result.security] : undefined;
    if (observed && observed !== server.socketType) {
      return {
        ...base,
        code: 'mode-mismatch',
        severity: 'error',
        text: `${server.source} says ${server.socketType} on ${server.port}; ${server.port} speaks ${observed === 'SSL' ? 'SSL (implicit TLS)' : observed === 'STARTTLS' ? 'STARTTLS' : 'no TLS'}.`,
      };
    }
    if (result.tls && !result.tls.verdict.hostnameMatches) {
      return {
        ...base,
        code: 'certificate-name',
        severity: 'error',
        text: `${server.source} lists ${server.host}, whose certificate names another host (${result.tls.verdict.reason ?? 'hostname mismatch'}).`,
      };
    }
    if (result.tls && !result.tls.verdict.trusted) {
      return {
        ...base,
        code: 'certificate-untrusted',
        severity: 'warning',
        text: `${where}; its certificate does not verify (${result.tls.verdict.reason ?? 'untrusted'}).`,
      };
    }
    const auth = authMismatch(server, result);
    if (auth) return { ...base, code: 'auth-mismatch', severity: 'warning', text: auth };
    if (server.socketType === 'plain') {
      return {
        ...base,
        code: 'plaintext',
        severity: 'warning',
        text: `${where}: the published setting sends everything in clear.`,
      };
    }
    return {
      ...base,
      code: 'confirmed',
      severity: 'ok',
      text: `${where}: confirmed, it answers as published.`,
    };
  });
}

import { isIpLiteral } from '@mailports/wire/text';
import type { MailProtocol } from '@mailports/wire';
import { RecommendError } from './errors';
import type { RankedOption, Recommendation, Role } from './types';

/**
 * The options object for nodemailer's `createTransport` (SMTP transport), without any secret: add
 * `pass` (and `tls.ca` for a private CA) yourself.
 */
export type NodemailerSmtpOptions = {
  host: string;
  port: number;
  /** True for implicit TLS (the submissions port): TLS from the first byte. */
  secure: boolean;
  /** True for STARTTLS: nodemailer refuses to continue (and to send AUTH) if the upgrade fails. */
  requireTLS: boolean;
  /**
   * The login. `type: 'OAuth2'` when the server or provider requires OAuth2: add `accessToken` (or
   * `clientId`, `clientSecret`, `refreshToken`) yourself; otherwise add `pass`.
   */
  auth?: { user: string; type?: 'OAuth2' };
  /** The name to send in SNI and check the certificate against, when `host` is an IP address. */
  tls?: { servername: string };
};

/** What the settings know about the account; never a password. */
export interface AccountHint {
  /** The login name, usually the email address. */
  user?: string;
  /** The certificate name to expect when the option's host is an IP address. */
  servername?: string;
}

/**
 * nodemailer SMTP transport options for a ranked option: `secure` for implicit TLS, `requireTLS`
 * for STARTTLS (so credentials never go out in clear), `auth.user` when known, and
 * `tls.servername` when the host is an IP address and a certificate name is known.
 * @param option - A ranked SMTP option (usually `recommendation.best`).
 * @param account - Optional `user` (login) and `servername`; a password is never part of the output.
 * @throws RecommendError `E_WRONG_PROTOCOL` when the option is not SMTP.
 */
export function nodemailerOptions(option: RankedOption, account: AccountHint = {}): NodemailerSmtpOptions {
  if (option.protocol !== 'smtp') {
    throw new RecommendError('E_WRONG_PROTOCOL', `nodemailer sends over SMTP, not ${option.protocol}`);
  }
  const options: NodemailerSmtpOptions = {
    host: option.host,
    port: option.port,
    secure: option.security === 'implicit',
    requireTLS: option.security === 'starttls',
  };
  if (account.user) {
    options.auth =
      option.login?.method === 'oauth2' ? { user: account.user, type: 'OAuth2' } : { user: account.user };
  }
  if (account.servername && isIpLiteral(option.host) && account.servername !== option.host) {
    options.tls = { servername: account.servername };
  }
  return options;
}

/**
 * The options object for imapflow's `new ImapFlow(...)`, without any secret: add `auth.accessToken`
 * when `loginWith` is `accessToken` (OAuth2), else `auth.pass`.
 */
export type ImapflowOptions = {
  host: string;
  port: number;
  /** True for implicit TLS (the imaps port); false means imapflow upgrades with STARTTLS. */
  secure: boolean;
  /** True for STARTTLS: imapflow refuses to continue without it. */
  doSTARTTLS?: boolean;
  auth?: { user: string };
  /** Which secret the login takes: an OAuth2 access token or a password. */
  loginWith: 'accessToken' | 'pass';
  tls?: { servername: string };
};

/**
 * imapflow client options for a ranked IMAP option: `secure` for implicit TLS, `doSTARTTLS` for
 * STARTTLS, `auth.user` when known, and whether the login takes `accessToken` (the server or the
 * provider requires OAuth2) or `pass`.
 * @throws RecommendError `E_WRONG_PROTOCOL` when the option is not IMAP.
 */
export function imapflowOptions(option: RankedOption, account: AccountHint = {}): ImapflowOptions {
  if (option.protocol !== 'imap') {
    throw new RecommendError('E_WRONG_PROTOCOL', `imapflow reads over IMAP, not ${option.protocol}`);
  }
  const options: ImapflowOptions = {
    host: option.host,
    port: option.port,
    secure: option.security === 'implicit',
    ...(option.security === 'starttls' ? { doSTARTTLS: true } : {}),
    loginWith: option.login?.method === 'oauth2' ? 'accessToken' : 'pass',
  };
  if (account.user) options.auth = { user: account.user };
  if (account.servername && isIpLiteral(option.host) && account.servername !== option.host) {
    options.tls = { servername: account.servername };
  }
  return options;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Host names come from DNS answers, which may carry any byte: escape, and drop what XML 1.0 forbids.
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** Thunderbird's socketType for a security mode. */
function socketType(option: RankedOption): 'SSL' | 'STARTTLS' | 'plain' {
  return option.security === 'implicit' ? 'SSL' : option.security === 'starttls' ? 'STARTTLS' : 'plain';
}

/**
 * Thunderbird `<authentication>` values for the offered mechanisms, best first. Inside TLS a
 * cleartext password is protected, so `password-cleartext` is the common, working choice.
 */
function thunderbirdAuthentication(option: RankedOption): string[] {
  const mechanisms = new Set(option.authMechanisms.map((mechanism) => mechanism.toUpperCase()));
  const values: string[] = [];
  // IMAP LOGIN and POP3 USER/PASS are not SASL mechanisms, so a mailbox always takes a plain password.
  if (mechanisms.has('PLAIN') || mechanisms.has('LOGIN') || option.protocol !== 'smtp') {
    values.push('password-cleartext');
  }
  if (mechanisms.has('CRAM-MD5')) values.push('password-encrypted');
  if (mechanisms.has('XOAUTH2') || mechanisms.has('OAUTHBEARER')) values.push('OAuth2');
  if (mechanisms.has('GSSAPI')) values.push('GSSAPI');
  if (mechanisms.has('NTLM')) values.push('NTLM');
  if (values.length === 0) values.push(mechanisms.size === 0 ? 'none' : 'password-cleartext');
  // The provider (or the server) requires OAuth2: Thunderbird must try it first, whatever else is listed.
  if (option.login?.method === 'oauth2') return ['OAuth2', ...values.filter((value) => value !== 'OAuth2')];
  return values;
}

function serverXml(element: 'incomingServer' | 'outgoingServer', option: RankedOption): string {
  const lines = [
    `    <${element} type="${option.protocol}">`,
    `      <hostname>${xml(option.host)}</hostname>`,
    `      <port>${option.port}</port>`,
    `      <socketType>${socketType(option)}</socketType>`,
    ...thunderbirdAuthentication(option).map((value) => `      <authentication>${value}</authentication>`),
    '      <username>%EMAILADDRESS%</username>',
    `    </${element}>`,
  ];
  return lines.join('\n');
}

function usable(
  options: readonly RankedOption[],
  protocols: readonly MailProtocol[],
  keepUnusable: boolean,
): RankedOption[] {
  const seen = new Set<string>();
  return options.filter((option) => {
    const key = `${option.protocol} ${option.host}:${option.port}`;
    const dropped = option.verdict === 'unusable' && !keepUnusable;
    if (dropped || !protocols.includes(option.protocol) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A Thunderbird autoconfig file (config-v1.1.xml, as served at
 * `https://autoconfig.<domain>/mail/config-v1.1.xml`) listing the usable options in the order given:
 * IMAP/POP3 as `incomingServer`, SMTP as `outgoingServer`, socketType `SSL` (implicit TLS),
 * `STARTTLS` or `plain`, and `%EMAILADDRESS%` as the username. Unusable options are left out.
 * @param input.domain - The mail domain (`emailProvider id` and `<domain>`).
 * @param input.email - An address of the account; its domain is listed too when it differs.
 * @param input.incoming - Ranked read options (usually `recommendation.options` for `read`).
 * @param input.outgoing - Ranked send options.
 * @param input.keepUnusable - Keep options ranked `unusable` (default false: they are left out).
 * @returns The XML document as a string (UTF-8 declared); never throws.
 */
export function thunderbirdConfig(input: {
  domain: string;
  email?: string;
  incoming: RankedOption[];
  outgoing: RankedOption[];
  keepUnusable?: boolean;
}): string {
  const domains = [input.domain];
  const emailDomain = input.email?.split('@').pop()?.toLowerCase();
  if (input.email?.includes('@') && emailDomain && emailDomain !== input.domain.toLowerCase()) {
    domains.push(emailDomain);
  }
  const name = xml(input.domain);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<clientConfig version="1.1">',
    `  <emailProvider id="${name}">`,
    ...domains.map((domain) => `    <domain>${xml(domain)}</domain>`),
    `    <displayName>${name}</displayName>`,
    `    <displayShortName>${name}</displayShortName>`,
    ...usable(input.incoming, ['imap', 'pop3'], input.keepUnusable === true).map((option) =>
      serverXml('incomingServer', option),
    ),
    ...usable(input.outgoing, ['smtp'], input.keepUnusable === true).map((option) =>
      serverXml('outgoingServer', option),
    ),
    '  </emailProvider>',
    '</clientConfig>',
    '',
  ].join('\n');
}

/** One row of the settings a person types into a mail client. */
export interface SettingsRow {
  role: Role;
  protocol: MailProtocol;
  server: string;
  port: number;
  /** As mail clients label it: `SSL/TLS` is implicit TLS, `STARTTLS` the upgrade, `None` no TLS. */
  security: 'SSL/TLS' | 'STARTTLS' | 'None';
  /** As mail clients label it, e.g. `Normal password`. */
  authentication: string;
}

function authenticationLabel(option: RankedOption, role: Role): string {
  if (role === 'relay') return 'None';
  switch (option.login?.method) {
    case 'oauth2':
      return 'OAuth2';
    case 'app-password':
      return 'Normal password (an app password)';
    case 'api-key':
      return 'Normal password (the API key / SMTP credential)';
    case 'bridge-password':
      return 'Normal password (the Bridge password)';
  }
  const value = thunderbirdAuthentication(option)[0];
  switch (value) {
    case 'password-encrypted':
      return 'Encrypted password';
    case 'OAuth2':
      return 'OAuth2';
    case 'GSSAPI':
      return 'Kerberos / GSSAPI';
    case 'NTLM':
      return 'NTLM';
    case 'none':
      return 'None';
    default:
      return 'Normal password';
  }
}

/**
 * The best option of each recommendation as a row of client settings; roles without a usable
 * option are left out. Never throws.
 */
export function settingsTable(recommendations: Recommendation[]): SettingsRow[] {
  const rows: SettingsRow[] = [];
  for (const recommendation of recommendations) {
    const best = recommendation.best;
    if (!best) continue;
    rows.push({
      role: recommendation.role,
      protocol: best.protocol,
      server: best.host,
      port: best.port,
      security: best.security === 'implicit' ? 'SSL/TLS' : best.security === 'starttls' ? 'STARTTLS' : 'None',
      authentication: authenticationLabel(best, recommendation.role),
    });
  }
  return rows;
}

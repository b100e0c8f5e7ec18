export type {
  CertificateOptions,
  CertificateWithKey,
  TestCertificateAuthority,
  TestCertificateName,
  TestPki,
  TestPkiOptions,
} from './certs/pki.js';
export { createSelfSignedCertificate, createTestCertificateAuthority, createTestPki } from './certs/pki.js';
export type { EndlessLineOptions } from './core/_hostile.js';
export type { OAuthServerOptions } from './core/_oauth.js';
export { OAUTH_REFUSALS } from './core/_oauth.js';
export type { SessionLimits } from './core/_session.js';
export type { ClientLineFilter, ConnectionLog, LogDirection, LogEntry } from './core/log.js';
export type { MailServerOptions, TestServer, TlsMode } from './core/server.js';
export type {
  ReceivedMessage,
  SmtpContext,
  SmtpHandler,
  SmtpHostileOptions,
  SmtpPreset,
  SmtpServerOptions,
  SmtpState,
} from './smtp/options.js';
export { SMTP_PRESETS } from './smtp/options.js';
export type { SmtpTestServer } from './smtp/server.js';
export { createSmtpServer } from './smtp/server.js';
export type { DnsFailure, DnsQueryLog, DnsRecords, DnsServerOptions, DnsTestServer } from './dns/server.js';
export { createDnsServer } from './dns/server.js';
export type { CommonHostileOptions } from './core/_hostile.js';
export type { HandlerContext } from './core/context.js';
export type {
  Pop3Context,
  Pop3Handler,
  Pop3HostileOptions,
  Pop3Preset,
  Pop3ServerOptions,
} from './pop3/options.js';
export { POP3_PRESETS } from './pop3/options.js';
export { createPop3Server } from './pop3/server.js';
export type {
  HugeLiteralOptions,
  ImapContext,
  ImapHandler,
  ImapHostileOptions,
  ImapPreset,
  ImapServerOptions,
  ImapState,
} from './imap/options.js';
export { IMAP_PRESETS } from './imap/options.js';
export { createImapServer } from './imap/server.js';
export type {
  DemoOverrides,
  DemoProvider,
  DemoProviderOptions,
  DemoRole,
  DemoServers,
} from './demo/provider.js';
export { DEMO_WELL_KNOWN_PORTS, startDemoProvider } from './demo/provider.js';
export type { UnansweredPort, UnansweredPortOptions } from './unanswered/port.js';
export { createUnansweredPort } from './unanswered/port.js';

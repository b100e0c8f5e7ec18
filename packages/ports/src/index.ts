/**
 * @mailports/ports: the mail-port knowledge base. Typed data and small pure queries; no I/O.
 */
export { formatSource, ianaSource, rfcSource, uniqueSources } from './citations.js';
export type { ClientErrorMatch, MatchClientErrorOptions } from './client-errors/match.js';
export {
  clientErrorsOfFamily,
  ERROR_CLIENT_NAMES,
  ERROR_FAMILIES,
  fixFor,
  matchClientError,
} from './client-errors/match.js';
export type {
  ClientErrorEntry,
  ErrorCause,
  ErrorCauseId,
  ErrorClient,
  ErrorEvidence,
  ErrorFamily,
} from './client-errors/types.js';
export { ALL_PORTS } from './data/all-ports.js';
export { CLIENT_ERRORS } from './data/client-errors.js';
export { ERROR_CAUSES } from './data/error-causes.js';
export { MAIL_SERVICES } from './data/mail-services.js';
export { IMAP_CAPABILITIES, POP3_CAPABILITIES } from './data/capabilities.js';
export { SMTP_EXTENSIONS } from './data/extensions.js';
export { MYTHS } from './data/myths.js';
export { MAILBOX_PORTS } from './data/ports-mailbox.js';
export { NEIGHBOUR_PORTS } from './data/ports-neighbours.js';
export { SMTP_PORTS } from './data/ports-smtp.js';
export { PROVIDERS } from './data/providers.js';
export { SASL_MECHANISMS } from './data/sasl.js';
export { SMTP_TIMEOUTS } from './data/smtp-timeouts.js';
export { RELAY_POLICY_RECORDS, SRV_LABELS } from './data/srv.js';
export type { MailPortFilter } from './mail-ports.js';
export {
  implicitTlsPorts,
  preferredPorts,
  protocolOfPort,
  relayPort,
  starttlsSubmissionPort,
  unofficialSubmissionPorts,
  wellKnownMailPorts,
} from './mail-ports.js';
export type { ListPortsFilter, MythFilter, RecommendedPortOptions, SrvFilter } from './queries.js';
export {
  blocksFor,
  capabilityInfo,
  explainPort,
  listPorts,
  lookupPort,
  lookupProvider,
  lookupSrvLabel,
  myths,
  providersBlocking,
  recommendedPort,
  relayPolicies,
  saslMechanism,
  sourcesForPort,
  srvLabels,
  standingFor,
} from './queries.js';
export type { MailService, MailServiceEndpoint, MailServiceId } from './mail-services/types.js';
export type {
  BlockAction,
  CapabilityEntry,
  CapabilityProtocol,
  Citation,
  CredentialOnWire,
  HistoryEvent,
  IanaAssignment,
  IanaStatus,
  MailPortEntry,
  MailProtocol,
  MailRole,
  MaybeUnverified,
  Myth,
  MythVerdict,
  NetworkProvider,
  PortBlock,
  PortChoice,
  PortEntry,
  PortProtocol,
  PortRecommendation,
  PortRole,
  PreferredPort,
  ProviderBlockOnPort,
  ProviderId,
  RecommendableRole,
  RelayPolicyRecord,
  SaslMechanism,
  SmtpTimeout,
  Source,
  SpecReference,
  SrvLabel,
  Standing,
  TlsMode,
  WrongRole,
} from './types.js';
export type {
  LoginAdvice,
  LoginFailure,
  LoginFailureInput,
  LoginMethod,
  LoginMethodEntry,
  LoginMethodStatus,
  LoginPolicy,
  LoginPolicyChange,
  LoginProviderId,
} from './login/index.js';
export {
  explainLoginFailure,
  hostMatches,
  LOGIN_FAILURES,
  LOGIN_POLICIES,
  loginAdvice,
  loginPolicy,
  loginPolicyForDomain,
  loginPolicyForHost,
  loginPolicyForMx,
} from './login/index.js';
export { FINDINGS } from './data/findings.js';
export type { FindingCode } from './data/findings.js';
export { findingDefinition, isFindingCode, listFindings } from './findings.js';
export type { FindingDefinition, FindingSeverity } from './types.js';
export { MX_SECURITY_RULES, SENDER_BEHAVIOURS, TLSRPT_RESULT_TYPES } from './data/mx-security.js';
export type { TlsRptResultType, TlsRptResultTypeEntry } from './data/mx-security.js';

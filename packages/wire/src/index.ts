export type {
  AuthSummary,
  AuthTest,
  CertificateInfo,
  CertificateVerdict,
  ConnectAttempt,
  ConnectOutcome,
  Finding,
  MailProtocol,
  PortStatus,
  ProbeErrorInfo,
  ProbeMode,
  ProbeResultBase,
  SecurityMode,
  Severity,
  StarttlsSummary,
  TimingStep,
  Timings,
  TlsInfo,
  TranscriptDirection,
  TranscriptEntry,
} from './types';
export { WIRE_ERROR_CODES, WireError } from './errors';
export type { WireErrorCode, WireErrorOptions } from './errors';
export { DEFAULT_LIMITS, DEFAULT_TIMEOUTS, checkLinesPerReply } from './timeouts';
export type { Limits, Timeouts } from './timeouts';
export { Transcript } from './transcript';
export type { TranscriptOptions } from './transcript';
export { isIpAddress, validateLine } from './validate';
export { resolveHost } from './resolve';
export type { ResolveOptions } from './resolve';
export { describeTls } from './tls-facts';
export { Connection } from './connection';
export { connect } from './open';
export type { ConnectOptions, TlsOptions } from './open';
export { runProbe } from './probe-runner';
export type { ProbeContext, RunProbeOptions } from './probe-runner';
export { runProbeOptionsOf, tlsOptionsOf } from './probe-options';
export type { CommonProbeOptions } from './probe-options';
export { describeStatus } from './status';
export { mapConcurrent } from './concurrency';
export { escapeForDisplay, hasControlCharacters } from './display';
export type { EscapeOptions } from './display';
export { injectionFinding, tlsFindings } from './findings';
export { openWithGreeting, securityPlan } from './mode-mismatch';
export type {
  OpenedWithGreeting,
  OpenWithGreetingOptions,
  SecurityPlan,
  SecurityPlanRules,
} from './mode-mismatch';
export {
  chooseOAuthMechanism,
  decodeOAuthChallenge,
  oauthInitialResponse,
  validateAccessToken,
} from './sasl-oauth';
export type { OAuthChallenge, OAuthMechanism, OAuthServerError, TokenCredentials } from './sasl-oauth';
export { TokenSaslExchange } from './sasl-token-exchange';
export type { SaslFinal, SaslStep } from './sasl-token-exchange';

/**
 * @mailports/wire: the connection layer of the mail probes (sockets, bounded line reading, implicit
 * TLS and STARTTLS upgrade, timeouts, abort, transcript, error taxonomy) and the result vocabulary.
 * The probe framework is `@mailports/wire/probe`; browser-safe text helpers are `@mailports/wire/text`.
 */
export type {
  AuthSummary,
  AuthTest,
  CertificateInfo,
  CertificateVerdict,
  ConnectAttempt,
  ConnectOutcome,
  Finding,
  FindingCode,
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
export { MAX_PROTOCOL_EVIDENCE, ProtocolError, WIRE_ERROR_CODES, WireError } from './errors';
export type { ProtocolErrorOptions, WireErrorCode, WireErrorOptions } from './errors';
export { DEFAULT_LIMITS, DEFAULT_TIMEOUTS, MAX_RESULT_JSON_BYTES, checkLinesPerReply } from './timeouts';
export type { Limits, Timeouts } from './timeouts';
export { LruMap } from './lru-map';
export { Transcript } from './transcript';
export type { TranscriptOptions } from './transcript';
export { isIpAddress, validateLine } from './validate';
export { resolveHost } from './resolve';
export type { ResolveOptions } from './resolve';
export { describeTls } from './tls-facts';
export { Connection } from './connection';
export { connect } from './open';
export type { ConnectOptions, TlsOptions } from './open';
export { describeStatus } from './status';
export { mapConcurrent } from './concurrency';
export { escapeForDisplay, hasControlCharacters } from './display';
export type { EscapeOptions } from './display';
export {
  chooseOAuthMechanism,
  decodeOAuthChallenge,
  oauthInitialResponse,
  validateAccessToken,
} from './sasl-oauth';
export type { OAuthChallenge, OAuthMechanism, OAuthServerError, TokenCredentials } from './sasl-oauth';
export { TokenSaslExchange } from './sasl-token-exchange';
export type { SaslFinal, SaslStep } from './sasl-token-exchange';
export { isIpLiteral } from './ip-literal';

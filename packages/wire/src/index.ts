export type {
  AuthSummary,
  AuthTest,
  CertificateInfo,
  CertificateVerdict,
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

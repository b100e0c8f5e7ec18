export { diffCapabilities, parseCapabilities } from './capabilities';
export { defaultEhloName, FALLBACK_EHLO_NAME } from './ehlo-name';
export { SMTP_FINDINGS } from './findings';
export type { SmtpFindingCode, SmtpFindingDefinition } from './findings';
export { DEFAULT_SMTP_PORTS, probeSmtp, probeSmtpPorts } from './probe';
export type {
  CapabilityChange,
  CapabilityChanges,
  DeliverByCapability,
  SizeCapability,
  SmtpCapabilities,
  SmtpDetails,
  SmtpPortEntry,
  SmtpPortsProbeOptions,
  SmtpProbeOptions,
  SmtpProbeResult,
  SmtpReply,
} from './types';

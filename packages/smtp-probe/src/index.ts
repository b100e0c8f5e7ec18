export { diffCapabilities, parseCapabilities } from './capabilities';
export { defaultEhloName, FALLBACK_EHLO_NAME } from './ehlo-name';
export { SMTP_FINDINGS } from './findings';
export type { SmtpFindingCode, SmtpFindingDefinition } from './findings';
export type {
  CapabilityChange,
  CapabilityChanges,
  DeliverByCapability,
  SizeCapability,
  SmtpCapabilities,
  SmtpReply,
} from './types';

export { MailboxProtocolError } from './errors';
export type { MailboxProtocolErrorOptions } from './errors';
export { MAILBOX_FINDING_CODES } from './findings';
export type { MailboxFindingCode } from './findings';
export { diffCapabilities, parseImapCapabilities, splitCapabilityAtoms } from './imap-capabilities';
export type { CapabilityChanges, ImapCapabilities } from './imap-capabilities';
export { probeImap } from './imap-probe';
export type { ImapResponseCode } from './imap-response';
export { probeMailbox } from './mailbox';
export { parsePop3Capabilities } from './pop3-capabilities';
export type { Pop3Capabilities } from './pop3-capabilities';
export { probePop3 } from './pop3-probe';
export type {
  ImapGreeting,
  ImapProbeDetails,
  ImapProbeResult,
  MailboxPortSpec,
  MailboxProbeOptions,
  Pop3Greeting,
  Pop3ProbeDetails,
  Pop3ProbeResult,
  ProbeMailboxOptions,
} from './types';

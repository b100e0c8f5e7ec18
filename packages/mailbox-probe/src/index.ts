export { diffCapabilities, parseImapCapabilities, splitCapabilityAtoms } from './imap-capabilities';
export type { CapabilityChanges, ImapCapabilities } from './imap-capabilities';
export { parsePop3Capabilities } from './pop3-capabilities';
export type { Pop3Capabilities } from './pop3-capabilities';

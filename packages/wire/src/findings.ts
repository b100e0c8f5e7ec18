import { previewBytes } from './display';
import type { Finding, MailProtocol } from './types';

export { tlsFindings } from './tls-facts';

const COMMAND: Readonly<Record<MailProtocol, string>> = { smtp: 'STARTTLS', imap: 'STARTTLS', pop3: 'STLS' };
const REFERENCE: Readonly<Record<MailProtocol, string>> = {
  smtp: 'RFC 3207 §4.2; Poddebniak et al., USENIX Security 2021',
  imap: 'RFC 3501 §6.2.1; Poddebniak et al., USENIX Security 2021',
  pop3: 'RFC 2595 §4; Poddebniak et al., USENIX Security 2021',
};

/**
 * The `starttls-injection` finding (critical) for bytes that arrived after the positive
 * STARTTLS/STLS reply and before the TLS handshake: a server (or someone in the path) sent
 * plaintext that a careless client would read as protected replies. Evidence: the bytes as
 * escaped text, at most 512 bytes.
 */
export function injectionFinding(protocol: MailProtocol, leftover: Buffer): Finding {
  return {
    code: 'starttls-injection',
    severity: 'critical',
    message: `The server sent ${leftover.length} bytes after its positive ${COMMAND[protocol]} reply and before the TLS handshake. They were discarded; a client that kept them would treat injected plaintext as replies protected by TLS.`,
    evidence: previewBytes(leftover, 512),
    reference: REFERENCE[protocol],
  };
}

import type { MailProtocol, SecurityMode } from '@mailports/wire';
import type { Role } from './types';

/** The protocols that can serve a role. */
export function protocolsFor(role: Role): readonly MailProtocol[] {
  return role === 'read' ? ['imap', 'pop3'] : ['smtp'];
}

/** What a well-known port means for a role: how much the standards prefer it, and whether it is standard there. */
export interface PortMeaning {
  /** 0–99; higher ranks first within a verdict. */
  preference: number;
  /** The port the standards name for this role and protocol (465, 587, 993, 143, 995, 110; 25 for relay). */
  standard: boolean;
  /** Short name of the service, e.g. `submissions (implicit TLS)`. */
  label: string;
}

// Thunderbird's sortTriesByPreference and RFC 8314 §3 agree on the order: TLS before plaintext,
// IMAP before POP3, implicit TLS before STARTTLS.
const SEND: Record<number, PortMeaning> = {
  465: { preference: 95, standard: true, label: 'submission over implicit TLS' },
  587: { preference: 85, standard: true, label: 'submission with STARTTLS' },
  2525: { preference: 60, standard: false, label: 'unofficial alternative submission port' },
  25: { preference: 40, standard: false, label: 'relay port' },
};
const RELAY: Record<number, PortMeaning> = {
  25: { preference: 90, standard: true, label: 'relay between mail servers' },
};
const READ_IMAP: Record<number, PortMeaning> = {
  993: { preference: 95, standard: true, label: 'IMAP over implicit TLS' },
  143: { preference: 85, standard: true, label: 'IMAP with STARTTLS' },
};
const READ_POP3: Record<number, PortMeaning> = {
  995: { preference: 75, standard: true, label: 'POP3 over implicit TLS' },
  110: { preference: 65, standard: true, label: 'POP3 with STLS' },
};

/**
 * The meaning of `port` (the well-known port the result stands for) for `role` and `protocol`.
 * Ports the table does not know are judged by the security they ended up with.
 */
export function portMeaning(
  role: Role,
  protocol: MailProtocol,
  port: number,
  security: SecurityMode | null,
): PortMeaning {
  const table =
    role === 'send' ? SEND : role === 'relay' ? RELAY : protocol === 'imap' ? READ_IMAP : READ_POP3;
  const known = table[port];
  if (known) return known;
  const secured = security === 'implicit' ? 8 : security === 'starttls' ? 4 : 0;
  const base = role === 'read' && protocol === 'pop3' ? 40 : 50;
  return { preference: base + secured, standard: false, label: `non-standard port ${port}` };
}

/** The well-known ports discovery tries for a role and protocol, in preference order. */
export function defaultPorts(role: Role): Array<{ port: number; protocol: MailProtocol }> {
  switch (role) {
    case 'send':
      return [
        { port: 465, protocol: 'smtp' },
        { port: 587, protocol: 'smtp' },
        { port: 2525, protocol: 'smtp' },
        { port: 25, protocol: 'smtp' },
      ];
    case 'relay':
      return [{ port: 25, protocol: 'smtp' }];
    case 'read':
      return [
        { port: 993, protocol: 'imap' },
        { port: 143, protocol: 'imap' },
        { port: 995, protocol: 'pop3' },
        { port: 110, protocol: 'pop3' },
      ];
  }
}

/** The implicit-TLS ports, where a probe in `auto` mode starts TLS from the first byte. */
export const IMPLICIT_TLS_PORTS: ReadonlySet<number> = new Set([465, 993, 995]);

import { implicitTlsPorts, type MailRole, preferredPorts, recommendedPort } from '@mailports/ports';
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
  /** The port the standards name for this role and protocol (`preferredPorts(role)` in @mailports/ports). */
  standard: boolean;
  /** What the port is, e.g. `Message submission over implicit TLS` (the knowledge base's title). */
  label: string;
}

/** The knowledge base's name for what a recommend role does. */
const PORT_ROLE: Record<Role, MailRole> = { send: 'submission', relay: 'relay', read: 'retrieval' };

/** Preference of a role's first standard port; each next standard port is ten points lower. */
const FIRST_CHOICE: Record<Role, number> = { send: 95, relay: 90, read: 95 };
/** Below every standard port, above a non-standard port that happens to answer. */
const UNOFFICIAL_PREFERENCE = 60;
/** A port meant for another role (the relay port, for sending): tried last. */
const OTHER_ROLE_PREFERENCE = 40;

// Thunderbird's sortTriesByPreference and RFC 8314 §3 agree on the order @mailports/ports gives:
// TLS before plaintext, IMAP before POP3, implicit TLS before STARTTLS.
function meaningsFor(role: Role): ReadonlyMap<number, PortMeaning & { protocol: MailProtocol }> {
  const meanings = new Map<number, PortMeaning & { protocol: MailProtocol }>();
  let standardRank = 0;
  for (const choice of preferredPorts(PORT_ROLE[role])) {
    const standard = choice.standing !== 'unofficial';
    const preference = standard ? FIRST_CHOICE[role] - 10 * standardRank++ : UNOFFICIAL_PREFERENCE;
    meanings.set(choice.port, { preference, standard, label: choice.title, protocol: choice.protocol });
  }
  if (role === 'send') {
    // Some servers accept submission on the relay port, so sending tries it last.
    const relay = recommendedPort('relay');
    meanings.set(relay.port, {
      preference: OTHER_ROLE_PREFERENCE,
      standard: false,
      label: 'relay port',
      protocol: 'smtp',
    });
  }
  return meanings;
}

const MEANINGS: Record<Role, ReadonlyMap<number, PortMeaning & { protocol: MailProtocol }>> = {
  send: meaningsFor('send'),
  relay: meaningsFor('relay'),
  read: meaningsFor('read'),
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
  const known = MEANINGS[role].get(port);
  if (known && known.protocol === protocol) {
    return { preference: known.preference, standard: known.standard, label: known.label };
  }
  const secured = security === 'implicit' ? 8 : security === 'starttls' ? 4 : 0;
  const base = role === 'read' && protocol === 'pop3' ? 40 : 50;
  return { preference: base + secured, standard: false, label: `non-standard port ${port}` };
}

/**
 * The well-known ports discovery tries for a role, best first, with the protocol spoken there: the
 * order @mailports/ports prefers for the role (`send`: 465, 587, 2525; `read`: 993, 143, 995, 110;
 * `relay`: 25), and for `send` the relay port last, since some servers accept submission there.
 * Pure and browser-safe.
 * @param role - `send`, `relay` or `read`.
 */
export function defaultPorts(role: Role): Array<{ port: number; protocol: MailProtocol }> {
  return [...MEANINGS[role]].map(([port, { protocol }]) => ({ port, protocol }));
}

/** The implicit-TLS ports, where a probe in `auto` mode starts TLS from the first byte. */
export const IMPLICIT_TLS_PORTS: ReadonlySet<number> = new Set(implicitTlsPorts());

import type { MailProtocol } from '@mailports/wire';
import {
  ianaSource,
  providersBlocking as blocking,
  lookupPort,
  lookupProvider,
  type NetworkProvider,
  type PortBlock,
  rfcSource,
} from '@mailports/ports';
import type { Citation } from './types';

/**
 * The facts the ranking cites, in one place. Citations and provider policies come from
 * @mailports/ports so that a correction there reaches every explanation here.
 */

const RFC_EDITOR = 'https://www.rfc-editor.org/rfc/rfc';

/** The rules the ranking applies, each with the section that states it. */
export const CITE = {
  implicitTlsPreferred: rfcSource(8314, '3'),
  submissionsPort: rfcSource(8314, '3.3'),
  cleartextDeprecated: rfcSource(8314, '4.1'),
  certificateValidation: rfcSource(8314, '5.3'),
  tls12Minimum: rfcSource(8997),
  submissionAuth: rfcSource(6409, '4.3'),
  relayPort: rfcSource(5321),
  starttlsSmtp: rfcSource(3207, '4'),
  opportunisticTls: rfcSource(7435),
  starttlsDiscard: rfcSource(3207, '4.2'),
  imapStarttls: rfcSource(3501, '6.2.1'),
  pop3Stls: rfcSource(2595, '4'),
  srv: rfcSource(6186, '3'),
  unregistered2525: ianaSource(2525),
} as const satisfies Record<string, Citation>;

/** The RFC 8314 section on a protocol's implicit-TLS port: §3.3 submission, §3.2 IMAP, §3.1 POP3. */
export function implicitTlsSection(protocol: MailProtocol): Citation {
  return rfcSource(8314, protocol === 'smtp' ? '3.3' : protocol === 'imap' ? '3.2' : '3.1');
}

/**
 * Where "TLS before the login" is stated: RFC 3207 §4 for SMTP (and RFC 8314 §5.2 for clients),
 * RFC 2595 §2.3 for IMAP and POP3. (RFC 8314 §4.1 deprecates cleartext; it does not state the order.)
 */
export function loginAfterTls(protocol: MailProtocol): Citation {
  return protocol === 'smtp' ? rfcSource(3207, '4') : rfcSource(2595, '2.3');
}

/**
 * Turns a finding's `reference` (`RFC 8314 §3.3`, `RFC 8997`) into a citation; null when it does not
 * name an RFC.
 */
export function citationFromReference(reference: string | undefined): Citation | null {
  if (reference === undefined) return null;
  const match = /^RFC\s*(\d+)(?:\s*§\s*([\dA-Z][\d.]*))?/.exec(reference.trim());
  if (!match) return null;
  try {
    return rfcSource(Number(match[1]), match[2]);
  } catch {
    // A malformed section in a probe's reference still names the RFC.
    return { label: `RFC ${match[1]}`, url: `${RFC_EDITOR}${match[1]}` };
  }
}

/** One provider restriction on an outbound port, as the ranking needs it. */
export interface ProviderPortBlock {
  id: string;
  name: string;
  port: number;
  action: 'blocked' | 'throttled' | 'may-block';
  accounts: string;
  /** The provider's own documentation (its first source). */
  source: Citation;
}

function toBlock(provider: NetworkProvider, block: PortBlock): ProviderPortBlock {
  const source = provider.sources[0] ?? { label: provider.name, url: '' };
  return {
    id: provider.id,
    name: provider.name,
    port: block.port,
    action: block.action,
    accounts: block.accounts,
    source,
  };
}

/** The restrictions a provider documents for a port; empty when the provider or the port is unknown. */
export function providerBlocks(providerId: string, port: number): ProviderPortBlock[] {
  const provider = lookupProvider(providerId);
  if (!provider) return [];
  return provider.blocks.filter((block) => block.port === port).map((block) => toBlock(provider, block));
}

/** Every cloud provider that blocks (not merely throttles) a port, for "which networks do this" lists. */
export function providersBlocking(port: number): ProviderPortBlock[] {
  return blocking(port)
    .filter(({ provider, block }) => block.action === 'blocked' && provider.kind === 'cloud')
    .map(({ provider, block }) => toBlock(provider, block));
}

/** How TLS is reached on a well-known port (`implicit` or `starttls`), or null when the knowledge base does not say. */
export function expectedTlsMode(port: number): 'implicit' | 'starttls' | null {
  const mode = lookupPort(port)?.tls;
  return mode === 'implicit' || mode === 'starttls' ? mode : null;
}

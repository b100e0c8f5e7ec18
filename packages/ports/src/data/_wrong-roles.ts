import { rfcSource } from '../citations.js';
import type { WrongRole } from '../types.js';

/**
 * Why a submission port is never a relay port: MX records carry no port, so server-to-server mail
 * always goes to 25. RFC 8314 §7.3 gives exactly this as the reason the old "smtps" registration
 * on 465 "made no sense".
 */
export const NOT_FOR_RELAY: WrongRole = {
  role: 'relay',
  why: 'MX records cannot name a port, so mail between servers always goes to port 25.',
  sources: [rfcSource(8314, '7.3')],
};

import type { PortEntry } from '../types.js';
import { MAILBOX_PORTS } from './ports-mailbox.js';
import { NEIGHBOUR_PORTS } from './ports-neighbours.js';
import { SMTP_PORTS } from './ports-smtp.js';

/** Every port entry, in reading order: SMTP, mailbox access, then neighbours. */
export const ALL_PORTS: readonly PortEntry[] = [...SMTP_PORTS, ...MAILBOX_PORTS, ...NEIGHBOUR_PORTS];

import { LARGE_PROVIDER_POLICIES } from './_policies-large.js';
import { OTHER_POLICIES } from './_policies-other.js';
import type { LoginPolicy } from './types.js';

/** How mailbox providers and sending services let clients log in to SMTP, IMAP and POP3. */
export const LOGIN_POLICIES: readonly LoginPolicy[] = [...LARGE_PROVIDER_POLICIES, ...OTHER_POLICIES];

import { ProtocolError, type ProtocolErrorOptions } from '@mailports/wire';

/** Construction options for {@link MailboxProtocolError}: wire's {@link ProtocolErrorOptions}. */
export type MailboxProtocolErrorOptions = Omit<ProtocolErrorOptions, 'cause'>;

/**
 * The server spoke, but not POP3/IMAP as the step allows: a wrong tag, an unexpected continuation,
 * a status the command cannot get, a greeting that is not one. wire's {@link ProtocolError}
 * (`E_PROTOCOL`, status `protocol-error`), whose `command` and raw `reply` reach the probe result's `error`.
 */
export class MailboxProtocolError extends ProtocolError {}

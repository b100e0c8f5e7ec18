import type { MaybeUnverified, PortProtocol, Source, TlsMode } from '../types.js';

/** Stable ids of the mail services in {@link MAIL_SERVICES}. */
export type MailServiceId =
  | 'google'
  | 'microsoft'
  | 'icloud'
  | 'yahoo-aol'
  | 'fastmail'
  | 'zoho'
  | 'amazon-ses'
  | 'sendgrid'
  | 'mailgun'
  | 'postmark';

/** One server a mail service documents for its users: where to connect and how TLS starts there. */
export interface MailServiceEndpoint {
  readonly role: 'submission' | 'retrieval';
  readonly protocol: Extract<PortProtocol, 'smtp' | 'imap' | 'pop3'>;
  /** Host name as documented; `‹region›` marks a part the user picks. */
  readonly host: string;
  readonly port: number;
  readonly tls: TlsMode;
}

/**
 * A mail provider or sending service and the servers it documents. Login policy (app passwords,
 * OAuth2) is not here: it is its own data, joined by host name where the knowledge base has it.
 */
export interface MailService extends MaybeUnverified {
  readonly id: MailServiceId;
  readonly name: string;
  /** `mailbox`: people read and send mail there; `sending`: an API/relay service for applications. */
  readonly kind: 'mailbox' | 'sending';
  /** Address domains served, for mailboxes (`gmail.com`); empty for sending services. */
  readonly domains: readonly string[];
  readonly endpoints: readonly MailServiceEndpoint[];
  /** What the service says in plain words that matters for connecting (one or two sentences). */
  readonly notes: string;
  readonly sources: readonly Source[];
  /** ISO date the endpoints were last checked against the sources. */
  readonly lastVerified: string;
}

import type { Source } from '../types.js';

/**
 * A mail client or library whose error messages the catalogue knows. `node` is Node.js itself
 * (`node:tls`, `node:net`), which nodemailer and imapflow pass through unchanged.
 */
export type ErrorClient =
  | 'nodemailer'
  | 'imapflow'
  | 'node'
  | 'openssl'
  | 'thunderbird'
  | 'outlook'
  | 'phpmailer'
  | 'smtplib';

/**
 * The family an error message belongs to; one troubleshooting page each.
 * - `tls-mode`: the client and the port disagree on when TLS starts.
 * - `no-answer`: nothing answers the connect, or something refuses or resets it.
 * - `certificate`: the TLS certificate does not verify for the name the client checks.
 * - `greeting`: connected, but no (or a refusing) greeting in time.
 * - `starttls`: the upgrade to TLS is refused or missing.
 * - `login`: the server refuses the login, or the kind of login.
 */
export type ErrorFamily = 'tls-mode' | 'no-answer' | 'certificate' | 'greeting' | 'starttls' | 'login';

/**
 * One cause an error message can have. The probe-observable ones are told apart by `mailports explain
 * --host --port`; `wrong-credentials` and most of `login-policy` are known only from the server's words.
 */
export type ErrorCauseId =
  | 'plaintext-to-implicit-tls-port'
  | 'tls-to-plaintext-port'
  | 'no-answer'
  | 'refused'
  | 'reset'
  | 'silent-server'
  | 'greeting-delay'
  | 'greeting-refused'
  | 'certificate-name-mismatch'
  | 'certificate-expired'
  | 'certificate-untrusted'
  | 'starttls-refused'
  | 'login-policy'
  | 'wrong-credentials';

/** A cause with its explanation, what confirms it, and the fix in each client's own words. */
export interface ErrorCause {
  readonly id: ErrorCauseId;
  readonly family: ErrorFamily;
  /** One line, e.g. `The port speaks implicit TLS, the client spoke plaintext`. */
  readonly title: string;
  /** What happens on the wire, in a few sentences for a person. */
  readonly explanation: string;
  /** What a probe observes when this is the cause; `null` when no probe can see it. */
  readonly observedAs: string | null;
  /**
   * The fix in each client's own option names (`secure: true`, `requireTLS`, `tls.servername`); `any`
   * for clients not listed.
   */
  readonly fixes: Readonly<Partial<Record<ErrorClient | 'any', string>>>;
  readonly sources: readonly Source[];
}

/**
 * How an entry was seen. `reproduced`: the repository's tests make the real client print the message
 * against a misbehaving server on loopback and check that `explain` names the cause. `cited`: a client
 * that cannot run here (a desktop mail program, PHP, Python); the message comes from `sources`.
 */
export type ErrorEvidence =
  | { readonly kind: 'reproduced'; readonly how: string }
  | { readonly kind: 'cited'; readonly why: string };

/** One error message as a client prints it, and the causes it can have. */
export interface ClientErrorEntry {
  /** Stable kebab-case id, e.g. `nodemailer-greeting-never-received`. */
  readonly id: string;
  /** The clients that print this text (Node's TLS messages reach users through nodemailer and imapflow). */
  readonly clients: readonly ErrorClient[];
  readonly family: ErrorFamily;
  /** The message as printed, with variable parts as `‹host›`, `‹port›`. */
  readonly message: string;
  /** Other spellings or codes of the same error that also match (matched case-insensitively). */
  readonly patterns: readonly RegExp[];
  /** Possible causes, most likely first. */
  readonly causes: readonly ErrorCauseId[];
  readonly evidence: ErrorEvidence;
  readonly sources: readonly Source[];
}

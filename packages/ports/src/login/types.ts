import type { MaybeUnverified, Source } from '../types.js';

/**
 * A way to log in to a provider's SMTP, IMAP or POP3 service.
 * - `oauth2`: an OAuth 2.0 access token over SASL XOAUTH2 or OAUTHBEARER.
 * - `app-password`: a separate password generated for one app (needs two-step verification at most providers).
 * - `password`: the account's own password.
 * - `api-key`: a key or SMTP credential generated in a sending service's console, used as the password.
 * - `bridge-password`: a password a local bridge generates (Proton Mail Bridge).
 */
export type LoginMethod = 'oauth2' | 'app-password' | 'password' | 'api-key' | 'bridge-password';

/**
 * Where a login method stands at a provider.
 * - `works`: accepted today.
 * - `conditional`: accepted only when a setting allows it (an admin switch, IMAP access turned on).
 * - `retiring`: accepted today, with a dated switch-off announced.
 * - `refused`: not accepted (any more).
 */
export type LoginMethodStatus = 'works' | 'conditional' | 'retiring' | 'refused';

/** Stable ids of the providers whose login policy is known. */
export type LoginProviderId =
  | 'google'
  | 'google-workspace'
  | 'microsoft-consumer'
  | 'microsoft-365'
  | 'yahoo'
  | 'aol'
  | 'icloud'
  | 'fastmail'
  | 'zoho'
  | 'gmx'
  | 'web-de'
  | 'proton-bridge'
  | 'amazon-ses'
  | 'sendgrid'
  | 'mailgun'
  | 'postmark'
  | 'resend';

/** One login method at one provider. */
export interface LoginMethodEntry extends MaybeUnverified {
  readonly method: LoginMethod;
  readonly status: LoginMethodStatus;
  /** What to do or know, in one or two sentences (the user name to give, the switch to turn on). */
  readonly note: string;
  /** The provider's page where the user sets this up (app passwords, SMTP keys), when there is one. */
  readonly setup?: Source;
  readonly sources: readonly Source[];
}

/** One dated change to how a provider lets clients log in. */
export interface LoginPolicyChange extends MaybeUnverified {
  /** ISO date, as precise as known (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Sorts as text. */
  readonly date: string;
  readonly change: string;
  /** True when the date is announced and still ahead of `lastVerified`. */
  readonly announced?: boolean;
  readonly sources: readonly Source[];
}

/**
 * How a provider lets mail clients and applications log in to SMTP, IMAP and POP3, and how to
 * recognise it: host names of its services, the MX host names of domains it hosts, its own mail
 * domains. Host patterns: an exact name, or `*.` + a suffix matching one or more labels.
 */
export interface LoginPolicy extends MaybeUnverified {
  readonly id: LoginProviderId;
  readonly name: string;
  /** `mailbox`: a mailbox provider; `sending-service`: an email API with SMTP relay; `bridge`: a local bridge. */
  readonly kind: 'mailbox' | 'sending-service' | 'bridge';
  /** SMTP submission, IMAP and POP3 host names (and patterns) of the provider. */
  readonly hosts: readonly string[];
  /** MX host patterns that identify a domain hosted there (empty for sending services). */
  readonly mxPatterns: readonly string[];
  /** The provider's own address domains (`gmail.com`); empty when any domain can be hosted. */
  readonly domains: readonly string[];
  /** Every login method with its status, the preferred one first. */
  readonly methods: readonly LoginMethodEntry[];
  /** Changes to login, oldest first. */
  readonly timeline: readonly LoginPolicyChange[];
  /** ISO date the policy was last checked against its sources. */
  readonly lastVerified: string;
  /** `documented`: the provider's own pages; `reported`: user reports or third parties. */
  readonly evidence: 'documented' | 'reported';
  readonly sources: readonly Source[];
}

/** What a login failure means and what to do, from the catalogue. */
export interface LoginFailure extends MaybeUnverified {
  readonly id: string;
  readonly protocol: 'smtp' | 'imap' | 'pop3';
  /** What the server's answer must hold for the entry to apply; every given field must match. */
  readonly match: {
    /** SMTP reply code, e.g. `535`. */
    readonly code?: number;
    /** RFC 3463 enhanced code, e.g. `5.7.139`. */
    readonly enhanced?: string;
    /** IMAP response code or POP3 RFC 2449 code, without brackets: `AUTHENTICATIONFAILED`, `SYS/TEMP`. */
    readonly responseCode?: string;
    /** A phrase the answer contains (compared case-insensitively). */
    readonly text?: string;
  };
  /** The provider whose servers send this, when it is provider-specific. */
  readonly provider?: LoginProviderId;
  /** `permanent`: the credentials or the policy; `temporary`: try again later, no verdict on the credentials. */
  readonly kind: 'permanent' | 'temporary';
  readonly cause: string;
  readonly fix: string;
  readonly sources: readonly Source[];
}

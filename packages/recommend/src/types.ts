import type { LoginMethod } from '@mailports/ports';
import type {
  MailProtocol,
  OAuthServerError,
  ProbeMode,
  ProbeResultBase,
  SecurityMode,
} from '@mailports/wire';
import type { SenderVerdict } from './mx/types';
import type { PublishedOptions, PublishedReport } from './types-published';

export type {
  AuditFinding,
  PublishedFetch,
  PublishedOptions,
  PublishedReport,
  PublishedServer,
  PublishedSource,
} from './types-published';

/**
 * What the user wants to do with a mail server.
 * - `send`: submit mail as a user (message submission: 465, 587; 2525 as a fallback).
 * - `relay`: server-to-server delivery to the domain's MX hosts (port 25).
 * - `read`: fetch mail (IMAP 993/143, POP3 995/110).
 */
export type Role = 'send' | 'relay' | 'read';

/** What the user knows about their own network and preferences. */
export interface Constraints {
  /** Ports known to be blocked where the mail client will run: options on them are `unusable`. */
  blockedPorts?: number[];
  /** Ports to avoid when there is a choice: options on them rank lower and are never `recommended`. */
  avoidPorts?: number[];
  /**
   * When true (the default), `best` is never an option that sends credentials or mail in clear;
   * false lets a `works-but-insecure` option become `best` when nothing better answered.
   */
  requireTls?: boolean;
  /**
   * The provider id of the network the mail client runs on (a provider block id from @mailports/ports,
   * e.g. `gcp`, `aws`, `digitalocean`): ports that provider blocks are stated as blocked, with its documentation.
   */
  network?: string;
  /**
   * When false (the default), `best` is never an option whose certificate failed verification: a
   * client that verifies certificates (nodemailer and Thunderbird by default) would refuse it. Such
   * options still rank as `works` with the reason; true lets one become `best`.
   */
  acceptUntrustedCertificates?: boolean;
}

/** Where a statement comes from: a standard (or provider documentation) section and its address. */
export interface Citation {
  /** Short label, e.g. `RFC 8314 §3.3`. */
  label: string;
  url: string;
}

/**
 * One plain-words reason behind a verdict.
 * - `observed`: what the probe saw on the wire.
 * - `inferred`: a conclusion drawn from several observations; it may be wrong, and says so.
 * - `standard`: a rule from a standard or from a provider's documentation, with its citation.
 */
export interface Reason {
  kind: 'observed' | 'inferred' | 'standard';
  text: string;
  citation?: Citation;
  /** For `inferred`: the observations the conclusion rests on, one short line each. */
  evidence?: string[];
  /**
   * For `inferred`: how strongly the evidence supports it. `high`: the observations leave one
   * explanation; `medium`: the likely one among few; `low`: one of several, worth checking.
   */
  confidence?: Confidence;
}

/** How strongly an inference's evidence supports it; see {@link Reason}. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * How usable an option is, best first.
 * - `recommended`: works, protected by verified TLS 1.2+, credentials only inside TLS, on the port the standards name for the role.
 * - `works`: usable, with a caveat (non-standard port, unverified certificate, outdated TLS, server misconfiguration).
 * - `works-but-insecure`: answers, but credentials or mail would cross the network in clear.
 * - `unusable`: did not answer, failed, or cannot serve the role.
 */
export type Verdict = 'recommended' | 'works' | 'works-but-insecure' | 'unusable';

/** One probed host and port, judged for a role. */
export interface RankedOption {
  host: string;
  /** The port actually probed (after any `resolvePorts` remapping). */
  port: number;
  protocol: MailProtocol;
  /** The security the probe ended up with; null when it never got that far. */
  security: SecurityMode | null;
  /** Upper-case SASL mechanisms offered on the connection as finally secured. */
  authMechanisms: string[];
  verdict: Verdict;
  /**
   * Higher is better. Options are sorted by verdict, then by the domain's stated preference (SRV
   * records) when it has one, then by score. Every `recommended` scores above every `works`.
   */
  score: number;
  reasons: Reason[];
  /** Where the candidate came from (see {@link Candidate.source}), when known. */
  source?: string;
  /** The well-known port this option stands for when `port` was remapped (tests, demo); absent otherwise. */
  wellKnownPort?: number;
  /** How to log in here (set by `recommend` for send and read options); the settings follow it. */
  login?: LoginAdviceSummary;
  /** The domain's stated order for this option (its SRV records, 0 first); absent when not advertised. */
  stated?: number;
}

/** The ranked answer for one role. */
export interface Recommendation {
  role: Role;
  /**
   * The highest-ranked usable option (`recommended` or `works`; also `works-but-insecure` when
   * `requireTls` is false), skipping options whose certificate fails verification unless
   * `acceptUntrustedCertificates`; null when there is none. It is one of `options`.
   */
  best: RankedOption | null;
  /** Every option for the role, best first, the unusable ones included (with their reasons). */
  options: RankedOption[];
  /** Conclusions drawn across results (filtered ports, misconfigured servers, nothing answering). */
  inferences: Reason[];
  /**
   * The login check on `best`, present only when {@link recommend} was given `credentials` (for every
   * role asked, `not-tried` with the reason where no login was allowed).
   */
  login?: LoginCheck;
}

/**
 * Why no login was tried for a role (see {@link loginEligibility}).
 * - `no-option`: the role has no usable option.
 * - `relay`: relay to an MX never logs in; credentials are for submission and mailbox servers.
 * - `not-answered`: the probe behind the option did not complete.
 * - `not-encrypted`: the option is not inside TLS (plaintext, or STARTTLS never completed).
 * - `untrusted-certificate`: its certificate failed verification (even when accepted as `insecure`).
 * - `outside-domain`: the host is not inside the queried domain and the user did not name it as
 *   trusted (RFC 6186 §6, RFC 8314 §5.1, RFC 7817): a DNS answer alone does not get the password.
 */
export type LoginSkipReason =
  | 'no-option'
  | 'relay'
  | 'not-answered'
  | 'not-encrypted'
  | 'untrusted-certificate'
  | 'outside-domain';

/**
 * How a login check ended.
 * - `succeeded`: the server accepted the credentials.
 * - `failed`: the server refused them (wrong user name or password, or an account not allowed there).
 * - `no-mechanism`: the server offers no login method the probe can use; nothing was sent.
 * - `error`: the login connection or the exchange failed before an answer (timeout, closed, a
 *   certificate that no longer verified…); the message says which.
 * - `not-tried`: no credentials were sent; `reason` says why.
 */
export type LoginOutcome = 'succeeded' | 'failed' | 'no-mechanism' | 'error' | 'not-tried';

/** The outcome of the login check on one role's best option. Never contains the password. */
export interface LoginCheck {
  /** The user name tried (or that would have been). */
  username: string;
  outcome: LoginOutcome;
  /** The mechanism or command used (`PLAIN`, `LOGIN`, `USER`), when a login ran. */
  mechanism: string | null;
  /** One sentence for a person: the server's answer in brief, or why nothing was sent. */
  message: string;
  /** Only when `outcome` is `not-tried`. */
  reason?: LoginSkipReason;
  /**
   * The probe result of the login connection (its own connection to the best option's address, port
   * and security mode; the transcript has the credentials redacted). Absent when not tried.
   */
  result?: ProbeResultBase;
  /** What was tested: the account's password or an OAuth 2.0 token. */
  credential?: 'password' | 'token';
  /** The server's final answer to the login, escaped and with secrets removed. */
  serverReply?: string;
  /** The error the server explained in its SASL challenge when it refused a token. */
  oauthError?: OAuthServerError | null;
  /** What the refusal means and how to fix it, from the @mailports/ports failure catalogue. */
  explanation?: LoginFailureExplanation;
}

/** A login failure decoded: cause, fix and sources from the catalogue. */
export interface LoginFailureExplanation {
  /** Catalogue id, e.g. `microsoft-smtp-auth-disabled-tenant`. */
  id: string;
  /** `temporary`: no verdict on the credentials, try later. */
  kind: 'permanent' | 'temporary';
  cause: string;
  fix: string;
  /** True when the entry says part of it rests on weaker ground. */
  unverified: boolean;
  citations: Citation[];
}

/**
 * How to log in at an option, from what the server offered inside TLS (`observed`) or the provider's
 * documented policy (`provider-policy`, @mailports/ports).
 */
export interface LoginAdviceSummary {
  /** What to log in with: OAuth2, an app password, the password, an API key, a bridge password. */
  method: LoginMethod;
  basis: 'observed' | 'provider-policy';
  /** The provider recognised from the host name, when one was. */
  provider: { id: string; name: string } | null;
  /** One or two sentences for a person. */
  message: string;
  /** The provider's page where the app password or key is made, when there is one. */
  setup?: Citation;
  citations: Citation[];
}

/** Input of {@link rank}. */
export interface RankInput {
  role: Role;
  results: readonly ProbeResultBase[];
  constraints?: Constraints;
  /** `'host:port'` (the probed port) → where that candidate came from. */
  sources?: Record<string, string>;
  /**
   * `'host:port'` (the probed port) → the domain's stated order for the candidate (its SRV records,
   * {@link Candidate.stated}): among options of the same verdict, advertised ones come first, in order.
   */
  stated?: Record<string, number>;
  /**
   * `'host:port'` (the probed port) → the well-known port the result stands for, when the port was
   * remapped (`resolvePorts` in tests and the demo). Without it the probed port is taken as is.
   */
  wellKnownPorts?: Record<string, number>;
  /**
   * Other results (e.g. of other roles on the same hosts), never ranked: only evidence that a host
   * answered, for "port 25 timed out while 587 answered on the same host".
   */
  context?: readonly ProbeResultBase[];
  /**
   * For `relay`: `'host:port'` (as probed) → the MTA-STS and DANE senders' verdicts on that MX (see
   * `inspectMx`). A sender that refuses the MX caps the option at `works`, with the reason first.
   */
  relayPolicies?: Record<string, readonly SenderVerdict[]>;
}

/** A host and port worth probing for a role, and why. */
export interface Candidate {
  host: string;
  /** The well-known port (465, 587, …) before any `resolvePorts` remapping. */
  port: number;
  protocol: MailProtocol;
  mode: ProbeMode;
  role: Role;
  /**
   * `srv _submissions._tcp`, `beside srv _submission._tcp` (the RFC 8314 implicit-TLS port on a host
   * that advertised only STARTTLS: found, not advertised), `autoconfig`, `ispdb`, `autodiscover`
   * (published configuration), `fallback (srv host)` (2525 on a submission host), `mx`, `implicit mx`,
   * `guess smtp.`, `input`.
   */
  source: string;
  /** Lower is tried and preferred first (SRV priority, MX preference, then guesses). */
  priority: number;
  /**
   * Only for candidates the domain advertised with SRV records: their position in the domain's stated
   * order for the role (0 first; SRV priority, then weight, across services, RFC 6186 §3.4). The
   * ranking puts advertised options first among options of the same verdict.
   */
  stated?: number;
  /** Addresses discovery resolved for `host` (IPv4 first); the probe connects to the first that answers. */
  addresses?: string[];
}

/** What discovery found for a target. */
export interface Discovery {
  /** The target as given. */
  input: string;
  /** The mail domain (from an address or a domain), or null for a bare host or an IP address. */
  domain: string | null;
  candidates: Candidate[];
  /** SRV labels published with target `.`: the domain says that service is not offered (RFC 6186 §3). */
  notOffered: string[];
  /** DNS failures worth telling (timeouts, server failures); a missing record is not an error. */
  errors: string[];
  /** Records that were found but not used, with why (an SRV port 0, MX hosts beyond the ten probed…). */
  ignored: string[];
  /** Every question discovery asked, whom, and what came back, in the order answered. */
  queries: DnsQuery[];
  /** What the domain publishes for mail clients; absent when fetching was off or there is no domain. */
  published?: PublishedReport;
}

/** One discovery question and its answer. */
export interface DnsQuery {
  /** e.g. `SRV _submissions._tcp.example.com`, `MX example.com`, `address mail.example.com`. */
  question: string;
  /** Who answered: the DNS server asked (`ip:port`), `system DNS servers`, or `system resolver` (getaddrinfo). */
  via: string;
  /** `no record`, the records in brief, or the failure code (`ETIMEOUT`, `ESERVFAIL`…). */
  answer: string;
}

/** Options of {@link discover}. */
export interface DiscoverOptions {
  /** An email address, a mail domain, or a host name / IP address. */
  target: string;
  /** Roles to find candidates for; default `['send', 'read']`. */
  roles?: Role[];
  /**
   * DNS server to ask instead of the system's, `'host'` or `'host:port'` (`'[::1]:5353'` for IPv6):
   * for tests, or to ask one specific server. It then answers every question, addresses included
   * (unless `addresses: 'system'`).
   */
  dnsServer?: string;
  /** Per-query timeout in milliseconds; default 5000. */
  timeout?: number;
  signal?: AbortSignal;
  /** Try conventional host names (smtp., imap., mail., …) as Thunderbird does; default true. */
  guess?: boolean;
  /**
   * Where addresses come from: `system` (getaddrinfo: hosts file, VPN, split DNS) or `dns` (A and
   * AAAA from the DNS server in use). Default `system` without `dnsServer`, `dns` with it.
   */
  addresses?: 'system' | 'dns';
  /**
   * Read the configuration the domain publishes for mail clients (autoconfig, ISPDB, Autodiscover)
   * and add each server as a candidate; `false` fetches nothing (`--no-fetch`). Default: fetch, with
   * the defaults of {@link PublishedOptions}.
   */
  fetch?: false | PublishedOptions;
}

/**
 * Progress of {@link recommend}: one event per probe start and end, then, with `credentials`, one per
 * login check start and end (only for the best options that may receive them).
 */
export type ProgressEvent =
  | { type: 'probe-start'; candidate: Candidate }
  | { type: 'probe-end'; candidate: Candidate; result: ProbeResultBase }
  | { type: 'login-start'; role: Role; option: RankedOption }
  | { type: 'login-end'; role: Role; option: RankedOption; check: LoginCheck };

/** The full answer of {@link recommend}. */
export interface RecommendReport {
  discovery: Discovery;
  /** One result per distinct (host, probed port, protocol), in candidate order. */
  results: ProbeResultBase[];
  /** One per role asked, in the order asked. */
  recommendations: Recommendation[];
  durationMs: number;
}

/**
 * The data model of the mail-port knowledge base. Every fact carries at least one {@link Source}
 * so a reader (or the CLI, or the docs site) can show where it comes from.
 */

/**
 * Where a fact comes from: a short label a person can read and a URL that opens it.
 * RFC sections use the RFC Editor's anchors, e.g.
 * `{ label: 'RFC 8314 §3.3', url: 'https://www.rfc-editor.org/rfc/rfc8314#section-3.3' }`.
 */
export interface Source {
  readonly label: string;
  readonly url: string;
}

/** Same shape as {@link Source}; the name the recommender uses for a source attached to a reason. */
export type Citation = Source;

/** The application protocol spoken on a mail port. */
export type PortProtocol = 'smtp' | 'imap' | 'pop3' | 'lmtp' | 'managesieve';

/** The protocols between a mail client (or another server) and a provider: SMTP, IMAP and POP3. */
export type MailProtocol = 'smtp' | 'imap' | 'pop3';

/**
 * What a port is for.
 * - `relay`: server to server (MX) transfer, RFC 5321.
 * - `submission`: a mail client handing a new message to its provider, RFC 6409.
 * - `retrieval`: a mail client reading a mailbox (IMAP, POP3).
 * - `local-delivery`: an MTA handing mail to the mailbox store (LMTP), inside one site.
 * - `filter-management`: a client uploading Sieve filter scripts (ManageSieve).
 */
export type PortRole = 'relay' | 'submission' | 'retrieval' | 'local-delivery' | 'filter-management';

/** The roles of the well-known mail ports: relay, submission and retrieval. */
export type MailRole = 'relay' | 'submission' | 'retrieval';

/**
 * How TLS is reached on a port.
 * - `implicit`: TLS from the first byte (RFC 8314 "Implicit TLS").
 * - `starttls`: plaintext greeting, then an upgrade command (STARTTLS, STLS).
 * - `none`: no TLS is defined for the port's usual deployment.
 */
export type TlsMode = 'implicit' | 'starttls' | 'none';

/**
 * Where a port stands today for its role.
 * - `recommended`: what current standards tell a new setup to use.
 * - `supported`: standard and fine, but not the first choice.
 * - `legacy`: still seen, kept for old clients; do not choose it for new setups.
 * - `unofficial`: not assigned to this use by IANA; a vendor or local convention.
 * - `not-for-this-role`: using the port for the role in question is a mistake.
 */
export type Standing = 'recommended' | 'supported' | 'legacy' | 'unofficial' | 'not-for-this-role';

/**
 * Status of a row in the IANA Service Name and Transport Protocol Port Number Registry.
 * - `assigned`: the registry lists the service on this number and transport.
 * - `reserved`: the registry holds the number back on this transport (listed as "Reserved").
 * - `revoked`: once assigned, since withdrawn; the registry no longer shows it, so the source is
 *   the document that tells the story (e.g. RFC 8314 §7.3 for `smtps`).
 * - `not-assigned`: nothing is registered for the use in question.
 */
export type IanaStatus = 'assigned' | 'reserved' | 'revoked' | 'not-assigned';

/**
 * Set on a record when part of it could not be checked against a primary source (the RFC text,
 * the IANA registry, the provider's own documentation). Says which part and why, so a reader can
 * weigh it; the rest of the record is checked.
 */
export interface MaybeUnverified {
  readonly unverified?: string;
}

/** One IANA registry row for the port number (past or present). */
export interface IanaAssignment {
  /** Service name, e.g. `submissions`; `''` where IANA lists a description without a name. */
  readonly service: string;
  readonly transport: 'tcp' | 'udp';
  readonly status: IanaStatus;
  /** The registry's description, e.g. `Message Submission over TLS protocol`. */
  readonly description: string;
  /** True when the assignment is about mail; false for an unrelated service holding the number. */
  readonly mailRelated: boolean;
  /** The registry's Registration Date (ISO), when it gives one. */
  readonly registered?: string;
  readonly sources: readonly Source[];
}

/** A defining or relevant specification for a port, with the section that matters. */
export interface SpecReference {
  /** RFC number. */
  readonly rfc: number;
  /** Section or appendix, e.g. `3.3` or `A`; absent when the whole document applies. */
  readonly section?: string;
  /** Short title, e.g. `Cleartext Considered Obsolete`. */
  readonly title: string;
  /** What this reference says about the port, in one sentence. */
  readonly says: string;
  readonly source: Source;
}

/** One dated event in a port's history. */
export interface HistoryEvent extends MaybeUnverified {
  /** ISO date, as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Sorts as text. */
  readonly date: string;
  readonly event: string;
  readonly sources: readonly Source[];
}

/** A role the port must not be used for, and why. */
export interface WrongRole {
  readonly role: PortRole;
  readonly why: string;
  readonly sources: readonly Source[];
}

/** Everything the knowledge base knows about one mail port. */
export interface PortEntry {
  readonly port: number;
  /** Short title, e.g. `Message submission over implicit TLS`. */
  readonly title: string;
  readonly protocol: PortProtocol;
  readonly role: PortRole;
  readonly tls: TlsMode;
  /** True when TLS is mandatory before credentials or mail on this port per its RFC. */
  readonly tlsRequired: boolean;
  readonly standing: Standing;
  /** Current TCP service names IANA lists at this number (any use), e.g. `['urd', 'submissions']`. */
  readonly iana: readonly string[];
  /** Every registry row, including revoked and UDP ones. */
  readonly ianaAssignments: readonly IanaAssignment[];
  /** Names people use for it that are not the IANA name, e.g. `smtps`, `SSL/TLS`. */
  readonly alsoKnownAs: readonly string[];
  readonly specs: readonly SpecReference[];
  /** Dated events, oldest first. */
  readonly history: readonly HistoryEvent[];
  /** The port in plain words: a few sentences for someone who is not a mail engineer. */
  readonly explanation: string;
  /** Which networks block or throttle it, in plain words; per-provider detail is in the providers data. */
  readonly blocking: string;
  readonly notFor: readonly WrongRole[];
  /** Sources for the entry as a whole (mode, standing, blocking). */
  readonly sources: readonly Source[];
}

/** A port entry of SMTP, IMAP or POP3, as the well-known mail port queries return them. */
export type MailPortEntry = PortEntry & { readonly protocol: MailProtocol; readonly role: MailRole };

/** One port in a role's order of preference (see `preferredPorts`). */
export interface PreferredPort {
  readonly port: number;
  readonly protocol: MailProtocol;
  readonly tls: TlsMode;
  /** How the port stands for the role asked about, e.g. `unofficial` for 2525 and submission. */
  readonly standing: Standing;
  /** The entry's short title, e.g. `Message submission over implicit TLS`. */
  readonly title: string;
}

/** Roles {@link recommendedPort} answers for. */
export type RecommendableRole = 'submission' | 'relay' | 'retrieval' | 'filter-management';

/** One port choice: where to connect and how to secure it. */
export interface PortChoice {
  readonly port: number;
  readonly protocol: PortProtocol;
  readonly tls: TlsMode;
  readonly why: string;
}

/** The standards' answer for a role: the first choice, then fallbacks in order. */
export interface PortRecommendation extends PortChoice {
  readonly role: RecommendableRole;
  readonly fallbacks: readonly PortChoice[];
  readonly sources: readonly Source[];
}

/** Stable identifiers of the networks in the providers data. */
export type ProviderId =
  | 'gcp'
  | 'aws'
  | 'azure'
  | 'digitalocean'
  | 'linode'
  | 'hetzner'
  | 'vultr'
  | 'oracle'
  | 'residential';

/**
 * What a network does to outbound connections on a port.
 * - `blocked`: connections do not get through.
 * - `throttled`: they get through at a low rate limit.
 * - `may-block`: policy allows the operator to block; whether it does varies.
 */
export type BlockAction = 'blocked' | 'throttled' | 'may-block';

/** One outbound port restriction of a network. */
export interface PortBlock {
  readonly port: number;
  readonly action: BlockAction;
  /** Which accounts it applies to, in plain words, e.g. `new accounts since 2019-11-05`. */
  readonly accounts: string;
}

/** A network (cloud provider or access ISP) and its outbound mail-port policy. */
export interface NetworkProvider extends MaybeUnverified {
  readonly id: ProviderId;
  readonly name: string;
  readonly kind: 'cloud' | 'residential-isp';
  readonly blocks: readonly PortBlock[];
  /** Whether and how the restriction can be lifted. */
  readonly lift: { readonly possible: boolean | 'sometimes'; readonly how: string };
  /** What the provider suggests instead (a relay service, port 587 or 465 to a smarthost). */
  readonly alternatives: string;
  readonly sources: readonly Source[];
  /** ISO date the policy was last checked against its sources (the page, or a stored copy of it). */
  readonly lastVerified: string;
  /** `documented`: the provider's own documentation says so; `reported`: users report it. */
  readonly evidence: 'documented' | 'reported';
}

/** A block as seen from a port: which provider, and what it does. */
export interface ProviderBlockOnPort {
  readonly provider: NetworkProvider;
  readonly block: PortBlock;
}

/** Protocols that have a capability vocabulary in this knowledge base. */
export type CapabilityProtocol = 'smtp' | 'imap' | 'pop3';

/**
 * One capability keyword: an SMTP service extension (EHLO keyword), an IMAP CAPABILITY atom or a
 * POP3 CAPA tag.
 */
export interface CapabilityEntry {
  readonly protocol: CapabilityProtocol;
  /** Canonical spelling, e.g. `STARTTLS`, `AUTH=` (a prefix family), `SASL-IR`. */
  readonly keyword: string;
  /** `prefix`: the keyword is a family such as `AUTH=` and matches `AUTH=PLAIN`. */
  readonly match: 'exact' | 'prefix';
  /** Defining RFC, or null for a non-standard keyword. */
  readonly rfc: number | null;
  /** What the keyword means, in one or two sentences. */
  readonly meaning: string;
  /** Why a probe or a user should care (security, compatibility), when it matters. */
  readonly matters?: string;
  readonly sources: readonly Source[];
}

/** What crosses the wire when a SASL mechanism authenticates. */
export type CredentialOnWire =
  | 'password'
  | 'bearer-token'
  | 'challenge-response'
  | 'salted-proof'
  | 'kerberos-ticket'
  | 'external';

/** A SASL mechanism as used with SMTP AUTH, IMAP AUTHENTICATE and POP3 AUTH. */
export interface SaslMechanism {
  /** Canonical name, e.g. `SCRAM-SHA-256`. */
  readonly name: string;
  /** Defining RFC, or null when the mechanism is not standardised (LOGIN, XOAUTH2, NTLM). */
  readonly rfc: number | null;
  /**
   * `current`, `limited` (the IANA SASL registry's LIMITED use, e.g. CRAM-MD5), `obsolete` (moved to
   * Historic), or `non-standard` (vendor).
   */
  readonly status: 'current' | 'limited' | 'obsolete' | 'non-standard';
  /** True when the long-term password crosses the connection readable (base64 is not protection). */
  readonly sendsSecretInClear: boolean;
  readonly credentialOnWire: CredentialOnWire;
  /** True when the mechanism is only safe inside TLS (clear password, or a replayable bearer token). */
  readonly needsTls: boolean;
  readonly meaning: string;
  readonly sources: readonly Source[];
}

/**
 * One DNS SRV service label for mail client configuration. Besides the mail protocols, `https` with
 * the role `client-configuration` is Microsoft Autodiscover (`_autodiscover._tcp`), where clients
 * fetch published account settings.
 */
export interface SrvLabel {
  /** e.g. `_submissions._tcp`. */
  readonly label: string;
  readonly protocol: PortProtocol | 'https';
  readonly role: PortRole | 'client-configuration';
  readonly port: number;
  readonly tls: TlsMode;
  readonly sources: readonly Source[];
}

/** A DNS or protocol mechanism that hardens server-to-server (port 25) TLS. */
export interface RelayPolicyRecord {
  /** Stable id, e.g. `mta-sts`. */
  readonly id: 'mta-sts' | 'tls-rpt' | 'dane' | 'requiretls';
  readonly name: string;
  readonly rfc: number;
  /** Publication month, `YYYY-MM`. */
  readonly published: string;
  /** Where it lives: a DNS name pattern or a protocol element. */
  readonly where: string;
  readonly what: string;
  readonly sources: readonly Source[];
}

/** How a claim holds up against the standards. */
export type MythVerdict = 'wrong' | 'outdated' | 'incomplete' | 'right';

/** A claim from a popular article, checked. */
export interface Myth {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The claim as the article puts it (quoted). */
  readonly quote: string;
  readonly verdict: MythVerdict;
  /** What is actually the case. */
  readonly correction: string;
  /** Ports the claim is about. */
  readonly ports: readonly number[];
  readonly sources: readonly Source[];
}

/** A minimum SMTP timeout from RFC 5321 §4.5.3.2: how long a party should wait before giving up. */
export interface SmtpTimeout {
  /** Stable id, e.g. `initial-220`. */
  readonly step:
    | 'initial-220'
    | 'mail'
    | 'rcpt'
    | 'data-initiation'
    | 'data-block'
    | 'data-termination'
    | 'server';
  /** Which side waits: the client for a reply, or the server for the next command. */
  readonly party: 'client' | 'server';
  /** What is awaited, in plain words. */
  readonly waitsFor: string;
  readonly minimumSeconds: number;
  readonly source: Source;
}

/** How serious a probe finding is. */
export type FindingSeverity = 'info' | 'warning' | 'critical';

/** One entry of the findings catalogue (`FINDINGS`): what a probe finding code means, for every protocol. */
export interface FindingDefinition {
  /** The severity of the finding, the same for every protocol. */
  readonly severity: FindingSeverity;
  /** The one case in which a probe reports the finding at a lower severity, when there is one. */
  readonly lowered?: { readonly severity: FindingSeverity; readonly when: string };
  /** The protocols whose probes can report it. */
  readonly protocols: readonly ('smtp' | 'imap' | 'pop3')[];
  /** What the finding means, for a person (one or two sentences). */
  readonly description: string;
  /** Where the rule comes from. */
  readonly sources: readonly Source[];
}

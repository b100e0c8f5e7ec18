// The published client configurations (autoconfig, ISPDB, Autodiscover) and their audit.
import type { MailProtocol } from '@mailports/wire';

/** Where a published client configuration came from. */
export type PublishedSource = 'autoconfig' | 'ispdb' | 'autodiscover';

/** One mail server a domain publishes for mail clients (autoconfig, ISPDB, Autodiscover). */
export interface PublishedServer {
  source: PublishedSource;
  /** The document it was read from. */
  url: string;
  role: 'send' | 'read';
  protocol: MailProtocol;
  host: string;
  port: number;
  /** As published: `SSL` (implicit TLS), `STARTTLS`, or `plain`. */
  socketType: 'SSL' | 'STARTTLS' | 'plain';
  /** Published authentication methods (autoconfig), e.g. `password-cleartext`. */
  authentication: string[];
}

/** One published-configuration fetch and how it ended. */
export interface PublishedFetch {
  source: PublishedSource;
  url: string;
  /** `found`: servers read; `absent`: nothing published there (404, no such host); `failed`: see `code`. */
  outcome: 'found' | 'absent' | 'failed';
  /** For `failed`: `E_FETCH_TIMEOUT`, `E_FETCH_TOO_LARGE`, `E_FETCH_REDIRECTS`, `E_FETCH_DOWNGRADE`, `E_FETCH_CONTENT_TYPE`, `E_CONFIG_DOCTYPE`… */
  code?: string;
  /** One sentence for a person. */
  message: string;
}

/** One published setting checked against the live probe. */
export interface AuditFinding {
  source: PublishedSource;
  url: string;
  host: string;
  port: number;
  protocol: MailProtocol;
  /**
   * - `confirmed`: the server answers as published.
   * - `mode-mismatch`: it speaks another security mode than published.
   * - `certificate-name`: its certificate names another host.
   * - `certificate-untrusted`: its certificate does not verify for another reason.
   * - `auth-mismatch`: the published login method is not offered (SMTP).
   * - `plaintext`: the published setting has no TLS.
   * - `no-answer`: the published port did not work from here.
   * - `not-probed`: the run ended before it was probed.
   */
  code:
    | 'confirmed'
    | 'mode-mismatch'
    | 'certificate-name'
    | 'certificate-untrusted'
    | 'auth-mismatch'
    | 'plaintext'
    | 'no-answer'
    | 'not-probed';
  severity: 'ok' | 'warning' | 'error';
  text: string;
}

/** The published configuration of a domain and its audit. */
export interface PublishedReport {
  fetches: PublishedFetch[];
  servers: PublishedServer[];
  /** Filled by {@link recommend} after probing; empty from {@link discover}. */
  audit: AuditFinding[];
}

/** Options of the published-configuration fetches (autoconfig, ISPDB, Autodiscover). */
export interface PublishedOptions {
  /** ISPDB base URL, the domain appended; default `https://autoconfig.thunderbird.net/v1.1/`. */
  ispdb?: string;
  /**
   * Also try the `http:` autoconfig URLs and follow redirects to `http:`, as Thunderbird does; default
   * false (a plain-HTTP answer can be forged by anyone on the way).
   */
  allowHttp?: boolean;
  /** Largest document read, bytes; default 131072. */
  maxBytes?: number;
  /** Per fetch, ms; default 5000. */
  timeout?: number;
  /** Redirects followed at most; default 3. */
  maxRedirects?: number;
  /** Extra trusted CA certificates (PEM) for the HTTPS fetches. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** For tests and demos: the port every fetch without an explicit port connects to (instead of 443). */
  port?: number;
}

// The options of each command as commander hands them over: unvalidated strings and booleans,
// checked by the command that takes them.

/** Options every network command takes, as commander hands them over (unvalidated strings). */
export interface CommonFlags {
  json?: boolean;
  color?: boolean;
  timeout?: string;
  connectTimeout?: string;
  ehloName?: string;
  servername?: string;
  ca?: string;
  insecure?: boolean;
  dnsServer?: string;
  user?: string;
  passwordEnv?: string;
  /** Environment variable holding an OAuth 2.0 access token for --user (XOAUTH2/OAUTHBEARER login test). */
  oauth2TokenEnv?: string;
  /** Force one token mechanism: XOAUTH2 or OAUTHBEARER. */
  oauth2Mechanism?: string;
  /** Present only when someone tried `--password`; refused without echoing the value. */
  password?: string;
  concurrency?: string;
}

/** `mailports ports` flags. */
export interface PortsFlags {
  json?: boolean;
  color?: boolean;
}

/** `mailports probe` flags. */
export interface ProbeFlags extends CommonFlags {
  ports?: string;
  protocol?: string;
  mode?: string;
  verbose?: boolean;
  transcript?: boolean;
}

/** `mailports recommend` flags. */
export interface RecommendFlags extends CommonFlags {
  portMap?: string;
  role?: string;
  format?: string;
  quiet?: boolean;
  network?: string;
  verbose?: boolean;
  trustHost?: string[];
  fetch?: boolean;
  ispdb?: string;
  fetchHttp?: boolean;
}

/** `mailports scan` and `mailports worker` flags. */
export interface ScanFlags {
  output?: string;
  resume?: boolean;
  shard?: string;
  queue?: string;
  port?: string;
  concurrency?: string;
  perAddress?: string;
  perNetwork?: string;
  retries?: string;
  retryDelay?: string;
  timeout?: string;
  connectTimeout?: string;
  ehloName?: string;
  ca?: string;
  dnsServer?: string;
  /** Probe MX hosts at loopback, private and other non-public addresses too. */
  allowPrivate?: boolean;
  color?: boolean;
  /** `scan`: print what the scan cost (CPU, memory per open probe, event-loop delay) on stderr. */
  stats?: boolean;
  /** New connections per second to one address (`worker`: across all workers). */
  rate?: string;
  /** `worker`: exit once the queue is empty instead of waiting for more. */
  exitWhenEmpty?: boolean;
}

/** `mailports mx` flags. */
export interface MxFlags {
  json?: boolean;
  color?: boolean;
  resolver?: string;
  timeout?: string;
  connectTimeout?: string;
  ehloName?: string;
  ca?: string;
  smtpPort?: string;
  policyPort?: string;
  verbose?: boolean;
}

/** `mailports demo` flags. */
export interface DemoFlags {
  json?: boolean;
  color?: boolean;
  role?: string;
  format?: string;
  verbose?: boolean;
  timeout?: string;
}

/** `mailports explain` flags. */
export interface ExplainFlags {
  host?: string;
  port?: string;
  client?: string;
  protocol?: string;
  servername?: string;
  ca?: string;
  ehloName?: string;
  connectTimeout?: string;
  greetingTimeout?: string;
  json?: boolean;
  color?: boolean;
}

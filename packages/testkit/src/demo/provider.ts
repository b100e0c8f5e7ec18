import {
  implicitTlsPorts,
  relayPort,
  starttlsSubmissionPort,
  unofficialSubmissionPorts,
  wellKnownMailPorts,
} from '@mailports/ports';
import type { OAuthServerOptions } from '../core/_oauth.js';
import type { TestServer } from '../core/server.js';
import { createDnsServer, type DnsTestServer } from '../dns/server.js';
import type { ImapServerOptions } from '../imap/options.js';
import { createImapServer } from '../imap/server.js';
import type { Pop3ServerOptions } from '../pop3/options.js';
import { createPop3Server } from '../pop3/server.js';
import type { SmtpServerOptions } from '../smtp/options.js';
import { createSmtpServer, type SmtpTestServer } from '../smtp/server.js';
import { createUnansweredPort, type UnansweredPort } from '../unanswered/port.js';

/** Roles of the demo provider's listeners. */
export type DemoRole =
  | 'smtps'
  | 'submission'
  | 'relay'
  | 'alt'
  | 'imaps'
  | 'imap'
  | 'pop3s'
  | 'pop3'
  | 'stalled'
  | 'unanswered';

/** The well-known port of `protocol` with `tls`, from the knowledge base. */
function wellKnown(protocol: 'imap' | 'pop3', tls: 'implicit' | 'starttls'): number {
  const entry = wellKnownMailPorts({ protocol }).find((candidate) => candidate.tls === tls);
  if (entry === undefined) throw new Error(`the knowledge base lists no ${tls} port for ${protocol}`);
  return entry.port;
}

/**
 * The well-known port each role stands for, from @mailports/ports (`stalled` and `unanswered` have
 * none: map any port you want to look dead to them).
 */
export const DEMO_WELL_KNOWN_PORTS: Readonly<Record<Exclude<DemoRole, 'stalled' | 'unanswered'>, number>> = {
  smtps: implicitTlsPorts('smtp')[0] as number,
  submission: starttlsSubmissionPort(),
  relay: relayPort(),
  alt: unofficialSubmissionPorts()[0] as number,
  imaps: wellKnown('imap', 'implicit'),
  imap: wellKnown('imap', 'starttls'),
  pop3s: wellKnown('pop3', 'implicit'),
  pop3: wellKnown('pop3', 'starttls'),
};

/** The servers behind each {@link DemoRole}. */
export interface DemoServers {
  smtps: SmtpTestServer;
  submission: SmtpTestServer;
  relay: SmtpTestServer;
  alt: SmtpTestServer;
  imaps: TestServer;
  imap: TestServer;
  pop3s: TestServer;
  pop3: TestServer;
  stalled: SmtpTestServer;
  unanswered: UnansweredPort;
}

/** Per-role options merged over the demo defaults, e.g. `{ submission: { preset: 'strip-starttls' } }`. */
export interface DemoOverrides {
  smtps?: SmtpServerOptions;
  submission?: SmtpServerOptions;
  relay?: SmtpServerOptions;
  alt?: SmtpServerOptions;
  imaps?: ImapServerOptions;
  imap?: ImapServerOptions;
  pop3s?: Pop3ServerOptions;
  pop3?: Pop3ServerOptions;
}

/** Options of {@link startDemoProvider}. */
export interface DemoProviderOptions {
  /** Options per role, applied over the defaults (to show a misbehaving provider). Default none. */
  overrides?: DemoOverrides;
  /** Accounts accepted everywhere AUTH is offered. Default `{ 'user@demo.test': 'password' }`. */
  users?: Record<string, string>;
  /** Token login (XOAUTH2, OAUTHBEARER) on every submission and mailbox server. Default none. */
  oauth?: OAuthServerOptions;
  /** Mail domain the DNS server answers for. Default `'demo.test'`. */
  domain?: string;
  /** Also start a DNS server with MX and RFC 6186 SRV records for `domain`. Default true. */
  dns?: boolean;
}

/** A running demo provider. */
export interface DemoProvider {
  /** Actual listening port of each role. */
  ports: Record<DemoRole, number>;
  /** Well-known port (as a string) → actual port, ready for `recommend({ resolvePorts })`. */
  portMap: Record<string, number>;
  /** The servers behind each role, for their connection logs. */
  servers: DemoServers;
  /** PEM of the CA that signed every certificate (valid for `localhost` and `127.0.0.1`). */
  ca: string;
  users: Record<string, string>;
  /** Host name clients should use (certificates match it). */
  hostname: 'localhost';
  /** Mail domain served by `dns`. */
  domain: string;
  /** The DNS server (`dns.address` for `Resolver#setServers`), or null when `dns: false`. */
  dns: DnsTestServer | null;
  /** Stops every listener. */
  close(): Promise<void>;
}

/**
 * Starts a realistic mail provider on loopback for demos and end-to-end tests, every listener on an
 * ephemeral port of 127.0.0.1, certificates for `localhost` signed by the returned `ca`:
 *
 * - `smtps` (role of 465): implicit TLS, AUTH PLAIN/LOGIN required before MAIL.
 * - `submission` (587) and `alt` (2525): STARTTLS; AUTH offered and accepted only after TLS, then required.
 * - `relay` (25): STARTTLS, no AUTH at all, accepts any mail.
 * - `imaps` (993) implicit TLS; `imap` (143) STARTTLS with LOGINDISABLED before TLS.
 * - `pop3s` (995) implicit TLS; `pop3` (110) STLS, USER only after TLS.
 * - `stalled`: accepts TCP connections and never sends a byte ("no greeting").
 * - `unanswered`: never answers the TCP connect at all (a connect timeout), like a port a firewall drops
 *   packets for; see {@link createUnansweredPort}. Map a well-known port to it (e.g. `'25'`) to show what a
 *   blocked outbound port looks like.
 *
 * @returns The provider; rejects if a listener cannot start (already started ones are closed).
 */
export async function startDemoProvider(options: DemoProviderOptions = {}): Promise<DemoProvider> {
  const users = options.users ?? { 'user@demo.test': 'password' };
  const domain = options.domain ?? 'demo.test';
  const hostname = 'localhost';
  const started: Array<{ close(): Promise<void> }> = [];
  const track = async <Server extends { close(): Promise<void> }>(
    pending: Promise<Server>,
  ): Promise<Server> => {
    const server = await pending;
    started.push(server);
    return server;
  };
  try {
    const o = options.overrides ?? {};
    const oauth = options.oauth ? { oauth: options.oauth } : {};
    const smtpBase: SmtpServerOptions = { hostname, users, requireAuth: true, ...oauth };
    const relayCapabilities = ['PIPELINING', 'SIZE 10240000', 'ENHANCEDSTATUSCODES', '8BITMIME'];
    const [smtps, submission, relay, alt, imaps, imap, pop3s, pop3, stalled, unanswered] = await Promise.all([
      track(createSmtpServer({ ...smtpBase, tls: 'implicit', ...o.smtps })),
      track(createSmtpServer({ ...smtpBase, ...o.submission })),
      track(createSmtpServer({ hostname, capabilitiesAfterTls: relayCapabilities, ...o.relay })),
      track(createSmtpServer({ ...smtpBase, ...o.alt })),
      track(createImapServer({ users, tls: 'implicit', ...oauth, ...o.imaps })),
      track(createImapServer({ users, ...oauth, ...o.imap })),
      track(createPop3Server({ users, tls: 'implicit', hostname, ...oauth, ...o.pop3s })),
      track(createPop3Server({ users, hostname, ...oauth, ...o.pop3 })),
      track(createSmtpServer({ preset: 'no-greeting' })),
      track(createUnansweredPort()),
    ]);
    const servers: DemoServers = {
      smtps,
      submission,
      relay,
      alt,
      imaps,
      imap,
      pop3s,
      pop3,
      stalled,
      unanswered,
    };
    const ports = Object.fromEntries(
      Object.entries(servers).map(([role, server]) => [role, server.port]),
    ) as Record<DemoRole, number>;
    const portMap = Object.fromEntries(
      Object.entries(DEMO_WELL_KNOWN_PORTS).map(([role, wellKnown]) => [
        String(wellKnown),
        ports[role as DemoRole],
      ]),
    );
    const dns =
      options.dns === false ? null : await track(createDnsServer({ records: demoRecords(domain, hostname) }));
    return {
      ports,
      portMap,
      servers,
      ca: smtps.ca,
      users,
      hostname,
      domain,
      dns,
      close: async () => {
        await Promise.all(started.map((server) => server.close()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.close()));
    throw error;
  }
}

/** MX and RFC 6186 / RFC 8314 SRV records pointing at `target` on the well-known ports. */
function demoRecords(domain: string, target: string) {
  const srv = (port: number) => ({ SRV: [{ priority: 0, weight: 1, port, target }] });
  return {
    [domain]: { MX: [{ priority: 10, exchange: target }], TXT: ['v=spf1 a mx -all'] },
    [`_submissions._tcp.${domain}`]: srv(465),
    [`_submission._tcp.${domain}`]: srv(587),
    [`_imaps._tcp.${domain}`]: srv(993),
    [`_imap._tcp.${domain}`]: srv(143),
    [`_pop3s._tcp.${domain}`]: srv(995),
    [`_pop3._tcp.${domain}`]: srv(110),
  };
}

import * as net from 'node:net';
import * as tls from 'node:tls';
import { createTestPki, type TestCertificateName } from '../certs/pki.js';
import { type Session as InternalSession, Session, type SessionLimits } from './_session.js';
import { type ClientLineFilter, type ConnectionLog, ConnectionRecord } from './log.js';

/**
 * How a server uses TLS: `starttls` (plaintext, upgrade on STARTTLS/STLS; the default), `implicit`
 * (TLS from the first byte, like ports 465/993/995; a plaintext client just sees silence) or `none`
 * (plaintext only, STARTTLS not offered; run it where a client expects 465 to show "plaintext on an
 * implicit-TLS port").
 */
export type TlsMode = 'starttls' | 'implicit' | 'none';

/** Options shared by the SMTP, POP3 and IMAP test servers. */
export interface MailServerOptions {
  /** Address to listen on. Default `'127.0.0.1'`. */
  host?: string;
  /** Port to listen on. Default `0` (an ephemeral port; read it from `server.port`). */
  port?: number;
  /** TLS mode. Default `'starttls'`. */
  tls?: TlsMode;
  /** Which fixture of {@link createTestPki} to serve when `cert`/`key` are not given. Default `'leaf'`. */
  certificate?: TestCertificateName;
  /** PEM certificate (chain) to serve instead of the test PKI's. Needs `key`. */
  cert?: string;
  /** PEM private key matching `cert`. */
  key?: string;
  /** Extra `node:tls` secure-context options (e.g. `minVersion`, `maxVersion`, `ciphers`). */
  tlsOptions?: Omit<tls.SecureContextOptions, 'cert' | 'key'>;
  /**
   * Protection against clients: `maxLineLength` (default 65536 bytes), `maxBytes` per connection (default
   * 16 MiB), `idleTimeoutMs` (default 120000), `tlsTimeoutMs` for a handshake (default 30000). Exceeding one
   * closes that connection and logs an event.
   */
  limits?: Partial<SessionLimits>;
}

/** A running SMTP, POP3 or IMAP test server. */
export interface TestServer {
  readonly protocol: 'smtp' | 'pop3' | 'imap';
  /** Address the server listens on, e.g. `'127.0.0.1'`. */
  readonly host: string;
  /** Actual listening port. */
  readonly port: number;
  /** `smtp://`, `smtps://`, `pop3://`, `pop3s://`, `imap://` or `imaps://` + `host:port`. */
  readonly url: string;
  readonly tls: TlsMode;
  /** PEM of the test CA that signed the default certificates: a client's `ca` option to verify them. */
  readonly ca: string;
  /** One log per accepted connection, in accept order; live. */
  readonly connections: readonly ConnectionLog[];
  /** Client lines of every connection in order, secrets redacted. */
  clientLines(filter?: ClientLineFilter): string[];
  /** Credential or mailbox commands any connection received outside TLS (`AUTH`, `USER`, `LOGIN`, …). */
  sensitiveInPlaintext(): string[];
  /** Resolves once every connection accepted so far has closed and the server finished with it. */
  idle(): Promise<void>;
  /** Stops listening and destroys open connections. Safe to call twice. */
  close(): Promise<void>;
}

const DEFAULT_LIMITS: SessionLimits = {
  maxLineLength: 65536,
  maxBytes: 16 * 1024 * 1024,
  idleTimeoutMs: 120_000,
  tlsTimeoutMs: 30_000,
};

/** @internal What a protocol module gives the shared listener. */
export interface ProtocolDefinition {
  protocol: TestServer['protocol'];
  scheme: { plain: string; implicit: string };
  /** Runs one connection to its end; called after the implicit-TLS handshake when there is one. */
  handle(session: InternalSession): Promise<void>;
  /** Abort every connection with a TCP RST as soon as it is accepted. */
  resetOnConnect?: boolean;
}

/** @internal Starts a TCP listener that runs `definition.handle` for each connection. */
export async function listen<Extra extends object>(
  options: MailServerOptions,
  definition: ProtocolDefinition,
  extra: Extra,
): Promise<TestServer & Extra> {
  const pki = await createTestPki();
  const mode = options.tls ?? 'starttls';
  const fixture = pki[options.certificate ?? 'leaf'];
  const secureContext = tls.createSecureContext({
    ...options.tlsOptions,
    cert: options.cert ?? fixture.cert,
    key: options.key ?? fixture.key,
  });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const connections: ConnectionRecord[] = [];
  const sessions = new Set<InternalSession>();
  const running = new Set<Promise<void>>();

  const server = net.createServer((socket) => {
    const log = new ConnectionRecord(connections.length + 1, socket.remotePort ?? 0);
    connections.push(log);
    const session = new Session(socket, log, limits, mode === 'none' ? null : secureContext);
    sessions.add(session);
    const run = (async () => {
      if (definition.resetOnConnect) return session.reset();
      if (mode === 'implicit' && !(await session.startTls())) return;
      await definition.handle(session);
    })()
      .catch((error: unknown) => {
        log.add('event', `server error: ${error instanceof Error ? error.message : String(error)}`);
        session.destroy();
      })
      .then(() => session.whenClosed().then(() => session.discardUnread()))
      .finally(() => {
        sessions.delete(session);
        running.delete(run);
      });
    running.add(run);
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address() as net.AddressInfo;
  let closing: Promise<void> | null = null;

  const base: TestServer = {
    protocol: definition.protocol,
    host,
    port: address.port,
    url: `${mode === 'implicit' ? definition.scheme.implicit : definition.scheme.plain}://${host}:${address.port}`,
    tls: mode,
    ca: pki.ca.cert,
    connections,
    clientLines: (filter) => connections.flatMap((log) => log.clientLines(filter)),
    sensitiveInPlaintext: () => connections.flatMap((log) => log.sensitiveInPlaintext),
    idle: async () => {
      while (running.size > 0) await Promise.all([...running]);
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }).then(() => base.idle());
      return closing;
    },
  };
  return Object.assign(base, extra);
}

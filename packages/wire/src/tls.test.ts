import { X509Certificate } from 'node:crypto';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import {
  failure,
  onLines,
  type RawServer,
  selfSignedCertificate,
  serverTls,
  useRawServers,
} from './__fixtures__/servers';
import type { Connection } from './connection';
import { type ConnectOptions, connect } from './open';
import { tlsFindings } from './probe/tls-findings';
import { createSelfSignedCertificate } from '@mailports/testkit';

const certificate = await selfSignedCertificate();
const serve = useRawServers();

/** Connects to `server` as `localhost` (SNI and name check) at 127.0.0.1. */
function connectTo(server: RawServer, options: Partial<ConnectOptions> = {}) {
  return connect({ host: 'localhost', address: '127.0.0.1', port: server.port, ...options });
}

/** The same with TLS from the first byte. */
function connectImplicit(server: RawServer, options: Partial<ConnectOptions> = {}) {
  return connectTo(server, { implicitTls: true, ...options });
}

/** Implicit TLS server that greets inside TLS and remembers the SNI it saw. */
async function implicitServer(seen: { servername?: string | false } = {}): Promise<RawServer> {
  return serve((socket) => {
    const secure = serverTls(socket, certificate);
    secure.on('secure', () => {
      seen.servername = (secure as TLSSocket & { servername?: string | false }).servername;
      secure.write('* OK ready\r\n');
    });
  });
}

describe('implicit TLS', () => {
  it('captures a self-signed certificate and says why it is not trusted', async () => {
    const seen: { servername?: string | false } = {};
    const server = await implicitServer(seen);
    const connection = await connectImplicit(server);
    expect(connection.secure).toBe(true);
    const tls = connection.tls;
    expect(tls?.version).toMatch(/^TLSv1\.[23]$/);
    expect(tls?.cipher).toBeTruthy();
    expect(tls?.keyExchange).toMatch(/\(\d+ bits\)$/);
    expect(tls?.servername).toBe('localhost');
    expect(tls?.chain).toHaveLength(1);
    expect(tls?.chain[0]?.subjectCN).toBe('localhost');
    expect(tls?.chain[0]?.altNames).toEqual(['localhost', 'IP:127.0.0.1']);
    expect(tls?.chain[0]?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // The DER as sent, for DANE matching: it is the certificate the fingerprint names.
    const der = Buffer.from(tls?.chain[0]?.der ?? '', 'base64');
    expect(new X509Certificate(der).fingerprint256).toBe(tls?.chain[0]?.fingerprint256);
    expect(tls?.verdict).toMatchObject({
      trusted: false,
      errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      hostnameMatches: true,
      checkedName: 'localhost',
      selfSigned: true,
      expired: false,
      notYetValid: false,
    });
    expect(tls?.verdict.reason).toMatch(/self-signed/);
    expect(tls?.verdict.daysRemaining).toBeGreaterThanOrEqual(1);
    expect(tls && tlsFindings(tls).map((finding) => finding.code)).toEqual(['certificate-self-signed']);
    expect(await connection.readLine({ step: 'greeting' })).toBe('* OK ready');
    // The server notes the SNI before it greets.
    expect(seen.servername).toBe('localhost');
    const greeting = connection.transcript.entries.find((entry) => entry.direction === 'server');
    expect(greeting?.tls).toBe(true);
    expect(
      connection.transcript.entries.some((entry) => entry.text.startsWith('TLS established: TLSv1.')),
    ).toBe(true);
    expect(connection.timings.tlsHandshake).toBeGreaterThanOrEqual(0);
    await connection.close();
  });

  it('trusts the certificate when its CA is given', async () => {
    const server = await implicitServer();
    const connection = await connectImplicit(server, { tls: { ca: certificate.cert } });
    expect(connection.tls?.verdict).toMatchObject({
      trusted: true,
      errorCode: null,
      reason: null,
      hostnameMatches: true,
    });
    connection.destroy();
  });

  it('shares the summary of a certificate seen again, while each session keeps its own verdict', async () => {
    const server = await implicitServer();
    const trusting = await connectImplicit(server, { tls: { ca: certificate.cert } });
    const strict = await connectImplicit(server);
    expect(strict.tls?.chain[0]).toBe(trusting.tls?.chain[0]);
    expect(trusting.tls?.verdict.trusted).toBe(true);
    expect(strict.tls?.verdict).toMatchObject({ trusted: false, errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    trusting.destroy();
    strict.destroy();
  });

  it('matches an IP address against the IP names of the certificate only', async () => {
    const named = await createSelfSignedCertificate({ names: ['localhost'] });
    const plain = await serve((socket) => serverTls(socket, named).write('* OK\r\n'));
    const withIp = await implicitServer();
    const verdicts = [];
    for (const [server, ca, host] of [
      [withIp, certificate.cert, '127.0.0.1'],
      [withIp, certificate.cert, '127.0.0.2'],
      [plain, named.cert, '127.0.0.1'],
    ] as const) {
      const connection = await connectImplicit(server, { host, address: '127.0.0.1', tls: { ca } });
      verdicts.push(connection.tls?.verdict.hostnameMatches);
      connection.destroy();
    }
    // Listed IP; another IP; a certificate whose only name is a DNS name, which never matches an IP.
    expect(verdicts).toEqual([true, false, false]);
  });

  it('reports a name mismatch even when the chain is trusted', async () => {
    const server = await implicitServer();
    const connection = await connectImplicit(server, {
      host: 'mail.example.test',
      tls: { ca: certificate.cert },
    });
    expect(connection.tls?.verdict).toMatchObject({
      trusted: false,
      hostnameMatches: false,
      checkedName: 'mail.example.test',
      errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
    expect(connection.tls && tlsFindings(connection.tls).map((finding) => finding.code)).toContain(
      'certificate-hostname-mismatch',
    );
    connection.destroy();
  });

  it('sends no SNI for an IP address and checks the IP against the certificate', async () => {
    const seen: { servername?: string | false } = {};
    const server = await implicitServer(seen);
    const connection = await connectImplicit(server, { host: '127.0.0.1', tls: { ca: certificate.cert } });
    expect(connection.tls?.servername).toBeNull();
    await connection.readLine();
    expect(seen).toHaveProperty('servername');
    expect(seen.servername).toBeFalsy();
    expect(connection.tls?.verdict).toMatchObject({
      trusted: true,
      hostnameMatches: true,
      checkedName: '127.0.0.1',
    });
    connection.destroy();
  });

  it('sends no SNI when servername is false, but still checks the host name', async () => {
    const seen: { servername?: string | false } = {};
    const server = await implicitServer(seen);
    const connection = await connectImplicit(server, { tls: { servername: false } });
    await connection.readLine();
    expect(seen).toHaveProperty('servername');
    expect(seen.servername).toBeFalsy();
    expect(connection.tls?.verdict.checkedName).toBe('localhost');
    connection.destroy();
  });

  it('explains a plaintext server on an implicit TLS port as a handshake failure', async () => {
    const server = await serve((socket) => socket.write('220 plain smtp here\r\n'));
    const error = await failure(connect({ host: '127.0.0.1', port: server.port, implicitTls: true }));
    expect(error.code).toBe('E_TLS_HANDSHAKE');
    expect(error.status).toBe('tls-failed');
    expect(error.message).toMatch(/did not answer with TLS/);
  });

  it('fails a silent TLS server with E_TLS_TIMEOUT', async () => {
    const server = await serve(() => {});
    const error = await failure(
      connect({ host: '127.0.0.1', port: server.port, implicitTls: true, timeouts: { tls: 100 } }),
    );
    expect(error.code).toBe('E_TLS_TIMEOUT');
    expect(error.step).toBe('tls');
  });

  it('still observes a TLS 1.0-only server and reports the version as outdated', async () => {
    const server = await serve((socket) => {
      serverTls(socket, certificate, { minVersion: 'TLSv1', maxVersion: 'TLSv1' });
    });
    const connection = await connectImplicit(server);
    expect(connection.tls?.version).toBe('TLSv1');
    expect(connection.tls && tlsFindings(connection.tls).map((finding) => finding.code)).toContain(
      'tls-version-outdated',
    );
    connection.destroy();
  });
});

/**
 * A server that greets in plaintext and answers STARTTLS with `reply` in one write (bytes after the
 * 220 share its segment), then hands the socket to `then`.
 */
function starttlsServer(then: (socket: Socket) => void, reply = '220 go ahead\r\n'): Promise<RawServer> {
  return serve((socket) => {
    socket.write('220 plain ready\r\n');
    const stop = onLines(socket, (line) => {
      if (line !== 'STARTTLS') return;
      stop();
      socket.write(reply);
      then(socket);
    });
  });
}

/** Server side of the upgrade: TLS, then `250 secure hello` to every line. */
function upgrade(socket: Socket): void {
  const secure = serverTls(socket, certificate);
  onLines(secure, () => secure.write('250 secure hello\r\n'));
}

/** Reads the greeting, sends STARTTLS and returns the reply to it. */
async function askStarttls(connection: Connection): Promise<string> {
  await connection.readLine({ step: 'greeting' });
  await connection.writeLine('STARTTLS');
  return connection.readLine({ step: 'starttls' });
}

/** After the upgrade, one EHLO inside TLS gets its answer; then the connection is closed. */
async function expectSecureEhlo(connection: Connection): Promise<void> {
  await connection.writeLine('EHLO probe.example');
  expect(await connection.readLine()).toBe('250 secure hello');
  await connection.close();
}

describe('STARTTLS', () => {
  it('returns bytes injected after the positive reply as leftover, never as replies', async () => {
    const server = await starttlsServer(upgrade, '220 go ahead\r\n250 INJECTED AUTH PLAIN\r\n');
    const connection = await connectTo(server);
    expect(await askStarttls(connection)).toBe('220 go ahead');
    const { tls, leftover } = await connection.startTls({ ca: certificate.cert });
    expect(leftover.toString()).toBe('250 INJECTED AUTH PLAIN\r\n');
    expect(tls.verdict.trusted).toBe(true);
    expect(connection.secure).toBe(true);
    await expectSecureEhlo(connection);
    const entries = connection.transcript.entries;
    const events = entries.filter((entry) => entry.direction === 'event').map((entry) => entry.text);
    expect(
      events.some(
        (text) =>
          text.includes('25 bytes arrived after the STARTTLS reply') &&
          text.includes('250 INJECTED AUTH PLAIN\\r\\n'),
      ),
    ).toBe(true);
    const serverLines = entries.filter((entry) => entry.direction === 'server').map((entry) => entry.text);
    expect(serverLines).toEqual(['220 plain ready', '220 go ahead', '250 secure hello']);
    const clientLines = entries.filter((entry) => entry.direction === 'client');
    expect(clientLines.map((entry) => [entry.text, entry.tls])).toEqual([
      ['STARTTLS', false],
      ['EHLO probe.example', true],
    ]);
  });

  it('also catches bytes that arrive in a later segment, before the handshake starts', async () => {
    const server = await starttlsServer((socket) => {
      setTimeout(() => {
        socket.write('LATE\r\n');
        upgrade(socket);
      }, 20);
    });
    const connection = await connectTo(server);
    expect(await askStarttls(connection)).toBe('220 go ahead');
    for (let attempt = 0; attempt < 200 && connection.buffered < 6; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const { leftover } = await connection.startTls();
    expect(leftover.toString()).toBe('LATE\r\n');
    await expectSecureEhlo(connection);
  });

  it('upgrades cleanly with an empty leftover when the server sends nothing extra', async () => {
    const server = await starttlsServer(upgrade);
    const connection = await connectTo(server);
    await askStarttls(connection);
    const { leftover, tls } = await connection.startTls();
    expect(leftover.length).toBe(0);
    expect(tls.verdict.trusted).toBe(false);
    expect(connection.timings.tlsHandshake).toBeGreaterThanOrEqual(0);
    await expectSecureEhlo(connection);
  });

  it('fails with E_TLS_TIMEOUT when the server stalls after "220 ready to start TLS"', async () => {
    const server = await starttlsServer(() => {});
    const connection = await connectTo(server);
    await askStarttls(connection);
    const error = await failure(connection.startTls({ timeout: 100 }));
    expect(error.code).toBe('E_TLS_TIMEOUT');
    expect(error.step).toBe('starttls');
    expect((await failure(connection.readLine())).code).toBe('E_TLS_TIMEOUT');
  });

  it('fails with E_TLS_HANDSHAKE when the server answers the ClientHello in plaintext', async () => {
    const server = await starttlsServer((socket) => {
      socket.once('data', () => socket.end('500 unrecognised command\r\n'));
    });
    const connection = await connectTo(server);
    await askStarttls(connection);
    const error = await failure(connection.startTls());
    expect(error.code).toBe('E_TLS_HANDSHAKE');
    expect(error.status).toBe('tls-failed');
    expect(connection.secure).toBe(false);
  });

  it('reports a reset inside TLS as E_RESET', async () => {
    const server = await serve((socket) => {
      const secure = serverTls(socket, certificate);
      secure.on('secure', () => secure.write('* OK hi\r\n'));
      onLines(secure, () => socket.resetAndDestroy());
    });
    const connection = await connectImplicit(server);
    await connection.readLine();
    await connection.writeLine('A1 NOOP');
    expect((await failure(connection.readLine())).code).toBe('E_RESET');
  });
});

import { once } from 'node:events';
import { connect as netConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caSignedCertificate } from './__fixtures__/certificates';
import { type RawServer, rawServer, serverTls } from './__fixtures__/servers';
import { connect } from './open';
import { clientSecureContext, MAX_SECURE_CONTEXTS } from './secure-context';
import { type TlsOptions, tlsHandshake } from './transport';

// Two unrelated test roots: the server's leaf is signed by `signer`; `stranger` never signed anything.
const signer = await caSignedCertificate();
const stranger = await caSignedCertificate();
let server: RawServer;

beforeAll(async () => {
  server = await rawServer((socket) => {
    serverTls(socket, signer);
  });
});
afterAll(() => server.close());

async function verdictWith(tls: TlsOptions) {
  const connection = await connect({
    host: 'localhost',
    address: '127.0.0.1',
    port: server.port,
    implicitTls: true,
    tls,
  });
  connection.destroy();
  const facts = connection.tls;
  if (facts === null) throw new Error('no TLS facts');
  return { trusted: facts.verdict.trusted, errorCode: facts.verdict.errorCode, chain: facts.chain.length };
}

describe('extra trusted CAs across repeated handshakes', () => {
  it('verifies the chain signed by the given CA and not by an unrelated one, whatever the order', async () => {
    const trusted = { trusted: true, errorCode: null, chain: 2 };
    const unknownIssuer = { trusted: false, errorCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', chain: 1 };
    const sequence: Array<[TlsOptions, typeof trusted | typeof unknownIssuer]> = [
      [{ ca: signer.ca }, trusted],
      [{ ca: stranger.ca }, unknownIssuer],
      [{ ca: signer.ca }, trusted],
      [{}, unknownIssuer],
      [{ ca: Buffer.from(signer.ca) }, trusted],
      [{ ca: [stranger.ca, signer.ca] }, trusted],
      [{ ca: [stranger.ca] }, unknownIssuer],
      [{ ca: signer.ca, minVersion: 'TLSv1.2' }, trusted],
      [{ ca: signer.ca }, trusted],
    ];
    for (const [options, expected] of sequence) {
      expect(await verdictWith(options)).toEqual(expected);
    }
  });
});

describe('clientSecureContext', () => {
  it('builds one context per CA content and oldest version, whatever form the CA takes', () => {
    const first = clientSecureContext({ ca: signer.ca, minVersion: 'TLSv1' });
    expect(clientSecureContext({ ca: signer.ca, minVersion: 'TLSv1' })).toBe(first);
    expect(clientSecureContext({ ca: Buffer.from(signer.ca), minVersion: 'TLSv1' })).toBe(first);
    expect(clientSecureContext({ ca: [signer.ca], minVersion: 'TLSv1' })).toBe(first);
    expect(clientSecureContext({ ca: stranger.ca, minVersion: 'TLSv1' })).not.toBe(first);
    expect(clientSecureContext({ ca: signer.ca, minVersion: 'TLSv1.2' })).not.toBe(first);
    expect(clientSecureContext({ minVersion: 'TLSv1' })).not.toBe(first);
    expect(clientSecureContext({ minVersion: 'TLSv1' })).toBe(clientSecureContext({ minVersion: 'TLSv1' }));
  });

  it('sees a changed array as new content, not as the context it had built for the old one', () => {
    const list = [signer.ca];
    const before = clientSecureContext({ ca: list, minVersion: 'TLSv1.3' });
    list.push(stranger.ca);
    expect(clientSecureContext({ ca: list, minVersion: 'TLSv1.3' })).not.toBe(before);
  });

  it('sees a buffer rewritten in place as new content', () => {
    const buffer = Buffer.from(signer.ca);
    const before = clientSecureContext({ ca: buffer, minVersion: 'TLSv1.1' });
    expect(clientSecureContext({ ca: buffer, minVersion: 'TLSv1.1' })).toBe(before);
    const other = Buffer.from(stranger.ca);
    buffer.fill(0);
    other.copy(buffer, 0, 0, Math.min(other.length, buffer.length));
    expect(clientSecureContext({ ca: buffer.subarray(0, other.length), minVersion: 'TLSv1.1' })).not.toBe(
      before,
    );
    expect(clientSecureContext({ ca: buffer, minVersion: 'TLSv1.1' })).not.toBe(before);
  });

  it(`keeps at most ${MAX_SECURE_CONTEXTS} contexts, dropping the least recently used`, () => {
    // Repeating the same PEM gives distinct contents that are all valid CA lists.
    const lists = Array.from({ length: MAX_SECURE_CONTEXTS + 1 }, (_, index) =>
      Array.from({ length: index + 1 }, () => stranger.ca),
    );
    const contextOf = (list: string[]) => clientSecureContext({ ca: list, minVersion: 'TLSv1.1' });
    const [oldest, recent, ...rest] = lists as [string[], string[], ...string[][]];
    const oldestContext = contextOf(oldest);
    const recentContext = contextOf(recent);
    for (const list of rest.slice(0, -1)) contextOf(list);
    expect(contextOf(recent)).toBe(recentContext);
    contextOf(rest.at(-1) as string[]);
    expect(contextOf(recent)).toBe(recentContext);
    expect(contextOf(oldest)).not.toBe(oldestContext);
  });
});

describe('the peer certificate chain', () => {
  it('is never built as a detailed legacy chain: Node gets an empty one for the identity check it does not make', async () => {
    const { TLSSocket } = await import('node:tls');
    const original = TLSSocket.prototype.getPeerCertificate;
    let detailedBuilds = 0;
    TLSSocket.prototype.getPeerCertificate = function (this: InstanceType<typeof TLSSocket>, detailed) {
      if (detailed) detailedBuilds++;
      return original.call(this, detailed);
    } as typeof original;
    try {
      const verdict = await verdictWith({ ca: signer.ca });
      // The root comes from the trusted CAs: the server sent the leaf alone.
      expect(verdict).toEqual({ trusted: true, errorCode: null, chain: 2 });
      expect(detailedBuilds).toBe(0);
    } finally {
      TLSSocket.prototype.getPeerCertificate = original;
    }
  });

  it("gives the socket Node's own method back once the handshake is done, verified or not", async () => {
    for (const [ca, root] of [
      [signer.ca, 'Wire Test Root'],
      // An unrelated root: the chain does not verify, Node makes no identity call, the root is unknown.
      [stranger.ca, undefined],
    ] as const) {
      const tcp = netConnect({ host: '127.0.0.1', port: server.port });
      await once(tcp, 'connect');
      const { socket } = await tlsHandshake(tcp, {
        host: 'localhost',
        tls: { ca },
        timeout: 5000,
        step: 'tls',
      });
      try {
        expect(socket.authorized).toBe(root !== undefined);
        expect(Object.hasOwn(socket, 'getPeerCertificate')).toBe(false);
        const detailed = socket.getPeerCertificate(true);
        expect(detailed.subject?.CN).toBe('localhost');
        expect(detailed.issuerCertificate?.subject?.CN).toBe(root);
      } finally {
        socket.destroy();
      }
    }
  });
});

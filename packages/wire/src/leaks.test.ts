import { describe, expect, it } from 'vitest';
import { freePort, rawServer, selfSignedCertificate, serverTls } from './__fixtures__/servers';
import { runProbe } from './probe-runner';

function openSockets(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap' || kind === 'TCPWRAP')
    .length;
}

async function settle(baseline: number): Promise<number> {
  for (let attempt = 0; attempt < 200 && openSockets() > baseline; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return openSockets();
}

describe('resource hygiene', () => {
  it('leaves no socket open after probes that fail in every way', async () => {
    const baseline = openSockets();
    const certificate = await selfSignedCertificate();
    const silent = await rawServer(() => {});
    const flood = await rawServer((socket) => socket.write(Buffer.alloc(2 * 1024 * 1024, 0x41)));
    const plaintextOnTlsPort = await rawServer((socket) => socket.write('220 plain\r\n'));
    const tlsGreeter = await rawServer((socket) => {
      const secure = serverTls(socket, certificate);
      secure.on('secure', () => secure.write('* OK hi\r\n'));
    });
    const refused = await freePort();
    const base = { protocol: 'smtp' as const, host: '127.0.0.1', mode: 'auto' as const };
    const results = await Promise.all([
      runProbe({ ...base, port: silent.port, timeouts: { greeting: 50 } }, {}, async (ctx) => {
        await (await ctx.connect({})).readLine({ step: 'greeting' });
      }),
      // Long enough for the loopback connect under load: a deadline during the connect is a timeout.
      runProbe({ ...base, port: silent.port, timeouts: { overall: 500 } }, {}, async (ctx) => {
        await ctx.connect({});
        await new Promise(() => {});
      }),
      runProbe({ ...base, port: flood.port, limits: { maxLineLength: 512 } }, {}, async (ctx) => {
        await (await ctx.connect({})).readLine();
      }),
      runProbe({ ...base, port: plaintextOnTlsPort.port }, {}, async (ctx) => {
        await ctx.connect({ implicitTls: true });
      }),
      runProbe({ ...base, port: tlsGreeter.port }, {}, async (ctx) => {
        // Forgets to close: runProbe must.
        await (await ctx.connect({ implicitTls: true })).readLine();
      }),
      runProbe({ ...base, port: refused }, {}, async (ctx) => {
        await ctx.connect({});
      }),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'no-greeting',
      'aborted',
      'protocol-error',
      'tls-failed',
      'ok',
      'refused',
    ]);
    // Checked while the servers still run: only the client closing can have ended their sockets.
    expect(await settle(baseline)).toBe(baseline);
    await Promise.all([silent, flood, plaintextOnTlsPort, tlsGreeter].map((server) => server.close()));
  });
});

#!/usr/bin/env node
// A minimal fast SMTP STARTTLS responder for the scan benchmark, run as its own process so its CPU is
// not counted against the client. Listens on ADDRESSES loopback addresses (127.0.N.1, each in its own
// /24) times PORTS consecutive ports; every connection: 220 greeting, EHLO (STARTTLS offered),
// STARTTLS, TLS with a test-CA-signed certificate, EHLO again (after HOLD_MS, to keep sessions open
// for the memory measurement), QUIT. Prints one JSON line {addresses, ports, ca} when listening.
// Usage: node bench/starttls-responder.mjs ADDRESSES PORTS [HOLD_MS]   (binds 127.0.0.0/8 only)
import { createServer } from 'node:net';
import { createSecureContext, TLSSocket } from 'node:tls';
import { createTestPki } from '@mailports/testkit';

const addressCount = Number(process.argv[2] ?? 100);
const portCount = Number(process.argv[3] ?? 10);
const holdMs = Number(process.argv[4] ?? 0);
const pki = await createTestPki({ hostnames: ['localhost', 'mx.bench.test'] });
const secureContext = createSecureContext({ cert: pki.leaf.cert, key: pki.leaf.key });

const EHLO_PLAIN = '250-bench.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 8BITMIME\r\n';
const EHLO_TLS = '250-bench.test\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n';

function session(raw) {
  raw.on('error', () => {});
  let socket = raw;
  let buffer = '';
  let secure = false;
  const onData = (chunk) => {
    buffer += chunk.toString('latin1');
    if (buffer.length > 4096) return socket.destroy();
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end).trim().toUpperCase();
      buffer = buffer.slice(end + 1);
      if (line.startsWith('EHLO')) {
        if (secure && holdMs > 0) setTimeout(() => socket.writable && socket.write(EHLO_TLS), holdMs);
        else socket.write(secure ? EHLO_TLS : EHLO_PLAIN);
      } else if (line === 'STARTTLS' && !secure) {
        socket.removeListener('data', onData);
        socket.write('220 2.0.0 Ready to start TLS\r\n', () => {
          const tls = new TLSSocket(raw, { isServer: true, secureContext });
          tls.on('error', () => raw.destroy());
          tls.on('secure', () => {
            secure = true;
            socket = tls;
            tls.on('data', onData);
          });
        });
        return;
      } else if (line === 'QUIT') {
        socket.end('221 2.0.0 Bye\r\n');
      } else socket.write('502 5.5.2 Error\r\n');
    }
  };
  raw.on('data', onData);
  raw.write('220 bench.test ESMTP\r\n');
}

const listening = [];
const ports = [];
const addresses = Array.from({ length: addressCount }, (_, index) => `127.0.${index + 1}.1`);
// Find PORTS consecutive free ports on the first address, then bind the same ports on the others.
const base = 20000 + Math.floor(Math.random() * 30000);
for (let port = base; ports.length < portCount; port++) {
  const server = createServer(session);
  const ok = await new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen({ host: addresses[0], port, backlog: 4096 }, () => resolve(true));
  });
  if (ok) {
    ports.push(port);
    listening.push(server);
  }
}
for (const address of addresses.slice(1)) {
  for (const port of ports) {
    const server = createServer(session);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: address, port, backlog: 4096 }, resolve);
    });
    listening.push(server);
  }
}
process.stdout.write(`${JSON.stringify({ addresses, ports, ca: pki.ca.cert })}\n`);
process.on('SIGTERM', () => process.exit(0));

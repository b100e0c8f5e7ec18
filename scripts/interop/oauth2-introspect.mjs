#!/usr/bin/env node
// A minimal OAuth 2.0 token introspection endpoint (RFC 7662) for the interop Dovecot's oauth2 passdb.
// Loopback only, over HTTPS with the interop certificate.
// Usage: node oauth2-introspect.mjs <host> <port> <tokens.json> <key.pem> <chain.pem>
// tokens.json maps each valid token to its user: { "<token>": "probe@interop.test" }; any other token
// is answered `{"active":false}`. Requests are bounded (4 KiB body, 5 s); nothing is logged but counts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';

const [host = '127.0.0.10', portText = '9443', tokensFile, keyFile, certFile] = process.argv.slice(2);
if (!tokensFile || !keyFile || !certFile) {
  process.stderr.write('usage: oauth2-introspect.mjs <host> <port> <tokens.json> <key.pem> <chain.pem>\n');
  process.exit(2);
}
const tokens = JSON.parse(readFileSync(tokensFile, 'utf8'));
const MAX_BODY = 4096;
let requests = 0;

function answer(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

const tls = { key: readFileSync(keyFile), cert: readFileSync(certFile), minVersion: 'TLSv1.2' };
const server = createServer(tls, (request, response) => {
  request.setTimeout(5000, () => request.destroy());
  if (request.method === 'GET' && request.url === '/health')
    return answer(response, 200, { ok: true, requests });
  if (request.method !== 'POST' || !request.url?.startsWith('/introspect')) return answer(response, 404, {});
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => {
    body += chunk;
    if (body.length > MAX_BODY) request.destroy();
  });
  request.on('end', () => {
    requests += 1;
    const token = new URLSearchParams(body).get('token') ?? '';
    const user = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
    if (user === undefined) return answer(response, 200, { active: false });
    return answer(response, 200, { active: 'true', username: user, scope: 'mail', token_type: 'Bearer' });
  });
});
server.listen(Number(portText), host, () => {
  process.stdout.write(`introspection on https://${host}:${portText}/introspect\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));

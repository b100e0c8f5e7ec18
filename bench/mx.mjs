// Times inspectMx() against the DNSSEC rig of scripts/dnssec/up.sh (run it first, as root): one MX on
// 127.0.0.71 served by a testkit SMTP server with the certificate the zone's TLSA record pins.
// Usage: node bench/mx.mjs [runs]   (build first: npm run build). Loopback only.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { inspectMx } from '../packages/recommend/dist/index.js';
import { createSmtpServer } from '../packages/testkit/dist/index.js';

const runs = Number(process.argv[2] ?? 20);
const env = JSON.parse(readFileSync(new URL('../.dnssec/env.json', import.meta.url), 'utf8'));
const server = await createSmtpServer({
  host: '127.0.0.71',
  hostname: 'mx.good.dane.test',
  cert: readFileSync(env.certificate, 'utf8'),
  key: readFileSync(env.key, 'utf8'),
});
const cases = [
  ['good.dane.test (DANE-EE match)', 'good.dane.test'],
  ['bogus.test (expired signatures)', 'bogus.test'],
  ['nullmx.dane.test (null MX)', 'nullmx.dane.test'],
];
const rows = [];
for (const [label, domain] of cases) {
  const times = [];
  let outcome = '';
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    const report = await inspectMx({ domain, resolver: env.resolver, smtpPort: server.port });
    times.push(performance.now() - started);
    outcome = report.summary.dane.outcome;
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  rows.push(`| ${label} | ${runs} | ${at(0.5)} | ${at(0.9)} | ${outcome} |`);
}
await server.close();
console.log('| case | runs | median ms | p90 ms | DANE summary |\n| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));

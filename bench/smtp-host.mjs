#!/usr/bin/env node
// What one SMTP host costs, in one process, against the interop Postfix (25, 465, 587, 2525):
//   host         probeSmtpPorts on the four ports, with the interop CA
//   host-no-ca   the same without the CA (certificates then untrusted): what passing `ca` costs
//   slowest-port each port alone with probeSmtp (with the CA), one after another; the slowest of the four
//   ports-serial the four single probes added up: what probing the ports one by one would cost
// Rounds interleave the variants so that machine load hits them alike; one warm-up round is dropped.
// Usage: node bench/smtp-host.mjs [rounds]   (reads .interop/env; only ever talks to 127.0.0.0/8)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { interopEnv } from './interop-env.mjs';

const env = interopEnv();
const rounds = Number.parseInt(process.argv[2] ?? '20', 10);
const { probeSmtp, probeSmtpPorts } = await import('@mailports/smtp-probe');

const ports = [25, 465, 587, 2525];
const common = { host: env.HOST, servername: env.SERVERNAME };
const ca = readFileSync(env.CA, 'utf8');

async function timed(work) {
  const started = performance.now();
  const results = await work();
  const failed = results.filter((result) => result.status !== 'ok');
  if (failed.length > 0) {
    throw new Error(`not ok: ${failed.map((result) => `${result.port} ${result.statusMessage}`).join('; ')}`);
  }
  return performance.now() - started;
}

const samples = { host: [], 'host-no-ca': [], 'slowest-port': [], 'ports-serial': [] };
for (let round = 0; round <= rounds; round++) {
  const host = await timed(() => probeSmtpPorts({ ...common, ca, ports }));
  const hostNoCa = await timed(() => probeSmtpPorts({ ...common, ports }));
  const single = [];
  for (const port of ports) single.push(await timed(async () => [await probeSmtp({ ...common, ca, port })]));
  if (round === 0) continue;
  samples.host.push(host);
  samples['host-no-ca'].push(hostNoCa);
  samples['slowest-port'].push(Math.max(...single));
  samples['ports-serial'].push(single.reduce((sum, each) => sum + each, 0));
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
console.log(`${rounds} rounds against ${env.HOST} ports ${ports.join(', ')} (ms)`);
console.log('| variant | median | p10 | p90 |');
console.log('|:---|---:|---:|---:|');
for (const [name, values] of Object.entries(samples)) {
  const cells = [0.5, 0.1, 0.9].map((q) => quantile(values, q).toFixed(1));
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
const ratios = samples.host.map((value, index) => value / samples['slowest-port'][index]);
console.log(`host / slowest port, per round: median ${quantile(ratios, 0.5).toFixed(2)}`);

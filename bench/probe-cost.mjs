#!/usr/bin/env node
// What one SMTP STARTTLS probe of the library costs, cold and warm, against the bare-TLS ceiling, on
// loopback: bench/starttls-responder.mjs (its own process) serves TARGETS endpoints; each round runs
// bench/bare-starttls.mjs (a child process, fresh each round) and then `probeSmtp` from the built
// package in this process, both at CONCURRENCY over the same targets. This process is never restarted,
// so its first round is the library cold (code not yet optimised) and later rounds are it warm: the
// difference is what a short scan pays for warming up, the warm figure what the probe itself costs.
// Usage: node bench/probe-cost.mjs [targets=2000] [concurrency=64] [rounds=3]   (127.0.0.0/8 only)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { probeSmtp } from '@mailports/smtp-probe';

const here = dirname(fileURLToPath(import.meta.url));
const count = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 64);
const rounds = Number(process.argv[4] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'mailports-probe-cost-'));

const responder = spawn(
  process.execPath,
  [join(here, 'starttls-responder.mjs'), '100', String(Math.ceil(count / 100))],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const first = await createInterface({ input: responder.stdout })[Symbol.asyncIterator]().next();
const ready = JSON.parse(first.value);
const targets = [];
for (const port of ready.ports) for (const host of ready.addresses) targets.push({ host, port });
targets.length = Math.min(targets.length, count);
if (!targets.every((target) => target.host.startsWith('127.'))) throw new Error('loopback targets only');
const targetsFile = join(work, 'targets.txt');
const caFile = join(work, 'ca.pem');
writeFileSync(targetsFile, `${targets.map((target) => `${target.host}:${target.port}`).join('\n')}\n`);
writeFileSync(caFile, ready.ca);

function bare() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(here, 'bare-starttls.mjs'), targetsFile, caFile, String(concurrency)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(`exit ${code}`)),
    );
  });
}

async function library() {
  const timeouts = { overall: 20_000, connect: 5000, greeting: 9000, tls: 7000 };
  let next = 0;
  let ok = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < targets.length) {
        const { host, port } = targets[next++];
        const result = await probeSmtp({ host, address: host, port, mode: 'auto', timeouts, ca: ready.ca });
        if (result.status === 'ok' && result.security === 'starttls') ok++;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { records: ok, durationMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const rows = [];
for (let round = 1; round <= rounds; round++) {
  const ceiling = await bare();
  const lib = await library();
  if (lib.records !== targets.length)
    console.error(`warning: ${targets.length - lib.records} probes not starttls`);
  const perProbe = (result) => result.cpuMs / targets.length;
  rows.push({
    round: round === 1 ? '1 (library cold)' : `${round} (library warm)`,
    'bare CPU ms/probe': perProbe(ceiling).toFixed(2),
    'probeSmtp CPU ms/probe': perProbe(lib).toFixed(2),
    'CPU ratio': `${(perProbe(lib) / perProbe(ceiling)).toFixed(2)}×`,
    'bare probes/s': Math.round((targets.length / ceiling.durationMs) * 1000),
    'probeSmtp probes/s': Math.round((targets.length / lib.durationMs) * 1000),
  });
}
responder.kill('SIGTERM');
rmSync(work, { recursive: true, force: true });
console.table(rows);

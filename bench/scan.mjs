#!/usr/bin/env node
// `mailports scan` against the TLS-handshake ceiling, on loopback only:
//   1. for each size (default 1,000 and 10,000 targets: 100 addresses 127.0.N.1, each in its own /24,
//      times size/100 ports of bench/starttls-responder.mjs, run as its own process), interleaved:
//      - ceiling: bench/bare-starttls.mjs, a bare Node client doing the same STARTTLS dialogue;
//      - scan: the built CLI, `mailports scan FILE --ca CA --stats` at the same concurrency;
//   2. memory per open probe: 250, 500 and 1,000 targets against a responder that holds each session
//      for 3 s after the TLS handshake, at as many probes at once, for both clients: per open probe at
//      500, and per added probe (the slope from 250 to 1,000) with what the process pays once, and the
//      size of V8's young generation (which V8 grows by how much survived, not by probes open).
// Prints probes/s (and as a share of the ceiling), CPU ms per probe, memory per open probe and the p99
// event-loop delay, and writes bench/results/<UTC time>/scan.json. With rounds > 1 each size runs that
// many rounds, the two clients' order swapped every round, and the table shows medians: the ratios are
// medians of the per-round ratios (the machine's speed drifts between rounds, rarely within one). The
// memory part runs `rounds` times as well, and its table shows medians. A last table sets the scan's
// targets (>= 80 % of the ceiling, <= 1.3 ms CPU per probe, <= 64 KiB per open probe) beside its figures
// and the bare client's.
// Usage: node bench/scan.mjs [sizes=1000,10000 | memory] [concurrency=256] [rounds=1]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bareArgs,
  targetsFile as fixtureTargets,
  positiveIntegers,
  scanArgs,
  startResponder,
} from './scan-fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// `memory` instead of sizes runs the memory measurement alone.
const USAGE = 'usage: node bench/scan.mjs [sizes=1000,10000 | memory] [concurrency=256] [rounds=1]';
const sizes =
  process.argv[2] === 'memory' ? [] : positiveIntegers(process.argv[2] ?? '1000,10000', 'sizes', USAGE);
const [concurrency] = positiveIntegers(process.argv[3] ?? 256, 'concurrency', USAGE);
const [rounds] = positiveIntegers(process.argv[4] ?? 1, 'rounds', USAGE);
const work = mkdtempSync(join(tmpdir(), 'mailports-bench-'));

const responder = (addresses, ports, holdMs) => startResponder(work, addresses, ports, holdMs);
const targetsFile = (server, count) => fixtureTargets(work, server, count);

function run(args, parse, options = {}) {
  return new Promise((resolve, reject) => {
    // --expose-gc (memory runs only, its collections cost CPU): the memory samples follow a full
    // collection, so they count live memory only.
    const child = spawn(process.execPath, [...(options.exposeGc ? ['--expose-gc'] : []), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      try {
        resolve(parse(stdout, stderr, code));
      } catch (error) {
        reject(new Error(`${args.join(' ')}: ${error.message}\n${stderr.slice(-2000)}`));
      }
    });
  });
}

const bare = (file, ca, width, options) =>
  run(bareArgs(file, ca, width), (stdout) => JSON.parse(stdout.trim().split('\n').at(-1)), options);

function scan(file, ca, width, options) {
  const output = join(work, `out-${Date.now()}.ndjson`);
  const args = scanArgs(file, ca, width, output);
  return run(
    args,
    (_stdout, stderr, code) => {
      if (code !== 0) throw new Error(`exit ${code}`);
      const stats = JSON.parse(
        stderr
          .split('\n')
          .find((line) => line.startsWith('stats: '))
          .slice(7),
      );
      const records = readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      rmSync(output);
      return {
        ...stats,
        starttls: records.filter((record) => record.status === 'starttls').length,
        records: records.length,
      };
    },
    options,
  );
}

const rate = (result) => (result.records / result.durationMs) * 1000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const table = [];
const raw = {};
for (const size of sizes) {
  const server = await responder(100, Math.ceil(size / 100));
  const file = targetsFile(server, size);
  // Warm-up: page cache, JIT, the responder's first handshakes.
  await bare(file, server.caFile, concurrency);
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    // Swapped every round, so a drift in the machine's speed does not always favour the same client.
    const first = round % 2 === 0 ? 'ceiling' : 'scan';
    const run = {};
    for (const client of first === 'ceiling' ? ['ceiling', 'scan'] : ['scan', 'ceiling'])
      run[client] =
        client === 'ceiling'
          ? await bare(file, server.caFile, concurrency)
          : await scan(file, server.caFile, concurrency);
    if (run.scan.starttls !== size)
      console.error(`warning: ${size - run.scan.starttls} of ${size} targets not starttls in the scan`);
    runs.push(run);
  }
  server.stop();
  raw[size] = rounds === 1 ? runs[0] : runs;
  const of = (pick) => median(runs.map(pick));
  table.push({
    targets: size,
    ...(rounds === 1 ? {} : { rounds }),
    'ceiling probes/s': Math.round(of((run) => rate(run.ceiling))),
    'scan probes/s': Math.round(of((run) => rate(run.scan))),
    'scan/ceiling': `${Math.round(of((run) => rate(run.scan) / rate(run.ceiling)) * 100)} %`,
    'CPU ms/probe (ceiling)': of((run) => run.ceiling.cpuMs / run.ceiling.records).toFixed(2),
    'CPU ms/probe (scan)': of((run) => run.scan.cpuMs / run.scan.records).toFixed(2),
    'p99 loop delay ms (ceiling)': Math.round(of((run) => run.ceiling.eventLoopDelayP99Ms) * 10) / 10,
    'p99 loop delay ms (scan)': Math.round(of((run) => run.scan.eventLoopDelayP99Ms) * 10) / 10,
    ...(rounds === 1
      ? {}
      : {
          'scan/ceiling per round': runs
            .map((run) => `${Math.round((rate(run.scan) / rate(run.ceiling)) * 100)} %`)
            .join(' '),
          'scan CPU ms/probe per round': runs
            .map((run) => (run.scan.cpuMs / run.scan.records).toFixed(2))
            .join(' '),
        }),
  });
}

// Memory: the same held sessions at three sizes. Per open probe at 500 (as before) divides everything
// the process grew by since its start by the probes open, so what it pays once whatever the number
// (code compiled, V8's young generation grown to its working size) counts as if each probe paid a
// share; the slope between 250 and 1,000 open probes is what one more open probe costs, and the
// intercept what the process pays once.
const heldSizes = [250, 500, 1000];
const held = await responder(100, 10, 3000);
// With rounds > 1 the memory part runs that many times too (the runs scatter by a few KiB per probe).
const heldRounds = [];
for (let round = 0; round < rounds; round++) {
  const heldRuns = {};
  for (const [index, count] of heldSizes.entries()) {
    const heldFile = targetsFile(held, count);
    // Swapped every size and round, like the rounds above.
    const order = (index + round) % 2 === 0 ? ['ceiling', 'scan'] : ['scan', 'ceiling'];
    const run = {};
    for (const client of order)
      run[client] =
        client === 'ceiling'
          ? await bare(heldFile, held.caFile, count, { exposeGc: true })
          : await scan(heldFile, held.caFile, count, { exposeGc: true });
    heldRuns[count] = run;
  }
  heldRounds.push(heldRuns);
}
held.stop();
raw.memory = rounds === 1 ? heldRounds[0] : heldRounds;
const kib = (bytes) => (bytes / 1024).toFixed(1);
const mib = (bytes) => (bytes / 1048576).toFixed(1);
// Total memory above the start at the most probes open, and the line through the smallest and largest.
// `young` leaves out V8's young generation, which V8 sizes by what survived its collections (doubling
// it up to a maximum), not by the probes open: where it grew between the smallest and the largest run,
// the plain slope puts that growth on the probes.
const total = (result, field, young = false) =>
  result[field] * result.peakProbes - (young ? result.youngGenerationBytes : 0);
function line(heldRuns, client, field, young = false) {
  const low = heldRuns[heldSizes[0]][client];
  const high = heldRuns[heldSizes.at(-1)][client];
  const slope = (total(high, field, young) - total(low, field, young)) / (high.peakProbes - low.peakProbes);
  return { slope, intercept: total(low, field, young) - slope * low.peakProbes };
}
// Medians over the rounds; with more than one, each round's RSS per added probe beside them.
const memoryRow = (client, name) => {
  const of = (pick) => median(heldRounds.map(pick));
  const slope = (heldRuns, field, young) => line(heldRuns, client, field, young).slope;
  return {
    client: name,
    'open probes at peak (250/500/1000)': heldSizes
      .map((count) => of((heldRuns) => heldRuns[count][client].peakProbes))
      .join('/'),
    'RSS KiB/open probe at 500': kib(of((heldRuns) => heldRuns[500][client].rssBytesPerOpenProbe)),
    'heap KiB/open probe at 500': kib(of((heldRuns) => heldRuns[500][client].heapBytesPerOpenProbe)),
    'RSS KiB per added probe': kib(of((heldRuns) => slope(heldRuns, 'rssBytesPerOpenProbe'))),
    ...(rounds === 1
      ? {}
      : {
          'per round': heldRounds.map((heldRuns) => kib(slope(heldRuns, 'rssBytesPerOpenProbe'))).join(' '),
        }),
    'RSS KiB per added probe, young generation aside': kib(
      of((heldRuns) => slope(heldRuns, 'rssBytesPerOpenProbe', true)),
    ),
    'heap KiB per added probe': kib(of((heldRuns) => slope(heldRuns, 'heapBytesPerOpenProbe'))),
    'RSS MiB once': mib(of((heldRuns) => line(heldRuns, client, 'rssBytesPerOpenProbe').intercept)),
    'young generation MiB (250/500/1000)': heldSizes
      .map((count) => mib(of((heldRuns) => heldRuns[count][client].youngGenerationBytes)))
      .join('/'),
  };
};

// `memory` alone measures no sizes: no empty table for them.
if (table.length > 0) console.table(table);
const memory = [memoryRow('ceiling', 'ceiling (bare TLS client)'), memoryRow('scan', 'mailports scan')];
console.table(memory);

// The scan's targets, each beside what the bare client itself reaches in the same run, so a miss that
// the ceiling shares (CPU per probe at a size where compiling weighs on both) reads as such.
const verdict = (met) => (met ? 'met' : 'not met');
const targets = [];
for (const row of table) {
  const share = Number.parseInt(row['scan/ceiling'], 10);
  targets.push({
    target: `>= 80 % of the ceiling at ${row.targets}`,
    scan: `${share} %`,
    'bare client': '100 %',
    verdict: verdict(share >= 80),
  });
  targets.push({
    target: `<= 1.3 ms CPU per probe at ${row.targets}`,
    scan: row['CPU ms/probe (scan)'],
    'bare client': row['CPU ms/probe (ceiling)'],
    verdict: verdict(Number(row['CPU ms/probe (scan)']) <= 1.3),
  });
}
for (const [field, label] of [
  ['RSS KiB per added probe', 'per added probe'],
  ['RSS KiB/open probe at 500', 'per open probe at 500'],
])
  targets.push({
    target: `<= 64 KiB RSS ${label}`,
    scan: memory[1][field],
    'bare client': memory[0][field],
    verdict: verdict(Number(memory[1][field]) <= 64),
  });
console.table(targets);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const directory = join(here, 'results', stamp);
mkdirSync(directory, { recursive: true });
writeFileSync(
  join(directory, 'scan.json'),
  `${JSON.stringify({ concurrency, rounds, table, memory, targets, raw }, null, 2)}\n`,
);
console.log(`raw figures: ${join('bench', 'results', stamp, 'scan.json')}`);
rmSync(work, { recursive: true, force: true });

#!/usr/bin/env node
// One host, several tools, one interleaved run: what it costs to learn what the interop host's mail
// ports offer (real Postfix and Dovecot on 127.0.0.10 from scripts/interop/up.sh) with
//   mailports-cli       `mailports probe` from the built CLI, all eight ports, with the interop CA
//   mailports-lib       bench/probes.mjs: probeSmtpPorts + probeMailbox from the built packages
//   nmap                the same scripts as bench/ports.sh (smtp-commands, imap-/pop3-capabilities, ssl-cert)
//   openssl-loop        bench/openssl-loop.sh: bash + openssl s_client, port after port
//   mailports-cli-smtp  `mailports probe --ports 25,465,587,2525`: the SMTP ports only
//   swaks               one swaks per SMTP port, one after another, as a user would run it
//   node-start          `node -e 0`: Node starting and exiting, nothing else (the floor under the CLI)
//   mailports-cli-phases  mailports-cli again with bench/cli-phases.mjs preloaded: where its time goes
//                       (start, loading to the first connect, probing to the last close, output)
// Each round runs every tool once, in an order rotated round by round so that machine load hits all
// alike; a first warm-up round is dropped. Per round, each tool's time is divided by mailports' time
// in the same round (swaks by mailports-cli-smtp's, the rest by mailports-cli's), and the table shows
// the median of those ratios next to what each tool reported.
// Usage: node bench/one-host.mjs [rounds=10] [--no-install]   (--no-install: nothing from Debian)
// Only 127.0.0.0/8 is ever targeted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeCoverage,
  mailportsCoverage,
  nmapCoverage,
  opensslLoopCoverage,
  swaksCoverage,
} from './one-host-coverage.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const argumentsGiven = process.argv.slice(2);
const rounds = Number.parseInt(argumentsGiven.find((word) => !word.startsWith('--')) ?? '10', 10);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node bench/one-host.mjs [rounds] [--no-install]');
  process.exit(2);
}
const isRoot = process.getuid?.() === 0;
const has = (command) => spawnSync('bash', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const envFile = process.env.MAILPORTS_INTEROP_ENV ?? join(root, '.interop', 'env');
if (!existsSync(envFile) && isRoot) {
  console.log('== starting the interop servers (scripts/interop/up.sh)');
  spawnSync('bash', ['scripts/interop/up.sh'], { stdio: 'inherit' });
}
const { interopEnv } = await import('./interop-env.mjs');
const env = interopEnv();

// interopEnv only checks the prefix; a name such as 127.example.com must not pass either.
const loopback = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(env.HOST);
if (!loopback || loopback.slice(1).some((octet) => Number(octet) > 255)) {
  console.error(`refusing to target ${env.HOST}: only 127.0.0.0/8 addresses`);
  process.exit(2);
}

function swaksSpeaksTls() {
  const support = spawnSync('swaks', ['--support'], { encoding: 'utf8' });
  return `${support.stdout}${support.stderr}`.includes('=== TLS supported');
}

// Debian's packages, as bench/ports.sh does for nmap; swaks needs Net::SSLeay for any TLS.
if (!argumentsGiven.includes('--no-install') && isRoot && has('apt-get')) {
  const missing = [];
  if (!has('nmap')) missing.push('nmap');
  if (!has('swaks')) missing.push('swaks');
  if (!has('swaks') || !swaksSpeaksTls()) missing.push('libnet-ssleay-perl');
  if (missing.length > 0) {
    console.log(`== installing ${missing.join(' ')} from Debian`);
    const install = () =>
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
        stdio: 'ignore',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0;
    if (!install()) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      if (!install()) console.log(`   (could not install ${missing.join(' ')}: continuing without)`);
    }
  }
}

const quote = (word) => `'${String(word).replace(/'/g, `'\\''`)}'`;
const shell = (words) => words.map(quote).join(' ');
const allPorts = [
  env.SMTP_PORT,
  env.SUBMISSIONS_PORT,
  env.SUBMISSION_PORT,
  env.SUBMISSION_ALT_PORT,
  env.POP3_PORT,
  env.POP3S_PORT,
  env.IMAP_PORT,
  env.IMAPS_PORT,
].map(Number);
const smtpPorts = allPorts.slice(0, 4);
const implicitPorts = [env.SUBMISSIONS_PORT, env.POP3S_PORT, env.IMAPS_PORT].map(Number);
const cli = ['node', 'apps/cli/dist/cli.js', 'probe', env.HOST, '--servername', env.SERVERNAME];
const cliTail = ['--ca', env.CA, '--json'];

// One swaks per port: STARTTLS or implicit TLS as the port wants; --quit-after AUTH without --auth
// stops after the EHLO inside TLS, so the capabilities after TLS are seen, as the other tools do.
const swaksScript = smtpPorts
  .map((port) => {
    const tls = implicitPorts.includes(port) ? '--tls-on-connect' : '--tls';
    const words = ['swaks', '--server', env.HOST, '--port', port, tls, '--quit-after', 'AUTH'];
    words.push('--tls-verify', '--tls-ca-path', env.CA, '--tls-sni', env.SERVERNAME);
    return `echo '== swaks ${port}'; ${shell([...words, '--ehlo', 'bench.mailports.invalid'])} </dev/null`;
  })
  .join('; ');

const nmapWords = ['nmap', '-n', '-Pn', '-p', allPorts.join(',')];
nmapWords.push('--script', 'smtp-commands,imap-capabilities,pop3-capabilities,ssl-cert', env.HOST);

// The CLI's own figure for the probing (summary.durationMs): the rest of its wall time is Node's
// start-up and module loading.
const cliDuration = (text) => {
  try {
    return JSON.parse(text).summary?.durationMs ?? null;
  } catch {
    return null;
  }
};

const phasesDirectory = mkdtempSync(join(tmpdir(), 'mailports-one-host-phases-'));
const candidates = [
  {
    name: 'mailports-cli',
    ports: allPorts.length,
    baseline: 'mailports-cli',
    script: shell([...cli, ...cliTail]),
    coverage: mailportsCoverage,
    probingMs: cliDuration,
    ready: existsSync('apps/cli/dist/cli.js') || 'apps/cli/dist/cli.js not built (npm run build)',
  },
  {
    name: 'mailports-lib',
    ports: allPorts.length,
    baseline: 'mailports-cli',
    script: shell(['node', 'bench/probes.mjs', '--json']),
    coverage: mailportsCoverage,
    ready: true,
  },
  {
    name: 'nmap',
    ports: allPorts.length,
    baseline: 'mailports-cli',
    script: shell(nmapWords),
    coverage: (text) => nmapCoverage(text, implicitPorts),
    ready: has('nmap') || 'nmap not installed',
  },
  {
    name: 'openssl-loop',
    ports: allPorts.length,
    baseline: 'mailports-cli',
    script: shell(['bash', 'bench/openssl-loop.sh']),
    coverage: opensslLoopCoverage,
    ready: has('openssl') || 'openssl not installed',
  },
  {
    name: 'mailports-cli-smtp',
    ports: smtpPorts.length,
    baseline: 'mailports-cli-smtp',
    script: shell([...cli, '--ports', smtpPorts.join(','), ...cliTail]),
    coverage: mailportsCoverage,
    probingMs: cliDuration,
    ready: existsSync('apps/cli/dist/cli.js') || 'apps/cli/dist/cli.js not built (npm run build)',
  },
  {
    name: 'swaks',
    ports: smtpPorts.length,
    baseline: 'mailports-cli-smtp',
    script: swaksScript,
    coverage: swaksCoverage,
    ready: (has('swaks') && swaksSpeaksTls()) || 'swaks (with Net::SSLeay) not installed',
  },
  {
    name: 'node-start',
    ports: 0,
    baseline: 'mailports-cli',
    script: shell(['node', '-e', '0']),
    coverage: () => null,
    ready: true,
  },
  {
    name: 'mailports-cli-phases',
    ports: allPorts.length,
    baseline: 'mailports-cli',
    script: shell([cli[0], '--import', './bench/cli-phases.mjs', ...cli.slice(1), ...cliTail]),
    // One file per run, so the warm-up round's phases can be left out.
    env: (round) => ({ MAILPORTS_BENCH_PHASES: join(phasesDirectory, `${round}.jsonl`) }),
    coverage: mailportsCoverage,
    probingMs: cliDuration,
    ready: existsSync('apps/cli/dist/cli.js') || 'apps/cli/dist/cli.js not built (npm run build)',
  },
];
for (const tool of candidates.filter((candidate) => candidate.ready !== true)) {
  console.log(`   ${tool.name} skipped: ${tool.ready}`);
}
const tools = candidates.filter((candidate) => candidate.ready === true);
if (!tools.some((tool) => tool.name === 'mailports-cli')) process.exit(3);

// The tool runs under bash, which times it from its start to its exit ($EPOCHREALTIME) and reports
// the CPU of every process it ran (`times`: user and system of the waited-for children, swaks' four
// runs or the loop's openssl processes included), so bash's own start-up counts for no tool.
const wrapper =
  'start=$EPOCHREALTIME; { eval "$1"; } >"$2" 2>&1; status=$?; end=$EPOCHREALTIME; ' +
  'times >"$3"; echo "$start $end $status" >>"$3"';
const scratch = mkdtempSync(join(tmpdir(), 'mailports-one-host-'));
const seconds = (text) => {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

function runOnce(tool, round) {
  const outputFile = join(scratch, `${tool.name}.out`);
  const timesFile = join(scratch, `${tool.name}.times`);
  const started = process.hrtime.bigint();
  spawnSync('bash', ['-c', wrapper, 'one-host', tool.script, outputFile, timesFile], {
    stdio: 'ignore',
    env: { ...process.env, LC_ALL: 'C', MAILPORTS_INTEROP_ENV: envFile, ...tool.env?.(round) },
  });
  const spawnWallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const [, children, marks] = readFileSync(timesFile, 'utf8').trim().split('\n');
  const [user, system] = children.split(' ').map(seconds);
  const [start, end, status] = marks.split(' ').map(Number);
  const output = readFileSync(outputFile, 'utf8');
  return {
    wallMs: (end - start) * 1000,
    spawnWallMs,
    cpuMs: (user + system) * 1000,
    userMs: user * 1000,
    systemMs: system * 1000,
    exitStatus: status,
    coverage: tool.coverage(output),
    probingMs: tool.probingMs?.(output) ?? null,
    output,
  };
}

const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const outputDirectory = join(root, 'bench', 'results', stamp);
mkdirSync(outputDirectory, { recursive: true });
const loadBefore = loadavg();
const startedAt = new Date();
console.log(
  `== ${tools.map((tool) => tool.name).join(', ')} against ${env.HOST}: 1 warm-up + ${rounds} rounds, rotated order`,
);

const samples = [];
for (let round = 0; round <= rounds; round++) {
  const order = tools.map((_, index) => tools[(index + round) % tools.length]);
  for (const tool of order) {
    const sample = runOnce(tool, round);
    if (round === rounds) writeFileSync(join(outputDirectory, `${tool.name}.txt`), sample.output);
    delete sample.output;
    samples.push({ round, warmUp: round === 0, position: order.indexOf(tool), tool: tool.name, ...sample });
  }
  console.log(round === 0 ? '   warm-up done' : `   round ${round}/${rounds}`);
}
rmSync(scratch, { recursive: true, force: true });
const loadAfter = loadavg();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const spread = (values) => ({
  median: quantile(values, 0.5),
  p10: quantile(values, 0.1),
  p90: quantile(values, 0.9),
});
const measured = samples.filter((sample) => !sample.warmUp);
const of = (name, round) => measured.find((sample) => sample.tool === name && sample.round === round);
for (const sample of measured) {
  const baseline = of(tools.find((tool) => tool.name === sample.tool).baseline, sample.round);
  sample.wallRatio = sample.wallMs / baseline.wallMs;
  sample.cpuRatio = sample.cpuMs / baseline.cpuMs;
}
const summary = tools.map((tool) => {
  const runs = measured.filter((sample) => sample.tool === tool.name);
  const ratios = (field) => runs.map((sample) => sample[field]).filter(Number.isFinite);
  const probing = runs.map((sample) => sample.probingMs).filter((value) => value !== null);
  const coverages = new Set(
    runs.map((sample) =>
      sample.coverage === null ? 'nothing (no probe)' : describeCoverage(sample.coverage, tool.ports),
    ),
  );
  return {
    tool: tool.name,
    command: tool.script,
    ports: tool.ports,
    baseline: tool.baseline,
    wallMs: spread(runs.map((sample) => sample.wallMs)),
    cpuMs: spread(runs.map((sample) => sample.cpuMs)),
    wallRatio: quantile(ratios('wallRatio'), 0.5),
    cpuRatio: quantile(ratios('cpuRatio'), 0.5),
    probingMs: probing.length > 0 ? spread(probing) : null,
    failedRuns: runs.filter((sample) => sample.exitStatus !== 0).length,
    coverage: [...coverages],
  };
});

// The phases of the instrumented CLI runs (bench/cli-phases.mjs), measured rounds only.
const phaseRuns = [];
for (let round = 1; round <= rounds; round++) {
  const file = join(phasesDirectory, `${round}.jsonl`);
  if (existsSync(file))
    phaseRuns.push(
      ...readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    );
}
rmSync(phasesDirectory, { recursive: true, force: true });
const phaseNames = ['start', 'loading', 'probing', 'output'];
const phases = Object.fromEntries(
  phaseNames.map((name) => [
    name,
    Object.fromEntries(
      ['wallMs', 'cpuMs', 'waitMs'].map((field) => [
        field,
        spread(phaseRuns.map((run) => run[name][field]).filter(Number.isFinite)),
      ]),
    ),
  ]),
);

const fixed = (value, digits = 0) => (value === undefined ? '?' : value.toFixed(digits));
// Node parses its root certificates at start-up when this is set (else at the first TLS connection):
// worth knowing when reading the CLI's start-up time.
// biome-ignore lint/suspicious/noUndeclaredEnvVars: reported, not a build input; this script is no turbo task
const nodeExtraCaCerts = process.env.NODE_EXTRA_CA_CERTS ?? null;
const extraCaCerts = nodeExtraCaCerts
  ? `NODE_EXTRA_CA_CERTS=${nodeExtraCaCerts}`
  : 'NODE_EXTRA_CA_CERTS unset';
const lines = [
  `${startedAt.toISOString()} · node bench/one-host.mjs ${rounds} · ${env.HOST} · ${cpus().length} cores · ` +
    `load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')} before, ` +
    `${loadAfter.map((value) => value.toFixed(2)).join(' ')} after · Node ${process.versions.node} · ${extraCaCerts}`,
  '',
  '| tool | ports | wall ms median (p10–p90) | CPU ms median (p10–p90) | wall ratio | CPU ratio | what it reported |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
];
for (const row of summary) {
  const vs = row.tool === row.baseline ? '1 (baseline)' : `${fixed(row.wallRatio, 2)}× ${row.baseline}`;
  const cpuVs = row.tool === row.baseline ? '1 (baseline)' : `${fixed(row.cpuRatio, 2)}×`;
  const failed = row.failedRuns > 0 ? ` (exit status ≠ 0 in ${row.failedRuns} runs)` : '';
  lines.push(
    `| ${row.tool} | ${row.ports} | ${fixed(row.wallMs.median)} (${fixed(row.wallMs.p10)}–${fixed(row.wallMs.p90)}) | ` +
      `${fixed(row.cpuMs.median)} (${fixed(row.cpuMs.p10)}–${fixed(row.cpuMs.p90)}) | ${vs} | ${cpuVs} | ` +
      `${row.coverage.join('; ')}${failed} |`,
  );
}
lines.push('', 'Median of per-round ratios (wall, CPU):');
for (const row of summary.filter((each) => each.tool !== each.baseline)) {
  lines.push(
    `  ${row.tool} / ${row.baseline} = ${fixed(row.wallRatio, 2)}× wall, ${fixed(row.cpuRatio, 2)}× CPU`,
  );
}
for (const row of summary.filter((each) => each.probingMs !== null)) {
  lines.push(
    `  ${row.tool}: probing ${fixed(row.probingMs.median)} ms (median, its own summary.durationMs) of ` +
      `${fixed(row.wallMs.median)} ms; the rest is starting Node, loading modules and writing the JSON`,
  );
}
if (phaseRuns.length > 0) {
  lines.push(
    '',
    `Where mailports-cli's time goes (mailports-cli-phases, ${phaseRuns.length} runs; medians, ms; CPU and waiting: main thread):`,
    '',
    '| phase | wall (p10–p90) | CPU | waiting for a core |',
    '| --- | ---: | ---: | ---: |',
  );
  const described = {
    start: 'Node starting',
    loading: 'loading and checks, to the first connect',
    probing: 'probing, to the last socket closed',
    output: 'report, write, exit',
  };
  for (const name of phaseNames) {
    const { wallMs, cpuMs, waitMs } = phases[name];
    lines.push(
      `| ${described[name]} | ${fixed(wallMs.median)} (${fixed(wallMs.p10)}–${fixed(wallMs.p90)}) | ` +
        `${fixed(cpuMs.median)} | ${fixed(waitMs.median)} |`,
    );
  }
}
const report = lines.join('\n');
console.log(`\n${report}\n`);

writeFileSync(
  join(outputDirectory, 'one-host.json'),
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      command: `node bench/one-host.mjs ${rounds}`,
      host: env.HOST,
      cores: cpus().length,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      rounds,
      nodeExtraCaCerts,
      summary,
      phases,
      phaseRuns,
      samples,
    },
    null,
    2,
  )}\n`,
);
writeFileSync(join(outputDirectory, 'one-host.md'), `${report}\n`);
console.log(`results: ${join(outputDirectory, 'one-host.json')}`);

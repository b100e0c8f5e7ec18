#!/usr/bin/env node
// Where a probe's CPU goes, for `mailports scan` and the bare TLS client side by side, on loopback only.
// Each client runs the scan benchmark's STARTTLS dialogue (bench/scan.mjs: the same responder, targets
// and options) under Linux `perf record`, sampling CPU time (the software cpu-clock event, one sample
// per 0.5 ms a thread spends on a CPU) with call stacks; Node runs with --perf-basic-prof so compiled
// JavaScript has names. From the first connect() to the end, each sample is put in one category by
// walking its stack from the innermost frame out:
//   kernel      system calls, the loopback network stack, page faults
//   GC          V8's garbage collector
//   compilers   V8 parsing and compiling (interpreter bytecode, Sparkplug, TurboFan)
//   OpenSSL     the TLS handshake, record encryption, certificate parsing and verification
//   otherwise by the innermost frame: JavaScript (compiled JS), V8 builtins (inline caches, promises,
//   the interpreter's handlers), V8 runtime (V8's C++), Node and libuv (C++), libc (malloc, free and
//   memcpy whose callers the stack does not show: glibc keeps no frame pointers).
// Prints µs per probe for each category, the main thread and the other threads (V8's compiler and GC
// helpers) apart, with the scan's difference to the bare client and its busiest functions; writes
// bench/results/<UTC time>/cpu-split.json.
//
// Why perf and not `node --cpu-prof`: V8's profiler samples the JavaScript stack on a wall-clock timer,
// so time the thread spends preempted (the responder waking on the same core after a socket write)
// counts against whatever ran last; cpu-clock only counts time on a CPU.
//
// Usage: node bench/cpu-split.mjs [sizes=1000,10000] [concurrency=64] [--no-install]
// Needs `perf` (Debian's linux-perf, installed when missing and run as root) and perf events allowed
// (root, or kernel.perf_event_paranoid <= 1).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { bareArgs, positiveIntegers, scanArgs, startResponder, targetsFile } from './scan-fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const positional = process.argv.slice(2).filter((word) => !word.startsWith('--'));
const USAGE = 'usage: node bench/cpu-split.mjs [sizes=1000,10000] [concurrency=64] [--no-install]';
const sizes = positiveIntegers(positional[0] ?? '1000,10000', 'sizes', USAGE);
const [concurrency] = positiveIntegers(positional[1] ?? 64, 'concurrency', USAGE);
const SAMPLE_NS = 500_000;

const has = (command) => spawnSync('bash', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
if (!has('perf') && !process.argv.includes('--no-install') && process.getuid?.() === 0 && has('apt-get')) {
  console.log('== installing linux-perf from Debian');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'linux-perf'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    install();
  }
}
if (!has('perf')) {
  console.error('perf is not installed (Debian: apt-get install linux-perf)');
  process.exit(2);
}

// Innermost-first: the first frame that names one of these decides the sample.
const KERNEL = /kernel|vmlinux|\[vdso\]/;
const GC =
  /v8::internal::(Heap::|Scaveng|MinorMarkCompact|MarkCompact|Sweeper|ConcurrentMarking|IncrementalMarking|Marking|GCTracer|Evacuat|MemoryAllocator|ArrayBufferSweeper|RememberedSet|SlotSet|MemoryReducer)/;
const COMPILERS =
  /v8::internal::(compiler::|maglev::|baseline::|interpreter::|Parser|PreParser|Scanner|Compiler|OptimizingCompileDispatcher|BytecodeGenerator|Zone|DeclarationScope|AstNodeFactory)/;
// OpenSSL is linked into node. Its hand-written assembly (elliptic curves, SHA, AES) keeps no frame
// pointers, so those samples often have no callers: its own symbol names decide then.
const OPENSSL =
  /^(SSL_|SSL_CTX_|ssl_|ssl3_|tls_|tls1_|tls13_|ossl_|OSSL_|OPENSSL_|CRYPTO_|EVP_|evp_|X509|x509|d2i_|i2d_|PEM_|pem_|BIO_|bio_|ERR_|ASN1_|asn1_|BN_|bn_|EC_|ec_|__ecp_|ecp_|ECDSA_|ecdsa_|x25519|X25519|fe_|fe51_|fe64_|ge_|sha\d+_block|SHA\d+_|aesni_|aes_|gcm_|ChaCha20|Poly1305|RAND_|rand_|drbg_|OBJ_|obj_|PKCS|WPACKET|PACKET_|der_|DER_|do_name$|state_machine)/;

function category(frames) {
  for (const { symbol, dso } of frames) {
    if (KERNEL.test(dso)) return 'kernel';
    if (GC.test(symbol)) return 'GC';
    if (COMPILERS.test(symbol)) return 'compilers';
    if (OPENSSL.test(symbol)) return 'OpenSSL';
  }
  const [leaf] = frames;
  if (leaf === undefined) return 'other';
  if (/perf-\d+\.map/.test(leaf.dso))
    return /^(Builtin|BytecodeHandler)/.test(leaf.symbol) ? 'V8 builtins' : 'JavaScript';
  if (leaf.symbol.startsWith('Builtins_')) return 'V8 builtins';
  if (leaf.symbol.startsWith('v8::')) return 'V8 runtime';
  if (/^(node::|uv_|uv__)/.test(leaf.symbol)) return 'Node and libuv';
  if (/libc\.so|libstdc\+\+|libm\.so|ld-linux/.test(leaf.dso)) return 'libc';
  return 'other';
}

// Compiled or interpreted JavaScript of mailports' own packages, as --perf-basic-prof names it.
const OURS = /^JS:.* file:\/\/\S*\/(packages|apps)\/[^/]+\/dist\//;
const OURS_PATH = / file:\/\/\S*\/(?=(packages|apps)\/)/;

// The window starts at the first sample inside a connect(): what comes before is Node starting and
// the client loading, which bench/one-host.mjs measures.
const CONNECT = /^(uv_tcp_connect|uv__tcp_connect|__sys_connect|tcp_v4_connect|__x64_sys_connect)$/;

/**
 * Reads `perf script` output (in time order) as it comes: per thread class, samples per category from
 * the first connect() on, and the main thread's busiest innermost functions.
 */
async function analyse(perfData) {
  const script = spawn('perf', ['script', '-i', perfData, '-F', 'pid,tid,time,ip,sym,dso'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const counts = { main: {}, other: {} };
  const leaves = {};
  const owners = {};
  const pids = new Set();
  let started = false;
  let skipped = 0;
  let current = null;
  const count = (sample) => {
    if (!started && !sample.frames.some((frame) => CONNECT.test(frame.symbol))) {
      skipped++;
      return;
    }
    started = true;
    const side = sample.main ? 'main' : 'other';
    const name = category(sample.frames);
    counts[side][name] = (counts[side][name] ?? 0) + 1;
    if (sample.main) {
      const leaf = sample.frames[0];
      const key = leaf ? leaf.symbol.replace(/ file:\/\/\S*\/(packages|apps)\//, ' $1/') : '?';
      leaves[key] = (leaves[key] ?? 0) + 1;
      // Whose JavaScript the rest of the main thread's work serves: the innermost function of
      // mailports on the stack, with what V8, Node and libc do under it.
      if (name !== 'kernel' && name !== 'OpenSSL') {
        const ours = sample.frames.find((frame) => OURS.test(frame.symbol));
        const owner = ours ? ours.symbol.replace(OURS_PATH, ' ').replace(/^JS:[*^~]?/, '') : '(none of ours)';
        owners[owner] = (owners[owner] ?? 0) + 1;
      }
    }
  };
  for await (const line of createInterface({ input: script.stdout })) {
    const header = /^\s*(\d+)\/(\d+)\s+[\d.]+:/.exec(line);
    if (header) {
      if (current) count(current);
      pids.add(header[1]);
      current = { main: header[1] === header[2], frames: [] };
      continue;
    }
    const frame = /^\s+[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$/.exec(line);
    if (frame && current) current.frames.push({ symbol: frame[1], dso: frame[2] });
  }
  if (current) count(current);
  // --perf-basic-prof leaves /tmp/perf-PID.map behind for perf script; it has read it now.
  for (const pid of pids) rmSync(join('/tmp', `perf-${pid}.map`), { force: true });
  const top = (table) =>
    Object.fromEntries(
      Object.entries(table)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40),
    );
  return { counts, leaves: top(leaves), owners: top(owners), skipped };
}

function runUnderPerf(nodeArgs, perfData) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'perf',
      [
        'record',
        '-e',
        'cpu-clock',
        '-c',
        String(SAMPLE_NS),
        '-g',
        '-q',
        '-o',
        perfData,
        '--',
        process.execPath,
        '--perf-basic-prof',
        // Interpreted functions get frames of their own, so their time has a name too.
        '--interpreted-frames-native-stack',
        ...nodeArgs,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr.slice(-2000)}`)),
    );
  });
}

const work = mkdtempSync(join(tmpdir(), 'mailports-cpu-split-'));
const perMs = SAMPLE_NS / 1e6;
const results = [];
for (const [index, size] of sizes.entries()) {
  const server = await startResponder(work, 100, Math.ceil(size / 100));
  const file = targetsFile(work, server, size);
  const clients = {
    ceiling: async () => {
      const stdout = await runUnderPerf(
        bareArgs(file, server.caFile, concurrency),
        join(work, 'ceiling.data'),
      );
      const summary = JSON.parse(stdout.trim().split('\n').at(-1));
      return { probes: summary.records, ...(await analyse(join(work, 'ceiling.data'))) };
    },
    scan: async () => {
      const output = join(work, 'out.ndjson');
      await runUnderPerf(scanArgs(file, server.caFile, concurrency, output), join(work, 'scan.data'));
      const records = readFileSync(output, 'utf8').split('\n').filter(Boolean);
      const starttls = records.filter((line) => JSON.parse(line).status === 'starttls').length;
      if (starttls !== size) console.error(`warning: ${size - starttls} of ${size} targets not starttls`);
      rmSync(output);
      return { probes: records.length, ...(await analyse(join(work, 'scan.data'))) };
    },
  };
  // Warm-up: page cache, the responder's first handshakes. Then both, the order swapped every size.
  spawnSync(process.execPath, bareArgs(file, server.caFile, concurrency), { stdio: 'ignore' });
  const order = index % 2 === 0 ? ['ceiling', 'scan'] : ['scan', 'ceiling'];
  const measured = {};
  for (const client of order) measured[client] = await clients[client]();
  server.stop();
  results.push({ size, ...measured });
}
rmSync(work, { recursive: true, force: true });

const V8_PARTS = ['JavaScript', 'V8 builtins', 'V8 runtime', 'GC', 'compilers'];
const microseconds = (samples, probes) => Math.round((samples * perMs * 1000) / probes);
for (const { size, ceiling, scan } of results) {
  console.log(`\n${size} targets, ${concurrency} at once: CPU µs per probe, from the first connect() on`);
  const rows = [];
  const row = (thread, name, samplesOf) => {
    const a = microseconds(samplesOf(ceiling), ceiling.probes);
    const b = microseconds(samplesOf(scan), scan.probes);
    rows.push({ thread, category: name, ceiling: a, scan: b, 'scan − ceiling': b - a });
  };
  for (const side of ['main', 'other']) {
    const of = (name) => (result) => result.counts[side][name] ?? 0;
    const sum = (names) => (result) => names.reduce((total, name) => total + of(name)(result), 0);
    const names = [...new Set([...Object.keys(ceiling.counts[side]), ...Object.keys(scan.counts[side])])];
    row(side === 'main' ? 'main' : 'others', 'all', sum(names));
    // What running the JavaScript costs, all of V8 together.
    if (side === 'main') row('', 'V8 together', sum(V8_PARTS));
    names.sort((a, b) => of(b)(scan) - of(a)(scan));
    for (const name of names) row('', name, of(name));
  }
  console.table(rows);
  console.log(`the scan's busiest innermost functions on the main thread (µs per probe):`);
  for (const [leaf, count] of Object.entries(scan.leaves).slice(0, 15))
    console.log(`${String(microseconds(count, scan.probes)).padStart(6)}  ${leaf.slice(0, 110)}`);
  console.log(
    `the scan's own functions with the work under them, OpenSSL and the kernel aside (µs per probe):`,
  );
  for (const [owner, count] of Object.entries(scan.owners).slice(0, 15))
    console.log(`${String(microseconds(count, scan.probes)).padStart(6)}  ${owner.slice(0, 110)}`);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const directory = join(here, 'results', stamp);
mkdirSync(directory, { recursive: true });
writeFileSync(
  join(directory, 'cpu-split.json'),
  `${JSON.stringify({ concurrency, sampleNs: SAMPLE_NS, results }, null, 2)}\n`,
);
console.log(`\nraw figures: ${join('bench', 'results', stamp, 'cpu-split.json')}`);

#!/usr/bin/env node
// The ceiling for the scan benchmark: a bare Node client doing the same SMTP STARTTLS dialogue as a
// probe (greeting, EHLO, STARTTLS, TLS handshake verifying the chain against the CA, EHLO, QUIT)
// with no transcript, parsing or result, against the same responder, at a fixed concurrency.
// Prints one JSON line: records, durationMs, cpuMs, eventLoopDelayP99Ms, peakProbes, rss/heap per open probe
// and the young generation (V8 new space) then.
// Usage: node bench/bare-starttls.mjs TARGETS_FILE CA_FILE CONCURRENCY   (127.0.0.0/8 targets only)
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { connect as tlsConnect, createSecureContext } from 'node:tls';
import { getHeapSpaceStatistics } from 'node:v8';

const targets = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const colon = line.lastIndexOf(':');
    return { host: line.slice(0, colon), port: Number(line.slice(colon + 1)) };
  });
if (!targets.every((target) => target.host.startsWith('127.'))) throw new Error('loopback targets only');
const secureContext = createSecureContext({});
secureContext.context.addCACert(readFileSync(process.argv[3], 'utf8'));
const concurrency = Number(process.argv[4] ?? 64);

function probe({ host, port }) {
  return new Promise((resolve) => {
    let socket = connect({ host, port, noDelay: true });
    let buffer = '';
    let state = 'greeting';
    const fail = () => {
      socket.destroy();
      resolve(false);
    };
    socket.on('error', fail);
    const onData = (chunk) => {
      buffer += chunk.toString('latin1');
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        if (line[3] === '-') continue;
        if (state === 'greeting') {
          state = 'ehlo';
          socket.write('EHLO bench.client\r\n');
        } else if (state === 'ehlo') {
          state = 'starttls';
          socket.write('STARTTLS\r\n');
        } else if (state === 'starttls') {
          socket.removeListener('data', onData);
          const tls = tlsConnect({ socket, secureContext, servername: 'mx.bench.test' });
          tls.on('error', fail);
          tls.on('secureConnect', () => {
            if (!tls.authorized) return fail();
            socket = tls;
            state = 'ehlo-tls';
            tls.on('data', onData);
            tls.write('EHLO bench.client\r\n');
          });
          return;
        } else if (state === 'ehlo-tls') {
          state = 'quit';
          socket.write('QUIT\r\n');
        } else if (state === 'quit') {
          socket.end();
          resolve(true);
        }
      }
    };
    socket.on('data', onData);
  });
}

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
// As in `scan --stats`: live memory (after a full collection, under --expose-gc) every 200 ms; the most
// seen while the most probes were open, above the memory before the first probe, per open probe.
const live = () => {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
  return { rss: usage.rss, heap: usage.heapUsed, young };
};
const baseline = live();
let open = 0;
let peak = { probes: 0, ...baseline };
const sampler = setInterval(() => {
  if (open === 0 || open < peak.probes) return;
  const sample = live();
  if (open > peak.probes) peak = { probes: open, ...sample };
  else
    peak = {
      probes: open,
      rss: Math.max(peak.rss, sample.rss),
      heap: Math.max(peak.heap, sample.heap),
      young: Math.max(peak.young, sample.young),
    };
}, 200);
const cpu = process.cpuUsage();
const started = performance.now();
let next = 0;
let ok = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < targets.length) {
      const target = targets[next++];
      open++;
      if (await probe(target)) ok++;
      open--;
    }
  }),
);
clearInterval(sampler);
const used = process.cpuUsage(cpu);
const per = (value) => (peak.probes === 0 ? 0 : Math.round(value / peak.probes));
console.log(
  JSON.stringify({
    records: ok,
    failed: targets.length - ok,
    durationMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    eventLoopDelayP99Ms: Math.round(histogram.percentile(99) / 1e5) / 10,
    peakProbes: peak.probes,
    rssBytesPerOpenProbe: per(peak.rss - baseline.rss),
    heapBytesPerOpenProbe: per(peak.heap - baseline.heap),
    youngGenerationBytes: peak.young,
  }),
);

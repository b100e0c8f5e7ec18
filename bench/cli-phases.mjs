// Preload for the CLI (`node --import ./bench/cli-phases.mjs apps/cli/dist/cli.js probe …`): where one
// run's wall time goes. Four phases, each with its wall time and, where Linux exposes them
// (/proc/self/task/PID/schedstat), the main thread's CPU time and its time waiting for a free core:
//   start    Node starting, up to this preload (with NODE_EXTRA_CA_CERTS set, Node parses its root
//            certificates here; otherwise at the first TLS connection, inside "probing")
//   loading  the CLI's modules and checks, up to the first connect()
//   probing  up to the last socket's close
//   output   the report, writing it, and exit
// One JSON line per run is appended to the file named by MAILPORTS_BENCH_PHASES; nothing is printed.
// The preload itself adds about a millisecond to "start", so bench/one-host.mjs reports it apart from
// the CLI's uninstrumented runs.
import { appendFileSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const target = process.env.MAILPORTS_BENCH_PHASES;
const schedstat = `/proc/self/task/${process.pid}/schedstat`;

/** [wall ms since the process started, main-thread CPU ms, main-thread run-queue wait ms]. */
function sample() {
  try {
    const [cpu, wait] = readFileSync(schedstat, 'utf8').split(' ').map(Number);
    return [performance.now(), cpu / 1e6, wait / 1e6];
  } catch {
    return [performance.now(), Number.NaN, Number.NaN];
  }
}

if (target) {
  const points = { start: sample(), connect: null, close: null };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connectObserved(...parameters) {
    points.connect ??= sample();
    this.once('close', () => {
      points.close = sample();
    });
    return connect.apply(this, parameters);
  };
  process.on('exit', () => {
    const exit = sample();
    const connected = points.connect ?? exit;
    const closed = points.close ?? connected;
    const phase = (from, to) => ({
      wallMs: to[0] - from[0],
      cpuMs: to[1] - from[1],
      waitMs: to[2] - from[2],
    });
    const phases = {
      // CPU and wait of the start: everything the main thread did and waited before the preload.
      start: { wallMs: points.start[0], cpuMs: points.start[1], waitMs: points.start[2] },
      loading: phase(points.start, connected),
      probing: phase(connected, closed),
      output: phase(closed, exit),
    };
    appendFileSync(target, `${JSON.stringify(phases)}\n`);
  });
}

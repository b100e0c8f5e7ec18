// What the scan benchmarks share: the loopback STARTTLS responder in its own process, target files
// for it, and the command lines of the two clients (the bare TLS client and `mailports scan`).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const CLI = join(here, '..', 'apps', 'cli', 'dist', 'cli.js');
export const BARE = join(here, 'bare-starttls.mjs');

/**
 * Starts bench/starttls-responder.mjs on `addresses` loopback addresses (127.0.N.1, each in its own
 * /24) times `ports` ports, holding each session `holdMs` after the handshake; writes its CA to
 * `work`/ca.pem. Resolves once it listens.
 */
export async function startResponder(work, addresses, ports, holdMs = 0) {
  const child = spawn(
    process.execPath,
    [join(here, 'starttls-responder.mjs'), String(addresses), String(ports), String(holdMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = await createInterface({ input: child.stdout })
    [Symbol.asyncIterator]()
    .next()
    .then((item) => [item.value]);
  const ready = JSON.parse(line);
  const ca = join(work, 'ca.pem');
  writeFileSync(ca, ready.ca);
  return { ...ready, caFile: ca, stop: () => child.kill('SIGTERM') };
}

/** A file of the responder's first `count` targets, one `address:port` per line. */
export function targetsFile(work, server, count) {
  const lines = [];
  // Port-major, so consecutive targets go to different addresses and networks.
  for (const port of server.ports) for (const address of server.addresses) lines.push(`${address}:${port}`);
  const file = join(work, `targets-${count}.txt`);
  writeFileSync(file, `${lines.slice(0, count).join('\n')}\n`);
  return file;
}

/**
 * `text` (comma-separated) as positive integers, or the usage line on stderr and exit 2: a size or
 * width of 0 would wait forever, and one that is not a number would measure nothing.
 */
export function positiveIntegers(text, name, usage) {
  const values = String(text).split(',').map(Number);
  if (values.every((value) => Number.isInteger(value) && value > 0)) return values;
  console.error(`${name} must be a positive whole number (or a comma-separated list of them): ${text}`);
  console.error(usage);
  process.exit(2);
}

/** Node arguments for the bare client over `file` at `width` connections at once. */
export const bareArgs = (file, ca, width) => [BARE, file, ca, String(width)];

/** Node arguments for `mailports scan` over `file` into `output`, as wide as the bare client. */
export const scanArgs = (file, ca, width, output) => [
  CLI,
  'scan',
  file,
  '-o',
  output,
  '--ca',
  ca,
  '--concurrency',
  String(width),
  '--per-address',
  '64',
  '--per-network',
  '64',
  '--rate',
  '10000',
  '--retries',
  '0',
  '--timeout',
  '20s',
  '--stats',
];

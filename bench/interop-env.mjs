// The interop host's facts from .interop/env (written by scripts/interop/up.sh), for the bench scripts.
// Exits with a message when the servers are not up or the host is not on loopback.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `{ HOST, SERVERNAME, CA, ... }`: the MAILPORTS_INTEROP_ variables without their prefix. */
export function interopEnv() {
  const envFile = process.env.MAILPORTS_INTEROP_ENV ?? join(root, '.interop', 'env');
  if (!existsSync(envFile)) {
    console.error(`no ${envFile}: run scripts/interop/up.sh first`);
    process.exit(2);
  }
  const env = Object.fromEntries(
    readFileSync(envFile, 'utf8')
      .split('\n')
      .map((line) => /^(MAILPORTS_INTEROP_[A-Z0-9_]+)=(.*)$/.exec(line.trim()))
      .filter(Boolean)
      .map((match) => [match[1].slice('MAILPORTS_INTEROP_'.length), match[2]]),
  );
  if (!env.HOST?.startsWith('127.')) {
    console.error(`refusing to target ${env.HOST}: loopback only`);
    process.exit(2);
  }
  return env;
}

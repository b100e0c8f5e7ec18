import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors';
import { printable } from '../sanitize';
import type { Budgets, ConnectionBudgets } from './budgets';

/** The BullMQ queue `scan --queue` fills and `worker` drains. */
export const QUEUE_NAME = 'mailports-scan';
/** Where final failures are kept for a person to look at (a Redis list of JSON entries). */
export const DEAD_LETTER_KEY = 'mailports:scan:dead';

/** What one job carries: the input line, untouched, and where it came from. */
export interface ScanJobData {
  /** Identifies one `scan --queue` run; its collector prints only its own records. */
  readonly run: string;
  readonly line: number;
  readonly text: string;
}

/** ioredis options from a `redis://[user:password@]host[:port][/db]` URL; commands wait while Redis is away. */
export function redisOptions(url: string): {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  maxRetriesPerRequest: null;
  retryStrategy: (times: number) => number;
} {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--queue: cannot read '${printable(url)}'`, 'e.g. --queue redis://127.0.0.1:6379');
  }
  if (parsed.protocol !== 'redis:')
    throw new UsageError(
      `--queue: '${printable(url)}' is not a redis:// URL`,
      'e.g. --queue redis://127.0.0.1:6379',
    );
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0 || db > 15)
    throw new UsageError(`--queue: database '${printable(parsed.pathname.slice(1))}' must be 0–15`);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    db,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    // null: a command waits for Redis to come back instead of failing after 20 retries.
    maxRetriesPerRequest: null,
    // Reconnect forever, at most every 2 s.
    retryStrategy: (times) => Math.min(2_000, 100 * times),
  };
}

/** A fresh run identifier. */
export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** The small part of an ioredis client the Redis budgets use. */
export interface SlotClient {
  set(key: string, value: string, px: 'PX', ttl: number, nx: 'NX'): Promise<'OK' | null>;
  eval(script: string, keys: number, ...args: string[]): Promise<unknown>;
}

// One counter per address and second; the first increment gives it a 2 s life.
const COUNT =
  "local n = redis.call('incr', KEYS[1]) if n == 1 then redis.call('pexpire', KEYS[1], 2000) end return n";

const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Per-address connection budgets shared by every worker through Redis: a connection holds one of
 * `perAddress` slot keys (`SET NX PX`), so all workers together keep at most that many connections
 * to one server, and opens only while fewer than `ratePerSecond` connections to that address began
 * in the current second (a counter per address and second). A slot expires after `ttlMs` (the probe
 * deadline and some) if its worker dies. The per-network budget stays per worker.
 */
export class RedisBudgets implements Budgets {
  constructor(
    private readonly client: SlotClient,
    private readonly local: ConnectionBudgets,
    private readonly ttlMs: number,
    private readonly ratePerSecond: number,
  ) {}

  /** Waits until a connection to `address` may begin in this second, across all workers. */
  async #rate(address: string): Promise<void> {
    for (;;) {
      const second = Math.floor(Date.now() / 1000);
      const count = Number(await this.client.eval(COUNT, 1, `mailports:scan:rate:${address}:${second}`));
      if (count <= this.ratePerSecond) return;
      await new Promise((resolve) =>
        setTimeout(resolve, (second + 1) * 1000 - Date.now() + Math.random() * 50),
      );
    }
  }

  async acquire(address: string): Promise<() => void> {
    const releaseLocal = await this.local.acquire(address);
    const token = randomBytes(8).toString('hex');
    for (;;) {
      for (let slot = 0; slot < this.local.limits.perAddress; slot++) {
        const key = `mailports:scan:slot:${address}:${slot}`;
        if ((await this.client.set(key, token, 'PX', this.ttlMs, 'NX')) === 'OK') {
          await this.#rate(address);
          return () => {
            releaseLocal();
            this.client.eval(RELEASE, 1, key, token).catch(() => {});
          };
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}

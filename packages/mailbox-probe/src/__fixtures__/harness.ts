import type { TestServer } from '@mailports/testkit';
import { afterEach, beforeAll } from 'vitest';
import type { MailboxProbeOptions } from '../types';
import { certificates, FAST } from './helpers';
import { type ScriptedServer, type ScriptStep, scriptedServer } from './scripted-server';

/** A probe of `localhost` at 127.0.0.1 on `port`, with the short test timeouts. */
export function local(port: number) {
  return { host: 'localhost', address: '127.0.0.1', port, timeouts: FAST };
}

/** The testkit PKI as script steps (see {@link certificates}). */
export type ScriptPki = Awaited<ReturnType<typeof certificates>>;

/** What {@link useScriptedServers} gives a test file. */
export interface ScriptedHarness {
  /** The testkit PKI; empty until `beforeAll` has run, so read its fields inside tests. */
  readonly pki: ScriptPki;
  /** Starts a scripted server (one script per connection), closed after the test. */
  serve(...scripts: ScriptStep[][]): Promise<ScriptedServer>;
}

/**
 * Registers the hooks of a test file that runs scripted servers: the PKI is made once before all
 * tests, and every server a test started is closed after it.
 */
export function useScriptedServers(): ScriptedHarness {
  // Filled in place by beforeAll, so a test file can keep the reference it got at load time.
  const pki = {} as ScriptPki;
  const servers: ScriptedServer[] = [];
  beforeAll(async () => {
    Object.assign(pki, await certificates());
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return {
    pki,
    async serve(...scripts) {
      const server = await scriptedServer(scripts);
      servers.push(server);
      return server;
    },
  };
}

/**
 * Registers closing, after each test, every testkit server `start` made; returns `start`, which
 * passes its options to `create`.
 */
export function useTestServers<O>(
  create: (options?: O) => Promise<TestServer>,
): (options?: O) => Promise<TestServer> {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options) => {
    const server = await create(options);
    servers.push(server);
    return server;
  };
}

/** Probe options for a testkit server: {@link local} on its port, trusting its CA, then `options`. */
export function against(target: TestServer, options: Partial<MailboxProbeOptions> = {}): MailboxProbeOptions {
  return { ...local(target.port), ca: target.ca, ...options };
}

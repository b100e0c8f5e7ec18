import { createSmtpServer, type SmtpServerOptions, type SmtpTestServer } from '@mailports/testkit';
import { afterEach } from 'vitest';
import { probeSmtp } from '../probe';
import type { SmtpProbeOptions, SmtpProbeResult } from '../types';
import { createScriptedServer, type ScriptedServer, type ScriptIO } from './scripted-server';

/** The EHLO name every test probe announces. */
export const EHLO_NAME = 'probe.example.net';

/** Step timeouts generous enough for a loaded machine; tests that wait out silence shorten one. */
export const TIMEOUTS = { connect: 3000, greeting: 3000, command: 3000, tls: 3000, overall: 15000 };

/** The finding codes of a result, in order. */
export function codes(result: { findings: readonly { code: string }[] }): string[] {
  return result.findings.map((finding) => finding.code);
}

/**
 * Testkit SMTP servers closed after each test, and a probe of one through `localhost` (for SNI and
 * the name check) at 127.0.0.1, with `defaults(server)` under the test's own options.
 */
export function useTestkitServers(
  defaults: (server: SmtpTestServer) => Partial<SmtpProbeOptions> = () => ({}),
) {
  const servers: SmtpTestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return {
    async start(options: SmtpServerOptions = {}): Promise<SmtpTestServer> {
      const server = await createSmtpServer(options);
      servers.push(server);
      return server;
    },
    probe(server: SmtpTestServer, options: Partial<SmtpProbeOptions> = {}): Promise<SmtpProbeResult> {
      return probeSmtp({
        host: 'localhost',
        address: '127.0.0.1',
        port: server.port,
        ehloName: EHLO_NAME,
        timeouts: TIMEOUTS,
        ...defaults(server),
        ...options,
      });
    },
  };
}

/** What one scripted run saw: the result and the client bytes of the first connection, byte for byte. */
export interface ScriptedRun {
  result: SmtpProbeResult;
  /** Client bytes before TLS (latin1). */
  plain: string;
  /** Client bytes inside TLS (latin1). */
  tls: string;
  /** How many connections the probe opened. */
  connections: number;
}

/**
 * One byte-exact scripted server per test, closed after it: `run(script, options)` probes it at
 * 127.0.0.1 with `defaults()` under the test's options and waits for the script to finish.
 */
export function useScriptedServer(defaults: () => Partial<SmtpProbeOptions> = () => ({})) {
  let server: ScriptedServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  return async function run(
    script: (io: ScriptIO) => Promise<void>,
    options: Partial<SmtpProbeOptions> = {},
  ): Promise<ScriptedRun> {
    server = await createScriptedServer(script);
    const result = await probeSmtp({
      host: '127.0.0.1',
      port: server.port,
      ehloName: EHLO_NAME,
      timeouts: TIMEOUTS,
      ...defaults(),
      ...options,
    });
    await server.settled();
    const received = server.connections[0] ?? { plain: '', tls: '' };
    return { result, plain: received.plain, tls: received.tls, connections: server.connections.length };
  };
}

/** An SMTP reply in wire form: `250-first`, …, `250 last`, each with CRLF. */
export function reply(code: number, lines: readonly string[]): string {
  return lines.map((text, index) => `${code}${index === lines.length - 1 ? ' ' : '-'}${text}\r\n`).join('');
}

/** Answers every client line with `answer(line)` until QUIT (answered 221) or the client leaves. */
export async function answerUntilQuit(io: ScriptIO, answer: (line: string) => string): Promise<void> {
  for (;;) {
    const line = await io.readLine();
    if (line === null) return;
    if (line === 'QUIT') {
      io.write('221 2.0.0 Bye\r\n');
      return;
    }
    io.write(answer(line));
  }
}

/** Greets, offers STARTTLS to the first EHLO, accepts STARTTLS and upgrades with `certificate`. */
export async function greetAndUpgrade(io: ScriptIO, certificate: { cert: string; key: string }) {
  io.write('220 mx.test ESMTP\r\n');
  await io.readLine();
  io.write(reply(250, ['mx.test', 'STARTTLS']));
  await io.readLine();
  io.write('220 2.0.0 Ready to start TLS\r\n');
  await io.startTls(certificate);
}

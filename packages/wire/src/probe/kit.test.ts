import { describe, expect, it } from 'vitest';
import { onLines, useRawServers } from '../__fixtures__/servers';
import { ProtocolError } from '../errors';
import { runProbe } from '../probe-runner';
import { credentialGuard } from './credentials';
import { finding } from './finding';
import { upgradeWithStarttls } from './starttls';
import { sayGoodbye } from './steps';

const serve = useRawServers();
const base = { protocol: 'smtp' as const, host: '127.0.0.1', mode: 'starttls' as const };

/** A server that greets, answers STARTTLS with `reply` and then sends `after` instead of a handshake. */
function brokenStarttls(reply: string, after: string) {
  return serve((socket) => {
    socket.write('220 ready\r\n');
    const stop = onLines(socket, (line) => {
      if (line !== 'STARTTLS') return;
      stop();
      socket.write(reply);
      setTimeout(() => socket.end(after), 30);
    });
  });
}

async function starttlsProbe(port: number) {
  return runProbe({ ...base, port, timeouts: { tls: 1000 } }, {}, async (ctx) => {
    const connection = await ctx.connect({});
    await connection.readLine({ step: 'greeting' });
    await upgradeWithStarttls(ctx, {
      protocol: 'smtp',
      connection,
      tls: {},
      send: async () => {
        await connection.writeLine('STARTTLS');
        const reply = await connection.readLine({ step: 'starttls' });
        return { accepted: reply.startsWith('220'), reply };
      },
    });
  });
}

describe('upgradeWithStarttls', () => {
  it('reports injected bytes even when the TLS handshake then fails', async () => {
    const server = await brokenStarttls('220 go ahead\r\n250 INJECTED AUTH PLAIN\r\n', 'not TLS at all\r\n');
    const result = await starttlsProbe(server.port);
    expect(result.status).toBe('tls-failed');
    expect(result.starttls).toMatchObject({ accepted: true, reply: '220 go ahead' });
    expect(result.starttls?.injectedBytes).toContain('250 INJECTED AUTH PLAIN');
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'starttls-injection',
        severity: 'critical',
        evidence: expect.stringContaining('INJECTED'),
      }),
    ]);
  });

  it('records a refusal without a handshake and returns the reply', async () => {
    const server = await brokenStarttls('454 TLS not available\r\n', '');
    const result = await starttlsProbe(server.port);
    expect(result.status).toBe('ok');
    expect(result.starttls).toMatchObject({
      attempted: true,
      accepted: false,
      reply: '454 TLS not available',
    });
    expect(result.timings.tlsHandshake).toBeUndefined();
  });
});

describe('runProbe and protocol errors', () => {
  it('copies the command and the reply of a protocol error into the result', async () => {
    const server = await serve((socket) => socket.write('220 ready\r\n'));
    const result = await runProbe({ ...base, port: server.port }, {}, async (ctx) => {
      const connection = await ctx.connect({});
      const greeting = await connection.readLine({ step: 'greeting' });
      throw new ProtocolError('Unexpected greeting.', {
        step: 'ehlo',
        command: 'EHLO probe',
        reply: greeting,
      });
    });
    expect(result.status).toBe('protocol-error');
    expect(result.error).toEqual({
      code: 'E_PROTOCOL',
      message: 'Unexpected greeting.',
      step: 'ehlo',
      command: 'EHLO probe',
      reply: '220 ready',
    });
  });

  it('bounds the evidence a protocol error keeps', () => {
    const error = new ProtocolError('Too long.', { reply: 'x'.repeat(100_000) });
    expect(error.reply?.length).toBeLessThan(1100);
  });
});

describe('sayGoodbye', () => {
  it('keeps a working result when the server never answers the goodbye, its wait bounded below the deadline', async () => {
    const server = await serve((socket) => socket.write('+OK ready\r\n'));
    const result = await runProbe(
      { ...base, port: server.port, timeouts: { command: 30_000, overall: 6000 } },
      {},
      async (ctx) => {
        const connection = await ctx.connect({});
        await connection.readLine({ step: 'greeting' });
        await sayGoodbye(ctx, connection, async (timeout) => {
          await connection.writeLine('QUIT');
          await connection.readLine({ step: 'quit', timeout });
        });
      },
    );
    expect(result.status).toBe('ok');
  });
});

describe('ProbeContext.connect', () => {
  it("gives a connection the run's own timeouts and limits, or the session's overrides over them, checked", async () => {
    const server = await serve((socket) => socket.write('220 ready\r\n'));
    const seen: Array<{ command: number; greeting: number; maxLineLength: number }> = [];
    let invalid: unknown = null;
    const result = await runProbe(
      { ...base, port: server.port, timeouts: { command: 700 }, limits: { maxLineLength: 900 } },
      {},
      async (ctx) => {
        for (const asked of [{}, { timeouts: { command: 300 }, limits: { maxLineLength: 200 } }]) {
          const connection = await ctx.connect(asked);
          seen.push({ ...connection.timeouts, ...connection.limits });
          connection.destroy();
        }
        invalid = await ctx.connect({ timeouts: { command: -1 } }).catch((error: unknown) => error);
      },
    );
    expect(result.status).toBe('ok');
    expect(seen[0]).toMatchObject({ command: 700, greeting: 30_000, maxLineLength: 900 });
    expect(seen[1]).toMatchObject({ command: 300, greeting: 30_000, maxLineLength: 200 });
    expect(invalid).toMatchObject({ code: 'E_INVALID_INPUT' });
  });
});

describe('credentialGuard', () => {
  it('refuses outside TLS and with an untrusted certificate, the same for every protocol', () => {
    expect(credentialGuard({ secure: false, tls: null })?.outcome).toBe('refused-cleartext');
    const verdict = { trusted: false, reason: 'self-signed certificate' };
    const tls = { verdict } as unknown as Parameters<typeof credentialGuard>[0]['tls'];
    expect(credentialGuard({ secure: true, tls })).toMatchObject({
      outcome: 'error',
      message: expect.stringContaining('self-signed certificate'),
    });
  });
});

describe('finding', () => {
  it('takes severity and sources from the one catalogue, and the lowered severity only where it is documented', () => {
    expect(finding('auth-before-tls')).toMatchObject({
      severity: 'critical',
      reference: 'RFC 8314 §3, RFC 4954 §4',
    });
    expect(finding('auth-before-tls', { lowered: true }).severity).toBe('warning');
    expect(finding('starttls-injection', { lowered: true }).severity).toBe('critical');
  });

  it('escapes and bounds the evidence', () => {
    const built = finding('escape-sequences', { evidence: `\u001b[2J${'a'.repeat(1000)}` });
    expect(built.evidence?.startsWith('\\x1b[2J')).toBe(true);
    expect(built.evidence?.length).toBeLessThanOrEqual(301);
  });
});

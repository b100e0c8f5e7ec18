import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { freePort, useRawServers } from './__fixtures__/servers';
import { WireError } from './errors';
import { runProbe } from './probe-runner';

const serve = useRawServers();

const base = { protocol: 'smtp' as const, host: '127.0.0.1', mode: 'plain' as const };

describe('runProbe', () => {
  it('reports ok with the details and setters the session filled, and closes its connections', async () => {
    const closed: Promise<unknown>[] = [];
    const server = await serve((socket) => {
      closed.push(once(socket, 'close'));
      socket.write('220 mail.example ESMTP\r\n');
    });
    const result = await runProbe(
      { ...base, port: server.port },
      { greeting: null as string | null },
      async (ctx, details) => {
        const connection = await ctx.connect({});
        const banner = await ctx.time('greeting', () => connection.readLine({ step: 'greeting' }));
        details.greeting = banner;
        ctx.setBanner(banner);
        ctx.setSecurity('plain');
        ctx.setCapabilities('before', ['PIPELINING']);
        ctx.finding({ code: 'starttls-not-offered', severity: 'warning', message: 'No TLS offered.' });
      },
    );
    await Promise.all(closed);
    expect(result).toMatchObject({
      protocol: 'smtp',
      host: '127.0.0.1',
      port: server.port,
      address: '127.0.0.1',
      requestedMode: 'plain',
      security: 'plain',
      status: 'ok',
      error: null,
      banner: '220 mail.example ESMTP',
      greeting: '220 mail.example ESMTP',
      capabilitiesBefore: ['PIPELINING'],
      capabilitiesAfter: null,
      starttls: null,
      auth: { mechanisms: [], beforeTls: [], test: null },
    });
    expect(result.findings.map((finding) => finding.code)).toEqual(['starttls-not-offered']);
    expect(result.timings.total).toBeGreaterThan(0);
    expect(result.timings.greeting).toBeGreaterThanOrEqual(0);
    expect(result.timings.connect).toBeGreaterThanOrEqual(0);
    expect(result.transcript.some((entry) => entry.text === '220 mail.example ESMTP')).toBe(true);
    expect(Number.isNaN(Date.parse(result.startedAt))).toBe(false);
  });

  it('turns a refused connect into status refused with error code, step and a plain message', async () => {
    const port = await freePort();
    const result = await runProbe({ ...base, port }, {}, async (ctx) => {
      await ctx.connect({});
    });
    expect(result.status).toBe('refused');
    expect(result.error).toMatchObject({ code: 'E_REFUSED', step: 'connect' });
    expect(result.statusMessage).toMatch(/refused/);
    expect(result.address).toBeNull();
  });

  it('says "no greeting" for a silent server and keeps the partial details', async () => {
    const server = await serve(() => {});
    const result = await runProbe(
      { ...base, port: server.port, timeouts: { greeting: 100 } },
      { stage: 'start' },
      async (ctx, details) => {
        const connection = await ctx.connect({});
        details.stage = 'connected';
        await connection.readLine({ step: 'greeting' });
        details.stage = 'greeted';
      },
    );
    expect(result.status).toBe('no-greeting');
    expect(result.stage).toBe('connected');
    expect(result.error).toMatchObject({ code: 'E_GREETING_TIMEOUT', step: 'greeting' });
    expect(result.statusMessage).toContain('0.1 s');
    expect(result.statusMessage).not.toMatch(/block/i);
  });

  it('keeps an explicit status set by the session', async () => {
    const server = await serve((socket) => socket.write('554 go away\r\n'));
    const result = await runProbe({ ...base, port: server.port }, {}, async (ctx) => {
      const connection = await ctx.connect({});
      ctx.setStatus('rejected', 'The server refused service: 554 go away');
      await connection.readLine();
    });
    expect(result.status).toBe('rejected');
    expect(result.statusMessage).toBe('The server refused service: 554 go away');
    expect(result.error).toBeNull();
  });

  it('ends a session that ignores its signal at the overall deadline with E_DEADLINE', async () => {
    const closed: Promise<unknown>[] = [];
    const server = await serve((socket) => closed.push(once(socket, 'close')));
    const result = await runProbe(
      { ...base, port: server.port, timeouts: { overall: 150 } },
      {},
      async (ctx) => {
        await ctx.connect({});
        await new Promise(() => {});
      },
    );
    expect(result.status).toBe('aborted');
    expect(result.error?.code).toBe('E_DEADLINE');
    expect(result.statusMessage).toContain('0.15 s');
    await Promise.all(closed);
  });

  it('stops at the caller signal with E_ABORTED and destroys the open connection', async () => {
    const closed: Promise<unknown>[] = [];
    const server = await serve((socket) => closed.push(once(socket, 'close')));
    const controller = new AbortController();
    const result = runProbe({ ...base, port: server.port, signal: controller.signal }, {}, async (ctx) => {
      const connection = await ctx.connect({});
      setTimeout(() => controller.abort(), 20);
      await connection.readLine({ step: 'greeting' });
    });
    const settled = await result;
    expect(settled.status).toBe('aborted');
    expect(settled.error).toMatchObject({ code: 'E_ABORTED', step: 'greeting' });
    await Promise.all(closed);
  });

  it("gives the session a signal that aborts with the deadline's error", async () => {
    let reason: unknown;
    const result = await runProbe(
      { ...base, port: 25, timeouts: { overall: 100 } },
      {},
      (ctx) =>
        new Promise<void>((_, reject) => {
          ctx.signal.addEventListener('abort', () => {
            reason = ctx.signal.reason;
            reject(ctx.signal.reason);
          });
        }),
    );
    expect(result.error?.code).toBe('E_DEADLINE');
    expect(reason).toMatchObject({ code: 'E_DEADLINE' });
  });

  it('does not run the session when the caller already aborted', async () => {
    let ran = false;
    const result = await runProbe({ ...base, port: 25, signal: AbortSignal.abort() }, {}, async () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(result.status).toBe('aborted');
    expect(result.error?.code).toBe('E_ABORTED');
  });

  it('refuses invalid input without running the session', async () => {
    let ran = false;
    const result = await runProbe({ ...base, host: 'evil\r\nRCPT', port: 25 }, {}, async () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_INVALID_INPUT');
  });

  it('refuses a non-positive timeout as invalid input', async () => {
    const result = await runProbe({ ...base, port: 25, timeouts: { connect: -1 } }, {}, async () => {});
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_INVALID_INPUT');
    expect(result.statusMessage).toMatch(/nothing was sent/);
  });

  it('turns an unexpected exception into E_INTERNAL instead of throwing', async () => {
    const result = await runProbe({ ...base, port: 25 }, {}, async () => {
      throw new TypeError('boom');
    });
    expect(result.status).toBe('protocol-error');
    expect(result.error).toMatchObject({ code: 'E_INTERNAL' });
    expect(result.error?.message).toContain('boom');
  });

  it('turns a session that throws before returning a promise into a result too', async () => {
    const session = (): Promise<void> => {
      throw new WireError('E_PROTOCOL', 'refused before any promise');
    };
    const pending = runProbe({ ...base, port: 25 }, {}, session);
    expect(pending).toBeInstanceOf(Promise);
    const result = await pending;
    expect(result.error).toMatchObject({ code: 'E_PROTOCOL', message: 'refused before any promise' });
    expect(result.status).toBe('protocol-error');
  });

  it('times an opened step when it ends, and one still open when the probe fails, until the end', async () => {
    const result = await runProbe({ ...base, port: 25 }, {}, async (ctx) => {
      ctx.beginStep('greeting');
      await new Promise((resolve) => setTimeout(resolve, 30));
      ctx.endStep('greeting');
      // Closing a step that is not the open one records nothing.
      ctx.endStep('quit');
      ctx.beginStep('capabilities');
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw new WireError('E_READ_TIMEOUT', 'no reply', { step: 'ehlo' });
    });
    expect(result.error).toMatchObject({ code: 'E_READ_TIMEOUT', step: 'ehlo' });
    expect(result.timings.greeting).toBeGreaterThanOrEqual(25);
    expect(result.timings.capabilities).toBeGreaterThanOrEqual(25);
    expect(result.timings.quit).toBeUndefined();
  });

  it('times a step that fails, whether it rejects or throws before returning a promise', async () => {
    let thrown: unknown;
    const result = await runProbe({ ...base, port: 25 }, {}, async (ctx) => {
      await expect(
        ctx.time('greeting', () => Promise.reject(new WireError('E_CLOSED', 'gone'))),
      ).rejects.toThrow('gone');
      try {
        await ctx.time('capabilities', () => {
          throw new WireError('E_PROTOCOL', 'broken at once');
        });
      } catch (error) {
        thrown = error;
      }
      expect(await ctx.time('quit', async () => 'bye')).toBe('bye');
    });
    expect(thrown).toMatchObject({ code: 'E_PROTOCOL' });
    expect(result.status).toBe('ok');
    expect(Object.keys(result.timings)).toEqual(expect.arrayContaining(['greeting', 'capabilities', 'quit']));
    expect(result.timings.capabilities).toBeGreaterThanOrEqual(0);
  });
});

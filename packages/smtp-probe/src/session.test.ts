import { describe, expect, it } from 'vitest';
import {
  answerUntilQuit,
  codes,
  EHLO_NAME,
  reply,
  TIMEOUTS,
  useScriptedServer,
} from './__fixtures__/harness';
import type { ScriptIO } from './__fixtures__/scripted-server';

/** For the cases that must wait out a stalled server. */
const SHORT = { timeouts: { ...TIMEOUTS, command: 300 } };
const run = useScriptedServer();

/** Greets, answers EHLO with `ehlo` lines and everything else with 250, QUIT with 221. */
function smtp(ehlo: string[], greeting = '220 mx.test ESMTP\r\n') {
  return async (io: ScriptIO) => {
    io.write(greeting);
    await answerUntilQuit(io, (line) => (line.startsWith('EHLO') ? reply(250, ehlo) : '250 OK\r\n'));
  };
}

describe('SMTP session edge cases', () => {
  it('accepts a multi-line greeting and keeps its first line as the banner', async () => {
    const { result } = await run(smtp(['mx.test'], '220-mx.test ESMTP\r\n220-second line\r\n220 ready\r\n'));
    expect(result.status).toBe('ok');
    expect(result.banner).toBe('220-mx.test ESMTP');
    expect(result.greeting?.lines).toEqual(['mx.test ESMTP', 'second line', 'ready']);
  });

  it('reports a greeting with a 2xx code other than 220 as a protocol error', async () => {
    const { result, plain } = await run(smtp(['mx.test'], '250 mx.test hello\r\n'));
    expect(result.status).toBe('protocol-error');
    expect(result.error?.step).toBe('greeting');
    expect(plain).toBe('');
  });

  it('reports a server that goes quiet after the greeting as E_READ_TIMEOUT', async () => {
    const { result } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await io.readLine();
      await io.readLine();
    }, SHORT);
    expect(result.status).toBe('protocol-error');
    expect(result.error).toMatchObject({ code: 'E_READ_TIMEOUT', step: 'ehlo' });
    // The EHLO step's time is kept although it failed: it ran until the command timeout.
    expect(result.timings.capabilities).toBeGreaterThanOrEqual(290);
  });

  it('times EHLO, and the HELO fallback after a refused EHLO, under capabilities', async () => {
    const { result } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await answerUntilQuit(io, (line) => (line.startsWith('EHLO') ? '502 5.5.1 no\r\n' : '250 mx.test\r\n'));
    });
    expect(result.status).toBe('ok');
    expect(result.usedHelo).toBe(true);
    expect(result.timings.capabilities).toBeGreaterThanOrEqual(0);
    expect(codes(result)).toContain('ehlo-refused');
  });

  it('reports a server that closes after the greeting as closed', async () => {
    const { result } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
    });
    expect(result.status).toBe('closed');
    expect(result.banner).toBe('220 mx.test ESMTP');
  });

  it('reports a multi-line reply drip-fed past the step timeout as a timeout, not a hang', async () => {
    const { result } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await io.readLine();
      for (let index = 0; index < 20; index++) {
        io.write(`250-line ${index}\r\n`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, SHORT);
    expect(result.error?.code).toBe('E_READ_TIMEOUT');
  });

  it('reports STARTTLS overwritten by a middlebox as an inferred finding', async () => {
    const { result } = await run(smtp(['mx.test', 'PIPELINING', 'XXXXXXXA', '8BITMIME']));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'starttls-masked', evidence: 'XXXXXXXA', inferred: true }),
    );
    expect(result.starttls?.offered).toBe(false);
  });

  it('reports REQUIRETLS as information', async () => {
    const { result } = await run(smtp(['mx.test', 'REQUIRETLS']), { mode: 'plain' });
    expect(codes(result)).toEqual(['requiretls-advertised']);
  });

  it('reports escape sequences found in EHLO keywords, escaped', async () => {
    const { result } = await run(smtp(['mx.test', 'X-NOTE \u001b[2Jcleared']), { mode: 'plain' });
    const finding = result.findings.find((entry) => entry.code === 'escape-sequences');
    expect(finding?.evidence).toBe('250 X-NOTE \\x1b[2Jcleared');
  });

  it('reports escape sequences once, from the first reply that carries them', async () => {
    const { result } = await run(
      smtp(['mx.test', 'X-NOTE \u001b[2Jcleared'], '220 mx.test \u001b]0;title\u0007 ESMTP\r\n'),
      { mode: 'plain' },
    );
    const found = result.findings.filter((entry) => entry.code === 'escape-sequences');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toBe('220 mx.test \\x1b]0;title\\x07 ESMTP');
  });

  it('rejects the session when EHLO and HELO are both refused', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await answerUntilQuit(io, () => '550 5.7.1 Go away\r\n');
    });
    expect(result.status).toBe('rejected');
    expect(result.statusMessage).toContain('HELO');
    expect(plain).toBe(`EHLO ${EHLO_NAME}\r\nHELO ${EHLO_NAME}\r\nQUIT\r\n`);
    // The refusal is HELO's, not the QUIT reply that came after it.
    expect(result.refusal).toEqual({ code: 550, enhancedCode: '5.7.1', lines: ['5.7.1 Go away'] });
  });

  it('keeps a temporary refusal of EHLO as the refusal, with the session ended by QUIT', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await answerUntilQuit(io, () => '450 4.7.1 Try again later\r\n');
    });
    expect(result.status).toBe('rejected');
    expect(plain).toBe(`EHLO ${EHLO_NAME}\r\nQUIT\r\n`);
    expect(result.refusal).toMatchObject({ code: 450, lines: ['4.7.1 Try again later'] });
  });

  it('reports a 421 to EHLO as rejected', async () => {
    const { result } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await io.readLine();
      io.write('421 4.7.0 Too many connections\r\n');
    });
    expect(result.status).toBe('rejected');
    expect(result.greeting?.code).toBe(220);
    expect(result.refusal?.code).toBe(421);
  });

  it('treats STARTTLS required after a HELO fallback as tls-failed', async () => {
    const { result } = await run(
      async (io) => {
        io.write('220 mx.test ESMTP\r\n');
        await answerUntilQuit(io, (line) =>
          line.startsWith('EHLO') ? '500 5.5.1 Unknown\r\n' : '250 mx.test\r\n',
        );
      },
      { mode: 'starttls' },
    );
    expect(result.status).toBe('tls-failed');
    expect(result.usedHelo).toBe(true);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'starttls-not-offered', severity: 'critical' }),
    );
  });

  it('keeps status ok when QUIT is never answered (the wait for it is bounded)', async () => {
    const { result } = await run(
      async (io) => {
        io.write('220 mx.test ESMTP\r\n');
        await io.readLine();
        io.write('250 mx.test\r\n');
        await io.readLine();
        await io.readLine();
      },
      { mode: 'plain' },
    );
    expect(result.status).toBe('ok');
    expect(result.timings.quit).toBeTypeOf('number');
  });

  it('treats a reply nobody asked for as a protocol error and sends nothing after it', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await io.readLine();
      io.write('250-mx.test\r\n250 STARTTLS\r\n250 2.0.0 surprise\r\n');
      await io.readLine();
    });
    expect(plain).toBe(`EHLO ${EHLO_NAME}\r\n`);
    expect(result.status).toBe('protocol-error');
    expect(result.statusMessage).toBeTypeOf('string');
    expect(result.error).toMatchObject({ code: 'E_PROTOCOL', step: 'starttls' });
  });

  it('reports an unsolicited 421 as rejected', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await io.readLine();
      io.write('250-mx.test\r\n250 STARTTLS\r\n421 4.4.2 Idle timeout\r\n');
      await io.readLine();
    });
    expect(plain).toBe(`EHLO ${EHLO_NAME}\r\n`);
    expect(result.status).toBe('rejected');
    expect(result.refusal).toMatchObject({ code: 421, lines: ['4.4.2 Idle timeout'] });
  });
});

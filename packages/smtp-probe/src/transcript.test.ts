import { createTestPki, type TestPki } from '@mailports/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerUntilQuit,
  EHLO_NAME as NAME,
  greetAndUpgrade,
  TIMEOUTS,
  useScriptedServer,
} from './__fixtures__/harness';
import { defaultEhloName } from './ehlo-name';
import { probeSmtp } from './probe';

let pki: TestPki;
const run = useScriptedServer(() => ({ ca: pki.ca.cert }));

beforeAll(async () => {
  pki = await createTestPki();
});

describe('client bytes on the wire', () => {
  it('sends only EHLO and QUIT in plain mode, even when STARTTLS is offered', async () => {
    const { result, plain } = await run(
      async (io) => {
        io.write('220 mx.test ESMTP\r\n');
        await answerUntilQuit(io, () => '250-mx.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n');
      },
      { mode: 'plain' },
    );
    expect(plain).toBe(`EHLO ${NAME}\r\nQUIT\r\n`);
    expect(result.status).toBe('ok');
    expect(result.security).toBe('plain');
  });

  it('sends STARTTLS last in clear and asks EHLO again inside TLS', async () => {
    const { result, plain, tls } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      expect(await io.readLine()).toBe(`EHLO ${NAME}`);
      io.write('250-mx.test\r\n250-SIZE 1000\r\n250 STARTTLS\r\n');
      expect(await io.readLine()).toBe('STARTTLS');
      io.write('220 2.0.0 Ready to start TLS\r\n');
      await io.startTls(pki.leaf);
      await answerUntilQuit(io, () => '250-mx.test\r\n250-SIZE 1000\r\n250 AUTH PLAIN LOGIN\r\n');
    });
    expect(plain).toBe(`EHLO ${NAME}\r\nSTARTTLS\r\n`);
    expect(tls).toBe(`EHLO ${NAME}\r\nQUIT\r\n`);
    expect(result.status).toBe('ok');
    expect(result.security).toBe('starttls');
    expect(result.capabilitiesBefore).toEqual(['SIZE 1000', 'STARTTLS']);
    expect(result.capabilitiesAfter).toEqual(['SIZE 1000', 'AUTH PLAIN LOGIN']);
    expect(result.capabilityChanges).toMatchObject({ added: ['AUTH'], removed: ['STARTTLS'] });
    expect(result.auth).toEqual({ mechanisms: ['PLAIN', 'LOGIN'], beforeTls: [], test: null });
    expect(result.tls?.verdict.trusted).toBe(true);
  });

  it('falls back to HELO after a 5xx to EHLO and sends nothing else', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220 mx.test SMTP\r\n');
      await answerUntilQuit(io, (line) =>
        line.startsWith('EHLO') ? '502 5.5.2 Error\r\n' : '250 mx.test\r\n',
      );
    });
    expect(plain).toBe(`EHLO ${NAME}\r\nHELO ${NAME}\r\nQUIT\r\n`);
    expect(result.usedHelo).toBe(true);
    expect(result.findings.map((finding) => finding.code)).toEqual(['ehlo-refused', 'starttls-not-offered']);
  });

  it('answers a 554 greeting with QUIT only', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('554 5.3.2 No SMTP service here\r\n');
      await answerUntilQuit(io, () => '503 5.5.1 Error\r\n');
    });
    expect(plain).toBe('QUIT\r\n');
    expect(result.status).toBe('rejected');
    expect(result.greeting).toEqual({
      code: 554,
      enhancedCode: '5.3.2',
      lines: ['5.3.2 No SMTP service here'],
    });
  });

  it('sends nothing after a 421 greeting', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('421 4.3.2 Service not available\r\n');
    });
    expect(plain).toBe('');
    expect(result.status).toBe('rejected');
  });

  it('ends the dialogue on a reply that matches nothing expected', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220 mx.test ESMTP\r\n');
      await answerUntilQuit(io, () => '354 go ahead\r\n');
    });
    expect(plain).toBe(`EHLO ${NAME}\r\n`);
    expect(result.status).toBe('protocol-error');
    expect(result.error).toMatchObject({ code: 'E_PROTOCOL', step: 'ehlo' });
  });

  it('treats a greeting line that breaks the reply grammar as a protocol error', async () => {
    const { result, plain } = await run(async (io) => {
      io.write('220-mx.test\r\n250 changed code\r\n');
      await io.readLine();
    });
    expect(plain).toBe('');
    expect(result.status).toBe('protocol-error');
  });

  it('sends AUTH PLAIN with the initial response inside TLS and redacts it in the transcript', async () => {
    const blob = Buffer.from('\u0000alice\u0000s3cret').toString('base64');
    const { result, tls } = await run(
      async (io) => {
        await greetAndUpgrade(io, pki.leaf);
        await answerUntilQuit(io, (line) =>
          line.startsWith('EHLO')
            ? '250-mx.test\r\n250 AUTH LOGIN PLAIN\r\n'
            : '235 2.7.0 Authentication successful\r\n',
        );
      },
      { credentials: { username: 'alice', password: 's3cret' } },
    );
    expect(tls).toBe(`EHLO ${NAME}\r\nAUTH PLAIN ${blob}\r\nQUIT\r\n`);
    expect(result.auth.test).toEqual({
      outcome: 'succeeded',
      mechanism: 'PLAIN',
      message: 'AUTH PLAIN accepted the credentials (235 2.7.0).',
      serverReply: '235 2.7.0 Authentication successful',
    });
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain('s3cret');
    expect(serialized).not.toContain(blob);
  });

  it('walks AUTH LOGIN step by step when PLAIN is not offered', async () => {
    const user = Buffer.from('alice').toString('base64');
    const pass = Buffer.from('s3cret').toString('base64');
    const { result, tls } = await run(
      async (io) => {
        await greetAndUpgrade(io, pki.leaf);
        await answerUntilQuit(io, (line) => {
          if (line.startsWith('EHLO')) return '250-mx.test\r\n250 AUTH LOGIN\r\n';
          if (line === 'AUTH LOGIN') return '334 VXNlcm5hbWU6\r\n';
          if (line === user) return '334 UGFzc3dvcmQ6\r\n';
          return '535 5.7.8 Authentication credentials invalid\r\n';
        });
      },
      { credentials: { username: 'alice', password: 's3cret' } },
    );
    expect(tls).toBe(`EHLO ${NAME}\r\nAUTH LOGIN\r\n${user}\r\n${pass}\r\nQUIT\r\n`);
    expect(result.auth.test).toMatchObject({ outcome: 'failed', mechanism: 'LOGIN' });
    const serialized = JSON.stringify(result.transcript);
    expect(serialized).not.toContain(user);
    expect(serialized).not.toContain(pass);
  });

  it.each([
    ['CR LF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['NUL', '\u0000'],
  ])('sends no byte and opens no connection when the EHLO name carries %s', async (_, bad) => {
    const { result, connections } = await run(async (io) => io.write('220 mx.test\r\n'), {
      ehloName: `evil.example${bad}MAIL FROM:<x@y>`,
    });
    expect(connections).toBe(0);
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_INVALID_INPUT');
    expect(result.transcript).toEqual([]);
  });

  it.each([
    ['CR LF', '\r\n'],
    ['NUL', '\u0000'],
  ])('sends no byte when the user name carries %s', async (_, bad) => {
    const { result, connections } = await run(async (io) => io.write('220 mx.test\r\n'), {
      credentials: { username: `alice${bad}QUIT`, password: 'x' },
    });
    expect(connections).toBe(0);
    expect(result.error?.code).toBe('E_INVALID_INPUT');
  });

  it('announces the default EHLO name when none is given, never localhost', async () => {
    const { plain, result } = await run(
      async (io) => {
        io.write('220 mx.test ESMTP\r\n');
        await answerUntilQuit(io, () => '250 mx.test\r\n');
      },
      { mode: 'plain', ehloName: undefined },
    );
    expect(plain).toBe(`EHLO ${defaultEhloName()}\r\nQUIT\r\n`);
    expect(result.ehloName).toBe(defaultEhloName());
    expect(result.ehloName).not.toMatch(/localhost/i);
  });

  it.each([0, 65536, 1.5])('returns E_INVALID_INPUT for port %s without connecting', async (port) => {
    const result = await probeSmtp({ host: '127.0.0.1', port, timeouts: TIMEOUTS });
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_INVALID_INPUT');
    expect(result.transcript).toEqual([]);
  });
});

import { createUnansweredPort } from '@mailports/testkit';
import { MAX_RESULT_JSON_BYTES } from '@mailports/wire';
import { describe, expect, it } from 'vitest';
import { codes, EHLO_NAME, TIMEOUTS, useTestkitServers } from './__fixtures__/harness';
import { probeSmtp } from './probe';

/** For the cases that must wait out a silent server: short enough to keep the suite fast. */
const SHORT = { timeouts: { ...TIMEOUTS, greeting: 400, tls: 400 } };
const { start, probe } = useTestkitServers((server) => ({ ca: server.ca }));

describe('probeSmtp against a well-behaved server', () => {
  it('reports greeting, capabilities before and after STARTTLS, TLS facts and timings', async () => {
    const server = await start();
    const result = await probe(server);
    expect(result).toMatchObject({
      protocol: 'smtp',
      status: 'ok',
      security: 'starttls',
      requestedMode: 'auto',
      address: '127.0.0.1',
      usedHelo: false,
      refusal: null,
      ehloName: EHLO_NAME,
      error: null,
    });
    expect(result.banner).toMatch(/^220 /);
    expect(result.ehloBefore?.starttls).toBe(true);
    expect(result.ehloAfter?.starttls).toBe(false);
    expect(result.ehloAfter?.auth).toEqual(['PLAIN', 'LOGIN']);
    expect(result.starttls).toEqual({
      offered: true,
      attempted: true,
      accepted: true,
      reply: expect.stringMatching(/^220 /),
      injectedBytes: null,
    });
    expect(result.tls?.verdict.trusted).toBe(true);
    expect(Object.keys(result.timings)).toEqual(
      expect.arrayContaining([
        'connect',
        'greeting',
        'capabilities',
        'starttls',
        'capabilitiesAfterTls',
        'total',
      ]),
    );
    expect(codes(result)).toEqual([]);
  });

  it('gives the same result without a transcript when told to keep none', async () => {
    const server = await start({ preset: 'starttls-injection' });
    const [kept, none] = [await probe(server), await probe(server, { transcript: false })];
    expect(kept.transcript.length).toBeGreaterThan(5);
    expect(none.transcript).toEqual([]);
    const summary = (result: typeof kept) => ({
      ...result,
      transcript: undefined,
      timings: Object.keys(result.timings).sort(),
      startedAt: undefined,
      connectAttempts: result.connectAttempts?.map((attempt) => attempt.outcome),
      tls: { ...result.tls, chain: result.tls?.chain.map((certificate) => certificate.fingerprint256) },
    });
    // Findings come from the session, not the transcript: the injected reply is still reported.
    expect(codes(none)).toContain('starttls-injection');
    expect(summary(none)).toEqual(summary(kept));
  });

  it('probes an implicit-TLS server in implicit mode without a STARTTLS summary', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { mode: 'implicit' });
    expect(result).toMatchObject({ status: 'ok', security: 'implicit', starttls: null, ehloBefore: null });
    expect(result.capabilitiesBefore).toBeNull();
    expect(result.auth.mechanisms).toEqual(['PLAIN', 'LOGIN']);
  });
});

describe('probeSmtp against hostile servers', () => {
  it('reports no-greeting when a plaintext port stays silent and TLS fails too', async () => {
    const server = await start({ preset: 'no-greeting' });
    const result = await probe(server, SHORT);
    expect(result.status).toBe('no-greeting');
    expect(result.error?.code).toBe('E_GREETING_TIMEOUT');
    expect(codes(result)).not.toContain('tls-expected');
  });

  it('reports a slow greeting as ok with a greeting-delayed finding', async () => {
    const server = await start({ hostile: { greetingDelayMs: 150 } });
    const result = await probe(server, {
      greetingDelayThreshold: 50,
    });
    expect(result.status).toBe('ok');
    expect(codes(result)).toContain('greeting-delayed');
  });

  it('reports an endless line as a protocol error with E_LINE_TOO_LONG', async () => {
    const server = await start({ hostile: { endlessLine: { maxBytes: 256 * 1024 } } });
    const result = await probe(server);
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_LINE_TOO_LONG');
  });

  it('reports thousands of reply lines as E_TOO_MANY_LINES', async () => {
    const server = await start({ preset: 'ehlo-flood' });
    const result = await probe(server);
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_TOO_MANY_LINES');
  });

  it('reports a reset right after connect as reset', async () => {
    const server = await start({ preset: 'reset' });
    const result = await probe(server);
    expect(result.status).toBe('reset');
  });

  it.each(['greeting-421', 'greeting-554'] as const)(
    'reports a %s as rejected with the reply',
    async (preset) => {
      const server = await start({ preset });
      const result = await probe(server);
      expect(result.status).toBe('rejected');
      expect(result.greeting?.code).toBe(preset === 'greeting-421' ? 421 : 554);
      expect(result.refusal).toEqual(result.greeting);
      expect(result.banner).toMatch(/^(421|554) /);
    },
  );

  it('falls back to HELO when EHLO is rejected', async () => {
    const server = await start({ preset: 'ehlo-rejected' });
    const result = await probe(server);
    expect(result.status).toBe('ok');
    expect(result.usedHelo).toBe(true);
    expect(codes(result)).toContain('ehlo-refused');
    expect(server.clientLines()).toContain(`HELO ${EHLO_NAME}`);
  });

  it('reports a refused STARTTLS and never sends credentials in clear', async () => {
    const server = await start({ preset: 'starttls-refused', users: { alice: 's3cret' } });
    const result = await probe(server, { credentials: { username: 'alice', password: 's3cret' } });
    expect(result.status).toBe('ok');
    expect(result.security).toBe('plain');
    expect(codes(result)).toContain('starttls-refused');
    expect(result.auth.test?.outcome).toBe('refused-cleartext');
    expect(server.sensitiveInPlaintext()).toEqual([]);
  });

  it('fails with tls-failed when STARTTLS is refused and was required', async () => {
    const server = await start({ preset: 'starttls-refused' });
    const result = await probe(server, { mode: 'starttls' });
    expect(result.status).toBe('tls-failed');
  });

  it.each(['starttls-garbage', 'starttls-close', 'starttls-stall'] as const)(
    'reports a broken handshake (%s) as tls-failed',
    async (preset) => {
      const server = await start({ preset });
      const result = await probe(server, SHORT);
      expect(result.status).toBe('tls-failed');
      expect(result.starttls?.accepted).toBe(true);
    },
  );

  it('reports STARTTLS response injection and keeps the injected AUTH out of the capabilities', async () => {
    const server = await start({
      hostile: { starttlsInjection: '250-evil\r\n250 AUTH PLAIN LOGIN XINJECTED\r\n' },
      capabilitiesAfterTls: ['PIPELINING', 'AUTH CRAM-MD5'],
    });
    const result = await probe(server);
    expect(result.status).toBe('ok');
    const finding = result.findings.find((entry) => entry.code === 'starttls-injection');
    expect(finding?.severity).toBe('critical');
    expect(result.starttls?.injectedBytes).toContain('XINJECTED');
    expect(result.capabilitiesAfter).toEqual(['PIPELINING', 'AUTH CRAM-MD5']);
    expect(result.ehloAfter?.auth).toEqual(['CRAM-MD5']);
    expect(result.auth.mechanisms).toEqual(['CRAM-MD5']);
    const events = result.transcript
      .filter((entry) => entry.direction === 'event')
      .map((entry) => entry.text);
    expect(events.some((text) => text.includes('XINJECTED') && text.includes('discarded unparsed'))).toBe(
      true,
    );
    const serverLines = result.transcript.filter((entry) => entry.direction === 'server');
    expect(serverLines.some((entry) => entry.text.includes('XINJECTED'))).toBe(false);
    const ehloInTls = result.transcript.filter(
      (entry) => entry.direction === 'client' && entry.text.startsWith('EHLO'),
    );
    expect(ehloInTls.map((entry) => entry.tls)).toEqual([false, true]);
  });

  it('reports a stripped STARTTLS as critical on a required probe', async () => {
    const server = await start({ preset: 'strip-starttls' });
    const result = await probe(server, { mode: 'starttls' });
    expect(result.status).toBe('tls-failed');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'starttls-not-offered', severity: 'critical' }),
    );
  });

  it('reports a plaintext greeting on an implicit-TLS probe with the banner as evidence', async () => {
    const server = await start({ preset: 'plaintext-implicit-port' });
    const result = await probe(server, { mode: 'implicit' });
    expect(result.status).toBe('tls-failed');
    expect(result.banner).toMatch(/^220 /);
    const finding = result.findings.find((entry) => entry.code === 'plaintext-on-implicit-port');
    expect(finding?.evidence).toMatch(/^220 /);
    expect(result.statusMessage).toMatch(/plaintext/);
  });

  it('names the mismatch when an implicit-TLS port is probed for STARTTLS', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { ...SHORT, mode: 'starttls' });
    expect(result.status).toBe('no-greeting');
    expect(result.statusMessage).toMatch(/implicit TLS/);
    const finding = result.findings.find((entry) => entry.code === 'tls-expected');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/^STARTTLS was asked for on port \d+/);
    expect(finding?.message).toMatch(/client set to STARTTLS here .* set it to SSL\/TLS\.$/);
  });

  it('names a plaintext setting on an implicit-TLS port as the mismatch, without going on over TLS', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, { ...SHORT, mode: 'plain' });
    expect(result.status).toBe('no-greeting');
    expect(result.security).toBeNull();
    const finding = result.findings.find((entry) => entry.code === 'tls-expected');
    expect(finding?.message).toMatch(/^A plaintext session was asked for/);
    expect(finding?.message).toContain('client set to no encryption here');
  });

  it('reports a port that never answers the TCP connect as timeout, in the connect step', async () => {
    const silent = await createUnansweredPort();
    try {
      const result = await probeSmtp({
        host: silent.host,
        port: silent.port,
        timeouts: { ...TIMEOUTS, connect: 300 },
      });
      expect(result).toMatchObject({
        status: 'timeout',
        error: { code: 'E_CONNECT_TIMEOUT', step: 'connect' },
      });
      expect(result.statusMessage).toMatch(/^No answer on port \d+ within 0\.3 s/);
      expect(result.banner).toBeNull();
    } finally {
      await silent.close();
    }
  });

  it('goes on over implicit TLS in auto mode when the port turns out to need it', async () => {
    const server = await start({ tls: 'implicit' });
    const result = await probe(server, SHORT);
    expect(result.status).toBe('ok');
    expect(result.security).toBe('implicit');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'tls-expected',
        severity: 'info',
        message: expect.stringMatching(/it speaks implicit TLS\. A client set to STARTTLS here/),
      }),
    );
    expect(result.ehloAfter?.auth).toEqual(['PLAIN', 'LOGIN']);
  });

  it('reports escape sequences in server text with escaped evidence', async () => {
    const server = await start({ preset: 'terminal-escape' });
    const result = await probe(server);
    const finding = result.findings.find((entry) => entry.code === 'escape-sequences');
    expect(finding).toBeDefined();
    expect(finding?.evidence).toContain('pwned');
    expect(finding?.evidence).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('reports AUTH offered before TLS with the mechanisms that leak passwords', async () => {
    const server = await start({ preset: 'auth-before-tls' });
    const result = await probe(server);
    expect(result.auth.beforeTls).toEqual(['PLAIN', 'LOGIN']);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'auth-before-tls', severity: 'critical' }),
    );
  });
});

describe('probeSmtp protocol errors', () => {
  it('keeps the command and the reply of a protocol error in the result', async () => {
    const server = await start({
      handlers: { EHLO: (context) => context.reply(354, ['go on', 'and on']) },
    });
    const result = await probe(server);
    expect(result.status).toBe('protocol-error');
    expect(result.error).toMatchObject({
      code: 'E_PROTOCOL',
      step: 'ehlo',
      command: `EHLO ${EHLO_NAME}`,
      reply: '354-go on\n354 and on',
    });
  });
});

describe('probeSmtp result budget', () => {
  it('keeps a result under the documented JSON size when a server floods EHLO under every per-line cap', async () => {
    const flood = Array.from({ length: 250 }, (_, index) => `X-FLOOD-${index}-${'a'.repeat(3900)}`);
    const server = await start({ capabilitiesBeforeTls: ['PIPELINING', 'STARTTLS', ...flood] });
    const result = await probe(server);
    expect(result.ehloBefore?.starttls).toBe(true);
    expect(result.truncated).toBe(true);
    expect(JSON.stringify(result).length).toBeLessThanOrEqual(MAX_RESULT_JSON_BYTES);
  });
});

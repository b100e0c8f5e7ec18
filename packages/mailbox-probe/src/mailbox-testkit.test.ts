import { createImapServer, createPop3Server } from '@mailports/testkit';
import { MAX_RESULT_JSON_BYTES } from '@mailports/wire';
import { describe, expect, it } from 'vitest';
import { against, useTestServers } from './__fixtures__/harness';
import { codes, FAST } from './__fixtures__/helpers';
import { probeImap } from './imap-probe';
import { probePop3 } from './pop3-probe';

// The hostile behaviours the testkit's IMAP and POP3 servers share, asserted once for both probes.
const protocols = [
  {
    name: 'IMAP',
    start: useTestServers(createImapServer),
    probe: probeImap,
    commandsToTls: ['A1 STARTTLS'],
    capabilitiesInsideTls: 'A2 CAPABILITY',
    goodbye: 'LOGOUT',
    capabilityCommand: 'CAPABILITY',
  },
  {
    name: 'POP3',
    start: useTestServers(createPop3Server),
    probe: probePop3,
    commandsToTls: ['CAPA', 'STLS'],
    capabilitiesInsideTls: 'CAPA',
    goodbye: 'QUIT',
    capabilityCommand: 'CAPA',
  },
];
const users = { carol: 'Sekr3t-both' };
const credentials = { username: 'carol', password: 'Sekr3t-both' };

describe.each(protocols)('the $name probe against hostile testkit servers', (protocol) => {
  const { start, probe } = protocol;

  it.each(['starttls-garbage', 'starttls-stall', 'starttls-close', 'starttls-plaintext'] as const)(
    'fails the handshake after %s and never goes on in plaintext',
    async (preset) => {
      const server = await start({ preset, users });
      const result = await probe(against(server, { credentials, timeouts: { ...FAST, tls: 400 } }));
      expect(result).toMatchObject({
        status: 'tls-failed',
        security: 'plain',
        starttls: { offered: true, attempted: true, accepted: true },
      });
      // Garbage written right after the OK may arrive before the handshake starts: then it is
      // reported as injected bytes, like any byte after the OK.
      if (preset !== 'starttls-garbage') expect(result.starttls?.injectedBytes).toBeNull();
      expect(result.auth.test?.outcome).toBe('refused-cleartext');
      const sent = result.transcript.filter((entry) => entry.direction === 'client');
      expect(sent.map((entry) => entry.text)).toEqual(protocol.commandsToTls);
      expect(server.sensitiveInPlaintext()).toEqual([]);
    },
  );

  it('reports injected replies the server lines up with the next command, and never takes them as answers', async () => {
    const server = await start({ preset: 'starttls-injection', hostile: { ignoreAfterTls: 1 } });
    const result = await probe(against(server, { timeouts: { ...FAST, command: 500 } }));
    await server.idle();
    expect(result).toMatchObject({ status: 'protocol-error', security: 'starttls', capabilitiesAfter: null });
    expect(result.error?.code).toBe('E_READ_TIMEOUT');
    expect(codes(result)).toContain('starttls-injection');
    expect(server.clientLines({ tls: true })).toEqual([protocol.capabilitiesInsideTls]);
  });

  it.each(['starttls', 'implicit'] as const)('reports TLS below 1.2 as outdated over %s', async (mode) => {
    const server = await start({
      tls: mode,
      tlsOptions: { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' },
    });
    const result = await probe(against(server, { mode }));
    expect(result).toMatchObject({ status: 'ok', security: mode, tls: { version: 'TLSv1.1' } });
    expect(result.findings.find((finding) => finding.code === 'tls-version-outdated')?.severity).toBe(
      'warning',
    );
  });

  it('reports a stripped STARTTLS/STLS', async () => {
    const server = await start({ preset: 'strip-starttls' });
    const result = await probe(against(server));
    expect(result).toMatchObject({ status: 'ok', security: 'plain', starttls: { offered: false } });
    expect(codes(result)).toContain('starttls-not-offered');
  });

  it('stops an endless line at the line limit', async () => {
    const server = await start({ preset: 'endless-line' });
    const result = await probe(against(server, { limits: { maxLineLength: 2048 } }));
    expect(result.status).toBe('protocol-error');
    expect(result.error?.code).toBe('E_LINE_TOO_LONG');
  });

  it('reports silence as no-greeting after one implicit-TLS attempt', async () => {
    const server = await start({ preset: 'no-greeting' });
    const result = await probe(against(server, { timeouts: { ...FAST, tls: 400 } }));
    await server.idle();
    expect(result.status).toBe('no-greeting');
    expect(server.connections).toHaveLength(2);
  });

  it('waits out a slow greeting within the greeting timeout', async () => {
    const server = await start({ hostile: { greetingDelayMs: 200 } });
    const result = await probe(against(server, { timeouts: { ...FAST, greeting: 5000 } }));
    expect(result).toMatchObject({ status: 'ok', security: 'starttls' });
    expect(server.connections).toHaveLength(1);
  });

  it('ends with aborted when the caller aborts, sending nothing', async () => {
    const server = await start();
    const result = await probe(against(server, { signal: AbortSignal.abort() }));
    expect(result.status).toBe('aborted');
    expect(server.clientLines()).toEqual([]);
  });

  it('reports a reset', async () => {
    const server = await start({ preset: 'reset' });
    const result = await probe(against(server));
    expect(result.status).toBe('reset');
  });

  it('diagnoses plaintext on the implicit port', async () => {
    const server = await start({ preset: 'plaintext-implicit-port' });
    const result = await probe(against(server, { mode: 'implicit' }));
    expect(result.status).toBe('tls-failed');
    expect(codes(result)).toContain('plaintext-on-implicit-port');
  });

  it('reports terminal escapes in the greeting with escaped evidence', async () => {
    const server = await start({ preset: 'terminal-escape' });
    const result = await probe(against(server));
    const finding = result.findings.find((entry) => entry.code === 'escape-sequences');
    expect(finding?.evidence).not.toMatch(/[\x07\x1b]/);
    expect(finding?.evidence).toContain('pwned');
  });

  it('keeps a working port ok when the server never answers the goodbye (the wait is capped)', async () => {
    const silent = { [protocol.goodbye]: () => undefined };
    const server = await start({ handlers: silent } as never);
    // Without the cap the goodbye would wait the 30 s command timeout and the 6 s limit would end the probe.
    const result = await probe(against(server, { timeouts: { ...FAST, command: 30_000, overall: 6000 } }));
    expect(result.status).toBe('ok');
    expect(result.error).toBeNull();
  });

  it('says the login test did not run because the session broke after STARTTLS, not that it never reached TLS', async () => {
    const breakInsideTls = {
      [protocol.capabilityCommand]: (context: { tls: boolean; destroy(): void; next(): Promise<void> }) =>
        context.tls ? context.destroy() : context.next(),
    };
    const server = await start({ users, handlers: breakInsideTls } as never);
    const result = await probe(against(server, { credentials }));
    expect(result.security).toBe('starttls');
    expect(result.status).not.toBe('ok');
    expect(result.auth.test).toMatchObject({ outcome: 'error', mechanism: null });
    expect(result.auth.test?.message).toContain('reached TLS, then ended before the login step');
    expect(server.sensitiveInPlaintext()).toEqual([]);
  });

  it('times STARTTLS as the command and the handshake together', async () => {
    const server = await start();
    const result = await probe(against(server));
    expect(result.security).toBe('starttls');
    expect(result.timings.starttls).toBeGreaterThanOrEqual(result.timings.tlsHandshake ?? Number.NaN);
  });

  it('keeps a result under the documented JSON size when the server floods its capabilities', async () => {
    const line = (index: number) => `X-FLOOD-${index}-${'a'.repeat(3900)}`;
    const flood =
      protocol.name === 'IMAP'
        ? {
            CAPABILITY: async (context: {
              untagged(text: string): Promise<void>;
              tagged(status: string, text: string): Promise<void>;
              capabilities(): string[];
            }) => {
              for (let index = 0; index < 250; index++)
                await context.untagged(`CAPABILITY IMAP4rev1 ${line(index)}`);
              await context.untagged(`CAPABILITY ${context.capabilities().join(' ')}`);
              await context.tagged('OK', 'CAPABILITY completed');
            },
          }
        : undefined;
    const server = await start(
      (flood
        ? { greetingCapabilities: false, handlers: flood }
        : {
            capabilitiesBeforeTls: [
              'TOP',
              'STLS',
              'USER',
              ...Array.from({ length: 250 }, (_, index) => line(index)),
            ],
          }) as never,
    );
    const result = await probe(against(server));
    expect(result.truncated).toBe(true);
    expect(JSON.stringify(result).length).toBeLessThanOrEqual(MAX_RESULT_JSON_BYTES);
  });
});

import { describe, expect, it } from 'vitest';
import { useRawServers } from './__fixtures__/servers';
import { openWithGreeting, securityPlan } from './mode-mismatch';
import { runProbe } from './probe-runner';

const serve = useRawServers();

describe('securityPlan', () => {
  it('uses implicit TLS in auto mode on the implicit ports only', () => {
    expect(securityPlan('auto', 993, { implicitPorts: [993] })).toMatchObject({
      implicit: true,
      starttls: 'never',
    });
    expect(securityPlan('auto', 143, { implicitPorts: [993] })).toMatchObject({
      implicit: false,
      starttls: 'if-offered',
      continueOverTls: true,
    });
  });

  it('follows an explicit mode on any port', () => {
    const rules = { implicitPorts: [465] };
    expect(securityPlan('implicit', 587, rules)).toMatchObject({ implicit: true, diagnose: true });
    expect(securityPlan('starttls', 465, rules)).toMatchObject({ implicit: false, starttls: 'required' });
    expect(securityPlan('plain', 465, rules)).toMatchObject({ implicit: false, starttls: 'never' });
  });

  it('diagnoses plain mode and continues over TLS only where the rules say so', () => {
    expect(securityPlan('plain', 25, { implicitPorts: [] }).diagnose).toBe(false);
    expect(securityPlan('plain', 25, { implicitPorts: [], diagnosePlain: true })).toMatchObject({
      diagnose: true,
      continueOverTls: false,
    });
    expect(securityPlan('starttls', 25, { implicitPorts: [] }).continueOverTls).toBe(true);
    expect(securityPlan('starttls', 25, { implicitPorts: [], continueOverTls: 'auto' }).continueOverTls).toBe(
      false,
    );
  });
});

describe('openWithGreeting', () => {
  it('listens once in plaintext after a failed implicit handshake and never sends a byte', async () => {
    const server = await serve((socket) => socket.write('+OK plaintext here\r\n'));
    const result = await runProbe(
      { protocol: 'pop3', host: '127.0.0.1', port: server.port, mode: 'implicit', timeouts: { tls: 2000 } },
      { kind: null as string | null },
      async (ctx, details) => {
        const opened = await openWithGreeting<string, string>(ctx, {
          plan: securityPlan('implicit', server.port, { implicitPorts: [] }),
          tls: {},
          protocolName: 'POP3',
          readGreeting: (connection) => connection.readLine({ step: 'greeting' }),
          readPlaintextBanner: async (connection, timeout) => {
            const line = await connection.readLine({ step: 'greeting', timeout });
            return line.startsWith('+OK') ? line : null;
          },
          bannerLine: (line) => line,
          tlsExpectedFinding: () => ({ code: 'tls-expected', severity: 'warning', message: 'TLS expected.' }),
          plaintextFinding: (line) => ({
            code: 'plaintext-on-implicit-port',
            severity: 'critical',
            message: 'Plaintext.',
            evidence: line,
          }),
        });
        details.kind = opened.kind;
        if (opened.kind !== 'greeted') throw opened.error;
      },
    );
    expect(result.kind).toBe('plaintext-on-implicit-port');
    expect(result.status).toBe('tls-failed');
    expect(result.error?.code).toBe('E_TLS_HANDSHAKE');
    expect(result.banner).toBe('+OK plaintext here');
    expect(result.findings.map((finding) => finding.code)).toEqual(['plaintext-on-implicit-port']);
    expect(server.sockets).toHaveLength(2);
    expect(server.received[1]?.length).toBe(0);
  });
});

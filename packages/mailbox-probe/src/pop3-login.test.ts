import { describe, expect, it } from 'vitest';
import { local, useScriptedServers } from './__fixtures__/harness';
import { expectNoSecret, lines } from './__fixtures__/helpers';
import type { ScriptStep } from './__fixtures__/scripted-server';
import { probePop3 } from './pop3-probe';

const { pki, serve } = useScriptedServers();
const credentials = { username: 'bob', password: 'Sekr3t-pop' };
const payload = Buffer.from('\0bob\0Sekr3t-pop').toString('base64');
const secrets = ['Sekr3t', payload];

function implicitServer(capa: string, login: ScriptStep[]) {
  return serve([
    pki.leaf,
    { send: '+OK ready\r\n' },
    { read: true },
    { send: `+OK\r\n${capa}.\r\n` },
    ...login,
    { end: true },
  ]);
}

const options = (port: number) => ({ ...local(port), mode: 'implicit' as const, ca: pki.ca, credentials });

describe('probePop3 login test', () => {
  it('uses AUTH PLAIN with an initial response when SASL PLAIN is offered', async () => {
    const pop = await implicitServer('SASL PLAIN\r\nUSER\r\n', [
      { read: true },
      { send: '+OK logged in\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
    ]);
    const result = await probePop3(options(pop.port));
    await pop.settled();
    expect(pop.connections[0]!.received).toBe(`CAPA\r\nAUTH PLAIN ${payload}\r\nQUIT\r\n`);
    expect(result.auth.test).toMatchObject({ outcome: 'succeeded', mechanism: 'PLAIN' });
    expect(lines(result)).toContain('C: AUTH PLAIN [redacted]');
    expectNoSecret(result, secrets);
  });

  it('uses USER/PASS otherwise and reports a refusal', async () => {
    const pop = await implicitServer('USER\r\n', [
      { read: true },
      { send: '+OK\r\n' },
      { read: true },
      { send: '-ERR [AUTH] invalid login\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
    ]);
    const result = await probePop3(options(pop.port));
    await pop.settled();
    expect(pop.connections[0]!.received).toBe('CAPA\r\nUSER bob\r\nPASS Sekr3t-pop\r\nQUIT\r\n');
    expect(result.auth.test).toMatchObject({ outcome: 'failed', mechanism: 'USER' });
    expect(lines(result)).toContain('C: PASS [redacted]');
    expectNoSecret(result, secrets);
  });

  it('cancels an unexpected SASL challenge instead of resending the secret', async () => {
    const pop = await implicitServer('SASL PLAIN\r\n', [
      { read: true },
      { send: '+ \r\n' },
      { read: true },
      { send: '-ERR cancelled\r\n' },
      { read: true },
      { send: '+OK bye\r\n' },
    ]);
    const result = await probePop3(options(pop.port));
    await pop.settled();
    expect(pop.connections[0]!.received).toMatch(/^CAPA\r\nAUTH PLAIN \S+\r\n\*\r\nQUIT\r\n$/);
    expect(result.auth.test?.outcome).toBe('failed');
  });

  it('reports no mechanism when neither SASL PLAIN nor USER is offered', async () => {
    const pop = await implicitServer('SASL GSSAPI\r\n', [{ read: true }, { send: '+OK bye\r\n' }]);
    const result = await probePop3(options(pop.port));
    await pop.settled();
    expect(pop.connections[0]!.received).toBe('CAPA\r\nQUIT\r\n');
    expect(result.auth.test?.outcome).toBe('no-mechanism');
  });
});

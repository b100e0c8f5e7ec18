import { describe, expect, it } from 'vitest';
import { useDemoProvider } from './__fixtures__/demo';
import { ESC, nodemailerArgs, unusedPorts } from './__fixtures__/local';
import { runCli, runCliInTerminal, schemaValidator } from './__fixtures__/run-cli';

const demo = useDemoProvider();

function againstDemo(...extra: string[]): string[] {
  return [
    'recommend',
    `user@${demo.provider.domain}`,
    '--dns-server',
    demo.provider.dns!.address,
    '--ca',
    demo.ca.file,
    '--port-map',
    demo.portMap,
    '--timeout',
    '20s',
    ...extra,
  ];
}

describe('mailports recommend', () => {
  it('finds the provider through DNS, recommends implicit TLS for sending and reading, and exits 0', async () => {
    const run = await runCli(againstDemo());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Send mail: localhost port 465 \(on \d+\), implicit TLS.* — recommended/);
    expect(run.stdout).toMatch(/Read mail: localhost port 993 \(on \d+\), implicit TLS.* — recommended/);
    expect(run.stdout).toMatch(/observed\s+\S/);
    expect(run.stdout).toMatch(/standard\s+.*RFC 8314/);
    expect(run.stdout).toContain('Settings to paste (table)');
    expect(run.stdout).not.toContain(ESC);
  });

  it('prints nodemailer options alone with --format nodemailer --quiet, never a password', async () => {
    const run = await runCli(againstDemo('--role', 'send', '--format', 'nodemailer', '--quiet'));
    expect(run.code).toBe(0);
    const json = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    const options = JSON.parse(json);
    expect(options).toMatchObject({ host: 'localhost', secure: true });
    expect(options.port).toBe(demo.provider.ports.smtps);
    expect(run.stdout).not.toContain('password');
  });

  it('names the certificate to expect in the nodemailer options when the host is an IP address and --servername is given', async () => {
    const run = await runCli(
      nodemailerArgs(
        '127.0.0.1',
        '--servername',
        'localhost',
        '--ca',
        demo.ca.file,
        '--port-map',
        demo.portMap,
      ),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      host: '127.0.0.1',
      port: demo.provider.ports.smtps,
      secure: true,
      requireTLS: false,
      tls: { servername: 'localhost' },
    });
  });

  it('prints a Thunderbird config-v1.1.xml alone with --format thunderbird --quiet', async () => {
    const run = await runCli(againstDemo('--format', 'thunderbird', '-q'));
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(run.stdout).toContain('<incomingServer type="imap">');
    expect(run.stdout).toContain('<outgoingServer type="smtp">');
  });

  it('prints one JSON document that validates against the recommend schema', async () => {
    const run = await runCli(againstDemo('--json'));
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.summary.best.send).toMatchObject({ security: 'implicit', verdict: 'recommended' });
    expect(document.discovery.domain).toBe(demo.provider.domain);
  });

  it('exits 1 when nothing answers on any candidate port', async () => {
    // Each standard port on a port of its own: one port cannot stand for two (a usage error).
    const standard = ['465', '587', '25', '2525', '993', '143', '995', '110'];
    const closed = await unusedPorts(standard.length);
    const map = standard.map((port, index) => `${port}=${closed[index]}`).join(',');
    const run = await runCli([
      'recommend',
      '127.0.0.1',
      '--port-map',
      map,
      '--role',
      'send',
      '--timeout',
      '10s',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Send mail: no working option found/);
  });

  it('rejects a misspelt role, format or network with exit 2 and a suggestion', async () => {
    const [role, format, network] = await Promise.all([
      runCli(['recommend', 'example.test', '--role', 'sned']),
      runCli(['recommend', 'example.test', '--format', 'nodemail']),
      runCli(['recommend', 'example.test', '--network', 'gpc']),
    ]);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("unknown role 'sned' — did you mean send?");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('did you mean nodemailer?');
    expect(network.code).toBe(2);
    expect(network.stderr).toContain('did you mean gcp?');
  });
});

describe('mailports demo', () => {
  it('recommends against the demo provider with 2525 as the fallback and infers, marked as such, that 25 is filtered', async () => {
    const run = await runCli(['demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nothing leaves this machine');
    expect(run.stdout).toMatch(/25→\d+ \(never answers\)/);
    expect(run.stdout).toMatch(/Send mail: .*port 465 .* — recommended/);
    expect(run.stdout).toMatch(/2525 \(on \d+\)\s+smtp\s+STARTTLS\s+PLAIN LOGIN\s+works\s+fallback/);
    expect(run.stdout).toMatch(/Relay \(server to server\): no working option found/);
    expect(run.stdout).toMatch(
      /inferred {2}Port 25 timed out while port 587 answered on the same host, and the domain advertises 25 there: outbound port 25 is probably filtered on your network \(Google Cloud, [^)]*block it\)\. \(confidence medium\)\n +· localhost port 25 \(advertised by mx\): no answer/,
    );
    // "No answer", never "blocked": the probe saw a timeout (observed), the rest is the inference.
    expect(run.stdout).toMatch(
      /Relay \(server to server\): no working option found\n {2}observed {2}No answer on port 25: the connection attempt timed out/,
    );
    expect(run.stdout).toMatch(/25 \(on \d+\)\s+smtp\s+-\s+-\s+unusable\s+mx/);
    expect(run.stdout).toMatch(/Read mail: .*port 993 .* — recommended/);
    // The demo knows its account: the login check succeeds on the best send and read options.
    expect(run.stdout.match(/\n {2}login {5}as user@demo\.test: succeeded \(PLAIN\)\n/g)).toHaveLength(2);
    expect(run.stdout).toContain('Settings to paste');
    expect(run.stdout).not.toContain(ESC);
  });

  it('prints JSON for the demo that validates against the recommend schema, the inference included', async () => {
    const run = await runCli(['demo', '--json']);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    const validate = schemaValidator('recommend');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.command).toBe('demo');
    expect(document.roles).toEqual(['send', 'relay', 'read']);
    expect(document.demo).toMatchObject({ domain: 'demo.test', unansweredPorts: [25] });
    expect(document.summary).toMatchObject({
      exitCode: 0,
      best: { relay: null },
      login: { send: 'succeeded', relay: 'not-tried', read: 'succeeded' },
    });
    const relay = document.recommendations.find((item: { role: string }) => item.role === 'relay');
    expect(relay.options[0]).toMatchObject({ wellKnownPort: 25, verdict: 'unusable' });
    expect(relay.inferences[0]).toMatchObject({ kind: 'inferred', confidence: 'medium' });
    expect(relay.inferences[0].evidence[0]).toContain('localhost port 25 (advertised by mx): no answer');
    const timedOut = document.results.find(
      (result: { port: number }) => result.port === document.demo.portMap['25'],
    );
    expect(timedOut.status).toBe('timeout');
  });

  it('exits as recommend does, without relay: 0 for relay alone, whose only port never answers', async () => {
    const run = await runCli(['demo', '--role', 'relay']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Relay (server to server): no working option found');
  });

  it('shows progress and colour on a terminal only', async () => {
    const terminal = await runCliInTerminal(['demo']);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(`${ESC}[2K`);
    expect(terminal.stdout).toContain(`${ESC}[32m`);
    const noColor = await runCliInTerminal(['demo'], { env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('Send mail');
    expect(noColor.stdout).not.toMatch(/\x1b\[\d+m/);
  });
});

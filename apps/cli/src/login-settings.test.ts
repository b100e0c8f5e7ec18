import { describe, expect, it } from 'vitest';
import { useDemoProvider } from './__fixtures__/demo';
import { runCli } from './__fixtures__/run-cli';

const USER = 'user@demo.test';
const TOKEN_ONLY = [
  'PIPELINING',
  'SIZE 10240000',
  'AUTH XOAUTH2 OAUTHBEARER',
  'ENHANCEDSTATUSCODES',
  '8BITMIME',
];

// A provider whose submission servers take only tokens inside TLS, as Exchange Online will.
const demo = useDemoProvider({
  oauth: { tokens: {} },
  overrides: {
    smtps: { capabilitiesAfterTls: TOKEN_ONLY },
    submission: { capabilitiesAfterTls: TOKEN_ONLY },
    alt: { capabilitiesAfterTls: TOKEN_ONLY },
  },
});

function args(...extra: string[]): string[] {
  return [
    'recommend',
    USER,
    '--dns-server',
    `localhost:${demo.provider.dns!.address.split(':').pop()}`,
    '--port-map',
    demo.portMap,
    '--ca',
    demo.ca.file,
    '--role',
    'send',
    ...extra,
  ];
}

describe('recommend when the server offers only XOAUTH2/OAUTHBEARER inside TLS', () => {
  it('says OAuth2 in the reasons and the settings table, from what it observed', async () => {
    const run = await runCli(args('--verbose'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /observed\s+Inside TLS the server offers only XOAUTH2 and OAUTHBEARER: log in with OAuth2/,
    );
    expect(run.stdout).toMatch(/send\s+\S+\s+\d+\s+SSL\/TLS\s+OAuth2/);
  });

  it('gives nodemailer auth.type OAuth2 and Thunderbird OAuth2 first', async () => {
    const nodemailer = await runCli(args('--format', 'nodemailer', '--quiet'));
    expect(JSON.parse(nodemailer.stdout).auth).toEqual({ user: USER, type: 'OAuth2' });
    const thunderbird = await runCli(args('--format', 'thunderbird', '--quiet'));
    expect(thunderbird.stdout).toMatch(
      /<outgoingServer type="smtp">[\s\S]*?<authentication>OAuth2<\/authentication>/,
    );
    expect(thunderbird.stdout).not.toMatch(
      /<outgoingServer type="smtp">[\s\S]*?password-cleartext[\s\S]*?<\/outgoingServer>/,
    );
  });
});

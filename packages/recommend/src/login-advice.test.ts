import { type DemoProvider, startDemoProvider } from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { result } from './__fixtures__/results';
import { adviseLogin, loginAdviceFor } from './login-advice';
import { explainFailure } from './login-failure';
import { recommend } from './recommend';
import { imapflowOptions, nodemailerOptions, settingsTable, thunderbirdConfig } from './settings';
import type { Candidate, RankedOption, Recommendation } from './types';

function option(overrides: Partial<RankedOption>): RankedOption {
  return {
    host: 'mail.example.test',
    port: 465,
    protocol: 'smtp',
    security: 'implicit',
    authMechanisms: ['PLAIN', 'LOGIN'],
    verdict: 'recommended',
    score: 395,
    reasons: [],
    ...overrides,
  };
}

function recommendation(best: RankedOption, role: Recommendation['role'] = 'send'): Recommendation {
  return { role, best, options: [best], inferences: [] };
}

describe('login advice', () => {
  it('says OAuth2 when the server offers only token mechanisms inside TLS (observed)', () => {
    const advice = loginAdviceFor(option({ authMechanisms: ['XOAUTH2', 'OAUTHBEARER'] }));
    expect(advice).toMatchObject({ method: 'oauth2', basis: 'observed', provider: null });
  });

  it('follows the provider’s policy for a known host, with its page cited', () => {
    const gmail = loginAdviceFor(option({ host: 'smtp.gmail.com' }));
    expect(gmail).toMatchObject({ method: 'oauth2', basis: 'provider-policy', provider: { id: 'google' } });
    expect(gmail?.setup?.url).toBe('https://support.google.com/accounts/answer/185833');
    expect(gmail?.message).toContain('app password');
    const icloud = loginAdviceFor(option({ host: 'imap.mail.me.com', protocol: 'imap', port: 993 }));
    expect(icloud).toMatchObject({
      method: 'app-password',
      setup: { url: 'https://support.apple.com/en-us/102654' },
    });
    expect(loginAdviceFor(option({ host: 'smtp.gmail.com' }), 'ann@example.org')?.provider?.id).toBe(
      'google-workspace',
    );
    expect(loginAdviceFor(option({}))).toBeNull();
  });

  it('puts the advice on the best option’s reasons so the verdict says it, and never on relay', () => {
    const send = recommendation(option({ host: 'smtp.office365.com', port: 587, security: 'starttls' }));
    const relay = recommendation(option({ host: 'smtp.office365.com', port: 25 }), 'relay');
    adviseLogin([send, relay], 'ann@contoso.example');
    expect(send.best?.login?.method).toBe('oauth2');
    expect(send.best?.reasons.at(-1)?.text).toContain('being retired');
    expect(relay.best?.login).toBeUndefined();
  });
});

describe('login advice from the MX', () => {
  it('infers the provider of a custom domain from its MX when no option is a known provider', () => {
    const send = recommendation(option({ host: 'mail.contoso.example' }));
    const mx: Candidate = {
      role: 'relay',
      protocol: 'smtp',
      host: 'contoso-example.mail.protection.outlook.com',
      port: 25,
      mode: 'starttls',
      source: 'mx',
      priority: 0,
      addresses: [],
    };
    adviseLogin([send], 'ann@contoso.example', [mx]);
    expect(send.inferences.at(-1)).toMatchObject({ kind: 'inferred' });
    expect(send.inferences.at(-1)?.text).toContain('Microsoft 365');
    expect(send.inferences.at(-1)?.text).toContain('OAuth2');
  });
});

describe('settings that tell the truth about login', () => {
  const oauth = option({ host: 'smtp.office365.com', port: 587, security: 'starttls' });
  adviseLogin([recommendation(oauth)], 'ann@contoso.example');

  it('gives nodemailer auth.type OAuth2 and Thunderbird OAuth2 first', () => {
    expect(nodemailerOptions(oauth, { user: 'ann@contoso.example' }).auth).toEqual({
      user: 'ann@contoso.example',
      type: 'OAuth2',
    });
    expect(thunderbirdConfig({ domain: 'contoso.example', incoming: [], outgoing: [oauth] })).toMatch(
      /<socketType>STARTTLS<\/socketType>\n\s+<authentication>OAuth2<\/authentication>/,
    );
    expect(settingsTable([recommendation(oauth)])[0]?.authentication).toBe('OAuth2');
  });

  it('gives imapflow accessToken for OAuth2 and pass otherwise', () => {
    const gmail = option({ host: 'imap.gmail.com', protocol: 'imap', port: 993 });
    adviseLogin([recommendation(gmail, 'read')], 'ann@gmail.com');
    expect(imapflowOptions(gmail, { user: 'ann@gmail.com' })).toMatchObject({
      secure: true,
      loginWith: 'accessToken',
    });
    expect(imapflowOptions(option({ protocol: 'imap', port: 143, security: 'starttls' }))).toMatchObject({
      doSTARTTLS: true,
      loginWith: 'pass',
    });
  });

  it('labels app passwords and API keys for what they are', () => {
    const icloud = option({ host: 'smtp.mail.me.com', port: 587, security: 'starttls' });
    const sendgrid = option({ host: 'smtp.sendgrid.net', port: 587, security: 'starttls' });
    adviseLogin([recommendation(icloud), recommendation(sendgrid)], 'ann@icloud.com');
    expect(settingsTable([recommendation(icloud)])[0]?.authentication).toBe(
      'Normal password (an app password)',
    );
    expect(settingsTable([recommendation(sendgrid)])[0]?.authentication).toContain('API key');
  });
});

describe('failures decoded', () => {
  it('explains Exchange Online’s 5.7.139 tenant switch from the reply of a failed test', () => {
    const probe = result({ host: 'smtp.office365.com', port: 587, protocol: 'smtp' });
    const explanation = explainFailure(probe, {
      outcome: 'failed',
      mechanism: 'LOGIN',
      message: 'AUTH LOGIN rejected the credentials (535 5.7.139).',
      serverReply:
        '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    });
    expect(explanation).toMatchObject({ id: 'microsoft-smtp-auth-disabled-tenant', kind: 'permanent' });
    expect(explanation?.citations.length).toBeGreaterThan(0);
  });
});

describe('recommend with an OAuth2 token', () => {
  const TOKEN = 'demo.access-token_for-user';
  const providers: DemoProvider[] = [];
  afterEach(async () => {
    await Promise.all(providers.splice(0).map((provider) => provider.close()));
  });

  it('checks the token on the best send and read options and keeps it out of the report', async () => {
    const demo = await startDemoProvider({ oauth: { tokens: { [TOKEN]: 'user@demo.test' } } });
    providers.push(demo);
    const report = await recommend({
      target: 'user@demo.test',
      roles: ['send', 'read'],
      dnsServer: demo.dns!.address,
      resolvePorts: demo.portMap,
      timeouts: { connect: 2000, greeting: 2000, command: 2000, tls: 2000, dns: 1000, overall: 10_000 },
      ca: demo.ca,
      trustHosts: ['localhost'],
      oauth2: { username: 'user@demo.test', accessToken: TOKEN },
    });
    for (const item of report.recommendations) {
      expect(item.login).toMatchObject({
        outcome: 'succeeded',
        credential: 'token',
        mechanism: 'OAUTHBEARER',
      });
    }
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it('reports a refused token with the decoded challenge and the catalogue’s explanation', async () => {
    const demo = await startDemoProvider({ oauth: { tokens: {}, errorStyle: 'rfc7628' } });
    providers.push(demo);
    const report = await recommend({
      target: 'user@demo.test',
      roles: ['read'],
      dnsServer: demo.dns!.address,
      resolvePorts: demo.portMap,
      timeouts: { connect: 2000, greeting: 2000, command: 2000, tls: 2000, dns: 1000, overall: 10_000 },
      ca: demo.ca,
      trustHosts: ['localhost'],
      oauth2: { username: 'user@demo.test', accessToken: 'expired.token' },
    });
    const login = report.recommendations[0]?.login;
    expect(login).toMatchObject({ outcome: 'failed', oauthError: { status: 'invalid_token' } });
    expect(login?.explanation?.id).toBe('imap-authentication-failed');
  });
});

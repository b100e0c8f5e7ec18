import { describe, expect, it } from 'vitest';
import type { Source } from '../types.js';
import { LOGIN_FAILURES } from './failures.js';
import { LOGIN_POLICIES } from './policies.js';
import {
  explainLoginFailure,
  hostMatches,
  loginAdvice,
  loginPolicy,
  loginPolicyForDomain,
  loginPolicyForHost,
  loginPolicyForMx,
} from './queries.js';

const citable = (sources: readonly Source[]) =>
  sources.length > 0 &&
  sources.every((source) => source.label.trim() !== '' && /^https:\/\/\S+$/.test(source.url));

describe('login policies', () => {
  it('cites an https source for every provider, method and dated change', () => {
    for (const policy of LOGIN_POLICIES) {
      expect(citable(policy.sources), policy.id).toBe(true);
      for (const method of policy.methods)
        expect(citable(method.sources), `${policy.id} ${method.method}`).toBe(true);
      for (const change of policy.timeline) {
        expect(citable(change.sources), `${policy.id} ${change.date}`).toBe(true);
        expect(change.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      expect(policy.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps ids unique, timelines in order and unverified notes non-empty', () => {
    const ids = LOGIN_POLICIES.map((policy) => policy.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const policy of LOGIN_POLICIES) {
      const dates = policy.timeline.map((change) => change.date);
      expect(dates).toEqual([...dates].sort());
      for (const note of [policy, ...policy.methods, ...policy.timeline].map((record) => record.unverified)) {
        if (note !== undefined) expect(note.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('covers the providers users ask about, the mailbox ones and the sending services', () => {
    expect(LOGIN_POLICIES.map((policy) => policy.id)).toEqual(
      expect.arrayContaining([
        'google',
        'google-workspace',
        'microsoft-consumer',
        'microsoft-365',
        'yahoo',
        'aol',
        'icloud',
        'fastmail',
        'zoho',
        'gmx',
        'web-de',
        'proton-bridge',
        'amazon-ses',
        'sendgrid',
        'mailgun',
        'postmark',
      ]),
    );
  });

  it('dates Microsoft’s SMTP AUTH basic-auth retirement with MC786329', () => {
    const timeline = loginPolicy('microsoft-365')?.timeline ?? [];
    expect(timeline.map((change) => change.date)).toEqual(
      expect.arrayContaining(['2022-10-01', '2024-04-26', '2025-06-12', '2026-01-27']),
    );
    expect(
      timeline.every(
        (change) =>
          change.sources.some((source) => source.label.includes('MC786329')) || change.date === '2022-10-01',
      ),
    ).toBe(true);
  });
});

describe('recognising a provider', () => {
  it('matches exact names and one-or-more-label patterns, case and trailing dot aside', () => {
    expect(hostMatches('*.mail.protection.outlook.com', 'Contoso-com.MAIL.protection.outlook.com.')).toBe(
      true,
    );
    expect(hostMatches('*.mail.protection.outlook.com', 'mail.protection.outlook.com')).toBe(false);
    expect(hostMatches('smtp.gmail.com', 'smtp.gmail.com')).toBe(true);
    expect(hostMatches('email-smtp.*.amazonaws.com', 'email-smtp.eu-west-1.amazonaws.com')).toBe(true);
    expect(hostMatches('email-smtp.*.amazonaws.com', 'ec2-1-2-3-4.compute-1.amazonaws.com')).toBe(false);
    expect(hostMatches('email-smtp.*.amazonaws.com', 'email-smtp.a.b.amazonaws.com')).toBe(false);
  });

  it('finds the provider from a service host, an MX host or an address domain', () => {
    expect(loginPolicyForHost('smtp.office365.com')?.id).toBe('microsoft-365');
    expect(loginPolicyForHost('smtp.gmail.com')?.id).toBe('google');
    expect(loginPolicyForHost('smtp.gmail.com', 'example.org')?.id).toBe('google-workspace');
    expect(loginPolicyForHost('email-smtp.eu-west-1.amazonaws.com')?.id).toBe('amazon-ses');
    expect(loginPolicyForMx('example-org.mail.protection.outlook.com')?.id).toBe('microsoft-365');
    expect(loginPolicyForMx('mx01.mail.icloud.com')?.id).toBe('icloud');
    expect(loginPolicyForDomain('GMAIL.com')?.id).toBe('google');
    expect(loginPolicyForHost('mail.example.net')).toBeUndefined();
    expect(loginPolicyForHost('127.0.0.1')).toBeUndefined();
    expect(loginPolicyForHost('localhost')).toBeUndefined();
  });

  it('reads a policy into advice: Gmail refuses passwords, SendGrid wants a key, Microsoft’s password is retiring', () => {
    const gmail = loginAdvice(loginPolicy('google')!);
    expect(gmail).toMatchObject({ preferred: 'oauth2', passwordRefused: true, oauth2Only: false });
    expect(loginAdvice(loginPolicy('sendgrid')!).preferred).toBe('api-key');
    expect(loginAdvice(loginPolicy('microsoft-365')!)).toMatchObject({
      passwordRefused: true,
      preferred: 'oauth2',
    });
  });
});

describe('the login failure catalogue', () => {
  it('cites a source for every entry and keeps ids unique', () => {
    const ids = LOGIN_FAILURES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of LOGIN_FAILURES) expect(citable(entry.sources), entry.id).toBe(true);
  });

  it('tells the Microsoft tenant switch from the basic-auth refusal', () => {
    expect(
      explainLoginFailure({
        protocol: 'smtp',
        reply:
          '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      })?.id,
    ).toBe('microsoft-smtp-auth-disabled-tenant');
    expect(
      explainLoginFailure({
        protocol: 'smtp',
        reply: '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
      })?.id,
    ).toBe('microsoft-basic-auth-disabled');
  });

  it('explains Google’s 534 5.7.9 and 535 5.7.8, and a plain 535 5.7.8 from any server', () => {
    expect(
      explainLoginFailure({ protocol: 'smtp', reply: '534 5.7.9 Application-specific password required.' })
        ?.id,
    ).toBe('google-app-password-required');
    expect(
      explainLoginFailure({ protocol: 'smtp', reply: '535 5.7.8 Username and Password not accepted.' })
        ?.provider,
    ).toBe('google');
    expect(
      explainLoginFailure({
        protocol: 'smtp',
        reply: '535 5.7.8 Error: authentication failed: authentication failure',
      })?.id,
    ).toBe('smtp-credentials-invalid');
  });

  it('recognises the sending services’ refusals and Gmail’s IMAP one', () => {
    expect(
      explainLoginFailure({ protocol: 'smtp', reply: '535 Authentication Credentials Invalid' })?.id,
    ).toBe('ses-credentials-invalid');
    expect(
      explainLoginFailure({ protocol: 'smtp', reply: '535 Authentication failed: Bad username / password' })
        ?.provider,
    ).toBe('sendgrid');
    expect(
      explainLoginFailure({
        protocol: 'imap',
        reply: 'A1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
      })?.id,
    ).toBe('google-imap-invalid-credentials');
  });

  it('reads IMAP and POP3 bracketed codes, temporary ones as temporary', () => {
    expect(
      explainLoginFailure({ protocol: 'imap', reply: 'A3 NO [AUTHENTICATIONFAILED] Authentication failed.' })
        ?.id,
    ).toBe('imap-authentication-failed');
    expect(explainLoginFailure({ protocol: 'imap', reply: 'A3 NO [UNAVAILABLE] Try later' })?.kind).toBe(
      'temporary',
    );
    expect(
      explainLoginFailure({
        protocol: 'imap',
        reply: 'A3 NO [ALERT] Application-specific password required: https://x',
      })?.id,
    ).toBe('google-imap-app-password');
    expect(explainLoginFailure({ protocol: 'pop3', reply: '-ERR [SYS/TEMP] backend down' })?.kind).toBe(
      'temporary',
    );
    expect(explainLoginFailure({ protocol: 'pop3', reply: '-ERR [AUTH] Authentication failed.' })?.id).toBe(
      'pop3-auth',
    );
  });

  it('skips another provider’s entries when the provider is known, and finds nothing in an unknown reply', () => {
    expect(
      explainLoginFailure({
        protocol: 'smtp',
        reply: '535 5.7.3 Authentication unsuccessful',
        provider: 'google',
      }),
    ).toBeUndefined();
    expect(explainLoginFailure({ protocol: 'smtp', reply: '250 OK' })).toBeUndefined();
  });
});

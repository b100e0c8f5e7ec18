import type { ProbeResultBase } from '@mailports/wire';
import { describe, expect, it } from 'vitest';
import { result, tls } from './__fixtures__/results';
import { insideScope, loginCheckOf, loginEligibility } from './login';
import { rank } from './rank';
import type { Constraints, LoginSkipReason, Role } from './types';

interface Case {
  name: string;
  role: Role;
  results: ProbeResultBase[];
  constraints?: Constraints;
  /** The port of the option allowed to receive credentials, and the mode required, or the refusal. */
  expected: { port: number; mode: 'implicit' | 'starttls' } | LoginSkipReason;
}

const untrusted = tls({ trusted: false, reason: 'self-signed certificate' });

const cases: Case[] = [
  {
    name: 'implicit TLS with a verified certificate',
    role: 'send',
    results: [result({ port: 465 })],
    expected: { port: 465, mode: 'implicit' },
  },
  {
    name: 'STARTTLS completed with a verified certificate',
    role: 'read',
    results: [result({ port: 143 })],
    expected: { port: 143, mode: 'starttls' },
  },
  {
    name: 'the best option only, never the next one',
    role: 'send',
    results: [result({ port: 587 }), result({ port: 465 }), result({ port: 2525 })],
    expected: { port: 465, mode: 'implicit' },
  },
  {
    name: 'the verified best when an untrusted option answered too',
    role: 'read',
    results: [result({ port: 993, tls: untrusted }), result({ port: 143 })],
    constraints: { acceptUntrustedCertificates: true },
    expected: { port: 143, mode: 'starttls' },
  },
  {
    name: 'relay, even on verified STARTTLS',
    role: 'relay',
    results: [result({ port: 25, mechanisms: [] })],
    expected: 'relay',
  },
  {
    name: 'a role without a usable option',
    role: 'send',
    results: [result({ port: 465, status: 'timeout' }), result({ port: 587, status: 'refused' })],
    expected: 'no-option',
  },
  {
    name: 'an untrusted certificate accepted as best (insecure)',
    role: 'send',
    results: [result({ port: 465, tls: untrusted })],
    constraints: { acceptUntrustedCertificates: true },
    expected: 'untrusted-certificate',
  },
  {
    name: 'a plaintext best allowed by requireTls: false',
    role: 'send',
    results: [result({ port: 587, security: 'plain', tls: null })],
    constraints: { requireTls: false },
    expected: 'not-encrypted',
  },
];

describe('loginEligibility: which option may receive credentials', () => {
  it.each(cases)('$name', ({ role, results, constraints, expected }) => {
    const recommendation = rank({ role, results, ...(constraints ? { constraints } : {}) });
    const decision = loginEligibility(recommendation, results);
    if (typeof expected === 'string') {
      expect(decision).toMatchObject({ allowed: false, reason: expected });
      return;
    }
    expect(decision).toMatchObject({ allowed: true, mode: expected.mode });
    if (!decision.allowed) return;
    expect(decision.option).toBe(recommendation.best);
    expect(decision.result.port).toBe(expected.port);
  });

  it('names the certificate failure and says insecure does not change it', () => {
    const results = [result({ port: 465, tls: untrusted })];
    const recommendation = rank({
      role: 'send',
      results,
      constraints: { acceptUntrustedCertificates: true },
    });
    const decision = loginEligibility(recommendation, results);
    expect(decision.allowed ? '' : decision.message).toBe(
      'The certificate does not verify (self-signed certificate): credentials go only to a verified server, even when accepted as insecure.',
    );
  });

  it('refuses when the result behind the best option is missing or did not complete', () => {
    const results = [result({ port: 465 })];
    const recommendation = rank({ role: 'send', results });
    expect(loginEligibility(recommendation, [])).toMatchObject({ allowed: false, reason: 'not-answered' });
    const aborted = [{ ...result({ port: 465 }), status: 'aborted' as const }];
    expect(loginEligibility(recommendation, aborted)).toMatchObject({
      allowed: false,
      reason: 'not-answered',
    });
  });
});

describe('loginCheckOf: the login connection as a check', () => {
  const withTest = (test: ProbeResultBase['auth']['test'], status: ProbeResultBase['status'] = 'ok') => {
    const base = result({ port: 465, status });
    return { ...base, auth: { ...base.auth, test } };
  };

  it.each([
    ['succeeded', 'PLAIN', 'succeeded'],
    ['failed', 'PLAIN', 'failed'],
    ['no-mechanism', null, 'no-mechanism'],
    ['error', null, 'error'],
    ['refused-cleartext', null, 'error'],
  ] as const)('reports the probe outcome %s as %s', (outcome, mechanism, expected) => {
    const check = loginCheckOf('alice', withTest({ outcome, mechanism, message: `the ${outcome} message` }));
    expect(check).toMatchObject({
      username: 'alice',
      outcome: expected,
      mechanism,
      message: `the ${outcome} message`,
    });
    expect(check.result?.port).toBe(465);
  });

  it('reports a login connection that ended before the test as an error, with its status message', () => {
    const check = loginCheckOf('alice', {
      ...withTest(null, 'timeout'),
      statusMessage: 'No answer within 5 s.',
    });
    expect(check).toMatchObject({
      outcome: 'error',
      message: 'The login connection failed: No answer within 5 s.',
    });
  });
});

describe('insideScope: where credentials may go', () => {
  it('accepts the domain and names under it, and nothing else unless trusted by name', () => {
    const scope = { domain: 'a.example', trustHosts: ['Mail.B.Example.'] };
    expect(insideScope('a.example', scope)).toBe(true);
    expect(insideScope('imap.a.example.', scope)).toBe(true);
    expect(insideScope('evil-a.example', scope)).toBe(false);
    expect(insideScope('a.example.evil.test', scope)).toBe(false);
    expect(insideScope('mail.b.example', scope)).toBe(true);
    expect(insideScope('smtp.b.example', scope)).toBe(false);
  });

  it('accepts any host when the user named the host itself (no mail domain)', () => {
    expect(insideScope('box.test', { domain: null })).toBe(true);
  });
});

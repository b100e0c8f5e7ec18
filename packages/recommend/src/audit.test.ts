import { describe, expect, it } from 'vitest';
import { result, tls } from './__fixtures__/results';
import { auditPublished } from './_audit';
import type { PublishedServer } from './types';

function published(overrides: Partial<PublishedServer>): PublishedServer {
  return {
    source: 'autoconfig',
    url: 'https://autoconfig.example.test/mail/config-v1.1.xml',
    role: 'send',
    protocol: 'smtp',
    host: 'mail.example.test',
    port: 465,
    socketType: 'SSL',
    authentication: ['password-cleartext'],
    ...overrides,
  };
}

function codes(servers: PublishedServer[], results = [result({ port: 465 }), result({ port: 587 })]) {
  return auditPublished(servers, results).map((item) => `${item.code}: ${item.text}`);
}

describe('auditPublished: each published setting against the live probe', () => {
  it('confirms a setting the server matches', () => {
    expect(codes([published({})])[0]).toMatch(/^confirmed: /);
  });

  it('says where the published security mode is wrong', () => {
    expect(codes([published({ port: 587 })])).toEqual([
      'mode-mismatch: autoconfig says SSL on 587; 587 speaks STARTTLS.',
    ]);
  });

  it('says when the certificate names another host, or does not verify', () => {
    const untrusted = tls({ trusted: false, reason: 'the certificate names other.example.test' });
    const mismatch = { ...untrusted, verdict: { ...untrusted.verdict, hostnameMatches: false } };
    expect(codes([published({ source: 'ispdb' })], [result({ port: 465, tls: mismatch })])[0]).toMatch(
      /^certificate-name: ispdb lists mail\.example\.test, whose certificate names another host/,
    );
    expect(codes([published({})], [result({ port: 465, tls: tls({ trusted: false }) })])[0]).toMatch(
      /^certificate-untrusted: /,
    );
  });

  it('says when the published login method is not offered, for SMTP', () => {
    expect(codes([published({ authentication: ['OAuth2'] })])).toEqual([
      'auth-mismatch: autoconfig says OAuth2 on 465; the server offers AUTH PLAIN LOGIN.',
    ]);
  });

  it('says when the published port did not answer, or was not probed', () => {
    expect(codes([published({})], [result({ port: 465, status: 'timeout' })])[0]).toMatch(
      /^no-answer: .*No answer on port 465/,
    );
    expect(codes([published({ port: 2525 })])[0]).toMatch(/^not-probed: /);
  });

  it('warns about a published setting without TLS', () => {
    expect(
      codes(
        [published({ port: 25, socketType: 'plain' })],
        [result({ port: 25, security: 'plain', tls: null })],
      )[0],
    ).toMatch(/^plaintext: /);
  });
});

import { matchClientError } from '@mailports/ports';
import { describe, expect, it } from 'vitest';
import { diagnoseClientError, explainProbePlan, observeCauses } from './explain';
import { finding, result } from './__fixtures__/results';

describe('explainProbePlan', () => {
  it('probes TLS-first and plaintext-first for a greeting timeout on a port of unknown mode', () => {
    expect(explainProbePlan(matchClientError('Greeting never received'), 40_123)).toEqual([
      'implicit',
      'auto',
    ]);
  });

  it('probes once on a port the knowledge base knows as implicit TLS', () => {
    expect(explainProbePlan(matchClientError('Greeting never received'), 465)).toEqual(['implicit']);
  });

  it('needs one connection for a connect timeout, and nothing for an unknown message', () => {
    expect(explainProbePlan(matchClientError('Connection timeout'), 587)).toEqual(['auto']);
    expect(explainProbePlan(matchClientError('no such error'), 587)).toEqual([]);
  });
});

describe('observeCauses and diagnoseClientError', () => {
  it('a TLS handshake where plaintext was expected names the plaintext-client cause, with the nodemailer fix', () => {
    const match = matchClientError('Greeting never received');
    const observed = observeCauses([result({ port: 40_123, security: 'implicit' })]);
    const diagnosis = diagnoseClientError(match, observed);
    expect(diagnosis.cause?.id).toBe('plaintext-to-implicit-tls-port');
    expect(diagnosis.basis).toBe('observed');
    expect(diagnosis.fix).toContain('secure: true');
    expect(diagnosis.unconfirmed).toEqual(['greeting-delay', 'silent-server']);
  });

  it('a plaintext greeting on an implicit-TLS probe names the TLS-client cause for "wrong version number"', () => {
    const match = matchClientError('ssl3_get_record:wrong version number', { client: 'imapflow' });
    const observed = observeCauses([
      result({ port: 465, status: 'protocol-error', findings: [finding('plaintext-on-implicit-port')] }),
    ]);
    const diagnosis = diagnoseClientError(match, observed);
    expect(diagnosis.cause?.id).toBe('tls-to-plaintext-port');
    expect(diagnosis.fix).toContain('doSTARTTLS');
  });

  it('a refusal after a good greeting is observed as such, not as a refusing greeting', () => {
    const greeted = { ...result({ port: 587 }), status: 'rejected' as const };
    const refusedLater = { ...greeted, refusal: { code: 450, lines: ['4.7.1 Try again later'] } };
    const refusedAtOnce = {
      ...greeted,
      banner: '554 5.3.2 mail.example.test No SMTP service here',
      refusal: { code: 554, lines: ['5.3.2 mail.example.test No SMTP service here'] },
    };
    expect(observeCauses([refusedLater])).toContainEqual(
      expect.objectContaining({
        cause: 'greeting-refused',
        evidence: 'the server greeted, then refused the session: 450 4.7.1 Try again later',
      }),
    );
    expect(observeCauses([refusedAtOnce])).toContainEqual(
      expect.objectContaining({
        cause: 'greeting-refused',
        evidence: 'the server greeted with a refusal: 554 5.3.2 mail.example.test No SMTP service here',
      }),
    );
  });

  it('an observation the message does not point to never becomes the answer', () => {
    const match = matchClientError('certificate has expired');
    const observed = observeCauses([result({ port: 587, status: 'timeout' })]);
    expect(observed.map((item) => item.cause)).toEqual(['no-answer']);
    const diagnosis = diagnoseClientError(match, observed);
    expect(diagnosis.cause).toBeNull();
    expect(diagnosis.unconfirmed).toEqual(['certificate-expired']);
  });

  it("a login refusal in the server's words is named from the message, and says so", () => {
    const diagnosis = diagnoseClientError(
      matchClientError('Invalid login: 534-5.7.9 Application-specific password required'),
      [],
    );
    expect(diagnosis.cause?.id).toBe('login-policy');
    expect(diagnosis.basis).toBe('message');
  });

  it('only OAuth2 mechanisms after TLS are observed as a login policy', () => {
    const observed = observeCauses([result({ port: 587, mechanisms: ['XOAUTH2', 'OAUTHBEARER'] })]);
    expect(observed.map((item) => item.cause)).toContain('login-policy');
  });
});

import { describe, expect, it } from 'vitest';
import { finding, result, summary, texts, tls } from './__fixtures__/results';
import { rank } from './rank';

describe('rank: the domain stated preference and what it did not advertise', () => {
  it('puts the SRV-advertised 587 before the unadvertised 465 of the same verdict, and says 465 was found, not advertised', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465 }), result({ port: 587 })],
      sources: {
        'mail.example.test:587': 'srv _submission._tcp',
        'mail.example.test:465': 'beside srv _submission._tcp',
      },
      stated: { 'mail.example.test:587': 0 },
    });
    expect(summary(recommendation.options)).toEqual(['587 starttls recommended', '465 implicit recommended']);
    expect(recommendation.best?.port).toBe(587);
    expect(texts(recommendation.options[1]?.reasons ?? [])).toContain(
      "Found, not advertised: the domain's _submission._tcp record names this host, and port 465",
    );
  });

  it('follows the stated order across IMAP and POP3 when the domain puts POP3 first', () => {
    const recommendation = rank({
      role: 'read',
      results: [result({ port: 993 }), result({ port: 995 })],
      stated: { 'mail.example.test:995': 0, 'mail.example.test:993': 1 },
    });
    expect(summary(recommendation.options)).toEqual(['995 implicit recommended', '993 implicit recommended']);
  });

  it('lets the verdict win over the stated order: an advertised port that fails comes after one that works', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 587, status: 'timeout' }), result({ port: 465 })],
      stated: { 'mail.example.test:587': 0 },
    });
    expect(recommendation.best?.port).toBe(465);
  });
});

describe('rank: relay and submission nuance', () => {
  it('makes a self-signed MX on 25 the relay answer: works (opportunistic)', () => {
    const recommendation = rank({
      role: 'relay',
      results: [result({ port: 25, tls: tls({ trusted: false }) })],
    });
    expect(recommendation.best?.verdict).toBe('works');
    expect(texts(recommendation.best?.reasons ?? [])).toContain('Works (opportunistic)');
    expect(texts(recommendation.best?.reasons ?? [])).toContain('RFC 7435');
  });

  it('rates submission without AUTH as works if your address is authorised, below one that offers AUTH', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465, mechanisms: [] }), result({ port: 2525 })],
    });
    const noAuth = recommendation.options.find((option) => option.port === 465);
    expect(noAuth?.verdict).toBe('works');
    expect(texts(noAuth?.reasons ?? [])).toContain('works if the server authorises your address');
    expect(recommendation.best?.port).toBe(2525);
  });

  it('keeps port 25 without AUTH unusable for sending: it is an MX, not a submission server', () => {
    const recommendation = rank({ role: 'send', results: [result({ port: 25, mechanisms: [] })] });
    expect(recommendation.options[0]?.verdict).toBe('unusable');
    expect(texts(recommendation.options[0]?.reasons ?? [])).toContain('relay (MX) server');
  });
});

describe('rank: each rule cites the section that states it', () => {
  it('cites RFC 8314 §3.2 for IMAP and §3.1 for POP3 when a port speaks the other security mode', () => {
    const imap = rank({ role: 'read', results: [result({ port: 993, security: 'starttls' })] });
    expect(texts(imap.options[0]?.reasons ?? [])).toContain('RFC 8314 §3.2');
    const pop3 = rank({ role: 'read', results: [result({ port: 995, security: 'starttls' })] });
    expect(texts(pop3.options[0]?.reasons ?? [])).toContain('RFC 8314 §3.1');
  });

  it('cites the IANA registry, not RFC 8314, for 2525 not being a registered submission port', () => {
    const recommendation = rank({ role: 'send', results: [result({ port: 2525 })] });
    expect(texts(recommendation.options[0]?.reasons ?? [])).toContain('IANA port registry: 2525');
    expect(texts(recommendation.options[0]?.reasons ?? [])).not.toContain('RFC 8314 §3.3');
  });
});

describe('rank: every inference carries evidence and a confidence', () => {
  it('holds for the per-result and across-results inferences', () => {
    const cases = [
      rank({
        role: 'send',
        results: [
          result({ port: 465, status: 'tls-failed', findings: [finding('plaintext-on-implicit-port')] }),
          result({ port: 587, status: 'no-greeting', findings: [finding('tls-expected')] }),
          result({ port: 2525, status: 'timeout' }),
          result({ port: 25, status: 'refused' }),
          result({ port: 26, findings: [finding('greeting-delayed', { inferred: true })] }),
        ],
      }),
      rank({ role: 'read', results: [993, 143].map((port) => result({ port, status: 'timeout' })) }),
      rank({ role: 'send', results: [result({ port: 465, tls: tls({ trusted: false }) })] }),
    ];
    const inferred = cases
      .flatMap((item) => [...item.inferences, ...item.options.flatMap((option) => option.reasons)])
      .filter((reason) => reason.kind === 'inferred');
    expect(inferred.length).toBeGreaterThan(4);
    for (const reason of inferred) {
      expect(reason.evidence?.length, reason.text).toBeGreaterThan(0);
      expect(['high', 'medium', 'low'], reason.text).toContain(reason.confidence);
    }
  });
});

describe('rank: a companion that did not answer', () => {
  it('says it was probed, not that it answers', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 587 }), result({ port: 465, status: 'timeout' })],
      sources: {
        'mail.example.test:587': 'srv _submission._tcp',
        'mail.example.test:465': 'beside srv _submission._tcp',
      },
      stated: { 'mail.example.test:587': 0 },
    });
    const companion = recommendation.options.find((option) => option.port === 465);
    expect(texts(companion?.reasons ?? [])).toContain('Probed, not advertised');
    expect(texts(companion?.reasons ?? [])).not.toContain('answers here too');
  });
});

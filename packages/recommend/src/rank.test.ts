import { describe, expect, it } from 'vitest';
import { finding, only, result, summary, texts, tls } from './__fixtures__/results';
import { rank } from './rank';
import type { Verdict } from './types';

describe('rank: the order the standards ask for', () => {
  it('puts implicit TLS on 465 before STARTTLS on 587, both recommended, then 2525 and 25', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 25 }), result({ port: 2525 }), result({ port: 587 }), result({ port: 465 })],
    });
    expect(summary(recommendation.options)).toEqual([
      '465 implicit recommended',
      '587 starttls recommended',
      '2525 starttls works',
      '25 starttls works',
    ]);
    expect(recommendation.best?.port).toBe(465);
    expect(texts(recommendation.best?.reasons ?? [])).toContain('RFC 8314 §3.3');
  });

  it('puts IMAP 993 first, then 143, then POP3 995 and 110', () => {
    const recommendation = rank({
      role: 'read',
      results: [result({ port: 110 }), result({ port: 995 }), result({ port: 143 }), result({ port: 993 })],
    });
    expect(summary(recommendation.options)).toEqual([
      '993 implicit recommended',
      '143 starttls recommended',
      '995 implicit recommended',
      '110 starttls recommended',
    ]);
    expect(texts(only(recommendation.options[2]).reasons)).toContain('IMAP');
  });

  it('falls back to 2525 when the registered submission ports fail', () => {
    const recommendation = rank({
      role: 'send',
      results: [
        result({ port: 465, status: 'timeout' }),
        result({ port: 587, status: 'refused' }),
        result({ port: 2525 }),
      ],
    });
    expect(recommendation.best?.port).toBe(2525);
    expect(recommendation.best?.verdict).toBe('works');
    expect(texts(recommendation.best?.reasons ?? [])).toContain('not a registered submission port');
  });

  it('recommends STARTTLS on 25 for relay between servers and rejects submission ports for relay', () => {
    const recommendation = rank({ role: 'relay', results: [result({ port: 587 }), result({ port: 25 })] });
    expect(summary(recommendation.options)).toEqual(['25 starttls recommended', '587 starttls unusable']);
  });

  it('ignores results of protocols that cannot serve the role', () => {
    const recommendation = rank({ role: 'read', results: [result({ port: 465 }), result({ port: 993 })] });
    expect(recommendation.options.map((option) => option.port)).toEqual([993]);
  });

  it('keeps the given order between options that score the same', () => {
    const recommendation = rank({
      role: 'send',
      results: [
        result({ port: 465, host: 'smtp.example.test' }),
        result({ port: 465, host: 'mail.example.test' }),
      ],
    });
    expect(recommendation.options.map((option) => option.host)).toEqual([
      'smtp.example.test',
      'mail.example.test',
    ]);
  });

  it('answers best null and no options for no results', () => {
    expect(rank({ role: 'send', results: [] })).toEqual({
      role: 'send',
      best: null,
      options: [],
      inferences: [],
    });
  });
});

describe('rank: what is never recommended', () => {
  const cases: Array<{
    name: string;
    role: 'send' | 'read' | 'relay';
    spec: Parameters<typeof result>[0];
    at: Verdict;
    cite?: string;
  }> = [
    {
      name: 'plaintext with AUTH on 587',
      role: 'send',
      spec: { port: 587, security: 'plain', mechanisms: ['PLAIN'] },
      at: 'works-but-insecure',
      cite: 'RFC 8314 §4.1',
    },
    {
      name: 'AUTH offered only before TLS',
      role: 'send',
      spec: {
        port: 587,
        mechanisms: [],
        beforeTls: ['PLAIN', 'LOGIN'],
        findings: [finding('auth-before-tls')],
      },
      at: 'works-but-insecure',
      cite: 'RFC 3207 §4',
    },
    {
      name: 'AUTH also offered before TLS',
      role: 'send',
      spec: { port: 587, beforeTls: ['PLAIN'], findings: [finding('auth-before-tls')] },
      at: 'works',
      cite: 'RFC 3207 §4',
    },
    {
      name: 'login offered before TLS without a finding',
      role: 'read',
      spec: { port: 143, beforeTls: ['LOGIN'] },
      at: 'works',
    },
    {
      name: 'IMAP LOGIN allowed before TLS',
      role: 'read',
      spec: { port: 143, beforeTls: ['LOGIN'], findings: [finding('login-before-tls')] },
      at: 'works',
    },
    {
      name: 'POP3 USER allowed before TLS',
      role: 'read',
      spec: { port: 110, beforeTls: ['USER'], findings: [finding('user-before-tls')] },
      at: 'works',
    },
    {
      name: 'POP3 APOP offered in a plaintext greeting',
      role: 'read',
      spec: {
        port: 110,
        findings: [finding('apop-before-tls', { reference: 'RFC 1939 §7, §13' })],
      },
      at: 'works',
      cite: 'RFC 1939 §7',
    },
    {
      name: 'plaintext IMAP with LOGIN',
      role: 'read',
      spec: { port: 143, security: 'plain', mechanisms: [], beforeTls: ['LOGIN'] },
      at: 'works-but-insecure',
    },
    {
      name: 'an untrusted certificate',
      role: 'send',
      spec: { port: 465, tls: tls({ trusted: false }) },
      at: 'works',
      cite: 'RFC 8314 §5.3',
    },
    {
      name: 'TLS 1.1',
      role: 'read',
      spec: { port: 993, tls: tls({ version: 'TLSv1.1' }), findings: [finding('tls-version-outdated')] },
      at: 'works',
      cite: 'RFC 8997',
    },
    {
      name: 'TLS 1.0 without a finding',
      role: 'send',
      spec: { port: 465, tls: tls({ version: 'TLSv1' }) },
      at: 'works',
      cite: 'RFC 8997',
    },
    {
      name: 'a STARTTLS injection',
      role: 'send',
      spec: { port: 587, findings: [finding('starttls-injection', { severity: 'critical' })] },
      at: 'works',
      cite: 'RFC 3207 §4.2',
    },
    {
      name: 'IMAP PREAUTH in plaintext',
      role: 'read',
      spec: {
        port: 143,
        security: 'plain',
        beforeTls: [],
        mechanisms: [],
        findings: [finding('preauth-plaintext')],
      },
      at: 'works-but-insecure',
      cite: 'RFC 3501 §6.2.1',
    },
    {
      name: 'submission without any AUTH',
      role: 'send',
      spec: { port: 465, mechanisms: [] },
      at: 'works',
      cite: 'RFC 6409 §4.3',
    },
    {
      name: 'plaintext without any way to log in',
      role: 'send',
      spec: { port: 587, security: 'plain', mechanisms: [] },
      at: 'unusable',
    },
    {
      name: 'relay without STARTTLS',
      role: 'relay',
      spec: { port: 25, security: 'plain', mechanisms: [] },
      at: 'works-but-insecure',
      cite: 'RFC 3207 §4',
    },
    {
      name: 'relay with an untrusted certificate',
      role: 'relay',
      spec: { port: 25, tls: tls({ trusted: false }) },
      at: 'works',
    },
    { name: 'submission on 25', role: 'send', spec: { port: 25 }, at: 'works', cite: 'RFC 8314 §3.3' },
    {
      name: 'a non-standard port',
      role: 'read',
      spec: { port: 10993, protocol: 'imap', security: 'implicit' },
      at: 'works',
    },
    {
      name: 'the connection used TLS but no certificate was seen',
      role: 'send',
      spec: { port: 465, tls: null },
      at: 'works',
    },
  ];

  it.each(cases)('rates $name as $at at best', ({ role, spec, at, cite }) => {
    const option = only(rank({ role, results: [result(spec)] }).options[0]);
    expect(option.verdict).toBe(at);
    if (cite) expect(texts(option.reasons)).toContain(cite);
  });

  it('shows the APOP finding once, as the reason for the verdict, and never claims login happens only inside TLS', () => {
    const apop = finding('apop-before-tls', { message: 'APOP in clear.', reference: 'RFC 1939 §7, §13' });
    const option = only(
      rank({ role: 'read', results: [result({ port: 110, findings: [apop] })] }).options[0],
    );
    const all = texts(option.reasons);
    expect(all.split('APOP in clear.')).toHaveLength(2);
    expect(all).toContain('The generated settings insist on TLS.');
    expect(all).not.toContain('never in clear');
  });

  it('never picks an insecure option as best while TLS is required, and does when it is not', () => {
    const insecure = result({ port: 587, security: 'plain', mechanisms: ['PLAIN'] });
    expect(rank({ role: 'send', results: [insecure] }).best).toBeNull();
    expect(rank({ role: 'send', results: [insecure], constraints: { requireTls: false } }).best?.port).toBe(
      587,
    );
  });

  it('never picks an option with an unverified certificate as best unless told to accept it', () => {
    const untrusted = result({ port: 465, tls: tls({ trusted: false }) });
    const strict = rank({ role: 'send', results: [untrusted, result({ port: 2525 })] });
    expect(strict.options[0]?.port).toBe(465);
    expect(strict.best?.port).toBe(2525);
    expect(strict.best).toBe(strict.options[1]);
    const alone = rank({ role: 'send', results: [untrusted] });
    expect(alone.best).toBeNull();
    expect(texts(alone.inferences)).toContain('certificate fails verification');
    const accepting = rank({
      role: 'send',
      results: [untrusted],
      constraints: { acceptUntrustedCertificates: true },
    });
    expect(accepting.best?.port).toBe(465);
    expect(accepting.best?.verdict).toBe('works');
  });

  it('ranks every recommended option above every other verdict', () => {
    const recommendation = rank({
      role: 'send',
      results: [
        result({ port: 465, tls: tls({ trusted: false }) }),
        result({ port: 587, security: 'plain' }),
        result({ port: 2525 }),
        result({ port: 587, host: 'smtp.example.test' }),
      ],
    });
    expect(summary(recommendation.options)).toEqual([
      '587 starttls recommended',
      '465 implicit works',
      '2525 starttls works',
      '587 plain works-but-insecure',
    ]);
  });
});

describe('rank: failures in plain words', () => {
  it('tells a refused port (something answered) from a timeout (no answer)', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465, status: 'refused' }), result({ port: 587, status: 'timeout' })],
    });
    const [first, second] = recommendation.options.map((option) => texts(option.reasons));
    expect(first).toContain('the host answered, but nothing listens');
    expect(second).toContain('No answer on port 587');
    expect(recommendation.options.every((option) => option.verdict === 'unusable')).toBe(true);
    expect(recommendation.best).toBeNull();
  });

  it('says nothing answered when every port timed out', () => {
    const recommendation = rank({
      role: 'read',
      results: [993, 143, 995, 110].map((port) => result({ port, status: 'timeout' })),
    });
    expect(texts(recommendation.inferences)).toContain(
      'Nothing answered from here: the hosts may be down or filtered at their end, or a filter on the way (possibly your network)',
    );
    expect(recommendation.inferences[0]).toMatchObject({ confidence: 'low' });
    expect(recommendation.inferences[0]?.evidence).toContain('mail.example.test port 993: timeout');
  });

  it('says no mail service listens when every port was refused', () => {
    const recommendation = rank({
      role: 'send',
      results: [465, 587].map((port) => result({ port, status: 'refused' })),
    });
    expect(texts(recommendation.inferences)).toContain('no mail service listens there');
  });

  it('says the name did not resolve when every lookup failed', () => {
    const recommendation = rank({ role: 'send', results: [result({ port: 465, status: 'dns-failed' })] });
    expect(texts(recommendation.inferences)).toContain('No name resolved');
  });

  it('keeps the probe message for failures after connecting', () => {
    const option = only(
      rank({
        role: 'send',
        results: [result({ port: 465, status: 'tls-failed', statusMessage: 'handshake failed' })],
      }).options[0],
    );
    expect(texts(option.reasons)).toContain('the TLS handshake failed (handshake failed)');
  });
});

describe('rank: the security mode a port is meant for', () => {
  it('rates implicit TLS on 587 as works: it works with matching settings, not by convention', () => {
    const option = only(
      rank({
        role: 'send',
        results: [
          result({
            port: 587,
            security: 'implicit',
            findings: [finding('tls-expected', { inferred: true })],
          }),
        ],
      }).options[0],
    );
    expect(option.verdict).toBe('works');
    expect(texts(option.reasons)).toContain(
      'Port 587 is meant for STARTTLS, but this server speaks implicit TLS',
    );
  });

  it('rates STARTTLS on 993 as works', () => {
    const option = only(
      rank({ role: 'read', results: [result({ port: 993, security: 'starttls' })] }).options[0],
    );
    expect(option.verdict).toBe('works');
  });
});

import { describe, expect, it } from 'vitest';
import { finding, only, result, summary, texts } from './__fixtures__/results';
import { rank } from './rank';

describe('rank: inferences', () => {
  it('infers that 465 speaks plaintext when the probe found plaintext on the implicit port', () => {
    const recommendation = rank({
      role: 'send',
      results: [
        result({ port: 465, status: 'tls-failed', findings: [finding('plaintext-on-implicit-port')] }),
      ],
    });
    const expected =
      'Port 465 speaks plaintext where TLS from the first byte is expected: this server has it misconfigured.';
    expect(recommendation.inferences.map((reason) => reason.text)).toContain(expected);
    expect(only(recommendation.options[0]).reasons.map((reason) => reason.text)).toContain(expected);
    expect(recommendation.inferences.every((reason) => reason.kind === 'inferred')).toBe(true);
  });

  it('infers implicit TLS on 587 when the server greets only after TLS', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 587, status: 'no-greeting', findings: [finding('tls-expected')] })],
    });
    expect(texts(recommendation.inferences)).toContain('Port 587 greets only after TLS: use implicit TLS');
  });

  it('infers that outbound 25 is filtered when the advertised 25 timed out and 587 answered on the same host', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 25, status: 'timeout' }), result({ port: 587 })],
      sources: { 'mail.example.test:25': 'mx' },
    });
    const reason = recommendation.inferences.find((item) => item.text.startsWith('Port 25 timed out'));
    expect(reason?.kind).toBe('inferred');
    expect(reason?.text).toContain('while port 587 answered on the same host');
    expect(reason?.text).toContain('probably filtered on your network');
    // Provider names come from the knowledge base's block table, without their bracketed detail.
    expect(reason?.text).toMatch(/\(Google Cloud, .*block it\)/);
    expect(reason).toMatchObject({ confidence: 'medium' });
    expect(reason?.evidence).toEqual([
      'mail.example.test port 25 (advertised by mx): no answer',
      'mail.example.test port 587: answered (ok)',
    ]);
  });

  it('never blames your network for a port the domain did not advertise: no answer from this host, its firewall or a filter on the way', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 2525, status: 'timeout' }), result({ port: 587 })],
      sources: {
        'mail.example.test:587': 'srv _submission._tcp',
        'mail.example.test:2525': 'fallback (srv host)',
      },
    });
    expect(texts(recommendation.inferences)).not.toContain('your network filters');
    expect(texts(recommendation.inferences)).not.toContain('probably filtered on your network');
    const reason = recommendation.inferences.find((item) => item.text.startsWith('No answer on port 2525'));
    expect(reason?.text).toContain("the host's firewall, or a filter on the way");
    expect(reason).toMatchObject({ kind: 'inferred', confidence: 'medium' });
    expect(reason?.evidence?.[0]).toContain('not advertised by the domain');
  });

  it('is more confident when several hosts that advertise a port leave it silent while answering on others', () => {
    const hosts = ['mx1.example.test', 'mx2.example.test'];
    const recommendation = rank({
      role: 'relay',
      results: hosts.map((host) => result({ host, port: 25, status: 'timeout' })),
      context: hosts.map((host) => result({ host, port: 587 })),
      sources: Object.fromEntries(hosts.map((host) => [`${host}:25`, 'mx'])),
    });
    const reason = recommendation.inferences.find((item) => item.text.startsWith('Port 25 timed out'));
    expect(reason?.text).toContain('(and on 1 more host)');
    expect(reason).toMatchObject({ confidence: 'high' });
    expect(reason?.evidence).toHaveLength(4);
  });

  it('says it for certain, with the provider documentation, when the network is named', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 25, status: 'timeout' }), result({ port: 587 })],
      constraints: { network: 'gcp' },
      sources: { 'mail.example.test:25': 'mx' },
    });
    const reason = recommendation.inferences.find((item) => item.text.startsWith('Port 25 timed out'));
    expect(reason?.kind).toBe('standard');
    expect(reason?.text).toContain('blocks outbound port 25');
    expect(reason?.citation?.url).toContain('cloud.google.com');
    const option25 = recommendation.options.find((option) => option.port === 25);
    expect(option25?.verdict).toBe('unusable');
  });

  it('makes ports the named network blocks unusable even when the probe got through from here', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465 }), result({ port: 587 }), result({ port: 2525 })],
      constraints: { network: 'linode' },
    });
    expect(summary(recommendation.options)).toEqual([
      '2525 starttls works',
      '465 implicit unusable',
      '587 starttls unusable',
    ]);
    expect(texts(only(recommendation.options[2]).reasons)).toContain('Linode');
  });

  it('only lowers a port a named network may block to works', () => {
    const recommendation = rank({
      role: 'relay',
      results: [result({ port: 25 })],
      constraints: { network: 'residential' },
    });
    expect(recommendation.best?.verdict).toBe('works');
    expect(texts(recommendation.best?.reasons ?? [])).toContain('may block outbound port 25');
  });

  it('ignores a network id the knowledge base does not know', () => {
    const recommendation = rank({
      role: 'relay',
      results: [result({ port: 25 })],
      constraints: { network: 'nowhere' },
    });
    expect(recommendation.best?.verdict).toBe('recommended');
  });

  it('tells a refused port (the server does not offer it) from a filtered one when another port answered', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465, status: 'refused' }), result({ port: 587 })],
    });
    expect(texts(recommendation.inferences)).toContain(
      'Port 465 was refused while port 587 answered on the same host: the server (or a firewall in front of it) does not offer 465',
    );
    expect(texts(recommendation.inferences)).not.toContain('filtered on your network');
  });

  it('draws no filtering inference across different hosts', () => {
    const recommendation = rank({
      role: 'send',
      results: [
        result({ port: 25, status: 'timeout', host: 'a.example.test' }),
        result({ port: 587, host: 'b.example.test' }),
      ],
    });
    expect(texts(recommendation.inferences)).not.toContain('timed out while');
  });

  it('marks findings the probe itself inferred as inferred reasons', () => {
    const option = only(
      rank({
        role: 'send',
        results: [
          result({
            port: 587,
            findings: [
              finding('greeting-delayed', {
                severity: 'info',
                inferred: true,
                reference: 'RFC 5321 §4.5.3.2',
              }),
            ],
          }),
        ],
      }).options[0],
    );
    const reason = option.reasons.find((item) => item.text === 'finding greeting-delayed');
    expect(reason?.kind).toBe('inferred');
    expect(reason?.citation?.url).toBe('https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2');
  });
});

describe('rank: constraints, sources and remapped ports', () => {
  it('makes a port the user says is blocked unusable', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465 }), result({ port: 587 })],
      constraints: { blockedPorts: [465] },
    });
    expect(summary(recommendation.options)).toEqual(['587 starttls recommended', '465 implicit unusable']);
  });

  it('ranks a port to avoid lower and never recommends it', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 465 }), result({ port: 587 })],
      constraints: { avoidPorts: [465] },
    });
    expect(summary(recommendation.options)).toEqual(['587 starttls recommended', '465 implicit works']);
  });

  it('copies the source and judges a remapped port by the well-known port it stands for', () => {
    const recommendation = rank({
      role: 'send',
      results: [result({ port: 40587, security: 'starttls' }), result({ port: 40465, security: 'implicit' })],
      sources: { 'mail.example.test:40465': 'srv _submissions._tcp' },
      wellKnownPorts: { 'mail.example.test:40465': 465, 'mail.example.test:40587': 587 },
    });
    const best = only(recommendation.options[0]);
    expect(best).toMatchObject({
      port: 40465,
      wellKnownPort: 465,
      source: 'srv _submissions._tcp',
      verdict: 'recommended',
    });
    expect(only(recommendation.options[1]).source).toBeUndefined();
  });
});

describe('rank: context from other roles', () => {
  it('uses results of other roles as evidence that the host answered, without ranking them', () => {
    const submission = result({ port: 587 });
    const recommendation = rank({
      role: 'relay',
      results: [result({ port: 25, status: 'timeout' })],
      context: [submission, result({ port: 993 })],
      sources: { 'mail.example.test:25': 'mx' },
    });
    expect(recommendation.options.map((option) => option.port)).toEqual([25]);
    expect(texts(recommendation.inferences)).toContain(
      'Port 25 timed out while port 587 answered on the same host',
    );
    // The host answered on 587: "nothing answered" would contradict that.
    expect(texts(recommendation.inferences)).not.toContain('Nothing answered');
  });

  it('names the closest witness: a plaintext-first SMTP port like 587 rather than 465 or IMAP', () => {
    const recommendation = rank({
      role: 'relay',
      results: [result({ port: 25, status: 'timeout' })],
      context: [result({ port: 993 }), result({ port: 465 }), result({ port: 587 })],
      sources: { 'mail.example.test:25': 'mx' },
    });
    expect(texts(recommendation.inferences)).toContain(
      'Port 25 timed out while port 587 answered on the same host',
    );
    const without587 = rank({
      role: 'relay',
      results: [result({ port: 25, status: 'timeout' })],
      context: [result({ port: 993 }), result({ port: 465 })],
      sources: { 'mail.example.test:25': 'mx' },
    });
    expect(texts(without587.inferences)).toContain(
      'Port 25 timed out while port 465 answered on the same host',
    );
  });

  it('draws nothing from context alone', () => {
    const recommendation = rank({
      role: 'relay',
      results: [],
      context: [result({ port: 25, status: 'timeout' }), result({ port: 587 })],
    });
    expect(recommendation.inferences).toEqual([]);
  });
});

import { rank } from '@mailports/recommend';
import { describe, expect, it } from 'vitest';
import { resultsFromAnswers, resultsFromJson } from '../docs/.vitepress/theme/facts';

describe('questionnaire facts', () => {
  it('465 not answering and 587 offering STARTTLS ranks 587 STARTTLS first, with an inference', () => {
    const results = resultsFromAnswers({
      host: 'mail.example.com',
      ports: { 465: 'timeout', 587: 'starttls', 2525: 'unknown', 25: 'unknown' },
      certificateValid: true,
      authAfterTlsOnly: true,
    });
    expect(results.map((result) => result.port)).toEqual([465, 587]);
    const recommendation = rank({ role: 'send', results });
    expect(recommendation.best?.port).toBe(587);
    expect(recommendation.best?.security).toBe('starttls');
    expect(recommendation.options.find((option) => option.port === 465)?.verdict).toBe('unusable');
    expect(recommendation.inferences.length).toBeGreaterThan(0);
  });

  it('a server that accepts passwords before TLS is never recommended', () => {
    const results = resultsFromAnswers({
      host: 'mail.example.com',
      ports: { 587: 'plain' },
      certificateValid: true,
      authAfterTlsOnly: false,
    });
    const recommendation = rank({ role: 'send', results });
    expect(recommendation.best).toBeNull();
    expect(recommendation.options[0]?.verdict).toBe('works-but-insecure');
  });
});

describe('pasted JSON', () => {
  it('reads the results of a CLI document', () => {
    const results = resultsFromAnswers({
      host: 'h',
      ports: { 993: 'implicit' },
      certificateValid: true,
      authAfterTlsOnly: true,
    });
    const document = { schemaVersion: 1, tool: 'mailports', command: 'probe', kind: 'probe', results };
    expect(resultsFromJson(JSON.stringify(document))).toEqual(results);
  });

  it('refuses a document of another schema version, another command, or not JSON', () => {
    expect(() =>
      resultsFromJson('{"schemaVersion":2,"tool":"mailports","command":"probe","results":[]}'),
    ).toThrow(/schemaVersion 1/);
    expect(() =>
      resultsFromJson('{"schemaVersion":1,"tool":"mailports","command":"ports","results":[]}'),
    ).toThrow(/not of ports/);
    expect(() => resultsFromJson('nope')).toThrow(/not JSON/);
    expect(() => resultsFromJson('{"results":[{"port":1}]}')).toThrow(/Result 1/);
  });
});

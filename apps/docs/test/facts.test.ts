import { rank } from '@mailports/recommend';
import { describe, expect, it } from 'vitest';
import { rankInputFromJson, resultsFromAnswers, resultsFromJson } from '../docs/.vitepress/theme/facts';

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

/** As the command line writes it (apps/cli/schema/envelope.schema.json). */
const TOOL = { name: 'mailports', version: '0.1.0' };

describe('pasted JSON', () => {
  it('reads the results of a CLI document', () => {
    const results = resultsFromAnswers({
      host: 'h',
      ports: { 993: 'implicit' },
      certificateValid: true,
      authAfterTlsOnly: true,
    });
    const document = { schemaVersion: 1, tool: TOOL, command: 'probe', kind: 'probe', results };
    expect(resultsFromJson(JSON.stringify(document))).toEqual(results);
  });

  it('refuses a document of another schema version, another command, or not JSON', () => {
    expect(() =>
      resultsFromJson(JSON.stringify({ schemaVersion: 2, tool: TOOL, command: 'probe', results: [] })),
    ).toThrow(/schemaVersion 1/);
    expect(() =>
      resultsFromJson(JSON.stringify({ schemaVersion: 1, tool: TOOL, command: 'ports', results: [] })),
    ).toThrow(/not of ports/);
    expect(() => resultsFromJson('nope')).toThrow(/not JSON/);
    expect(() => resultsFromJson('{"results":[{"port":1}]}')).toThrow(/Result 1/);
  });

  it('from a recommend document takes the candidates of the role, their sources and remapped ports, the rest as context', () => {
    const smtp = resultsFromAnswers({
      host: 'localhost',
      ports: { 465: 'implicit', 25: 'timeout' },
      certificateValid: true,
      authAfterTlsOnly: true,
    }).map((result) => ({ ...result, port: result.port + 40000 }));
    const submission = smtp.find((result) => result.port === 40465);
    const relay = smtp.find((result) => result.port === 40025);
    if (!submission || !relay) throw new Error('two results expected');
    const document = {
      schemaVersion: 1,
      tool: TOOL,
      command: 'recommend',
      results: smtp,
      recommendations: [
        {
          role: 'send',
          options: [
            { host: 'localhost', port: submission.port, source: 'srv _submissions._tcp', wellKnownPort: 465 },
          ],
        },
        {
          role: 'relay',
          options: [{ host: 'localhost', port: relay.port, source: 'mx', wellKnownPort: 25 }],
        },
        { role: 'read', options: [] },
      ],
    };
    const text = JSON.stringify(document);
    expect(rankInputFromJson(text, 'send')).toEqual({
      results: [submission],
      context: smtp,
      sources: { [`localhost:${submission.port}`]: 'srv _submissions._tcp' },
      wellKnownPorts: { [`localhost:${submission.port}`]: 465 },
      stated: {},
    });
    expect(rankInputFromJson(text, 'relay').results).toEqual([relay]);
    // No options for the role: every result, as from probe output.
    expect(rankInputFromJson(text, 'read')).toEqual({ results: smtp });
    const ranked = rank({ role: 'send', ...rankInputFromJson(text, 'send') });
    expect(ranked.best?.wellKnownPort).toBe(465);
    expect(ranked.best?.source).toBe('srv _submissions._tcp');
  });
});

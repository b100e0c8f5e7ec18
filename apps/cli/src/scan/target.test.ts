import { describe, expect, it } from 'vitest';
import { inShard, parseTarget, stableHash, TargetError } from './target';

describe('parseTarget', () => {
  it('reads domains, addresses, hosts with ports and IPv6 literals', () => {
    expect(parseTarget('Example.COM.', 25)).toEqual({
      kind: 'domain',
      domain: 'example.com',
      key: 'example.com',
    });
    expect(parseTarget('alice@example.com', 25)).toMatchObject({ kind: 'domain', key: 'example.com' });
    expect(parseTarget('mx.example.com:2525', 25)).toEqual({
      kind: 'endpoint',
      host: 'mx.example.com',
      port: 2525,
      key: 'mx.example.com:2525',
    });
    expect(parseTarget('192.0.2.7', 25)).toMatchObject({ kind: 'endpoint', host: '192.0.2.7', port: 25 });
    expect(parseTarget('  192.0.2.7:587 ', 25)).toMatchObject({ key: '192.0.2.7:587' });
    expect(parseTarget('2001:DB8::1', 25)).toMatchObject({ host: '2001:db8::1', key: '[2001:db8::1]:25' });
    expect(parseTarget('[::1]:2525', 25)).toMatchObject({ host: '::1', port: 2525 });
  });

  it('writes an internationalised name as its A-labels, so one domain has one key', () => {
    const expected = { kind: 'domain', domain: 'xn--bcher-kva.example', key: 'xn--bcher-kva.example' };
    expect(parseTarget('bücher.example', 25)).toEqual(expected);
    expect(parseTarget('BÜCHER.Example.', 25)).toEqual(expected);
    expect(parseTarget('xn--bcher-kva.example', 25)).toEqual(expected);
    expect(parseTarget('alice@bücher.example', 25)).toEqual(expected);
    expect(parseTarget('mx.bücher.example:2525', 25)).toMatchObject({
      host: 'mx.xn--bcher-kva.example',
      key: 'mx.xn--bcher-kva.example:2525',
    });
  });

  it('names what is wrong with a line that is not a target', () => {
    for (const [line, words] of [
      ['two words', 'one word'],
      ['https://example.com', 'URL'],
      ['host:99999', 'out of range'],
      ['host:port', 'not a port'],
      ['-bad-.example', 'host name'],
      ['[nonsense]:25', 'IPv6'],
      ['@example.com', 'local part'],
      ['a'.repeat(300), 'too long'],
      ['127.1', 'ends in a number'],
      ['10.0.0:25', 'ends in a number'],
      ['bad\u2024name.example', 'no IDNA form'],
    ] as const) {
      expect(() => parseTarget(line, 25), line).toThrow(TargetError);
      expect(() => parseTarget(line, 25), line).toThrow(words);
    }
  });
});

describe('shards', () => {
  it('put every target in exactly one shard, the same one on every run', () => {
    const keys = Array.from({ length: 200 }, (_, index) => `domain-${index}.example`);
    const owners = keys.map((key) => [0, 1, 2].filter((index) => inShard(key, { index, count: 3 })));
    expect(owners.every((list) => list.length === 1)).toBe(true);
    expect(new Set(owners.map((list) => list[0])).size).toBe(3);
    expect(stableHash('example.com')).toBe(stableHash('example.com'));
    // Pinned: a shard split must not change between versions or machines.
    expect(stableHash('example.com')).toBe(0xa379a6f6eeaf);
  });
});

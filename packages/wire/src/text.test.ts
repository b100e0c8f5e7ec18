import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isIpLiteral } from './text';

describe('isIpLiteral', () => {
  it('agrees with node:net on addresses and non-addresses', () => {
    const samples = [
      '127.0.0.1',
      '255.255.255.255',
      '256.1.1.1',
      '1.2.3',
      '01.2.3.4',
      '::1',
      '::',
      'fe80::1',
      '2001:db8::1:2:3:4:5',
      '2001:db8:0:0:0:0:2:1',
      '1:2:3:4:5:6:7:8:9',
      '::ffff:192.0.2.1',
      ':::1',
      '1::2::3',
      'mail.example.com',
      'g::1',
      '',
    ];
    for (const sample of samples) expect(isIpLiteral(sample), sample).toBe(isIP(sample) !== 0);
  });

  it('accepts an IPv6 literal in brackets', () => {
    expect(isIpLiteral('[::1]')).toBe(true);
    expect(isIpLiteral('[mail.example.com]')).toBe(false);
  });
});

describe('the text entry', () => {
  it('imports no Node built-in, so the docs site and recommend can load it in a browser', () => {
    for (const file of ['text.ts', 'display.ts', 'ip-literal.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|[a-z]+['"])/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { defaultEhloName, FALLBACK_EHLO_NAME, isSaneEhloName } from './ehlo-name';

describe('defaultEhloName', () => {
  it('uses a fully qualified machine name, lower-cased', () => {
    expect(defaultEhloName('Probe-1.Example.NET')).toBe('probe-1.example.net');
  });

  it('drops the root dot of a fully qualified name', () => {
    expect(defaultEhloName('probe.example.net.')).toBe('probe.example.net');
  });

  it.each([
    'localhost',
    'localhost.localdomain',
    'localhost6.localdomain6',
    'ip6-localhost',
    'buildbox.localdomain',
    'web.localhost',
    'buildbox',
    '',
    'under_score.example.com',
    '-bad.example.com',
    '10.0.0.1',
    `${'a'.repeat(64)}.example.com`,
  ])('falls back to mailports.invalid for %j', (machineName) => {
    expect(defaultEhloName(machineName)).toBe(FALLBACK_EHLO_NAME);
  });

  it('is never localhost for this machine', () => {
    expect(defaultEhloName()).not.toMatch(/localhost/i);
    expect(isSaneEhloName(defaultEhloName())).toBe(true);
  });
});

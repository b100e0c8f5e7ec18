import { describe, expect, it } from 'vitest';
import { resolveSecurity } from './probe';

describe('resolveSecurity', () => {
  it('uses implicit TLS for auto mode on 465 only', () => {
    expect(resolveSecurity('auto', 465)).toBe('implicit');
    expect(resolveSecurity('auto', 587)).toBe('starttls-optional');
    expect(resolveSecurity('auto', 25)).toBe('starttls-optional');
    expect(resolveSecurity('auto', 2525)).toBe('starttls-optional');
  });

  it('follows an explicit mode on any port', () => {
    expect(resolveSecurity('implicit', 587)).toBe('implicit');
    expect(resolveSecurity('starttls', 465)).toBe('starttls-required');
    expect(resolveSecurity('plain', 465)).toBe('plain');
  });
});

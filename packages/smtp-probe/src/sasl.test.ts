import { describe, expect, it } from 'vitest';
import { clearExposure } from './sasl';

describe('clearExposure', () => {
  it('sorts mechanisms by what they expose in clear, per the SASL registry', () => {
    expect(
      clearExposure(['PLAIN', 'LOGIN', 'CRAM-MD5', 'SCRAM-SHA-256-PLUS', 'XOAUTH2', 'X-UNKNOWN']),
    ).toEqual({
      password: ['PLAIN', 'LOGIN'],
      replayable: ['XOAUTH2'],
    });
  });

  it('exposes nothing for challenge-response mechanisms only', () => {
    expect(clearExposure(['CRAM-MD5', 'SCRAM-SHA-1'])).toEqual({ password: [], replayable: [] });
  });
});

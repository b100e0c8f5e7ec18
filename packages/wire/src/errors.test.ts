import { describe, expect, it } from 'vitest';
import { WIRE_ERROR_CODES, WireError } from './errors';

describe('WireError', () => {
  it('maps each code to the port status a probe reports', () => {
    expect(new WireError('E_REFUSED', 'refused').status).toBe('refused');
    expect(new WireError('E_CONNECT_TIMEOUT', 'no answer').status).toBe('timeout');
    expect(new WireError('E_GREETING_TIMEOUT', 'silent').status).toBe('no-greeting');
    expect(new WireError('E_TLS_HANDSHAKE', 'bad').status).toBe('tls-failed');
  });

  it('is recognised across package copies by its marker, not its prototype', () => {
    const error = new WireError('E_RESET', 'reset', { step: 'greeting', cause: new Error('ECONNRESET') });
    const copy = Object.assign(Object.create(Error.prototype), error);
    expect(WireError.isInstance(error)).toBe(true);
    expect(WireError.isInstance(new Error('plain'))).toBe(false);
    expect(error.step).toBe('greeting');
    expect(error.cause).toBeInstanceOf(Error);
    expect(copy instanceof WireError).toBe(false);
  });

  it('has a description for every code in one style', () => {
    for (const [code, entry] of Object.entries(WIRE_ERROR_CODES)) {
      expect(code).toMatch(/^E_[A-Z_]+$/);
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });
});

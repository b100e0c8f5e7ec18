import { describe, expect, it } from 'vitest';
import { WireError } from './errors';
import { describeStatus } from './status';
import { DEFAULT_TIMEOUTS } from './timeouts';
import type { PortStatus } from './types';

const ALL: PortStatus[] = [
  'ok',
  'refused',
  'timeout',
  'no-greeting',
  'reset',
  'closed',
  'tls-failed',
  'rejected',
  'protocol-error',
  'dns-failed',
  'unreachable',
  'aborted',
];

describe('describeStatus', () => {
  it('calls a connect timeout "no answer" with the seconds waited, never "blocked"', () => {
    const text = describeStatus('timeout', { port: 25, timeouts: { ...DEFAULT_TIMEOUTS, connect: 2500 } });
    expect(text).toMatch(/^No answer on port 25 within 2.5 s/);
  });

  it('never says "blocked" for any status', () => {
    for (const status of ALL) {
      const text = describeStatus(status, { port: 587, timeouts: DEFAULT_TIMEOUTS });
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/block/i);
    }
  });

  it('uses the timeout of the step that ran out', () => {
    const timeouts = {
      ...DEFAULT_TIMEOUTS,
      greeting: 30_000,
      command: 7000,
      tls: 3000,
      overall: 90_000,
      dns: 1500,
    };
    expect(describeStatus('no-greeting', { port: 25, timeouts })).toContain('30 s');
    const readTimeout = new WireError('E_READ_TIMEOUT', 'No reply');
    expect(describeStatus('protocol-error', { port: 25, timeouts, error: readTimeout })).toContain('7 s');
    expect(
      describeStatus('tls-failed', { port: 465, timeouts, error: new WireError('E_TLS_TIMEOUT', 'x') }),
    ).toContain('3 s');
    expect(
      describeStatus('aborted', { port: 25, timeouts, error: new WireError('E_DEADLINE', 'x') }),
    ).toContain('90 s');
    expect(
      describeStatus('dns-failed', { port: 25, timeouts, error: new WireError('E_DNS_TIMEOUT', 'x') }),
    ).toContain('1.5 s');
  });

  it('carries the error message for a failed handshake', () => {
    const error = new WireError('E_TLS_HANDSHAKE', 'The server did not answer with TLS.');
    expect(describeStatus('tls-failed', { port: 465, timeouts: DEFAULT_TIMEOUTS, error })).toBe(
      'The TLS handshake on port 465 failed. The server did not answer with TLS.',
    );
  });
});

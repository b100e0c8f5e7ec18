import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runProbeOptionsOf, tlsOptionsOf } from './probe-options';

describe('runProbeOptionsOf', () => {
  it('passes host, port, mode and the given addresses, lookup, timeouts, limits, signal and transcript through', () => {
    const signal = new AbortController().signal;
    const lookup: LookupFunction = (_name, _options, callback) => callback(null, []);
    const options = {
      host: 'mail.example.com',
      address: '127.0.0.1',
      addresses: ['127.0.0.3', '127.0.0.1'],
      lookup,
      timeouts: { greeting: 100 },
      limits: { maxBytes: 1000 },
      signal,
      transcript: false,
      servername: false as const,
      credentials: { username: 'alice', password: 'secret' },
    };
    expect(runProbeOptionsOf('imap', options, { port: 143, mode: 'auto' })).toEqual({
      protocol: 'imap',
      host: 'mail.example.com',
      port: 143,
      mode: 'auto',
      address: '127.0.0.1',
      addresses: ['127.0.0.3', '127.0.0.1'],
      lookup,
      timeouts: { greeting: 100 },
      limits: { maxBytes: 1000 },
      signal,
      transcript: false,
    });
  });

  it('leaves out what was not given', () => {
    expect(runProbeOptionsOf('smtp', { host: 'mx.example' }, { port: 25, mode: 'plain' })).toEqual({
      protocol: 'smtp',
      host: 'mx.example',
      port: 25,
      mode: 'plain',
    });
  });
});

describe('tlsOptionsOf', () => {
  it('keeps servername (false included) and ca, nothing else', () => {
    expect(tlsOptionsOf({ servername: false, ca: 'PEM' })).toEqual({ servername: false, ca: 'PEM' });
    expect(tlsOptionsOf({})).toEqual({});
  });
});

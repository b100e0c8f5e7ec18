import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WireError } from './errors';
import { mapSocketError } from './socket-errors';
import { tcpConnect, tlsNames } from './transport';

describe('tcpConnect', () => {
  it('fails with E_CONNECT_TIMEOUT and destroys the socket when no connect ever happens', async () => {
    // A socket that is never told to connect stands in for a SYN into a black hole.
    const silent = new Socket();
    const outcome = await tcpConnect('127.0.0.1', 9, { timeout: 60, createSocket: () => silent }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(WireError.isInstance(outcome) && outcome.code).toBe('E_CONNECT_TIMEOUT');
    expect(WireError.isInstance(outcome) && outcome.status).toBe('timeout');
    expect(silent.destroyed).toBe(true);
  });

  it('is abortable while waiting for the connect', async () => {
    const silent = new Socket();
    const controller = new AbortController();
    const pending = tcpConnect('127.0.0.1', 9, {
      timeout: 10_000,
      signal: controller.signal,
      createSocket: () => silent,
    }).then(
      () => null,
      (error: unknown) => error,
    );
    controller.abort();
    const outcome = await pending;
    expect(WireError.isInstance(outcome) && outcome.code).toBe('E_ABORTED');
    expect(silent.destroyed).toBe(true);
  });
});

describe('mapSocketError', () => {
  it('maps Node socket codes to the catalogue', () => {
    const cases: Array<[string, string]> = [
      ['ECONNREFUSED', 'E_REFUSED'],
      ['ETIMEDOUT', 'E_CONNECT_TIMEOUT'],
      ['EHOSTUNREACH', 'E_UNREACHABLE'],
      ['ENETUNREACH', 'E_UNREACHABLE'],
      ['ECONNRESET', 'E_RESET'],
      ['EPIPE', 'E_RESET'],
      ['ENOTFOUND', 'E_DNS'],
      ['EAI_AGAIN', 'E_DNS'],
    ];
    for (const [code, expected] of cases) {
      const error = mapSocketError(Object.assign(new Error(code), { code }), 'connect');
      expect(error.code).toBe(expected);
      expect(error.step).toBe('connect');
      expect(error.message).toContain(code);
    }
  });

  it('keeps a WireError and falls back for unknown codes', () => {
    const original = new WireError('E_CLOSED', 'closed');
    expect(mapSocketError(original, 'x')).toBe(original);
    expect(mapSocketError(new Error('odd'), 'read', 'E_PROTOCOL').code).toBe('E_PROTOCOL');
  });
});

describe('tlsNames', () => {
  it('sends SNI for names, none for IPs or when disabled, and always checks a name', () => {
    expect(tlsNames('mail.example.org')).toEqual({
      servername: 'mail.example.org',
      checkedName: 'mail.example.org',
    });
    expect(tlsNames('192.0.2.1')).toEqual({ servername: null, checkedName: '192.0.2.1' });
    expect(tlsNames('[2001:db8::1]')).toEqual({ servername: null, checkedName: '2001:db8::1' });
    expect(tlsNames('mail.example.org', { servername: false })).toEqual({
      servername: null,
      checkedName: 'mail.example.org',
    });
    expect(tlsNames('bücher.example.')).toEqual({
      servername: 'xn--bcher-kva.example',
      checkedName: 'xn--bcher-kva.example',
    });
    expect(tlsNames('192.0.2.1', { servername: 'mx.example.org' })).toEqual({
      servername: 'mx.example.org',
      checkedName: 'mx.example.org',
    });
  });
});

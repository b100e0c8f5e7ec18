import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { failure } from './__fixtures__/servers';
import { WireError } from './errors';
import { resolveHost } from './resolve';
import { isIpAddress, validateLine } from './validate';

const lookupReturning =
  (addresses: string[]): LookupFunction =>
  (_host, _options, callback) =>
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })) as never);

describe('resolveHost', () => {
  it('passes IP literals through without a lookup, brackets removed', async () => {
    const lookup: LookupFunction = () => {
      throw new Error('must not be called');
    };
    expect(await resolveHost('127.0.0.1', { lookup })).toEqual(['127.0.0.1']);
    expect(await resolveHost('[::1]', { lookup })).toEqual(['::1']);
  });

  it('returns every address in the resolver order', async () => {
    expect(await resolveHost('mail.example.test', { lookup: lookupReturning(['127.0.0.2', '::1']) })).toEqual(
      ['127.0.0.2', '::1'],
    );
  });

  it('looks up international names in their ASCII form', async () => {
    const asked: string[] = [];
    const lookup: LookupFunction = (host, _options, callback) => {
      asked.push(host);
      callback(null, [{ address: '127.0.0.3', family: 4 }] as never);
    };
    expect(await resolveHost('bücher.example', { lookup })).toEqual(['127.0.0.3']);
    expect(asked).toEqual(['xn--bcher-kva.example']);
  });

  it('maps ENOTFOUND and EAI_AGAIN to E_DNS', async () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN']) {
      const lookup: LookupFunction = (_host, _options, callback) =>
        callback(Object.assign(new Error(`getaddrinfo ${code}`), { code }), '', 4);
      const error = await failure(resolveHost('nowhere.invalid', { lookup }));
      expect(error.code).toBe('E_DNS');
      expect(error.status).toBe('dns-failed');
      expect(error.step).toBe('dns');
    }
  });

  it('treats an empty answer as E_DNS', async () => {
    expect((await failure(resolveHost('empty.test', { lookup: lookupReturning([]) }))).code).toBe('E_DNS');
  });

  it('stops waiting for a resolver that never answers: E_DNS_TIMEOUT', async () => {
    const error = await failure(resolveHost('slow.test', { timeout: 50, lookup: () => {} }));
    expect(error.code).toBe('E_DNS_TIMEOUT');
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const pending = failure(resolveHost('slow.test', { signal: controller.signal, lookup: () => {} }));
    controller.abort();
    expect((await pending).code).toBe('E_ABORTED');
  });
});

describe('validateLine', () => {
  it('rejects CR, LF and NUL with E_INVALID_INPUT naming the value', () => {
    for (const value of ['a\rb', 'a\nb', 'a\0b']) {
      expect(() => validateLine(value, 'EHLO name')).toThrowError(/EHLO name contains/);
    }
    try {
      validateLine('x\r\nQUIT', 'User name');
    } catch (error) {
      expect(WireError.isInstance(error) && error.code).toBe('E_INVALID_INPUT');
    }
  });

  it('accepts ordinary lines, including UTF-8', () => {
    expect(() => validateLine('EHLO mail.example.org', 'EHLO')).not.toThrow();
    expect(() => validateLine('EHLO bücher.example', 'EHLO')).not.toThrow();
  });
});

describe('isIpAddress', () => {
  it('recognises IPv4, IPv6 and bracketed IPv6, not names', () => {
    expect(isIpAddress('192.0.2.1')).toBe(true);
    expect(isIpAddress('2001:db8::1')).toBe(true);
    expect(isIpAddress('[2001:db8::1]')).toBe(true);
    expect(isIpAddress('mail.example.org')).toBe(false);
    expect(isIpAddress('256.1.1.1')).toBe(false);
  });
});

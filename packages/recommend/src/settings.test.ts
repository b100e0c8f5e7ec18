import { describe, expect, it } from 'vitest';
import { result } from './__fixtures__/results';
import { childText, children, parseXml } from './__fixtures__/xml';
import { RecommendError } from './errors';
import { rank } from './rank';
import { nodemailerOptions, settingsTable, thunderbirdConfig } from './settings';
import type { RankedOption } from './types';

function option(overrides: Partial<RankedOption>): RankedOption {
  return {
    host: 'mail.example.test',
    port: 465,
    protocol: 'smtp',
    security: 'implicit',
    authMechanisms: ['PLAIN', 'LOGIN'],
    verdict: 'recommended',
    score: 395,
    reasons: [],
    ...overrides,
  };
}

describe('nodemailerOptions', () => {
  it('sets secure for implicit TLS and leaves requireTLS off', () => {
    expect(nodemailerOptions(option({}), { user: 'ann@example.test' })).toEqual({
      host: 'mail.example.test',
      port: 465,
      secure: true,
      requireTLS: false,
      auth: { user: 'ann@example.test' },
    });
  });

  it('is a plain record, as the contract promises', () => {
    const record: Record<string, unknown> = nodemailerOptions(option({}));
    expect(Object.keys(record).sort()).toEqual(['host', 'port', 'requireTLS', 'secure']);
  });

  it('sets requireTLS for STARTTLS so that AUTH never goes out before the upgrade', () => {
    expect(nodemailerOptions(option({ port: 587, security: 'starttls' }))).toEqual({
      host: 'mail.example.test',
      port: 587,
      secure: false,
      requireTLS: true,
    });
  });

  it('never carries a password, even when one is passed along by mistake', () => {
    const account = { user: 'ann', pass: 'secret' } as { user: string };
    expect(JSON.stringify(nodemailerOptions(option({}), account))).not.toContain('secret');
  });

  it('names the certificate to expect when the host is an IP address', () => {
    expect(nodemailerOptions(option({ host: '127.0.0.1' }), { servername: 'localhost' }).tls).toEqual({
      servername: 'localhost',
    });
    expect(nodemailerOptions(option({}), { servername: 'localhost' }).tls).toBeUndefined();
  });

  it('throws E_WRONG_PROTOCOL for a mailbox option', () => {
    expect(() => nodemailerOptions(option({ protocol: 'imap', port: 993 }))).toThrowError(RecommendError);
    try {
      nodemailerOptions(option({ protocol: 'imap', port: 993 }));
    } catch (error) {
      expect((error as RecommendError).code).toBe('E_WRONG_PROTOCOL');
    }
  });
});

describe('thunderbirdConfig', () => {
  const read = rank({
    role: 'read',
    results: [result({ port: 143 }), result({ port: 993 }), result({ port: 110, status: 'timeout' })],
  });
  const send = rank({
    role: 'send',
    results: [result({ port: 587 }), result({ port: 465, mechanisms: ['PLAIN', 'CRAM-MD5'] })],
  });

  it('writes a well-formed config-v1.1 document with incoming and outgoing servers in rank order', () => {
    const document = parseXml(
      thunderbirdConfig({ domain: 'example.test', incoming: read.options, outgoing: send.options }),
    );
    expect(document.name).toBe('clientConfig');
    expect(document.attributes['version']).toBe('1.1');
    const [provider] = children(document, 'emailProvider');
    if (!provider) throw new Error('no emailProvider');
    expect(provider.attributes['id']).toBe('example.test');
    expect(childText(provider, 'domain')).toBe('example.test');
    const incoming = children(provider, 'incomingServer');
    expect(
      incoming.map((server) => [
        server.attributes['type'],
        childText(server, 'port'),
        childText(server, 'socketType'),
      ]),
    ).toEqual([
      ['imap', '993', 'SSL'],
      ['imap', '143', 'STARTTLS'],
    ]);
    const outgoing = children(provider, 'outgoingServer');
    expect(
      outgoing.map((server) => [
        server.attributes['type'],
        childText(server, 'port'),
        childText(server, 'socketType'),
      ]),
    ).toEqual([
      ['smtp', '465', 'SSL'],
      ['smtp', '587', 'STARTTLS'],
    ]);
    const first = outgoing[0];
    if (!first) throw new Error('no outgoing server');
    expect(childText(first, 'hostname')).toBe('mail.example.test');
    expect(childText(first, 'username')).toBe('%EMAILADDRESS%');
    expect(children(first, 'authentication').map((element) => element.text)).toEqual([
      'password-cleartext',
      'password-encrypted',
    ]);
  });

  it('labels a plaintext option plain and leaves unusable options out', () => {
    const insecure = rank({
      role: 'read',
      results: [result({ port: 110, security: 'plain', beforeTls: ['USER'] })],
    });
    const text = thunderbirdConfig({
      domain: 'example.test',
      incoming: [...insecure.options, ...read.options],
      outgoing: [],
    });
    const provider = children(parseXml(text), 'emailProvider')[0];
    if (!provider) throw new Error('no emailProvider');
    const socketTypes = children(provider, 'incomingServer').map((server) => childText(server, 'socketType'));
    expect(socketTypes).toEqual(['plain', 'SSL', 'STARTTLS']);
    expect(text).not.toContain('<port>110</port>\n      <socketType>STARTTLS');
  });

  it('escapes host names from DNS so that the document stays well-formed', () => {
    const hostile = option({ host: 'a<b>&"c\u0001' });
    const text = thunderbirdConfig({
      domain: 'x&y',
      email: 'ann@other.test',
      incoming: [],
      outgoing: [hostile],
    });
    const provider = children(parseXml(text), 'emailProvider')[0];
    if (!provider) throw new Error('no emailProvider');
    expect(childText(children(provider, 'outgoingServer')[0] ?? provider, 'hostname')).toBe('a<b>&"c');
    expect(children(provider, 'domain').map((element) => element.text)).toEqual(['x&y', 'other.test']);
  });
});

describe('settingsTable', () => {
  it('lists the best option of each role as clients label it, and skips roles without one', () => {
    const read = rank({ role: 'read', results: [result({ port: 143 })] });
    const send = rank({ role: 'send', results: [result({ port: 465 })] });
    const relay = rank({ role: 'relay', results: [result({ port: 25, status: 'timeout' })] });
    expect(settingsTable([send, read, relay])).toEqual([
      {
        role: 'send',
        protocol: 'smtp',
        server: 'mail.example.test',
        port: 465,
        security: 'SSL/TLS',
        authentication: 'Normal password',
      },
      {
        role: 'read',
        protocol: 'imap',
        server: 'mail.example.test',
        port: 143,
        security: 'STARTTLS',
        authentication: 'Normal password',
      },
    ]);
  });

  it('labels an insecure best option None when TLS is not required', () => {
    const send = rank({
      role: 'send',
      results: [result({ port: 587, security: 'plain' })],
      constraints: { requireTls: false },
    });
    expect(settingsTable([send])[0]?.security).toBe('None');
  });
});

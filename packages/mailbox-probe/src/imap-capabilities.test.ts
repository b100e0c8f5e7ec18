import { describe, expect, it } from 'vitest';
import { diffCapabilities, parseImapCapabilities, splitCapabilityAtoms } from './imap-capabilities';

describe('parseImapCapabilities', () => {
  it('types the well-known atoms case-insensitively', () => {
    const capabilities = parseImapCapabilities(
      splitCapabilityAtoms(
        'imap4rev1 IMAP4rev2 StartTLS logindisabled auth=plain AUTH=SCRAM-SHA-256 SASL-IR idle ID',
      ),
    );
    expect(capabilities).toMatchObject({
      imap4rev1: true,
      imap4rev2: true,
      starttls: true,
      loginDisabled: true,
      authMechanisms: ['PLAIN', 'SCRAM-SHA-256'],
      saslIr: true,
      idle: true,
      id: true,
      other: [],
    });
  });

  it('keeps unknown atoms once, upper-cased, and the raw list as sent', () => {
    const capabilities = parseImapCapabilities([
      'IMAP4rev1',
      'LITERAL+',
      'literal+',
      'AUTH=PLAIN',
      'AUTH=plain',
    ]);
    expect(capabilities.other).toEqual(['LITERAL+']);
    expect(capabilities.authMechanisms).toEqual(['PLAIN']);
    expect(capabilities.raw).toEqual(['IMAP4rev1', 'LITERAL+', 'literal+', 'AUTH=PLAIN', 'AUTH=plain']);
    expect(capabilities.starttls).toBe(false);
  });

  it('splits atoms on runs of spaces', () => {
    expect(splitCapabilityAtoms(' IMAP4rev1   IDLE ')).toEqual(['IMAP4rev1', 'IDLE']);
  });
});

describe('diffCapabilities', () => {
  it('lists what TLS added and removed, ignoring case', () => {
    expect(
      diffCapabilities(['IMAP4rev1', 'STARTTLS', 'LOGINDISABLED'], ['imap4rev1', 'AUTH=PLAIN', 'AUTH=LOGIN']),
    ).toEqual({ added: ['AUTH=PLAIN', 'AUTH=LOGIN'], removed: ['STARTTLS', 'LOGINDISABLED'] });
  });

  it('is empty for the same set in another order', () => {
    expect(diffCapabilities(['A', 'b'], ['B', 'a'])).toEqual({ added: [], removed: [] });
  });
});

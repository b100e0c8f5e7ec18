import { WireError } from '@mailports/wire';
import { describe, expect, it } from 'vitest';
import { parsePop3Capabilities, pop3CapabilityTokens } from './pop3-capabilities';
import { apopTimestamp, parsePop3Line, readPop3MultiLine } from './pop3-reply';

function lines(values: string[]) {
  const queue = [...values];
  return {
    async readLine() {
      const next = queue.shift();
      if (next === undefined) throw new WireError('E_CLOSED', 'closed');
      return next;
    },
  };
}

describe('parsePop3Line', () => {
  it('reads +OK and -ERR with RFC 2449 response codes', () => {
    expect(parsePop3Line('+OK POP3 ready')).toEqual({
      kind: 'status',
      ok: true,
      code: null,
      text: 'POP3 ready',
      raw: '+OK POP3 ready',
    });
    expect(parsePop3Line('-ERR [IN-USE] mailbox locked')).toMatchObject({
      ok: false,
      code: 'IN-USE',
      text: 'mailbox locked',
    });
    expect(parsePop3Line('-ERR [SYS/TEMP] later')).toMatchObject({ code: 'SYS/TEMP' });
    expect(parsePop3Line('+OK')).toMatchObject({ ok: true, text: '' });
    expect(parsePop3Line('+ok fine')).toMatchObject({ ok: true });
  });

  it('reads SASL continuations', () => {
    expect(parsePop3Line('+ ')).toEqual({ kind: 'continuation', text: '', raw: '+ ' });
  });

  it('rejects anything else', () => {
    for (const line of ['* OK IMAP4rev1', '220 ready', '+OKAY', 'OK', '']) {
      expect(() => parsePop3Line(line), line).toThrowError(expect.objectContaining({ code: 'E_PROTOCOL' }));
    }
  });
});

describe('apopTimestamp', () => {
  it('finds the RFC 1939 timestamp in a greeting', () => {
    expect(apopTimestamp('+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>')).toBe(
      '<1896.697170952@dbc.mtview.ca.us>',
    );
  });

  it('is null without one', () => {
    expect(apopTimestamp('+OK Dovecot ready.')).toBeNull();
    expect(apopTimestamp('+OK <no-at-sign>')).toBeNull();
  });
});

describe('readPop3MultiLine', () => {
  it('stops at the lone dot and removes dot-stuffing', async () => {
    expect(await readPop3MultiLine(lines(['USER', '..hidden', '.', 'after']), { maxLines: 10 })).toEqual([
      'USER',
      '.hidden',
    ]);
  });

  it('fails once the reply passes the line limit', async () => {
    const endless = { readLine: async () => 'X' };
    await expect(readPop3MultiLine(endless, { maxLines: 5 })).rejects.toMatchObject({
      code: 'E_TOO_MANY_LINES',
    });
  });

  it('passes the source error on when the reply is cut short', async () => {
    await expect(readPop3MultiLine(lines(['TOP']), { maxLines: 5 })).rejects.toMatchObject({
      code: 'E_CLOSED',
    });
  });
});

describe('parsePop3Capabilities', () => {
  it('types the RFC 2449 and RFC 2595 keywords', () => {
    const capabilities = parsePop3Capabilities([
      'TOP',
      'user',
      'SASL PLAIN login',
      'STLS',
      'UIDL',
      'PIPELINING',
      'RESP-CODES',
      'AUTH-RESP-CODE',
      'EXPIRE NEVER',
      'LOGIN-DELAY 900',
      'IMPLEMENTATION Dovecot v2.3',
      'X-CUSTOM 1',
      '',
    ]);
    expect(capabilities).toMatchObject({
      user: true,
      saslMechanisms: ['PLAIN', 'LOGIN'],
      stls: true,
      top: true,
      uidl: true,
      pipelining: true,
      respCodes: true,
      authRespCode: true,
      utf8: false,
      implementation: 'Dovecot v2.3',
      expire: 'NEVER',
      loginDelay: '900',
      other: ['X-CUSTOM'],
    });
  });

  it('has nothing for an empty CAPA', () => {
    expect(parsePop3Capabilities([])).toMatchObject({
      user: false,
      saslMechanisms: [],
      stls: false,
      other: [],
    });
  });

  it('turns a set into comparable tokens without the implementation text', () => {
    const tokens = pop3CapabilityTokens(
      parsePop3Capabilities(['USER', 'SASL PLAIN', 'IMPLEMENTATION x', 'STLS']),
    );
    expect(tokens).toEqual(['USER', 'STLS', 'SASL PLAIN']);
  });
});

import { WireError } from '@mailports/wire';
import { describe, expect, it } from 'vitest';
import { type ImapByteSource, parseImapLine, parseResponseText, readImapResponse } from './imap-response';

/** An in-memory line/byte source: the framing itself is wire's job and tested there. */
function source(chunks: Array<string | Buffer>): ImapByteSource & { bytesRequested: number[] } {
  const queue = [...chunks];
  const bytesRequested: number[] = [];
  return {
    bytesRequested,
    async readLine() {
      const next = queue.shift();
      if (typeof next !== 'string') throw new WireError('E_CLOSED', 'closed');
      return next;
    },
    async readBytes(n: number) {
      bytesRequested.push(n);
      const next = queue.shift();
      if (!Buffer.isBuffer(next) || next.length !== n) throw new WireError('E_CLOSED', 'closed');
      return next;
    },
  };
}

const limits = { maxLiteralSize: 1024, maxLinesPerReply: 8 };

describe('parseImapLine', () => {
  it('reads a greeting with a CAPABILITY code', () => {
    const response = parseImapLine('* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.');
    expect(response).toMatchObject({
      kind: 'untagged',
      type: 'OK',
      status: 'OK',
      number: null,
      code: { name: 'CAPABILITY', args: 'IMAP4rev1 STARTTLS LOGINDISABLED' },
      text: 'Dovecot ready.',
    });
  });

  it('reads PREAUTH and BYE as status responses, case-insensitively', () => {
    expect(parseImapLine('* preauth welcome')).toMatchObject({ type: 'PREAUTH', status: 'PREAUTH' });
    expect(parseImapLine('* BYE go away')).toMatchObject({ type: 'BYE', status: 'BYE', text: 'go away' });
  });

  it('reads tagged completions with codes and without text', () => {
    expect(parseImapLine('A1 OK [ALERT] mind the gap')).toEqual({
      kind: 'tagged',
      tag: 'A1',
      status: 'OK',
      code: { name: 'ALERT', args: '' },
      text: 'mind the gap',
      raw: 'A1 OK [ALERT] mind the gap',
    });
    expect(parseImapLine('A2 no')).toMatchObject({ tag: 'A2', status: 'NO', code: null, text: '' });
  });

  it('reads numbered data responses and continuations', () => {
    expect(parseImapLine('* 54321 EXISTS')).toMatchObject({ type: 'EXISTS', number: 54321, status: null });
    expect(parseImapLine('* CAPABILITY IMAP4rev2 IDLE')).toMatchObject({
      type: 'CAPABILITY',
      text: 'IMAP4rev2 IDLE',
    });
    expect(parseImapLine('+ ')).toEqual({ kind: 'continuation', text: '', raw: '+ ' });
    expect(parseImapLine('+')).toEqual({ kind: 'continuation', text: '', raw: '+' });
  });

  it('rejects lines that are not IMAP responses', () => {
    for (const line of ['220 smtp.example.com ESMTP', '+OK POP3 ready', 'A1 MAYBE', '*', '* ', '']) {
      expect(() => parseImapLine(line), line).toThrowError(expect.objectContaining({ code: 'E_PROTOCOL' }));
    }
  });
});

describe('parseResponseText', () => {
  it('splits a code with arguments from the text', () => {
    expect(parseResponseText('[REFERRAL IMAP://;AUTH=*@attacker.example.org:243/] try there')).toEqual({
      code: { name: 'REFERRAL', args: 'IMAP://;AUTH=*@attacker.example.org:243/' },
      text: 'try there',
    });
  });

  it('leaves an unterminated bracket as plain text', () => {
    expect(parseResponseText('[ALERT no end')).toEqual({ code: null, text: '[ALERT no end' });
  });
});

describe('readImapResponse', () => {
  it('splices a literal into a data response and keeps its bytes', async () => {
    const response = await readImapResponse(
      source(['* 1 FETCH (BODY[] {5}', Buffer.from('hello'), ')']),
      limits,
    );
    expect(response).toMatchObject({
      kind: 'untagged',
      type: 'FETCH',
      number: 1,
      raw: '* 1 FETCH (BODY[] {5})',
    });
    expect(response.kind === 'untagged' && response.literals.map(String)).toEqual(['hello']);
  });

  it('accepts non-synchronising and binary literal markers', async () => {
    const response = await readImapResponse(
      source(['* LIST () "/" {3+}', Buffer.from('a b'), ' ~{1}', Buffer.from('x'), '']),
      limits,
    );
    expect(response.kind === 'untagged' && response.literals.map(String)).toEqual(['a b', 'x']);
  });

  it('reads a literal announced at the end of a status line, within the same bounds', async () => {
    const small = await readImapResponse(
      source(['* OK [ALERT] look {2}', Buffer.from('hi'), ' there']),
      limits,
    );
    expect(small).toMatchObject({ type: 'OK', code: { name: 'ALERT' }, text: 'look {2} there' });
    const huge = source(['* OK {99999999}']);
    await expect(readImapResponse(huge, limits)).rejects.toMatchObject({ code: 'E_TOO_MUCH_DATA' });
    expect(huge.bytesRequested).toEqual([]);
  });

  it('never reads a literal after a continuation', async () => {
    const input = source(['+ {5}']);
    expect(await readImapResponse(input, limits)).toMatchObject({ kind: 'continuation', text: '{5}' });
    expect(input.bytesRequested).toEqual([]);
  });

  it('refuses a literal over the limit before reading any of it', async () => {
    const input = source(['* 1 FETCH (BODY[] {1025}']);
    await expect(readImapResponse(input, limits)).rejects.toMatchObject({ code: 'E_TOO_MUCH_DATA' });
    expect(input.bytesRequested).toEqual([]);
  });

  it('bounds the number of literals in one response', async () => {
    const chunks: Array<string | Buffer> = [];
    for (let index = 0; index < 10; index++) chunks.push('* 1 FETCH {1}', Buffer.from('x'));
    await expect(readImapResponse(source(chunks), limits)).rejects.toMatchObject({
      code: 'E_TOO_MANY_LINES',
    });
  });

  it('shows every raw segment to the observer', async () => {
    const seen: string[] = [];
    await readImapResponse(source(['* 2 FETCH {1}', Buffer.from('x'), ' done']), {
      ...limits,
      onLine: (line) => seen.push(line),
    });
    expect(seen).toEqual(['* 2 FETCH {1}', ' done']);
  });
});

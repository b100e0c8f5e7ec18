import { WireError } from '@mailports/wire';
import { describe, expect, it } from 'vitest';
import { SmtpProtocolError } from './errors';
import { formatReply, parseEnhancedCode, parseReplyLine, ReplyAssembler, readReply } from './reply';

/** A line source over a list, as a connection whose lines all wait to be read. */
function source(lines: string[]) {
  let index = 0;
  const next = (): string => {
    const line = lines[index++];
    if (line === undefined) throw new Error('the test ran out of lines');
    return line;
  };
  return {
    get read() {
      return index;
    },
    readLine: async () => next(),
  };
}

function feed(lines: string[], maxLines = 512) {
  return readReply(source(lines), { maxLines, timeout: 1000, step: 'test' });
}

describe('parseReplyLine', () => {
  it('splits a final line at the space', () => {
    expect(parseReplyLine('250 OK')).toEqual({ code: 250, final: true, text: 'OK' });
  });

  it('marks a dash as a continuation', () => {
    expect(parseReplyLine('250-PIPELINING')).toEqual({ code: 250, final: false, text: 'PIPELINING' });
  });

  it('accepts a bare code as a final line with empty text', () => {
    expect(parseReplyLine('221')).toEqual({ code: 221, final: true, text: '' });
  });

  it.each([
    ['', 'an empty line'],
    ['25 OK', 'a two-digit code'],
    ['2500 OK', 'a four-digit code'],
    ['250OK', 'no separator'],
    ['199 hello', 'a code below 2xx'],
    ['600 nope', 'a code above 5xx'],
    ['260 nope', 'a second digit above 5'],
    ['HTTP/1.1 400 Bad Request', 'another protocol'],
    ['* OK IMAP ready', 'an IMAP greeting'],
  ])('rejects %j (%s) as a protocol error', (line) => {
    expect(() => parseReplyLine(line)).toThrow(SmtpProtocolError);
    try {
      parseReplyLine(line);
    } catch (error) {
      expect((error as SmtpProtocolError).code).toBe('E_PROTOCOL');
      expect((error as SmtpProtocolError).line).toBe(line);
    }
  });
});

describe('parseReplyLine against the grammar', () => {
  // RFC 5321 §4.2 in regular-expression form, as the parser's comment gives it.
  const GRAMMAR = /^([2-5][0-5][0-9])(?:([ -])(.*))?$/s;
  const ALPHABET = [...'0123456959 -\r\n\taZ/:\u0000é'];

  function expected(line: string): ReturnType<typeof parseReplyLine> | 'error' {
    const match = GRAMMAR.exec(line);
    if (match === null) return 'error';
    return { code: Number(match[1]), final: match[2] !== '-', text: match[3] ?? '' };
  }

  function actual(line: string): ReturnType<typeof parseReplyLine> | 'error' {
    try {
      return parseReplyLine(line);
    } catch (error) {
      expect(error).toBeInstanceOf(SmtpProtocolError);
      return 'error';
    }
  }

  it('agrees with the grammar on every line of up to three characters over a mixed alphabet', () => {
    const lines = [''];
    for (let length = 1; length <= 3; length++) {
      for (const prefix of lines.filter((line) => line.length === length - 1)) {
        for (const char of ALPHABET) lines.push(prefix + char);
      }
    }
    const disagreements = lines.filter(
      (line) => JSON.stringify(actual(line)) !== JSON.stringify(expected(line)),
    );
    expect(disagreements).toEqual([]);
  });

  it('agrees with the grammar on 5,000 random lines built around reply codes', () => {
    let seed = 7;
    const next = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    const disagreements: string[] = [];
    for (let index = 0; index < 5000; index++) {
      let line = `${next(7)}${next(7)}${next(10)}`.slice(0, next(4));
      const rest = next(12);
      for (let char = 0; char < rest; char++) line += ALPHABET[next(ALPHABET.length)];
      if (JSON.stringify(actual(line)) !== JSON.stringify(expected(line))) disagreements.push(line);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('parseEnhancedCode', () => {
  it('reads an enhanced code whose class matches the reply', () => {
    expect(parseEnhancedCode(550, '5.7.1 Relaying denied')).toBe('5.7.1');
  });

  it('ignores an enhanced code of another class', () => {
    expect(parseEnhancedCode(250, '5.7.1 odd')).toBeUndefined();
  });

  it('ignores version-like text that is not followed by a space', () => {
    expect(parseEnhancedCode(220, '2.0.0.1 mail')).toBeUndefined();
    expect(parseEnhancedCode(220, 'mail.example.com ESMTP')).toBeUndefined();
  });
});

describe('readReply', () => {
  it('assembles a multi-line reply by Go rule', async () => {
    const reply = await feed(['250-mail.example.com', '250-PIPELINING', '250 SIZE 1000']);
    expect(reply).toEqual({ code: 250, lines: ['mail.example.com', 'PIPELINING', 'SIZE 1000'] });
  });

  it('keeps the enhanced code of the first line and the full text of every line', async () => {
    const reply = await feed(['535-5.7.8 Authentication', '535 5.7.8 credentials invalid']);
    expect(reply).toEqual({
      code: 535,
      enhancedCode: '5.7.8',
      lines: ['5.7.8 Authentication', '5.7.8 credentials invalid'],
    });
  });

  it('stops at the final line and leaves later lines unread', async () => {
    const lines = source(['220 ready', '250 surplus']);
    await readReply(lines, { maxLines: 10, timeout: 1000 });
    expect(lines.read).toBe(1);
  });

  it('takes lines already received before waiting for one, and stops at the final line', async () => {
    const waited: number[] = [];
    const lines = {
      buffered: ['250-mx.test', '250-PIPELINING'],
      readLine: async (options: { timeout: number }) => {
        waited.push(options.timeout);
        return '250 SIZE 100';
      },
      takeBufferedLine() {
        return this.buffered.shift() ?? null;
      },
    };
    const reply = await readReply(lines, { maxLines: 10, timeout: 5000, step: 'ehlo' });
    expect(reply.lines).toEqual(['mx.test', 'PIPELINING', 'SIZE 100']);
    // One wait, bounded by what is left of the whole reply's time.
    expect(waited).toHaveLength(1);
    expect(waited[0]).toBeGreaterThan(0);
    expect(waited[0]).toBeLessThanOrEqual(5000);
  });

  it('takes lines received meanwhile after every wait, waiting only when none is buffered', async () => {
    const packets = [['250-second', '250-third'], ['250 fifth']];
    const lines = {
      buffered: [] as string[],
      waits: 0,
      readLine: async () => {
        const line = lines.waits === 0 ? '250-first' : '250-fourth';
        lines.buffered.push(...(packets[lines.waits++] ?? []));
        return line;
      },
      takeBufferedLine: () => lines.buffered.shift() ?? null,
    };
    const reply = await readReply(lines, { maxLines: 10, timeout: 1000 });
    expect(reply.lines).toEqual(['first', 'second', 'third', 'fourth', 'fifth']);
    expect(lines.waits).toBe(2);
  });

  it('rejects rather than throws when a line already received is malformed', async () => {
    const lines = { readLine: async () => '250 never read', takeBufferedLine: () => 'garbage' };
    let reading: Promise<unknown> | undefined;
    expect(() => {
      reading = readReply(lines, { maxLines: 4, timeout: 1000, step: 'greeting' });
    }).not.toThrow();
    await expect(reading).rejects.toMatchObject({ code: 'E_PROTOCOL', step: 'greeting' });
  });

  it('treats a code change inside a multi-line reply as a protocol error', async () => {
    await expect(feed(['250-first', '251 second'])).rejects.toMatchObject({
      code: 'E_PROTOCOL',
      step: 'test',
      line: '251 second',
    });
  });

  it('treats an uncoded continuation line as a protocol error', async () => {
    await expect(feed(['250-first', 'second'])).rejects.toBeInstanceOf(SmtpProtocolError);
  });

  it('fails with E_TOO_MANY_LINES one line past the limit', async () => {
    const lines = Array.from({ length: 5 }, () => '250-x');
    const error = await feed(lines, 4).catch((caught: unknown) => caught);
    expect(WireError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'E_TOO_MANY_LINES', step: 'test' });
  });

  it('accepts exactly the limit', async () => {
    const reply = await feed(['250-a', '250-b', '250-c', '250 d'], 4);
    expect(reply.lines).toHaveLength(4);
  });

  it('passes errors of the line reader through unchanged', async () => {
    const failure = new WireError('E_READ_TIMEOUT', 'slow');
    const lines = { readLine: () => Promise.reject(failure) };
    await expect(readReply(lines, { maxLines: 4, timeout: 1000 })).rejects.toBe(failure);
  });

  it('hands the complete reply to finish, waited for or already received, and rejects with its throw', async () => {
    const seen: number[] = [];
    const code = (reply: { code: number }): number => {
      seen.push(reply.code);
      return reply.code;
    };
    await expect(readReply(source(['250-a', '250 b']), { maxLines: 4, timeout: 1000 }, code)).resolves.toBe(
      250,
    );
    const buffered = { readLine: async () => '554 never read', takeBufferedLine: () => '220 ready' };
    await expect(readReply(buffered, { maxLines: 4, timeout: 1000 }, code)).resolves.toBe(220);
    expect(seen).toEqual([250, 220]);

    const refuse = (): never => {
      throw new SmtpProtocolError('not the reply the command expects', { step: 'test' });
    };
    let reading: Promise<unknown> | undefined;
    expect(() => {
      reading = readReply(buffered, { maxLines: 4, timeout: 1000 }, refuse);
    }).not.toThrow();
    await expect(reading).rejects.toBeInstanceOf(SmtpProtocolError);
    await expect(
      readReply(source(['421 bye']), { maxLines: 4, timeout: 1000 }, refuse),
    ).rejects.toBeInstanceOf(SmtpProtocolError);
  });
});

describe('ReplyAssembler', () => {
  it('returns null until the reply is complete', () => {
    const assembler = new ReplyAssembler(8);
    expect(assembler.push('220-hello')).toBeNull();
    expect(assembler.push('220 there')).toEqual({ code: 220, lines: ['hello', 'there'] });
  });
});

describe('formatReply', () => {
  it('rebuilds the wire form of each line', () => {
    expect(formatReply({ code: 250, lines: ['a', 'b', 'c'] })).toEqual(['250-a', '250-b', '250 c']);
  });
});

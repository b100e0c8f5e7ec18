import { describe, expect, it } from 'vitest';
import { UsageError } from './errors';
import {
  DEFAULT_PORTS,
  parseDnsServer,
  parseDuration,
  parseEhloName,
  parseFormat,
  parseHost,
  parsePort,
  parsePortList,
  parsePortMap,
  parsePositiveInteger,
  parseProtocol,
  parseRole,
  parseServerName,
  parseWireName,
  selectPorts,
  suggest,
} from './options';
import { jsonSafe, printable } from './sanitize';

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError');
}

describe('port numbers', () => {
  it('accepts 1 and 65535', () => {
    expect(parsePort('1')).toBe(1);
    expect(parsePort(' 65535 ')).toBe(65535);
  });

  it('names the range when the port is out of it', () => {
    expect(usageMessage(() => parsePort('0'))).toBe('port must be 1–65535 (got 0)');
    expect(usageMessage(() => parsePort('70000'))).toBe('port must be 1–65535 (got 70000)');
  });

  it('rejects signs, decimals and words', () => {
    for (const text of ['-1', '5.5', 'smtp', '', '0x19']) expect(() => parsePort(text)).toThrow(UsageError);
  });
});

describe('protocols', () => {
  it('accepts the three protocols in any case', () => {
    expect(parseProtocol('SMTP')).toBe('smtp');
    expect(parseProtocol('pop3')).toBe('pop3');
  });

  it('suggests the protocol a typo was meant to be', () => {
    expect(usageMessage(() => parseProtocol('smpt'))).toBe("unknown protocol 'smpt' — did you mean smtp?");
    expect(usageMessage(() => parseProtocol('imao'))).toBe("unknown protocol 'imao' — did you mean imap?");
    expect(usageMessage(() => parseProtocol('pop'))).toContain('did you mean pop3?');
  });

  it('does not suggest anything for a word that is not close', () => {
    expect(usageMessage(() => parseProtocol('gopher'))).toBe("unknown protocol 'gopher'");
  });

  it('suggest() returns nothing for an empty word', () => {
    expect(suggest('', ['smtp'])).toBeUndefined();
  });
});

describe('port lists', () => {
  it('gives well-known ports their protocol and auto mode', () => {
    expect(parsePortList('25,993,110')).toEqual([
      { port: 25, protocol: 'smtp', mode: 'auto' },
      { port: 993, protocol: 'imap', mode: 'auto' },
      { port: 110, protocol: 'pop3', mode: 'auto' },
    ]);
  });

  it('takes a protocol prefix for custom ports', () => {
    expect(parsePortList('smtp:2526, imap:10143')).toEqual([
      { port: 2526, protocol: 'smtp', mode: 'auto' },
      { port: 10143, protocol: 'imap', mode: 'auto' },
    ]);
  });

  it('reads TLS aliases as implicit TLS and accepts an explicit mode', () => {
    expect(parsePortList('smtps:2465,imaps:10993,pop3s:10995,smtp:2587:starttls')).toEqual([
      { port: 2465, protocol: 'smtp', mode: 'implicit' },
      { port: 10993, protocol: 'imap', mode: 'implicit' },
      { port: 10995, protocol: 'pop3', mode: 'implicit' },
      { port: 2587, protocol: 'smtp', mode: 'starttls' },
    ]);
  });

  it('asks for a protocol when a bare port has no well-known one', () => {
    const error = (() => {
      try {
        parsePortList('2526');
      } catch (caught) {
        return caught as UsageError;
      }
      throw new Error('no error');
    })();
    expect(error.message).toBe('port 2526 has no well-known mail protocol');
    expect(error.hint).toContain('smtp:2526');
  });

  it('uses --protocol for bare custom ports', () => {
    expect(parsePortList('2526', 'smtp')).toEqual([{ port: 2526, protocol: 'smtp', mode: 'auto' }]);
  });

  it('keeps a port once when it is listed twice', () => {
    expect(parsePortList('25,25,smtp:25').map((spec) => spec.port)).toEqual([25]);
  });

  it('rejects an unknown protocol prefix with a suggestion', () => {
    expect(usageMessage(() => parsePortList('smpt:2525'))).toContain('did you mean smtp?');
  });

  it('rejects an out-of-range port inside a list', () => {
    expect(usageMessage(() => parsePortList('25,smtp:99999'))).toBe('port must be 1–65535 (got 99999)');
  });

  it('rejects an empty list and a bad mode', () => {
    expect(usageMessage(() => parsePortList(' , '))).toBe('no ports given');
    expect(usageMessage(() => parsePortList('25,,587'))).toBe("empty item in '25,,587'");
    expect(usageMessage(() => parsePortList('25,'))).toBe("empty item in '25,'");
    expect(usageMessage(() => parsePortList('25\r\n'))).toContain('must not contain control characters');
    expect(usageMessage(() => parsePortList('smtp:2525:tls'))).toContain("unknown security mode 'tls'");
  });

  it('defaults to the eight well-known ports, or those of one protocol', () => {
    expect(selectPorts(undefined, undefined).map((spec) => spec.port)).toEqual([
      25, 465, 587, 2525, 110, 995, 143, 993,
    ]);
    expect(selectPorts(undefined, 'imap').map((spec) => spec.port)).toEqual([143, 993]);
    expect(DEFAULT_PORTS).toHaveLength(8);
  });
});

describe('durations', () => {
  it('reads bare numbers as seconds and accepts ms, s and m', () => {
    expect(parseDuration('10')).toBe(10_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2.5s')).toBe(2500);
    expect(parseDuration('1m')).toBe(60_000);
  });

  it('rejects zero, negative, unit-less words and more than an hour', () => {
    for (const text of ['0', '-1', 'soon', '2h', '61m', '0.0001ms', '5 s', '500 ms'])
      expect(() => parseDuration(text)).toThrow(UsageError);
  });
});

describe('DNS servers', () => {
  const address = (server: string) => ({ kind: 'address', server });

  it('accepts IPv4 with and without a port', () => {
    expect(parseDnsServer('127.0.0.1')).toEqual(address('127.0.0.1'));
    expect(parseDnsServer('127.0.0.1:5353')).toEqual(address('127.0.0.1:5353'));
  });

  it('accepts bracketed and bare IPv6', () => {
    expect(parseDnsServer('[::1]:53')).toEqual(address('[::1]:53'));
    expect(parseDnsServer('[::1]')).toEqual(address('::1'));
    expect(parseDnsServer('2001:db8::53')).toEqual(address('2001:db8::53'));
  });

  it('accepts a host name with or without a port, to be resolved later', () => {
    expect(parseDnsServer('localhost:5353')).toEqual({ kind: 'name', name: 'localhost', port: 5353 });
    expect(parseDnsServer('dns.example.test.')).toEqual({
      kind: 'name',
      name: 'dns.example.test',
      port: undefined,
    });
  });

  it('rejects what is neither an address nor a name, and bad ports, with an example', () => {
    expect(usageMessage(() => parseDnsServer('dns_server.example'))).toContain(
      'must be an IP address or a host name',
    );
    expect(usageMessage(() => parseDnsServer('127.0.0.1:0'))).toBe('port must be 1–65535 (got 0)');
    expect(usageMessage(() => parseDnsServer('localhost:99999'))).toBe('port must be 1–65535 (got 99999)');
    // All digits in the last label: a mistyped IPv4 address, never a name.
    expect(() => parseDnsServer('300.1.1.1')).toThrow(UsageError);
    expect(() => parseDnsServer('-bad.example')).toThrow(UsageError);
  });
});

describe('other values', () => {
  it('refuses CR, LF and NUL in names that go on the wire', () => {
    expect(parseWireName('client.example.org', 'EHLO name')).toBe('client.example.org');
    expect(usageMessage(() => parseWireName('a\r\nMAIL FROM:<x>', 'EHLO name'))).toBe(
      'EHLO name must not contain CR, LF or NUL',
    );
    expect(() => parseWireName('', 'EHLO name')).toThrow(UsageError);
  });

  it('expands role all and suggests roles and formats', () => {
    expect(parseRole('all')).toEqual(['send', 'relay', 'read']);
    expect(parseRole('send')).toEqual(['send']);
    expect(usageMessage(() => parseRole('sned'))).toContain('did you mean send?');
    expect(parseFormat('thunderbird')).toBe('thunderbird');
    expect(usageMessage(() => parseFormat('nodemail'))).toContain('did you mean nodemailer?');
  });

  it('bounds concurrency', () => {
    expect(parsePositiveInteger('4', 'concurrency')).toBe(4);
    expect(() => parsePositiveInteger('0', 'concurrency')).toThrow(UsageError);
    expect(() => parsePositiveInteger('2000', 'concurrency', 256)).toThrow(UsageError);
  });

  it('tells an e-mail address or a URL from a host', () => {
    expect(parseHost('mail.example.com.')).toBe('mail.example.com');
    expect(parseHost('[::1]')).toBe('::1');
    expect(usageMessage(() => parseHost('alice@example.com'))).toContain('is an e-mail address');
    expect(usageMessage(() => parseHost('smtp://mail.example.com'))).toContain('is a URL');
  });

  it('refuses a host without a name: the root, empty labels, control characters', () => {
    for (const host of ['.', '..', 'a..b', '.example.com', 'mail\x1b.example.com']) {
      expect(usageMessage(() => parseHost(host))).toContain('is not a host name or IP address');
    }
    expect(parseHost('127.0.0.1')).toBe('127.0.0.1');
    expect(parseHost('bücher.example')).toBe('bücher.example');
  });

  it('takes a domain or an address literal as EHLO name, nothing with a space or a control', () => {
    expect(parseEhloName('client.example.org')).toBe('client.example.org');
    expect(parseEhloName('[192.0.2.1]')).toBe('[192.0.2.1]');
    expect(parseEhloName('[IPv6:2001:db8::1]')).toBe('[IPv6:2001:db8::1]');
    for (const name of [
      'a b',
      'client\x1b.example',
      '',
      '[300.1.1.1]',
      '[2001:db8::1]',
      'a_b.example',
      '-a.example',
    ]) {
      expect(() => parseEhloName(name)).toThrow(UsageError);
    }
  });

  it('judges ASCII and internationalised labels by the same rule', () => {
    for (const label of ['a', 'x'.repeat(63), 'a-b', 'ü'.repeat(63), 'é-b', 'e\u0301x']) {
      expect(parseServerName(`${label}.example`)).toBe(`${label}.example`);
    }
    for (const label of ['x'.repeat(64), 'ü'.repeat(64), 'a-', '-a', 'ü-', 'a_b', '\u0301x']) {
      expect(() => parseServerName(`${label}.example`), label).toThrow(UsageError);
    }
  });

  it('takes a host name or an IP address as server name', () => {
    expect(parseServerName('mail.example.com')).toBe('mail.example.com');
    expect(parseServerName('127.0.0.1')).toBe('127.0.0.1');
    expect(parseServerName('::1')).toBe('::1');
    for (const name of ['a b', 'a\tb', 'mail\x1b.example', '', '.']) {
      expect(() => parseServerName(name)).toThrow(UsageError);
    }
  });
});

describe('sanitising', () => {
  it('makes escape sequences and controls visible', () => {
    expect(printable('a\x1b]0;owned\x07b\r\n')).toBe('a\\x1b]0;owned\\x07b\\r\\n');
    expect(printable('\u009b2J\u202e')).toBe('\\x9b2J\\u202e');
    expect(printable('Grüße 東京')).toBe('Grüße 東京');
  });

  it('escapes C1 controls in JSON text without changing its value', () => {
    const value = { banner: 'x\u009by\u2028' };
    const text = jsonSafe(JSON.stringify(value));
    expect(text).not.toMatch(/[\u007f-\u009f\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes every such character, call after call, and leaves other text as it is', () => {
    const unsafe = ['\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];
    for (const character of [...unsafe, ...unsafe]) {
      const text = jsonSafe(JSON.stringify({ banner: `a${character}` }));
      expect(text).toBe(`{"banner":"a\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}"}`);
    }
    expect(jsonSafe(JSON.stringify({ banner: 'Grüße 東京 \u2027 \u206a' }))).toBe(
      '{"banner":"Grüße 東京 \u2027 \u206a"}',
    );
  });
});

describe('port maps', () => {
  it('reads STANDARD=ACTUAL pairs', () => {
    expect(parsePortMap('465=40123, 587=40124')).toEqual({ '465': 40123, '587': 40124 });
  });

  it('rejects other shapes and out-of-range ports', () => {
    expect(usageMessage(() => parsePortMap('465:40123'))).toBe("cannot read '465:40123'");
    expect(usageMessage(() => parsePortMap('465=70000'))).toBe('port must be 1–65535 (got 70000)');
    expect(usageMessage(() => parsePortMap(''))).toBe('no port pairs given');
  });

  it('refuses two standard ports on one actual port, and a port mapped onto a probed well-known one', () => {
    expect(usageMessage(() => parsePortMap('465=40123,587=40123'))).toBe(
      '465 and 587 both map to port 40123',
    );
    expect(usageMessage(() => parsePortMap('465=587'))).toBe(
      '465=587 maps onto port 587, which is probed as itself',
    );
    expect(parsePortMap('465=587,587=465')).toEqual({ '465': 587, '587': 465 });
    expect(parsePortMap('465=465')).toEqual({ '465': 465 });
  });
});

describe('suggestions', () => {
  it('counts swapped neighbours as one typo', () => {
    expect(suggest('gpc', ['gcp', 'aws', 'azure'])).toBe('gcp');
    expect(suggest('smpt', ['smtp', 'imap', 'pop3'])).toBe('smtp');
  });
});

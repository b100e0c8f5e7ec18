import { describe, expect, it } from 'vitest';
import { defaultPorts, IMPLICIT_TLS_PORTS, portMeaning } from './_classify';

describe('what a well-known port means for a role, from @mailports/ports', () => {
  it('tries the ports of each role in the standards’ order, and 25 last for sending', () => {
    expect(defaultPorts('send')).toEqual([
      { port: 465, protocol: 'smtp' },
      { port: 587, protocol: 'smtp' },
      { port: 2525, protocol: 'smtp' },
      { port: 25, protocol: 'smtp' },
    ]);
    expect(defaultPorts('relay')).toEqual([{ port: 25, protocol: 'smtp' }]);
    expect(defaultPorts('read').map((choice) => `${choice.port}/${choice.protocol}`)).toEqual([
      '993/imap',
      '143/imap',
      '995/pop3',
      '110/pop3',
    ]);
  });

  it('prefers standard ports in that order, the unofficial 2525 below them and 25 below any for sending', () => {
    const preference = (role: 'send' | 'relay' | 'read', protocol: 'smtp' | 'imap' | 'pop3', port: number) =>
      portMeaning(role, protocol, port, null).preference;
    expect([465, 587, 2525, 25].map((port) => preference('send', 'smtp', port))).toEqual([95, 85, 60, 40]);
    expect(preference('relay', 'smtp', 25)).toBe(90);
    expect([
      preference('read', 'imap', 993),
      preference('read', 'imap', 143),
      preference('read', 'pop3', 995),
      preference('read', 'pop3', 110),
    ]).toEqual([95, 85, 75, 65]);
    expect(portMeaning('send', 'smtp', 2525, null).standard).toBe(false);
    expect(portMeaning('read', 'imap', 993, null).standard).toBe(true);
  });

  it('judges a port the role does not know, or the wrong protocol on a known one, by its security', () => {
    expect(portMeaning('send', 'smtp', 2526, 'implicit')).toEqual({
      preference: 58,
      standard: false,
      label: 'non-standard port 2526',
    });
    expect(portMeaning('read', 'pop3', 993, null).standard).toBe(false);
  });

  it('starts TLS at once on 465, 993 and 995 only', () => {
    expect([...IMPLICIT_TLS_PORTS].sort((a, b) => a - b)).toEqual([465, 993, 995]);
  });
});

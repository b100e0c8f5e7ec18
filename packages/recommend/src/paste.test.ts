import { describe, expect, it } from 'vitest';
import { result } from './__fixtures__/results';
import { children, childText, parseXml } from './__fixtures__/xml';
import { pasteSettings } from './paste';
import { rank } from './rank';

const send = rank({ role: 'send', results: [result({ port: 465 }), result({ port: 587 })] });
const read = rank({ role: 'read', results: [result({ port: 993 })] });
const readDown = rank({ role: 'read', results: [result({ port: 993, status: 'timeout' })] });

describe('pasteSettings: one rule for the CLI and the documentation site', () => {
  it('names the mail domain in <domain> (and the address domain), not a server host', () => {
    const settings = pasteSettings({
      recommendations: [send, read],
      target: 'ann@mail.example.test',
      domain: 'example.test',
    });
    const document = parseXml(settings.thunderbird ?? '');
    const provider = children(document, 'emailProvider')[0];
    expect(provider).toBeDefined();
    expect(children(provider!, 'domain').map((item) => item.text)).toEqual([
      'example.test',
      'mail.example.test',
    ]);
    expect(children(provider!, 'incomingServer')).toHaveLength(1);
    expect(children(provider!, 'outgoingServer')).toHaveLength(2);
    expect(childText(children(provider!, 'outgoingServer')[0]!, 'port')).toBe('465');
  });

  it('always holds an incoming and an outgoing server when both roles were asked, marking a stand-in', () => {
    const settings = pasteSettings({
      recommendations: [send, readDown],
      target: 'example.test',
      domain: 'example.test',
    });
    expect(settings.thunderbird).toContain(
      '<!-- not confirmed from here: the incoming server below did not work in this test -->',
    );
    const provider = children(parseXml(settings.thunderbird ?? ''), 'emailProvider')[0]!;
    expect(children(provider, 'incomingServer')).toHaveLength(1);
    expect(children(provider, 'outgoingServer')).toHaveLength(2);
  });

  it('leaves the other side out when only one role was asked', () => {
    const settings = pasteSettings({
      recommendations: [send],
      target: 'example.test',
      domain: 'example.test',
    });
    const provider = children(parseXml(settings.thunderbird ?? ''), 'emailProvider')[0]!;
    expect(children(provider, 'incomingServer')).toHaveLength(0);
    expect(settings.thunderbird).not.toContain('not confirmed');
  });

  it('gives nodemailer the login for submission only where AUTH is offered, never for relay', () => {
    const relay = rank({ role: 'relay', results: [result({ port: 25 })] });
    const noAuth = rank({ role: 'send', results: [result({ port: 465, mechanisms: [] })] });
    const settings = pasteSettings({
      recommendations: [send, relay],
      target: 'ann@example.test',
      domain: 'example.test',
    });
    expect(settings.nodemailer.send).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'ann@example.test' },
    });
    expect(settings.nodemailer.relay?.auth).toBeUndefined();
    const authorised = pasteSettings({
      recommendations: [noAuth],
      target: 'ann@example.test',
      domain: 'example.test',
    });
    expect(authorised.nodemailer.send?.auth).toBeUndefined();
  });
});

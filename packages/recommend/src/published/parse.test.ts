import { describe, expect, it } from 'vitest';
import { PublishedConfigError, parseAutoconfig, parseAutodiscover } from './_parse';

const META = { source: 'autoconfig' as const, url: 'https://autoconfig.example.test/mail/config-v1.1.xml' };
const VALUES = { email: 'ann@example.test', domain: 'example.test' };

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof PublishedConfigError ? error.code : 'other';
  }
}

describe('parseAutoconfig', () => {
  it('reads incoming and outgoing servers, fills the placeholders, and skips what it cannot use', () => {
    const body = `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="example.test">
      <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port><socketType>SSL</socketType>
        <authentication>password-cleartext</authentication><authentication>OAuth2</authentication></incomingServer>
      <incomingServer type="exchange"><hostname>ews.example.test</hostname><port>443</port></incomingServer>
      <outgoingServer type="smtp"><hostname>smtp.example.test</hostname><port>0</port></outgoingServer>
      <outgoingServer type="smtp"><hostname>smtp.example.test</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>
    </emailProvider></clientConfig>`;
    const { servers, skipped } = parseAutoconfig(body, META, VALUES);
    expect(
      servers.map((item) => `${item.role} ${item.protocol} ${item.host}:${item.port} ${item.socketType}`),
    ).toEqual(['read imap imap.example.test:993 SSL', 'send smtp smtp.example.test:587 STARTTLS']);
    expect(servers[0]?.authentication).toEqual(['password-cleartext', 'OAuth2']);
    expect(skipped).toEqual([
      'incomingServer type "exchange": not a mail protocol probed here',
      'outgoingServer type "smtp": no usable hostname or port',
    ]);
  });

  it('refuses a DTD before reading anything: no entity is ever expanded', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><clientConfig>&b;</clientConfig>`;
    expect(codeOf(() => parseAutoconfig(bomb, META, VALUES))).toBe('E_CONFIG_DOCTYPE');
  });

  it('answers a document with thousands of unclosed tags in one pass, as an empty config', () => {
    const body = `<clientConfig>${'<incomingServer type="imap"><hostname>'.repeat(5000)}</clientConfig>`;
    expect(codeOf(() => parseAutoconfig(body, META, VALUES))).toBe('E_CONFIG_EMPTY');
  });

  it('rejects what is not a config-v1.1.xml document, and hostnames that are not host names', () => {
    expect(codeOf(() => parseAutoconfig('<html><body>hello</body></html>', META, VALUES))).toBe(
      'E_CONFIG_MALFORMED',
    );
    const evil =
      '<clientConfig><incomingServer type="imap"><hostname>a b;rm -rf</hostname><port>993</port></incomingServer></clientConfig>';
    expect(codeOf(() => parseAutoconfig(evil, META, VALUES))).toBe('E_CONFIG_EMPTY');
  });
});

describe('parseAutodiscover', () => {
  it('maps Encryption TLS to STARTTLS and SSL on to implicit TLS', () => {
    const body = `<Autodiscover><Response><Account>
      <Protocol><Type>IMAP</Type><Server>outlook.example.test</Server><Port>993</Port><SSL>on</SSL></Protocol>
      <Protocol><Type>SMTP</Type><Server>smtp.example.test</Server><Port>587</Port><Encryption>TLS</Encryption></Protocol>
      <Protocol><Type>EXCH</Type><Server>ews</Server></Protocol>
    </Account></Response></Autodiscover>`;
    const { servers } = parseAutodiscover(body, {
      source: 'autodiscover',
      url: 'https://autodiscover.example.test/',
    });
    expect(servers.map((item) => `${item.protocol} ${item.host}:${item.port} ${item.socketType}`)).toEqual([
      'imap outlook.example.test:993 SSL',
      'smtp smtp.example.test:587 STARTTLS',
    ]);
  });
});

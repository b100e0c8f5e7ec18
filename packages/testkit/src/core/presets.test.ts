import { describe, expect, it } from 'vitest';
import { RawClient } from '../__fixtures__/raw-client.js';
import { IMAP_PRESETS, type ImapPreset } from '../imap/options.js';
import { createImapServer } from '../imap/server.js';
import { POP3_PRESETS, type Pop3Preset } from '../pop3/options.js';
import { createPop3Server } from '../pop3/server.js';
import { SMTP_PRESETS, type SmtpPreset } from '../smtp/options.js';
import { createSmtpServer } from '../smtp/server.js';
import type { TestServer } from './server.js';

/** Keeps the streaming presets short; other presets run exactly as defined. */
function small(preset: string) {
  if (preset === 'endless-line') return { endlessLine: { maxBytes: 10_000 } };
  if (preset === 'huge-literal') return { hugeLiteral: { maxBytes: 10_000 } };
  return {};
}

/** Connects, sends a first command and a STARTTLS, collects whatever comes back, then closes. */
async function exercise(server: TestServer, commands: string): Promise<string[]> {
  const client = await RawClient.connect(server.port).catch(() => null);
  if (client) {
    await client.line(150);
    client.send(commands);
    await client.drain(150);
    client.close();
  }
  await server.close();
  return server.connections
    .flatMap((log) => log.events())
    .filter((event) => event.startsWith('server error'));
}

describe('every preset', () => {
  it.each(Object.keys(SMTP_PRESETS) as SmtpPreset[])(
    'SMTP %s runs without a server error',
    async (preset) => {
      const server = await createSmtpServer({ preset, hostile: small(preset) });
      expect(server.connections).toHaveLength(0);
      expect(await exercise(server, 'EHLO c\r\nSTARTTLS\r\n')).toEqual([]);
      expect(server.connections).toHaveLength(1);
    },
  );

  it.each(Object.keys(POP3_PRESETS) as Pop3Preset[])(
    'POP3 %s runs without a server error',
    async (preset) => {
      const server = await createPop3Server({ preset, hostile: small(preset) });
      expect(await exercise(server, 'CAPA\r\nSTLS\r\n')).toEqual([]);
      expect(server.connections).toHaveLength(1);
    },
  );

  it.each(Object.keys(IMAP_PRESETS) as ImapPreset[])(
    'IMAP %s runs without a server error',
    async (preset) => {
      const server = await createImapServer({ preset, hostile: small(preset) });
      expect(await exercise(server, 'a CAPABILITY\r\nb STARTTLS\r\n')).toEqual([]);
      expect(server.connections).toHaveLength(1);
    },
  );
});

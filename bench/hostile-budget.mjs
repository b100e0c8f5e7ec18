#!/usr/bin/env node
// Starts hostile testkit servers on 127.0.0.1 that stay under every per-line and per-reply cap but
// flood a probe's result: SMTP with 250 EHLO lines of ~3.9 kB (before and inside TLS), IMAP with 250
// untagged CAPABILITY lines of ~3.9 kB, POP3 with a 250-line CAPA of ~3.9 kB lines. Prints
// `smtp:PORT,imap:PORT,...` for `mailports probe 127.0.0.1 --ports …` and keeps running until killed.
// Usage: node bench/hostile-budget.mjs [ports-per-protocol, default 3]
// Measure: /usr/bin/time -f %M node apps/cli/dist/main.js probe 127.0.0.1 --ports "$(…)" --json --insecure
import { createImapServer, createPop3Server, createSmtpServer } from '@mailports/testkit';

const count = Number(process.argv[2] ?? 3);
const filler = (index) => `X-FLOOD-${index}-${'a'.repeat(3900)}`;
const floodKeywords = Array.from({ length: 250 }, (_, index) => filler(index));

const servers = [];
for (let index = 0; index < count; index++) {
  servers.push([
    'smtp',
    await createSmtpServer({
      capabilitiesBeforeTls: ['PIPELINING', 'STARTTLS', ...floodKeywords],
      capabilitiesAfterTls: ['PIPELINING', 'AUTH PLAIN LOGIN', ...floodKeywords],
    }),
  ]);
  servers.push([
    'imap',
    await createImapServer({
      greetingCapabilities: false,
      handlers: {
        CAPABILITY: async (context) => {
          for (let line = 0; line < 250; line++)
            await context.untagged(`CAPABILITY IMAP4rev1 ${filler(line)}`);
          await context.untagged(`CAPABILITY ${context.capabilities().join(' ')}`);
          await context.tagged('OK', 'CAPABILITY completed');
        },
      },
    }),
  ]);
  servers.push([
    'pop3',
    await createPop3Server({
      capabilitiesBeforeTls: ['TOP', 'UIDL', 'STLS', 'USER', ...floodKeywords],
      capabilitiesAfterTls: ['TOP', 'UIDL', 'USER', 'SASL PLAIN', ...floodKeywords],
    }),
  ]);
}
process.stdout.write(`${servers.map(([protocol, server]) => `${protocol}:${server.port}`).join(',')}\n`);
const stop = async () => {
  await Promise.all(servers.map(([, server]) => server.close()));
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

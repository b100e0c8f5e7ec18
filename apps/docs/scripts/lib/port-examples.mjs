/**
 * The "Try it" section of a port page: the TLS diagram, an `openssl s_client` line that speaks the
 * port's TLS mode, and client settings, all derived from the port's entry in @mailports/ports.
 */
const STARTTLS_WORD = { smtp: 'smtp', imap: 'imap', pop3: 'pop3', lmtp: 'lmtp', managesieve: 'sieve' };
const HOST = { smtp: 'smtp.example.com', imap: 'imap.example.com', pop3: 'pop.example.com' };

function opensslLine(entry, host) {
  const base = `openssl s_client -connect ${host}:${entry.port} -servername ${host} -verify_hostname ${host} -verify_return_error`;
  return entry.tls === 'starttls'
    ? `${base} -starttls ${STARTTLS_WORD[entry.protocol]} -crlf`
    : `${base} -crlf`;
}

function clientSettings(entry, host) {
  const implicit = entry.tls === 'implicit';
  if (entry.protocol === 'smtp') {
    return [
      '```js',
      `// nodemailer, port ${entry.port}: ${implicit ? 'TLS from the first byte' : 'plaintext, then STARTTLS (required)'}`,
      'nodemailer.createTransport({',
      `  host: '${host}',`,
      `  port: ${entry.port},`,
      `  secure: ${implicit},`,
      ...(implicit ? [] : ['  requireTLS: true,']),
      "  auth: { user: 'you@example.com', pass: process.env.MAIL_PASSWORD },",
      '});',
      '```',
    ].join('\n');
  }
  if (entry.protocol === 'imap') {
    return [
      '```js',
      `// imapflow, port ${entry.port}: ${implicit ? 'TLS from the first byte' : 'plaintext, then STARTTLS (required)'}`,
      'new ImapFlow({',
      `  host: '${host}',`,
      `  port: ${entry.port},`,
      `  secure: ${implicit},`,
      ...(implicit ? [] : ['  doSTARTTLS: true,']),
      "  auth: { user: 'you@example.com', pass: process.env.MAIL_PASSWORD },",
      '});',
      '```',
    ].join('\n');
  }
  return `Mail client: server ${host}, port ${entry.port}, connection security ${implicit ? 'SSL/TLS' : 'STARTTLS'}.`;
}

/** The section, or '' for ports without TLS or without a client protocol mailports speaks. */
export function portExamples(entry) {
  if (entry.tls === 'none' || !(entry.protocol in HOST)) return '';
  const host = HOST[entry.protocol];
  return [
    '## Try it',
    `<TlsDiagram highlight="${entry.tls}" />`,
    `Talk to the port by hand (replace ${host}); \`-verify_return_error\` stops on a certificate problem, as a mail client does:`,
    `\`\`\`sh\n${opensslLine(entry, host)}\n\`\`\``,
    `Check it from your network and read what it really does:\n\n\`\`\`sh\nmailports probe ${host} --ports ${entry.protocol}:${entry.port} --verbose\n\`\`\``,
    `Client settings:\n\n${clientSettings(entry, host)}`,
  ].join('\n\n');
}

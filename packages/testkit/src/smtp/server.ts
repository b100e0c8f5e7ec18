import { hostileOpening, starttlsTransition } from '../core/_hostile.js';
import { applyPreset, splitVerb } from '../core/_options.js';
import { isOAuthMechanism, OAUTH_REFUSALS, runOAuthSasl } from '../core/_oauth.js';
import { checkPassword, runSasl } from '../core/_sasl.js';
import type { Session } from '../core/_session.js';
import { baseContext, extendContext } from '../core/context.js';
import { listen, type TestServer } from '../core/server.js';
import {
  type ReceivedMessage,
  SMTP_PRESETS,
  type SmtpContext,
  type SmtpHostileOptions,
  type SmtpPreset,
  type SmtpServerOptions,
  type SmtpState,
} from './options.js';

/** A running SMTP test server. */
export interface SmtpTestServer extends TestServer {
  /** Messages accepted through DATA, in order. */
  readonly messages: readonly ReceivedMessage[];
}

/** @internal Options after preset merging and defaults. */
interface Resolved extends SmtpServerOptions {
  hostname: string;
  greeting: string[];
  hostile: SmtpHostileOptions;
  users: Record<string, string>;
  maxMessageBytes: number;
}

const SIZE = 10240000;
const AUTH_RE = /^(AUTH\s+\S+\s+)\S.*$/i;

/**
 * Starts a scriptable SMTP server (Postfix-like by default) on `127.0.0.1`, ephemeral port.
 *
 * It greets, answers EHLO/HELO, STARTTLS (test-PKI certificate), AUTH PLAIN/LOGIN (inside TLS only unless
 * `allowPlaintextAuth`), MAIL/RCPT/DATA/RSET/NOOP/VRFY/QUIT, so nodemailer can `verify()` and send.
 * Hostile behaviours come from `preset` and `hostile`; `handlers` override single commands.
 *
 * @returns The running server with its connection logs and received messages.
 * Rejects if the port cannot be bound.
 */
export async function createSmtpServer(options: SmtpServerOptions = {}): Promise<SmtpTestServer> {
  const merged = applyPreset<SmtpPreset, SmtpHostileOptions, SmtpServerOptions>(SMTP_PRESETS, options);
  const hostname = merged.hostname ?? 'mx.test';
  const greeting = merged.greeting ?? `220 ${hostname} ESMTP`;
  const resolved: Resolved = {
    ...merged,
    hostname,
    greeting: Array.isArray(greeting) ? greeting : [greeting],
    hostile: merged.hostile,
    users: merged.users ?? {},
    maxMessageBytes: merged.maxMessageBytes ?? SIZE,
  };
  const messages: ReceivedMessage[] = [];
  return listen(
    merged,
    {
      protocol: 'smtp',
      scheme: { plain: 'smtp', implicit: 'smtps' },
      resetOnConnect: resolved.hostile.resetOnConnect === true,
      handle: (session) => serve(session, resolved, messages),
    },
    { messages },
  );
}

function capabilities(options: Resolved, tls: boolean): string[] {
  const plaintextAuth = options.allowPlaintextAuth || options.hostile.authBeforeTls;
  let list: string[];
  if (tls) {
    list = options.capabilitiesAfterTls ?? [
      'PIPELINING',
      `SIZE ${SIZE}`,
      options.oauth ? 'AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER' : 'AUTH PLAIN LOGIN',
      'ENHANCEDSTATUSCODES',
      '8BITMIME',
    ];
  } else {
    list = options.capabilitiesBeforeTls ?? [
      'PIPELINING',
      `SIZE ${SIZE}`,
      ...((options.tls ?? 'starttls') === 'starttls' ? ['STARTTLS'] : []),
      ...(plaintextAuth ? ['AUTH PLAIN LOGIN'] : []),
      'ENHANCEDSTATUSCODES',
      '8BITMIME',
    ];
  }
  return options.hostile.stripStarttls
    ? list.filter((keyword) => keyword.toUpperCase() !== 'STARTTLS')
    : list;
}

function formatReply(code: number, lines: string | string[] | undefined): string {
  const list = lines === undefined ? [''] : Array.isArray(lines) ? lines : [lines];
  if (list.length === 0) list.push('');
  return list.map((line, index) => `${code}${index === list.length - 1 ? ' ' : '-'}${line}\r\n`).join('');
}

async function serve(session: Session, options: Resolved, messages: ReceivedMessage[]): Promise<void> {
  session.redactor = (line) => line.replace(AUTH_RE, '$1***');
  const { hostile } = options;
  if (await hostileOpening(session, hostile, '220 ')) return;
  const greetingCode = Number.parseInt(options.greeting.at(-1)?.slice(0, 3) ?? '220', 10);
  await session.write(options.greeting.map((line) => `${line}\r\n`).join(''));
  if (greetingCode === 421) return session.close();

  const state: SmtpState = { helo: null, extended: false, user: null, from: null, to: [] };
  const reply = (code: number, lines?: string | string[]) => session.write(formatReply(code, lines));
  const resetTransaction = () => {
    state.from = null;
    state.to = [];
  };

  const builtIn = async (verb: string, args: string): Promise<void> => {
    if (greetingCode !== 220 && verb !== 'QUIT') return reply(503, '5.5.1 Error: no valid greeting');
    switch (verb) {
      case 'EHLO':
      case 'HELO': {
        if (verb === 'EHLO' && hostile.rejectEhlo) return reply(500, '5.5.2 Error: command not recognized');
        if (args === '') return reply(501, `5.5.4 Syntax: ${verb} hostname`);
        state.helo = args;
        state.extended = verb === 'EHLO';
        resetTransaction();
        if (verb === 'HELO') return reply(250, options.hostname);
        const filler = Array.from({ length: hostile.ehloLines ?? 0 }, (_, index) => `X-FILLER-${index + 1}`);
        return reply(250, [options.hostname, ...filler, ...capabilities(options, session.log.tls)]);
      }
      case 'STARTTLS':
        return starttls();
      case 'AUTH':
        return auth(args);
      case 'MAIL': {
        if (state.helo === null) return reply(503, '5.5.1 Error: send HELO/EHLO first');
        if (state.from !== null) return reply(503, '5.5.1 Error: nested MAIL command');
        if (options.requireAuth && state.user === null) return reply(530, '5.7.0 Authentication required');
        const match = /^FROM:\s*<([^>]*)>/i.exec(args);
        if (!match) return reply(501, '5.5.4 Syntax: MAIL FROM:<address>');
        state.from = match[1] ?? '';
        return reply(250, '2.1.0 Ok');
      }
      case 'RCPT': {
        if (state.from === null) return reply(503, '5.5.1 Error: need MAIL command');
        const match = /^TO:\s*<([^>]+)>/i.exec(args);
        if (!match) return reply(501, '5.5.4 Syntax: RCPT TO:<address>');
        state.to.push(match[1] ?? '');
        return reply(250, '2.1.5 Ok');
      }
      case 'DATA':
        return data();
      case 'RSET':
        resetTransaction();
        return reply(250, '2.0.0 Ok');
      case 'NOOP':
        return reply(250, '2.0.0 Ok');
      case 'VRFY':
        return reply(252, '2.0.0 Send some mail, I will try my best');
      case 'QUIT':
        await reply(221, '2.0.0 Bye');
        return session.close();
      default:
        return reply(502, '5.5.2 Error: command not recognized');
    }
  };

  const starttls = async (): Promise<void> => {
    if (session.log.tls) return reply(554, '5.5.1 Error: TLS already active');
    if ((options.tls ?? 'starttls') !== 'starttls') return reply(502, '5.5.1 Error: command not implemented');
    if (hostile.starttlsRefusal) return session.write(`${hostile.starttlsRefusal}\r\n`);
    if (await starttlsTransition(session, '220 2.0.0 Ready to start TLS', hostile)) {
      // RFC 3207 §4.2: the client must start over; forget everything learnt in plaintext.
      state.helo = null;
      state.user = null;
      resetTransaction();
    }
  };

  const auth = async (args: string): Promise<void> => {
    if (!session.log.tls) session.log.sensitiveInPlaintext.push('AUTH');
    const [rawMechanism = '', initial] = args.split(/\s+/);
    const mechanism = rawMechanism.toUpperCase();
    if (state.helo === null) return reply(503, '5.5.1 Error: send HELO/EHLO first');
    if (!session.log.tls && !options.allowPlaintextAuth && !hostile.authBeforeTls) {
      return reply(538, '5.7.11 Encryption required for requested authentication mechanism');
    }
    if (state.user !== null) return reply(503, '5.5.1 Error: already authenticated');
    if (options.oauth && isOAuthMechanism(mechanism)) {
      const result = await runOAuthSasl(
        session,
        mechanism,
        initial,
        (challenge) => reply(334, challenge),
        options.oauth,
      );
      if (result.kind === 'closed') return;
      if (result.kind === 'aborted') return reply(501, '5.7.0 Authentication aborted');
      if (result.kind === 'malformed') return reply(501, '5.5.2 Cannot decode response');
      if (result.kind === 'rejected') {
        const refusal = OAUTH_REFUSALS[options.oauth.errorStyle ?? 'google'].smtp;
        return reply(refusal.code, [...refusal.lines]);
      }
      state.user = result.username;
      return reply(235, '2.7.0 Accepted');
    }
    if (mechanism !== 'PLAIN' && mechanism !== 'LOGIN') {
      return reply(504, '5.5.4 Unrecognized authentication type');
    }
    const outcome = await runSasl(session, mechanism, initial, (challenge) => reply(334, challenge));
    if (outcome.kind === 'closed') return;
    if (outcome.kind === 'aborted') return reply(501, '5.7.0 Authentication aborted');
    if (outcome.kind === 'malformed') return reply(501, '5.5.2 Cannot decode response');
    if (!checkPassword(options.users, outcome.username, outcome.password)) {
      return reply(535, '5.7.8 Error: authentication failed: authentication failure');
    }
    state.user = outcome.username;
    return reply(235, '2.7.0 Authentication successful');
  };

  const data = async (): Promise<void> => {
    if (state.from === null) return reply(503, '5.5.1 Error: need RCPT command');
    if (state.to.length === 0) return reply(554, '5.5.1 Error: no valid recipients');
    await reply(354, 'End data with <CR><LF>.<CR><LF>');
    const lines: string[] = [];
    let size = 0;
    for (;;) {
      const line = await session.readLine({ log: false });
      if (line === null) return;
      if (line === '.') break;
      size += line.length + 2;
      if (size <= options.maxMessageBytes) lines.push(line.startsWith('.') ? line.slice(1) : line);
    }
    session.log.add('event', `message body: ${size} bytes`);
    const from = state.from;
    const to = state.to;
    resetTransaction();
    if (size > options.maxMessageBytes) return reply(552, '5.3.4 Message size exceeds fixed limit');
    messages.push({
      connection: session.log.id,
      from,
      to,
      data: lines.join('\r\n'),
      tls: session.log.tls,
      user: state.user,
    });
    return reply(250, `2.0.0 Ok: queued as TEST${messages.length}`);
  };

  for (;;) {
    const line = await session.readLine();
    if (line === null) return;
    const { verb, args } = splitVerb(line);
    const handler = options.handlers?.[verb];
    if (!handler) {
      await builtIn(verb, args);
    } else {
      const context: SmtpContext = extendContext(
        baseContext(session, verb, () => builtIn(verb, args)),
        { state, reply, capabilities: () => capabilities(options, session.log.tls) },
        {},
      );
      await handler(context, args);
    }
    if (session.closed) return;
  }
}

import { createHash } from 'node:crypto';
import { hostileOpening, starttlsTransition } from '../core/_hostile.js';
import { applyPreset, splitVerb } from '../core/_options.js';
import { isOAuthMechanism, OAUTH_REFUSALS, runOAuthSasl } from '../core/_oauth.js';
import { checkPassword, runSasl } from '../core/_sasl.js';
import type { Session } from '../core/_session.js';
import { baseContext, extendContext } from '../core/context.js';
import { listen, type TestServer } from '../core/server.js';
import {
  POP3_PRESETS,
  type Pop3Context,
  type Pop3HostileOptions,
  type Pop3Preset,
  type Pop3ServerOptions,
} from './options.js';

interface Resolved extends Pop3ServerOptions {
  hostname: string;
  greeting: string;
  hostile: Pop3HostileOptions;
  users: Record<string, string>;
  messages: string[];
}

const DEFAULT_MESSAGE =
  'From: sender@example.test\r\nTo: user@example.test\r\nSubject: Test message\r\n\r\nHello from the testkit.\r\n';
const SENSITIVE = new Set(['USER', 'PASS', 'APOP', 'AUTH', 'STAT', 'LIST', 'UIDL', 'RETR', 'TOP', 'DELE']);
const REDACT = /^((?:PASS|AUTH\s+\S+|APOP\s+\S+)\s+)\S.*$/i;
const PLAINTEXT_REFUSED = '[AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.';

/**
 * Starts a scriptable POP3 server (Dovecot-like by default) on `127.0.0.1`, ephemeral port.
 *
 * It greets, answers CAPA, STLS, USER/PASS, APOP (when `apop`), AUTH PLAIN/LOGIN, STAT, LIST, UIDL, RETR,
 * TOP, DELE, NOOP, RSET and QUIT. Credentials are refused outside TLS unless `allowPlaintextAuth`.
 *
 * @returns The running server. Rejects if the port cannot be bound.
 */
export async function createPop3Server(options: Pop3ServerOptions = {}): Promise<TestServer> {
  const merged = applyPreset<Pop3Preset, Pop3HostileOptions, Pop3ServerOptions>(POP3_PRESETS, options);
  const resolved: Resolved = {
    ...merged,
    hostname: merged.hostname ?? 'pop.test',
    greeting: merged.greeting ?? '+OK Dovecot ready.',
    hostile: merged.hostile,
    users: merged.users ?? {},
    messages: merged.messages ?? [DEFAULT_MESSAGE],
  };
  return listen(
    merged,
    {
      protocol: 'pop3',
      scheme: { plain: 'pop3', implicit: 'pop3s' },
      resetOnConnect: resolved.hostile.resetOnConnect === true,
      handle: (session) => serve(session, resolved),
    },
    {},
  );
}

function capabilities(options: Resolved, tls: boolean): string[] {
  const common = ['TOP', 'UIDL', 'RESP-CODES', 'PIPELINING', 'AUTH-RESP-CODE'];
  const list = tls
    ? (options.capabilitiesAfterTls ?? [
        ...common,
        'USER',
        options.oauth ? 'SASL PLAIN LOGIN XOAUTH2 OAUTHBEARER' : 'SASL PLAIN LOGIN',
      ])
    : (options.capabilitiesBeforeTls ?? [
        ...common,
        ...((options.tls ?? 'starttls') === 'starttls' ? ['STLS'] : []),
        ...(options.allowPlaintextAuth || options.hostile.userBeforeTls ? ['USER', 'SASL PLAIN LOGIN'] : []),
      ]);
  return options.hostile.stripStarttls ? list.filter((line) => line.toUpperCase() !== 'STLS') : list;
}

async function serve(session: Session, options: Resolved): Promise<void> {
  session.redactor = (line) => line.replace(REDACT, '$1***');
  const { hostile } = options;
  if (await hostileOpening(session, hostile, '+OK ')) return;
  const timestamp = `<${process.pid}.${Date.now()}@${options.hostname}>`;
  await session.write(`${options.greeting}${options.apop ? ` ${timestamp}` : ''}\r\n`);
  if (options.greeting.startsWith('-ERR')) return session.close();

  let user: string | null = null;
  let pendingUser: string | null = null;
  const deleted = new Set<number>();
  const ok = (text?: string) => session.write(text ? `+OK ${text}\r\n` : '+OK\r\n');
  const err = (text?: string) => session.write(text ? `-ERR ${text}\r\n` : '-ERR\r\n');
  const multiline = (text: string, lines: string[]) =>
    session.write(
      `+OK${text ? ` ${text}` : ''}\r\n${lines.map((line) => `${line.startsWith('.') ? '.' : ''}${line}\r\n`).join('')}.\r\n`,
    );
  const plaintextAllowed = () => session.log.tls || options.allowPlaintextAuth || hostile.userBeforeTls;
  const login = (name: string) => {
    user = name;
    return ok('Logged in.');
  };
  const message = (arg: string): string | null => {
    const index = Number.parseInt(arg, 10);
    if (!Number.isInteger(index) || index < 1 || index > options.messages.length || deleted.has(index))
      return null;
    return options.messages[index - 1] ?? null;
  };
  const live = () =>
    options.messages.map((text, index) => ({ index: index + 1, text })).filter((m) => !deleted.has(m.index));

  const builtIn = async (verb: string, args: string): Promise<void> => {
    if (verb === 'CAPA') return multiline('', capabilities(options, session.log.tls));
    if (verb === 'QUIT') {
      await ok('Logging out.');
      return session.close();
    }
    if (verb === 'NOOP') return ok();
    if (user === null) return authorization(verb, args);
    const [first = '', second = ''] = args.split(/\s+/);
    switch (verb) {
      case 'STAT':
        return ok(`${live().length} ${live().reduce((sum, m) => sum + Buffer.byteLength(m.text), 0)}`);
      case 'LIST':
      case 'UIDL': {
        const describe = (m: { index: number; text: string }) =>
          `${m.index} ${verb === 'LIST' ? Buffer.byteLength(m.text) : `uid${m.index}`}`;
        if (first !== '') {
          const text = message(first);
          return text === null
            ? err('There is no such message.')
            : ok(describe({ index: Number(first), text }));
        }
        return multiline(verb === 'LIST' ? `${live().length} messages:` : '', live().map(describe));
      }
      case 'RETR':
      case 'TOP': {
        const text = message(first);
        if (text === null) return err('There is no such message.');
        let lines = text.replace(/\r\n$/, '').split('\r\n');
        if (verb === 'TOP') {
          const blank = lines.indexOf('');
          const headerEnd = blank < 0 ? lines.length : blank;
          lines = lines.slice(0, headerEnd + 1 + (Number.parseInt(second, 10) || 0));
        }
        return multiline(`${Buffer.byteLength(text)} octets`, lines);
      }
      case 'DELE':
        if (message(first) === null) return err('There is no such message.');
        deleted.add(Number(first));
        return ok('Marked to be deleted.');
      case 'RSET':
        deleted.clear();
        return ok();
      default:
        return err('Unknown command.');
    }
  };

  const authorization = async (verb: string, args: string): Promise<void> => {
    switch (verb) {
      case 'STLS':
        if (session.log.tls) return err('TLS is already active.');
        if ((options.tls ?? 'starttls') !== 'starttls') return err('Unknown command.');
        if (hostile.starttlsRefusal) return session.write(`${hostile.starttlsRefusal}\r\n`);
        if (await starttlsTransition(session, '+OK Begin TLS negotiation now.', hostile)) pendingUser = null;
        return;
      case 'USER':
        if (!plaintextAllowed()) return err(PLAINTEXT_REFUSED);
        pendingUser = args;
        return ok();
      case 'PASS': {
        if (!plaintextAllowed()) return err(PLAINTEXT_REFUSED);
        if (pendingUser === null) return err('No username given.');
        const name = pendingUser;
        pendingUser = null;
        return checkPassword(options.users, name, args) ? login(name) : err('[AUTH] Authentication failed.');
      }
      case 'APOP': {
        const [name = '', digest = ''] = args.split(/\s+/);
        const password = options.users[name];
        const expected =
          password === undefined ? null : createHash('md5').update(`${timestamp}${password}`).digest('hex');
        return options.apop && expected === digest.toLowerCase()
          ? login(name)
          : err('[AUTH] Authentication failed.');
      }
      case 'AUTH': {
        const [rawMechanism = '', initial] = args.split(/\s+/);
        const mechanism = rawMechanism.toUpperCase();
        if (mechanism === '') return multiline('', ['PLAIN', 'LOGIN']);
        if (!plaintextAllowed()) return err(PLAINTEXT_REFUSED);
        if (options.oauth && isOAuthMechanism(mechanism)) {
          const result = await runOAuthSasl(
            session,
            mechanism,
            initial,
            (challenge) => session.write(`+ ${challenge}\r\n`),
            options.oauth,
          );
          if (result.kind === 'closed') return;
          if (result.kind === 'rejected')
            return session.write(`${OAUTH_REFUSALS[options.oauth.errorStyle ?? 'google'].pop3}\r\n`);
          if (result.kind !== 'authenticated') return err('Authentication aborted.');
          return login(result.username);
        }
        if (mechanism !== 'PLAIN' && mechanism !== 'LOGIN')
          return err('Unsupported authentication mechanism.');
        const outcome = await runSasl(session, mechanism, initial, (challenge) =>
          session.write(`+ ${challenge}\r\n`),
        );
        if (outcome.kind === 'closed') return;
        if (outcome.kind !== 'credentials') return err('Authentication aborted.');
        return checkPassword(options.users, outcome.username, outcome.password)
          ? login(outcome.username)
          : err('[AUTH] Authentication failed.');
      }
      default:
        return err('Unknown command.');
    }
  };

  for (;;) {
    const line = await session.readLine();
    if (line === null) return;
    const { verb, args } = splitVerb(line);
    // A bare `AUTH` only lists mechanisms; it carries no credential.
    const sensitive = SENSITIVE.has(verb) && !(verb === 'AUTH' && args === '');
    if (!session.log.tls && sensitive) session.log.sensitiveInPlaintext.push(verb);
    const handler = options.handlers?.[verb];
    if (handler) {
      const context: Pop3Context = extendContext(
        baseContext(session, verb, () => builtIn(verb, args)),
        { ok, err, multiline },
        { user: () => user },
      );
      await handler(context, args);
    } else {
      await builtIn(verb, args);
    }
    if (session.closed) return;
  }
}

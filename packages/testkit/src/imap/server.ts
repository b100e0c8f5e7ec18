import { hostileOpening, starttlsTransition, streamEndless } from '../core/_hostile.js';
import { applyPreset } from '../core/_options.js';
import { isOAuthMechanism, OAUTH_REFUSALS, runOAuthSasl } from '../core/_oauth.js';
import { checkPassword, runSasl } from '../core/_sasl.js';
import type { Session } from '../core/_session.js';
import { baseContext, extendContext } from '../core/context.js';
import { listen, type TestServer } from '../core/server.js';
import { readCommand } from './_parse.js';
import {
  IMAP_PRESETS,
  type ImapContext,
  type ImapHostileOptions,
  type ImapPreset,
  type ImapServerOptions,
  type ImapState,
} from './options.js';

interface Resolved extends ImapServerOptions {
  hostile: ImapHostileOptions;
  users: Record<string, string>;
}

const BASE = ['IMAP4rev1', 'SASL-IR', 'LOGIN-REFERRALS', 'ID', 'ENABLE', 'IDLE', 'LITERAL+'];
const SENSITIVE = new Set(
  'LOGIN AUTHENTICATE SELECT EXAMINE FETCH APPEND STORE COPY MOVE UID LIST LSUB STATUS CREATE DELETE RENAME EXPUNGE SEARCH IDLE'.split(
    ' ',
  ),
);
const REDACT_LOGIN = /^(\S+\s+LOGIN\s+(?:"(?:[^"\\]|\\.)*"|\S+)\s+)\S.*$/i;
const REDACT_AUTH = /^(\S+\s+AUTHENTICATE\s+\S+\s+)\S.*$/i;
const MAX_LITERAL = 64 * 1024;
const PRIVACY =
  'NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.';

/**
 * Starts a scriptable IMAP server (Dovecot-like by default) on `127.0.0.1`, ephemeral port.
 *
 * It parses tagged commands (quoted strings, `{n}` and `{n+}` literals) and answers CAPABILITY, STARTTLS,
 * LOGIN, AUTHENTICATE PLAIN/LOGIN (SASL-IR or continuation), ID, ENABLE, NOOP, SELECT/EXAMINE, LIST and
 * LOGOUT. LOGINDISABLED applies outside TLS unless `allowPlaintextAuth`.
 *
 * @returns The running server. Rejects if the port cannot be bound.
 */
export async function createImapServer(options: ImapServerOptions = {}): Promise<TestServer> {
  const merged = applyPreset<ImapPreset, ImapHostileOptions, ImapServerOptions>(IMAP_PRESETS, options);
  const resolved: Resolved = { ...merged, users: merged.users ?? {} };
  return listen(
    merged,
    {
      protocol: 'imap',
      scheme: { plain: 'imap', implicit: 'imaps' },
      resetOnConnect: resolved.hostile.resetOnConnect === true,
      handle: (session) => serve(session, resolved),
    },
    {},
  );
}

function plaintextAllowed(options: Resolved): boolean {
  return options.allowPlaintextAuth === true || options.hostile.loginDisabledMissing === true;
}

function capabilities(options: Resolved, tls: boolean, state: ImapState): string[] {
  let list: string[];
  if (state === 'authenticated') {
    list = options.capabilitiesAfterLogin ?? [...BASE, 'SORT', 'THREAD=REFERENCES', 'MOVE', 'UIDPLUS'];
  } else if (tls) {
    list = options.capabilitiesAfterTls ?? [
      ...BASE,
      'AUTH=PLAIN',
      'AUTH=LOGIN',
      ...(options.oauth ? ['AUTH=XOAUTH2', 'AUTH=OAUTHBEARER'] : []),
    ];
  } else {
    list = options.capabilitiesBeforeTls ?? [
      ...BASE,
      ...((options.tls ?? 'starttls') === 'starttls' ? ['STARTTLS'] : []),
      ...(plaintextAllowed(options) ? ['AUTH=PLAIN', 'AUTH=LOGIN'] : ['LOGINDISABLED']),
    ];
  }
  return options.hostile.stripStarttls ? list.filter((item) => item.toUpperCase() !== 'STARTTLS') : list;
}

async function serve(session: Session, options: Resolved): Promise<void> {
  session.redactor = (line) => line.replace(REDACT_LOGIN, '$1***').replace(REDACT_AUTH, '$1***');
  const { hostile } = options;
  if (await hostileOpening(session, hostile, '* OK ')) return;
  let state: ImapState = 'not-authenticated';
  const caps = () => capabilities(options, session.log.tls, state);
  const untagged = (text: string) => session.write(`* ${text}\r\n`);

  if (hostile.hugeLiteral) {
    const huge = typeof hostile.hugeLiteral === 'object' ? hostile.hugeLiteral : {};
    const prefix = `* OK {${huge.announced ?? 100_000_000}}\r\n`;
    return streamEndless(session, { maxBytes: huge.maxBytes ?? 16 * 1024 * 1024, prefix }, prefix);
  }
  if (hostile.preauth) {
    state = 'authenticated';
    const withStarttls = typeof hostile.preauth === 'object' && hostile.preauth.starttls === true;
    await untagged(`PREAUTH [CAPABILITY IMAP4rev1${withStarttls ? ' STARTTLS' : ''}] Logged in as user`);
  } else if (options.greeting !== undefined) {
    await session.write(`${options.greeting}\r\n`);
    if (/^\* BYE\b/i.test(options.greeting)) return session.close();
  } else {
    const code = options.greetingCapabilities === false ? '' : `[CAPABILITY ${caps().join(' ')}] `;
    await untagged(`OK ${code}Dovecot ready.`);
  }
  for (const line of hostile.untaggedBeforeTls ?? []) await session.write(`${line}\r\n`);

  const authenticate = async (tag: string, username: string, password: string): Promise<void> => {
    if (!checkPassword(options.users, username, password)) {
      return session.write(`${tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n`);
    }
    state = 'authenticated';
    return session.write(`${tag} OK [CAPABILITY ${caps().join(' ')}] Logged in\r\n`);
  };

  const builtIn = async (tag: string, command: string, args: string[]): Promise<void> => {
    const tagged = (text: string) => session.write(`${tag} ${text}\r\n`);
    switch (command) {
      case 'CAPABILITY':
        await untagged(`CAPABILITY ${caps().join(' ')}`);
        return tagged('OK Pre-login capabilities listed, post-login capabilities have more.');
      case 'NOOP':
        return tagged('OK NOOP completed.');
      case 'ID':
        await untagged('ID ("name" "Dovecot")');
        return tagged('OK ID completed.');
      case 'LOGOUT':
        state = 'logout';
        await untagged('BYE Logging out');
        await tagged('OK Logout completed.');
        return session.close();
      case 'STARTTLS':
        if (state !== 'not-authenticated') return tagged('BAD STARTTLS not allowed in authenticated state.');
        if (session.log.tls) return tagged('BAD TLS is already active.');
        if ((options.tls ?? 'starttls') !== 'starttls') return tagged('BAD Unknown command.');
        if (hostile.starttlsRefusal) return tagged(hostile.starttlsRefusal);
        await starttlsTransition(session, `${tag} OK Begin TLS negotiation now.`, hostile);
        return;
      case 'LOGIN': {
        if (state !== 'not-authenticated') return tagged('BAD Already logged in.');
        if (!session.log.tls && !plaintextAllowed(options)) return tagged(PRIVACY);
        if (args.length !== 2) return tagged('BAD Error in IMAP command LOGIN: Invalid arguments.');
        return authenticate(tag, args[0] ?? '', args[1] ?? '');
      }
      case 'AUTHENTICATE': {
        if (state !== 'not-authenticated') return tagged('BAD Already logged in.');
        if (!session.log.tls && !plaintextAllowed(options)) return tagged(PRIVACY);
        const mechanism = (args[0] ?? '').toUpperCase();
        if (options.oauth && isOAuthMechanism(mechanism)) {
          const result = await runOAuthSasl(
            session,
            mechanism,
            args[1],
            (challenge) => session.write(`+ ${challenge}\r\n`),
            options.oauth,
          );
          if (result.kind === 'closed') return;
          if (result.kind === 'aborted') return tagged('BAD Authentication aborted by client.');
          if (result.kind === 'malformed') return tagged('BAD Invalid base64 data in continued response');
          if (result.kind === 'rejected')
            return tagged(OAUTH_REFUSALS[options.oauth.errorStyle ?? 'google'].imap);
          state = 'authenticated';
          return tagged(`OK [CAPABILITY ${caps().join(' ')}] ${result.username} authenticated (Success)`);
        }
        if (mechanism !== 'PLAIN' && mechanism !== 'LOGIN')
          return tagged('NO Unsupported authentication mechanism.');
        const outcome = await runSasl(session, mechanism, args[1], (challenge) =>
          session.write(`+ ${challenge}\r\n`),
        );
        if (outcome.kind === 'closed') return;
        if (outcome.kind === 'aborted') return tagged('BAD Authentication aborted by client.');
        if (outcome.kind === 'malformed') return tagged('BAD Invalid base64 data in continued response');
        return authenticate(tag, outcome.username, outcome.password);
      }
      case 'ENABLE':
        if (state !== 'authenticated') return tagged('BAD Not authenticated.');
        return tagged('OK Enabled.');
      case 'SELECT':
      case 'EXAMINE':
        if (state !== 'authenticated') return tagged('BAD Not authenticated.');
        await untagged('FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)');
        await untagged('1 EXISTS');
        await untagged('0 RECENT');
        await untagged('OK [UIDVALIDITY 1] UIDs valid');
        await untagged('OK [UIDNEXT 2] Predicted next UID');
        return tagged(
          `OK [${command === 'SELECT' ? 'READ-WRITE' : 'READ-ONLY'}] ${command === 'SELECT' ? 'Select' : 'Examine'} completed.`,
        );
      case 'LIST':
        if (state !== 'authenticated') return tagged('BAD Not authenticated.');
        await untagged('LIST (\\HasNoChildren) "." INBOX');
        return tagged('OK List completed.');
      default:
        return tagged(`BAD Error in IMAP command ${command || 'received by server'}: Unknown command.`);
    }
  };

  for (;;) {
    const read = await readCommand(session, MAX_LITERAL);
    if (read === null) return;
    if ('error' in read) {
      await session.write(`${read.tag} BAD ${read.error}\r\n`);
      return session.close();
    }
    const { tag, command, args } = read;
    if (tag === '' || command === '') {
      await session.write('* BAD Error in IMAP command received by server.\r\n');
      continue;
    }
    if (!session.log.tls && SENSITIVE.has(command)) session.log.sensitiveInPlaintext.push(command);
    const handler = options.handlers?.[command];
    if (handler) {
      const context: ImapContext = extendContext(
        baseContext(session, command, () => builtIn(tag, command, args)),
        {
          tag,
          args,
          tagged: (status: 'OK' | 'NO' | 'BAD', text: string) =>
            session.write(`${tag} ${status} ${text}\r\n`),
          untagged,
          capabilities: caps,
        },
        { state: () => state },
      );
      await handler(context);
    } else {
      await builtIn(tag, command, args);
    }
    if (session.closed) return;
  }
}

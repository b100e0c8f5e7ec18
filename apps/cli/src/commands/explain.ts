import type { ClientErrorMatch, ErrorClient } from '@mailports/ports';
import type { ProbeMode, ProbeResultBase } from '@mailports/wire';
import { EXIT, UsageError } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import { parseDuration, parseHost, parsePort, parseProtocol, parseWireName } from '../options';
import type { ExplainFlags } from '../flags';
import { explainDocument, explainText } from '../render/explain';
import { envelope, serialize } from '../render/json';
import { printable } from '../sanitize';
import { readCaFile, withOption } from './common';
import { runExplainProbes } from './explain-probes';

/** The most of a piped error message (`explain -`) that is read: a stack trace, not a whole log. */
const MAX_STDIN_BYTES = 64 * 1024;

/** Reads a piped message for `explain -`, bounded in bytes; a terminal gets a usage error instead. */
async function readMessage(io: Io): Promise<string> {
  if (io.stdin.isTTY) {
    throw new UsageError(
      '`explain -` reads the message from a pipe',
      'e.g. node send.js 2>&1 | mailports explain -',
    );
  }
  let text = '';
  for await (const chunk of io.stdin) {
    text += String(chunk);
    if (text.length >= MAX_STDIN_BYTES) break;
  }
  return text.slice(0, MAX_STDIN_BYTES);
}

/** Default waits of the explain probes: long enough for a greet-pause, short enough to answer soon. */
const EXPLAIN_DEFAULTS = { connectMs: 5_000, greetingMs: 10_000 } as const;

const CLIENTS: readonly ErrorClient[] = [
  'nodemailer',
  'imapflow',
  'node',
  'openssl',
  'thunderbird',
  'outlook',
  'phpmailer',
  'smtplib',
];

/** The protocol a client speaks, when the client says it. */
const CLIENT_PROTOCOL: Partial<Record<ErrorClient, 'smtp' | 'imap'>> = {
  nodemailer: 'smtp',
  phpmailer: 'smtp',
  smtplib: 'smtp',
  imapflow: 'imap',
};

function parseClient(text: string): ErrorClient {
  const lowered = text.trim().toLowerCase();
  if ((CLIENTS as readonly string[]).includes(lowered)) return lowered as ErrorClient;
  throw new UsageError(`unknown client '${printable(text)}'`, `one of: ${CLIENTS.join(', ')}`);
}

/** Everything explain found, for the text and JSON renderers. */
export interface ExplainRun {
  readonly text: string;
  readonly host: string | null;
  readonly port: number | null;
  readonly protocol: 'smtp' | 'imap' | 'pop3' | null;
  readonly match: ClientErrorMatch;
  readonly modes: readonly ProbeMode[];
  readonly results: readonly ProbeResultBase[];
  readonly diagnosis: import('@mailports/recommend').ExplainDiagnosis | null;
}

/**
 * `mailports explain "<error text>" [--host H --port P]`: looks the message up in the client-error
 * catalogue and lists its possible causes; with a host and port, runs only the probes that tell those
 * causes apart and names the one observed, with the fix in the client's own option names.
 * Resolves to 0 (explained; with a host, the cause was observed), 1 (the message is not in the
 * catalogue) or 3 (probed, but none of the candidate causes was observed).
 * @throws UsageError for bad options, before anything is sent.
 */
export async function explainCommand(
  message: string,
  flags: ExplainFlags,
  io: Io = processIo(),
): Promise<number> {
  const text = (message === '-' ? await readMessage(io) : message).trim();
  if (text.length === 0) throw new UsageError('the error text is empty', 'paste the message in quotes');
  const client =
    flags.client === undefined ? undefined : withOption('--client', () => parseClient(flags.client!));
  const host = flags.host === undefined ? null : withOption('--host', () => parseHost(flags.host!));
  const port = flags.port === undefined ? null : withOption('--port', () => parsePort(flags.port!));
  if (host !== null && port === null) {
    throw new UsageError('--host needs --port', 'give the port the client connected to, e.g. --port 465');
  }
  const connectMs =
    flags.connectTimeout === undefined
      ? EXPLAIN_DEFAULTS.connectMs
      : withOption('--connect-timeout', () => parseDuration(flags.connectTimeout!, 'connect timeout'));
  const greetingMs =
    flags.greetingTimeout === undefined
      ? EXPLAIN_DEFAULTS.greetingMs
      : withOption('--greeting-timeout', () => parseDuration(flags.greetingTimeout!, 'greeting timeout'));
  const servername =
    flags.servername === undefined
      ? undefined
      : withOption('--servername', () => parseWireName(flags.servername!, 'server name'));
  const ehloName =
    flags.ehloName === undefined
      ? undefined
      : withOption('--ehlo-name', () => parseWireName(flags.ehloName!, 'EHLO name'));
  const ca = flags.ca === undefined ? undefined : await readCaFile(flags.ca);
  const output = createOutput(io, flags.color);

  const { lookupPort, matchClientError } = await import('@mailports/ports');
  const match = matchClientError(text, {
    ...(client !== undefined ? { client } : {}),
    ...(port !== null ? { port } : {}),
  });
  const knownProtocol = port === null ? undefined : lookupPort(port)?.protocol;
  const protocol =
    flags.protocol !== undefined
      ? withOption('--protocol', () => parseProtocol(flags.protocol!))
      : ((match.client ? CLIENT_PROTOCOL[match.client] : undefined) ??
        (knownProtocol === 'imap' || knownProtocol === 'pop3' ? knownProtocol : 'smtp'));

  let modes: ProbeMode[] = [];
  let results: ProbeResultBase[] = [];
  let diagnosis: ExplainRun['diagnosis'] = null;
  if (host !== null && port !== null && match.causes.length > 0) {
    const { diagnoseClientError, explainProbePlan, observeCauses } = await import('@mailports/recommend');
    modes = explainProbePlan(match, port);
    const tlsMs = Math.min(greetingMs, 10_000);
    const overall = connectMs + greetingMs + tlsMs + 5_000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('deadline')), overall);
    try {
      results = await runExplainProbes(
        {
          host,
          port,
          protocol,
          servername,
          ca,
          ehloName,
          timeouts: { overall, connect: connectMs, greeting: greetingMs, tls: tlsMs },
        },
        modes,
        controller.signal,
      );
    } finally {
      clearTimeout(timer);
    }
    diagnosis = diagnoseClientError(
      match,
      observeCauses(results, { greetingSlowMs: Math.min(1_000, greetingMs) }),
    );
  }

  const run: ExplainRun = {
    text,
    host,
    port,
    protocol: host === null ? null : protocol,
    match,
    modes,
    results,
    diagnosis,
  };
  if (flags.json) output.out(serialize({ ...envelope('explain', 'explanation'), ...explainDocument(run) }));
  else output.out(explainText(run, output.color));
  if (match.entries.length === 0) return EXIT.none;
  if (diagnosis !== null && diagnosis.cause === null) return EXIT.partial;
  return EXIT.ok;
}

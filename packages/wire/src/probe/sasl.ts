/**
 * The SASL client mechanisms every probe's login test can run (SMTP AUTH, IMAP AUTHENTICATE, POP3
 * AUTH). A mechanism is added here once and every protocol can use it: each protocol only supplies
 * its framing (see {@link SaslExchange}).
 */

/** The credentials of a login test. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** One line the client sends in an exchange, and what the transcript shows instead when it carries a secret. */
export interface SaslLine {
  readonly line: string;
  readonly redactAs: string;
}

/** A SASL mechanism as a client runs it. */
export interface SaslClient {
  /** Upper-case mechanism name, e.g. `PLAIN`. */
  readonly name: string;
  /** True when the first message may go with the command (an initial response, RFC 4954 §4). */
  readonly clientFirst: boolean;
  /** The client's messages in order, base64: the first goes with the command or answers the first challenge. */
  messages(credentials: Credentials): readonly string[];
}

const REDACTED = '[redacted]';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** RFC 4616: one message, no authorisation identity. */
const PLAIN: SaslClient = {
  name: 'PLAIN',
  clientFirst: true,
  messages: ({ username, password }) => [base64(`\u0000${username}\u0000${password}`)],
};

/** draft-murchison-sasl-login: the user name, then the password, each answering a challenge. */
const LOGIN: SaslClient = {
  name: 'LOGIN',
  clientFirst: false,
  messages: ({ username, password }) => [base64(username), base64(password)],
};

/** The mechanisms the probes can test, in the order they prefer them. */
export const SASL_CLIENTS: readonly SaslClient[] = [PLAIN, LOGIN];

/** The first of {@link SASL_CLIENTS} (or of `among`, by name) that the server offers; undefined when none. */
export function chooseSaslClient(
  offered: readonly string[],
  among: readonly string[] = SASL_CLIENTS.map((client) => client.name),
): SaslClient | undefined {
  return SASL_CLIENTS.find((client) => among.includes(client.name) && offered.includes(client.name));
}

/**
 * A protocol's framing of one SASL exchange: sends the command naming `mechanism` (with `initial`
 * when given), reads to the server's final answer, and for every challenge on the way sends the line
 * `answer()` returns. Resolves to the final answer.
 */
export type SaslExchange<R> = (
  mechanism: string,
  initial: SaslLine | null,
  answer: () => SaslLine,
) => Promise<R>;

/**
 * Runs `client` over a protocol's `exchange`: the first message as an initial response when the
 * mechanism and the protocol allow it (`initialResponse`), every further message answering one
 * challenge, and the SASL cancel `*` for any challenge beyond them (never a resend of the secret).
 * Every message reaches the transcript as `[redacted]`. `cancelled` says whether the server asked
 * for more than the mechanism sends.
 */
export async function authenticate<R>(
  client: SaslClient,
  credentials: Credentials,
  options: { readonly initialResponse: boolean },
  exchange: SaslExchange<R>,
): Promise<{ readonly reply: R; readonly cancelled: boolean }> {
  const messages = client.messages(credentials);
  let next = 0;
  let cancelled = false;
  const initial =
    client.clientFirst && options.initialResponse
      ? { line: messages[next++] as string, redactAs: REDACTED }
      : null;
  const reply = await exchange(client.name, initial, () => {
    const message = messages[next++];
    if (message !== undefined) return { line: message, redactAs: REDACTED };
    cancelled = true;
    return { line: '*', redactAs: '*' };
  });
  return { reply, cancelled };
}

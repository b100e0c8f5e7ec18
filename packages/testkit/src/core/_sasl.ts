import type { Session } from './_session.js';

/** Decoded credentials of a SASL exchange, or why there are none. */
export type SaslOutcome =
  | { kind: 'credentials'; username: string; password: string }
  | { kind: 'aborted' }
  | { kind: 'malformed' }
  | { kind: 'closed' };

/** Decodes a SASL PLAIN response (`authzid NUL authcid NUL passwd`, base64). */
export function decodePlain(response: string): SaslOutcome {
  if (response === '*') return { kind: 'aborted' };
  const decoded = Buffer.from(response, 'base64').toString('utf8');
  const parts = decoded.split('\0');
  if (parts.length !== 3) return { kind: 'malformed' };
  return { kind: 'credentials', username: parts[1] ?? '', password: parts[2] ?? '' };
}

/**
 * Runs the server side of SASL PLAIN or LOGIN. `prompt(text)` writes a continuation in the protocol's
 * syntax (`334 x`, `+ x`); continuation lines are logged as `***`.
 */
export async function runSasl(
  session: Session,
  mechanism: string,
  initial: string | undefined,
  prompt: (base64: string) => Promise<void>,
): Promise<SaslOutcome> {
  const read = async (challenge: string): Promise<string | null> => {
    await prompt(challenge);
    return session.readLine({ secret: true });
  };
  if (mechanism === 'PLAIN') {
    const response = initial !== undefined && initial !== '' ? initial : await read('');
    if (response === null) return { kind: 'closed' };
    return decodePlain(response === '=' ? '' : response);
  }
  // LOGIN: username and password, each base64, each asked for.
  const user = initial !== undefined && initial !== '' ? initial : await read('VXNlcm5hbWU6');
  if (user === null) return { kind: 'closed' };
  if (user === '*') return { kind: 'aborted' };
  const password = await read('UGFzc3dvcmQ6');
  if (password === null) return { kind: 'closed' };
  if (password === '*') return { kind: 'aborted' };
  return {
    kind: 'credentials',
    username: Buffer.from(user, 'base64').toString('utf8'),
    password: Buffer.from(password, 'base64').toString('utf8'),
  };
}

/** True when `users` has `username` with exactly `password`. */
export function checkPassword(users: Record<string, string>, username: string, password: string): boolean {
  return Object.hasOwn(users, username) && users[username] === password;
}

import { WireError } from '../errors';
import { validateAccessToken } from '../sasl-oauth';
import { validateLine } from '../validate';
import type { CommonProbeOptions } from '../probe-options';

/**
 * Rejects what every probe would put on the wire before a connection is opened: a port outside
 * 1–65535, CR, LF or NUL in the host, the SNI name or the user name, NUL in the password (SASL PLAIN
 * separates fields with NUL). Throws `WireError('E_INVALID_INPUT', …, { step: 'options' })`, which
 * `runProbe` reports as status `protocol-error` with nothing sent. Protocols add their own checks
 * (an SMTP EHLO name, a password on an IMAP or POP3 command line). An `oauth2` token must be an
 * RFC 6750 bearer token.
 */
export function validateProbeInput(
  options: Pick<CommonProbeOptions, 'host' | 'servername' | 'credentials' | 'oauth2'>,
  port: number,
): void {
  const invalid = (message: string): WireError =>
    new WireError('E_INVALID_INPUT', message, { step: 'options' });
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw invalid(`The port must be an integer from 1 to 65535, not ${String(port)}.`);
  }
  const line = (value: string, what: string): void => {
    try {
      validateLine(value, what);
    } catch (error) {
      throw WireError.isInstance(error) ? invalid(error.message) : error;
    }
  };
  line(options.host, 'host');
  if (typeof options.servername === 'string') line(options.servername, 'servername');
  if (options.credentials !== undefined) {
    line(options.credentials.username, 'user name');
    if (options.credentials.password.includes('\u0000')) throw invalid('The password must not contain NUL.');
  }
  if (options.oauth2 !== undefined) {
    line(options.oauth2.username, 'user name');
    // An empty, spaced or otherwise malformed token: E_INVALID_INPUT whose message never repeats it.
    validateAccessToken(options.oauth2.accessToken);
  }
}

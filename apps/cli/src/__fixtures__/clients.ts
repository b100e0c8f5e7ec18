import { execFile, spawnSync } from 'node:child_process';
import tls from 'node:tls';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';

/**
 * The real mail clients, each made to fail against a server on loopback and return the message it
 * printed: nodemailer, imapflow, Node's TLS, OpenSSL's s_client and Python's smtplib.
 */

/** Short client timeouts, so a silent server fails the client in a second. */
const quick = { connectionTimeout: 1_000, greetingTimeout: 1_000, socketTimeout: 3_000 };

/** `transport.verify()` with these options; the error message, or `no error`. */
export async function nodemailerError(port: number, options: Record<string, unknown>): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ...quick, ...options });
  try {
    await transport.verify();
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  } finally {
    transport.close();
  }
}

/** `client.connect()` with these options; the error message (with the server text), or `no error`. */
export async function imapflowError(port: number, options: Record<string, unknown>): Promise<string> {
  const client = new ImapFlow({ host: '127.0.0.1', port, logger: false, ...quick, ...options } as never);
  client.on('error', () => {});
  try {
    await client.connect();
    await client.logout();
    return 'no error';
  } catch (error) {
    const { message, responseText } = error as Error & { responseText?: string };
    return responseText ? `${message}: ${responseText}` : message;
  } finally {
    client.close();
  }
}

/** `tls.connect()`; the error message, `timeout`, or `no error`. */
export function nodeTlsError(port: number, options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve('no error');
    });
    socket.once('error', (error) => resolve(error.message));
  });
}

/** Whether this machine has OpenSSL's command line (Debian's `openssl` package). */
export const OPENSSL = spawnSync('openssl', ['version']).status === 0;

/** Runs `openssl s_client` at the port and returns the lines a person would paste: the errors. */
export function opensslError(port: number, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = execFile(
      'openssl',
      ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', 'localhost', ...args],
      { timeout: 10_000 },
      (_error, stdout, stderr) =>
        resolve(
          `${stderr}\n${stdout}`
            .split('\n')
            .filter((line) => /error|didn't find/i.test(line))
            .join('\n'),
        ),
    );
    child.stdin?.end('QUIT\r\n');
  });
}

/** Whether this machine has Python 3 with smtplib (Debian's python3). */
export const PYTHON = spawnSync('python3', ['-c', 'import smtplib, ssl']).status === 0;

const SMTPLIB_SCRIPT = `
import smtplib, sys
mode, port = sys.argv[1], int(sys.argv[2])
try:
    if mode == 'ssl':
        client = smtplib.SMTP_SSL('127.0.0.1', port, timeout=5)
    else:
        client = smtplib.SMTP('127.0.0.1', port, timeout=5)
        if mode == 'starttls':
            client.starttls()
    client.quit()
    print('no error')
except Exception as error:
    print(f"{type(error).__module__}.{type(error).__name__}: {error}")
`;

/** Runs Python's smtplib against the port as `mode` says and returns what it printed. */
export function smtplibError(port: number, mode: 'ssl' | 'plain' | 'starttls'): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      ['-c', SMTPLIB_SCRIPT, mode, String(port)],
      { timeout: 15_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`.trim()),
    );
  });
}

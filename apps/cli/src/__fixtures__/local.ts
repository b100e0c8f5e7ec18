import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The escape character: no raw one may reach a terminal from server text. */
export const ESC = '\x1b';

/** A port nothing listens on: bind an ephemeral port of 127.0.0.1, then release it. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** `count` different ports nothing listens on: all bound at once (so none repeats), then released. */
export async function unusedPorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
}

/** A temporary directory holding `ca.pem` (for `--ca`); `remove()` deletes it. */
export interface CaFile {
  readonly directory: string;
  readonly file: string;
  remove(): void;
}

/** Writes a CA certificate (PEM) to a fresh temporary directory. */
export function writeCaFile(pem: string): CaFile {
  const directory = mkdtempSync(join(tmpdir(), 'mailports-cli-'));
  const file = join(directory, 'ca.pem');
  writeFileSync(file, pem);
  return { directory, file, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/** `probe <host> --ports <ports> …extra`: the shape of almost every probe run in the tests. */
export function probeArgs(host: string, ports: string, ...extra: string[]): string[] {
  return ['probe', host, '--ports', ports, ...extra];
}

/** `recommend <target> …extra --role send --format nodemailer --quiet`: the options alone, as JSON. */
export function nodemailerArgs(target: string, ...extra: string[]): string[] {
  return ['recommend', target, ...extra, '--role', 'send', '--format', 'nodemailer', '--quiet'];
}

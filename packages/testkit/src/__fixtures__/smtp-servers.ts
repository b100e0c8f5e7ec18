import type * as tls from 'node:tls';
import { afterEach } from 'vitest';
import type { SmtpServerOptions } from '../smtp/options.js';
import { createSmtpServer, type SmtpTestServer } from '../smtp/server.js';
import { RawClient } from './raw-client.js';

/**
 * SMTP test servers and raw clients that are closed after each test of the calling file: `start`
 * a server, `connect` a client to it, or both at once with `session`.
 */
export function useSmtpServers() {
  const servers: SmtpTestServer[] = [];
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  const start = async (options: SmtpServerOptions = {}): Promise<SmtpTestServer> => {
    const server = await createSmtpServer(options);
    servers.push(server);
    return server;
  };
  const connect = async (
    server: SmtpTestServer,
    options: { tls?: tls.ConnectionOptions } = {},
  ): Promise<RawClient> => {
    const client = await RawClient.connect(server.port, options);
    clients.push(client);
    return client;
  };
  const session = async (
    options: SmtpServerOptions = {},
  ): Promise<{ server: SmtpTestServer; client: RawClient }> => {
    const server = await start(options);
    return { server, client: await connect(server) };
  };
  return { start, connect, session };
}

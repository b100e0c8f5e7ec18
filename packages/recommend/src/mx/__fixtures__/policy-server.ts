import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as tls from 'node:tls';

/** How the policy host answers one `mta-sts.<domain>` name. */
export type PolicyBehaviour =
  | { kind: 'policy'; body: string; contentType?: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number }
  | { kind: 'endless' }
  | { kind: 'drip' }
  | { kind: 'wrong-certificate' };

/** A local HTTPS server standing in for every `mta-sts.<domain>` host, chosen by SNI and Host. */
const domainOf = (name: string) => name.replace(/:\d+$/, '').replace(/^mta-sts\./, '');

export interface PolicyServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts an HTTPS server on 127.0.0.1 (port 0) serving `/.well-known/mta-sts.txt` per domain (keys of `behaviours`).
 * `certificates.good` names every policy host; hosts marked `wrong-certificate` get `certificates.wrong`.
 */
export async function startPolicyServer(
  behaviours: Record<string, PolicyBehaviour>,
  certificates: { good: { cert: string; key: string }; wrong: { cert: string; key: string } },
): Promise<PolicyServer> {
  const good = tls.createSecureContext(certificates.good);
  const wrong = tls.createSecureContext(certificates.wrong);
  const timers = new Set<NodeJS.Timeout>();
  const server = https.createServer(
    {
      ...certificates.good,
      SNICallback: (name, callback) =>
        callback(null, behaviours[domainOf(name)]?.kind === 'wrong-certificate' ? wrong : good),
    },
    (request, response) => {
      const behaviour = behaviours[domainOf(String(request.headers.host ?? ''))];
      if (!behaviour || request.url !== '/.well-known/mta-sts.txt') {
        response.writeHead(404).end();
        return;
      }
      switch (behaviour.kind) {
        case 'policy':
          response
            .writeHead(200, { 'content-type': behaviour.contentType ?? 'text/plain' })
            .end(behaviour.body);
          return;
        case 'redirect':
          response.writeHead(301, { location: behaviour.location }).end();
          return;
        case 'status':
          response.writeHead(behaviour.status).end('no');
          return;
        case 'endless': {
          response.writeHead(200, { 'content-type': 'text/plain' });
          const line = `mx: ${'a'.repeat(8000)}\n`;
          const pump = () => {
            while (response.write(line)) {}
          };
          response.on('drain', pump);
          pump();
          response.on('close', () => response.off('drain', pump));
          return;
        }
        case 'drip': {
          response.writeHead(200, { 'content-type': 'text/plain' });
          const timer = setInterval(() => response.write('v'), 50);
          timers.add(timer);
          response.on('close', () => {
            clearInterval(timer);
            timers.delete(timer);
          });
          return;
        }
        default:
          response
            .writeHead(200, { 'content-type': 'text/plain' })
            .end('version: STSv1\nmode: enforce\nmx: *\nmax_age: 60\n');
      }
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import net from 'node:net';
import tls from 'node:tls';

/**
 * One step of a raw scripted server. Steps run in order; `send` and `tls` run back to back without
 * yielding, so a STARTTLS reply and the TLS upgrade happen before the client's ClientHello is read.
 */
export type ScriptStep =
  /** Write these bytes exactly. */
  | { send: string | Buffer }
  /** Wait for one line from the client (it is recorded with everything else). */
  | { read: true }
  /** Wrap the socket in TLS (server side) with the given certificate. */
  | { tls: { key: string; cert: string } }
  /** Send FIN. */
  | { end: true }
  /** Send RST. */
  | { reset: true }
  /** Wait until this resolves (e.g. a {@link barrier} shared by several servers). */
  | { wait: () => Promise<void> };

/** What one connection did. */
export interface ScriptedConnection {
  /** Every byte the client sent (decrypted inside TLS), as latin1 text. */
  received: string;
  /** The bytes received in clear, before the TLS upgrade. */
  plaintext: string;
  /** True once the server has wrapped the socket in TLS. */
  upgraded: boolean;
  closed: Promise<void>;
}

/** A raw byte-exact server on 127.0.0.1, port 0; one script per accepted connection, in order. */
export interface ScriptedServer {
  port: number;
  connections: ScriptedConnection[];
  /** Resolves once `count` connections were accepted and all of them closed. */
  settled(count?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a scripted server. Connections beyond the scripts given are closed at once. */
export async function scriptedServer(scripts: ScriptStep[][]): Promise<ScriptedServer> {
  const connections: ScriptedConnection[] = [];
  const sockets = new Set<net.Socket>();
  const waiters: Array<() => void> = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    const script = scripts[connections.length] ?? [{ end: true }];
    const record: ScriptedConnection = {
      received: '',
      plaintext: '',
      upgraded: false,
      closed: new Promise((resolve) => socket.once('close', () => resolve())),
    };
    connections.push(record);
    for (const wake of waiters.splice(0)) wake();
    socket.on('error', () => {});
    void run(socket, script, record);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    connections,
    async settled(count = 1) {
      while (connections.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      await Promise.all(connections.map((connection) => connection.closed));
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function run(raw: net.Socket, script: ScriptStep[], record: ScriptedConnection): Promise<void> {
  let socket: net.Socket = raw;
  let buffer = '';
  let notify: (() => void) | null = null;
  let ended = false;
  const listen = (target: net.Socket, secure: boolean) => {
    target.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      record.received += text;
      if (!secure) record.plaintext += text;
      buffer += text;
      notify?.();
    });
    target.on('close', () => {
      ended = true;
      notify?.();
    });
    target.on('error', () => {});
  };
  listen(raw, false);
  for (const step of script) {
    if ('send' in step) {
      socket.write(step.send);
    } else if ('read' in step) {
      while (!buffer.includes('\n') && !ended) await new Promise<void>((resolve) => (notify = resolve));
      const end = buffer.indexOf('\n');
      if (end < 0) return;
      buffer = buffer.slice(end + 1);
    } else if ('tls' in step) {
      raw.removeAllListeners('data');
      const secure = new tls.TLSSocket(raw, { isServer: true, key: step.tls.key, cert: step.tls.cert });
      record.upgraded = true;
      socket = secure;
      listen(secure, true);
    } else if ('wait' in step) {
      await step.wait();
    } else if ('end' in step) {
      socket.end();
      return;
    } else {
      raw.resetAndDestroy();
      return;
    }
  }
}

/**
 * A step that holds every connection reaching it until `parties` connections have: servers that
 * share it greet only once all of them are connected, which only clients running at once get past.
 */
export function barrier(parties: number): ScriptStep {
  let arrived = 0;
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    wait: () => {
      arrived += 1;
      if (arrived === parties) open();
      return opened;
    },
  };
}

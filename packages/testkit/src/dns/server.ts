import * as dgram from 'node:dgram';
import * as net from 'node:net';
import type { LookupFunction } from 'node:net';
import * as dnsPacket from 'dns-packet';
import { lookupAt } from './lookup.js';

/** Records of one name. Names are matched case-insensitively, with or without a trailing dot. */
export interface DnsRecords {
  A?: string[];
  AAAA?: string[];
  /** Mail exchangers; `priority` is the MX preference (lower first). */
  MX?: Array<{ priority: number; exchange: string }>;
  /** Service records; a `target` of `'.'` means "service not offered" (RFC 2782, RFC 6186). */
  SRV?: Array<{ priority?: number; weight?: number; port: number; target: string }>;
  /** Text records; an array is one record made of several strings. */
  TXT?: Array<string | string[]>;
  /** Alias: queries for other types follow it (within these records) and answer both. */
  CNAME?: string;
}

/** How a name fails instead of answering. */
export type DnsFailure = 'servfail' | 'refused' | 'timeout';

/** Options of {@link createDnsServer}. */
export interface DnsServerOptions {
  /** Zone data by name, e.g. `{ '_submissions._tcp.example.test': { SRV: [...] } }`. Unknown names get NXDOMAIN. */
  records?: Record<string, DnsRecords>;
  /** Names that fail: `servfail`/`refused` answer with that rcode, `timeout` never answers. */
  failures?: Record<string, DnsFailure>;
  /** TTL of every answer, seconds. Default 300. */
  ttl?: number;
  /** Address to bind. Default `'127.0.0.1'`. */
  host?: string;
  /** Port for UDP and TCP. Default 0 (an ephemeral port free for both). */
  port?: number;
  /** Answer every UDP query with the TC bit and no records, forcing resolvers to retry over TCP. Default false. */
  truncateUdp?: boolean;
}

/** One query the server answered (or ignored). */
export interface DnsQueryLog {
  name: string;
  type: string;
  transport: 'udp' | 'tcp';
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, `REFUSED`, or `TIMEOUT` when deliberately unanswered. */
  rcode: string;
}

/** A running DNS test server (UDP and TCP on the same port). */
export interface DnsTestServer {
  /** Bound address, e.g. `'127.0.0.1'`. */
  readonly host: string;
  readonly port: number;
  /** `'127.0.0.1:PORT'`, ready for `Resolver.setServers([server.address])`. */
  readonly address: string;
  /**
   * A `dns.lookup`-shaped function that asks this server (A records, then AAAA), for code that takes
   * a `lookup` option (`net.connect`, wire's `connect` and `resolveHost`). Unknown names: `ENOTFOUND`.
   */
  readonly lookup: LookupFunction;
  /** Every query received, in order. */
  readonly queries: readonly DnsQueryLog[];
  /** Stops both listeners. Safe to call twice. */
  close(): Promise<void>;
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;
const MAX_TCP_MESSAGE = 65_535;

/**
 * Starts an authoritative DNS server for test zones on UDP and TCP (same port), answering A, AAAA, MX,
 * SRV, TXT and CNAME from `records`, NXDOMAIN for unknown names and NOERROR/empty for known names
 * without the asked type. Works with `node:dns` `Resolver#setServers([server.address])`.
 *
 * @returns The running server. Rejects if no port free for both UDP and TCP is found.
 */
export async function createDnsServer(options: DnsServerOptions = {}): Promise<DnsTestServer> {
  const host = options.host ?? '127.0.0.1';
  const zone = new Map<string, DnsRecords>();
  for (const [name, records] of Object.entries(options.records ?? {})) zone.set(normalize(name), records);
  const failures = new Map<string, DnsFailure>();
  for (const [name, failure] of Object.entries(options.failures ?? {}))
    failures.set(normalize(name), failure);
  const queries: DnsQueryLog[] = [];
  const ttl = options.ttl ?? 300;

  const answer = (query: Buffer, transport: 'udp' | 'tcp'): Buffer | null => {
    let request: dnsPacket.DecodedPacket;
    try {
      request = dnsPacket.decode(query);
    } catch {
      return null;
    }
    const question = request.questions?.[0];
    if (!question) return null;
    const name = normalize(question.name);
    const failure = failures.get(name);
    const reply = (rcode: number, answers: dnsPacket.Answer[] = [], flags = 0): Buffer =>
      dnsPacket.encode({
        type: 'response',
        id: request.id ?? 0,
        flags:
          dnsPacket.AUTHORITATIVE_ANSWER |
          ((request.flags ?? 0) & dnsPacket.RECURSION_DESIRED) |
          flags |
          rcode,
        questions: [question],
        answers,
      });
    const record = (rcode: string) => queries.push({ name, type: question.type, transport, rcode });
    if (failure === 'timeout') {
      record('TIMEOUT');
      return null;
    }
    if (failure) {
      record(failure.toUpperCase());
      return reply(failure === 'servfail' ? RCODE.SERVFAIL : RCODE.REFUSED);
    }
    if (transport === 'udp' && options.truncateUdp) {
      record('NOERROR');
      return reply(RCODE.NOERROR, [], dnsPacket.TRUNCATED_RESPONSE);
    }
    const answers = lookup(zone, name, question.type, ttl);
    if (answers === null) {
      record('NXDOMAIN');
      return reply(RCODE.NXDOMAIN);
    }
    const response = reply(RCODE.NOERROR, answers);
    // Like a real server: a UDP answer larger than the client's buffer (512 without EDNS) is truncated.
    if (transport === 'udp' && response.length > udpLimit(request)) {
      record('NOERROR');
      return reply(RCODE.NOERROR, [], dnsPacket.TRUNCATED_RESPONSE);
    }
    record('NOERROR');
    return response;
  };

  for (let attempt = 0; ; attempt += 1) {
    try {
      return await bind(host, options.port ?? 0, answer, queries);
    } catch (error) {
      if (options.port || attempt >= 10) throw error;
    }
  }
}

function bind(
  host: string,
  port: number,
  answer: (query: Buffer, transport: 'udp' | 'tcp') => Buffer | null,
  queries: DnsQueryLog[],
): Promise<DnsTestServer> {
  return new Promise((resolve, reject) => {
    const udp = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
    udp.on('message', (message, remote) => {
      const response = answer(message, 'udp');
      if (response) udp.send(response, remote.port, remote.address);
    });
    udp.once('error', reject);
    udp.bind(port, host, () => {
      const actual = udp.address().port;
      const connections = new Set<net.Socket>();
      const tcp = net.createServer((socket) => {
        connections.add(socket);
        socket.on('close', () => connections.delete(socket));
        socket.on('error', () => socket.destroy());
        socket.setTimeout(10_000, () => socket.destroy());
        let buffer = Buffer.alloc(0);
        socket.on('data', (chunk: Buffer) => {
          buffer = Buffer.concat([buffer, chunk]);
          if (buffer.length > MAX_TCP_MESSAGE + 2) return socket.destroy();
          while (buffer.length >= 2) {
            const length = buffer.readUInt16BE(0);
            if (buffer.length < length + 2) break;
            const response = answer(buffer.subarray(2, length + 2), 'tcp');
            buffer = buffer.subarray(length + 2);
            if (response) {
              const prefix = Buffer.alloc(2);
              prefix.writeUInt16BE(response.length);
              socket.write(Buffer.concat([prefix, response]));
            }
          }
        });
      });
      tcp.once('error', (error) => {
        udp.close();
        reject(error);
      });
      tcp.listen(actual, host, () => {
        let closing: Promise<void> | null = null;
        const address = net.isIPv6(host) ? `[${host}]:${actual}` : `${host}:${actual}`;
        resolve({
          host,
          port: actual,
          address,
          lookup: lookupAt(address),
          queries,
          close: () => {
            closing ??= Promise.all([
              new Promise<void>((done) => udp.close(() => done())),
              new Promise<void>((done) => {
                tcp.close(() => done());
                for (const socket of connections) socket.destroy();
              }),
            ]).then(() => undefined);
            return closing;
          },
        });
      });
    });
  });
}

function udpLimit(request: dnsPacket.DecodedPacket): number {
  const opt = request.additionals?.find((answer) => answer.type === 'OPT');
  return opt && 'udpPayloadSize' in opt ? Math.max(512, opt.udpPayloadSize) : 512;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** Answers for `name`/`type`, following CNAMEs inside the zone; null when the name does not exist. */
function lookup(
  zone: Map<string, DnsRecords>,
  name: string,
  type: string,
  ttl: number,
): dnsPacket.Answer[] | null {
  const answers: dnsPacket.Answer[] = [];
  let current = name;
  for (let hops = 0; hops < 8; hops += 1) {
    const records = zone.get(current);
    if (!records) return hops === 0 ? null : answers;
    if (records.CNAME !== undefined && type !== 'CNAME') {
      answers.push({ type: 'CNAME', name: current, ttl, data: records.CNAME });
      current = normalize(records.CNAME);
      continue;
    }
    answers.push(...recordsOf(records, current, type, ttl));
    return answers;
  }
  return answers;
}

function recordsOf(records: DnsRecords, name: string, type: string, ttl: number): dnsPacket.Answer[] {
  switch (type) {
    case 'A':
      return (records.A ?? []).map((data) => ({ type: 'A', name, ttl, data }));
    case 'AAAA':
      return (records.AAAA ?? []).map((data) => ({ type: 'AAAA', name, ttl, data }));
    case 'MX':
      return (records.MX ?? []).map((mx) => ({
        type: 'MX',
        name,
        ttl,
        data: { preference: mx.priority, exchange: mx.exchange },
      }));
    case 'SRV':
      return (records.SRV ?? []).map((srv) => ({
        type: 'SRV',
        name,
        ttl,
        data: { priority: srv.priority ?? 0, weight: srv.weight ?? 0, port: srv.port, target: srv.target },
      }));
    case 'TXT':
      return (records.TXT ?? []).map((data) => ({ type: 'TXT', name, ttl, data }));
    case 'CNAME':
      return records.CNAME === undefined ? [] : [{ type: 'CNAME', name, ttl, data: records.CNAME }];
    default:
      return [];
  }
}

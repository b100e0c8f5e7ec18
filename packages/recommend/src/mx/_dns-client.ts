import { randomInt } from 'node:crypto';
import * as dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import * as net from 'node:net';
import * as dnsPacket from 'dns-packet';
import { MxError } from './errors';

/** The record types this client asks for. */
export type QueryType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'TLSA' | 'PTR';

/** One answer record, typed. TXT strings are joined (RFC 7208 §3.3 style); TLSA data is hex. */
export type AnswerRecord =
  | { type: 'A'; name: string; address: string }
  | { type: 'AAAA'; name: string; address: string }
  | { type: 'MX'; name: string; preference: number; exchange: string }
  | { type: 'TXT'; name: string; text: string }
  | { type: 'TLSA'; name: string; usage: number; selector: number; matchingType: number; data: string }
  | { type: 'PTR'; name: string; target: string };

/** A resolver's answer. */
export interface QueryAnswer {
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, `REFUSED`, … */
  rcode: string;
  /** The AD bit: the resolver says it validated the answer with DNSSEC. */
  authenticated: boolean;
  records: AnswerRecord[];
  transport: 'udp' | 'tcp';
  /** The TC bit: the answer did not fit (UDP); the query is then asked again over TCP. */
  truncated: boolean;
}

/** Where and how to ask. */
export interface QueryOptions {
  server: { host: string; port: number };
  /** The whole query's time limit (UDP and any TCP retry), ms. */
  timeoutMs: number;
  /** Set CD: ask the resolver to skip validation (to tell a bogus answer from a dead server). */
  checkingDisabled?: boolean;
  signal?: AbortSignal;
}

const MAX_TCP_MESSAGE = 65_535;
const EDNS_BUFFER = 1232;

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function textOf(data: unknown): string {
  const parts = Array.isArray(data) ? data : [data];
  return parts.map((part) => (Buffer.isBuffer(part) ? part.toString('latin1') : String(part))).join('');
}

/** Typed records of the asked type, owned by the name or by an alias the answer leads to (CNAME chain). */
function recordsOf(packet: dnsPacket.Packet, name: string, type: QueryType): AnswerRecord[] {
  const owners = new Set([normalize(name)]);
  const answers = packet.answers ?? [];
  for (const answer of answers) {
    if (answer.type === 'CNAME' && owners.has(normalize(answer.name)))
      owners.add(normalize(String(answer.data)));
  }
  const records: AnswerRecord[] = [];
  for (const answer of answers) {
    if (answer.type !== type || !owners.has(normalize(answer.name))) continue;
    const owner = normalize(answer.name);
    if (answer.type === 'A') records.push({ type: 'A', name: owner, address: answer.data });
    else if (answer.type === 'AAAA') records.push({ type: 'AAAA', name: owner, address: answer.data });
    else if (answer.type === 'MX')
      records.push({
        type: 'MX',
        name: owner,
        preference: answer.data.preference ?? 0,
        exchange: normalize(answer.data.exchange),
      });
    else if (answer.type === 'TXT') records.push({ type: 'TXT', name: owner, text: textOf(answer.data) });
    else if (answer.type === 'PTR')
      records.push({ type: 'PTR', name: owner, target: normalize(answer.data) });
    else if (answer.type === 'TLSA') {
      const data = answer.data as {
        usage: number;
        selector: number;
        matchingType: number;
        certificate: Buffer;
      };
      records.push({
        type: 'TLSA',
        name: owner,
        usage: data.usage,
        selector: data.selector,
        matchingType: data.matchingType,
        data: data.certificate.toString('hex'),
      });
    }
  }
  return records;
}

function decodeAnswer(
  bytes: Buffer,
  id: number,
  name: string,
  type: QueryType,
  transport: 'udp' | 'tcp',
): QueryAnswer {
  let packet: dnsPacket.Packet;
  try {
    packet = dnsPacket.decode(bytes);
  } catch (error) {
    throw new MxError('E_DNS_MALFORMED', `the resolver's answer to ${type} ${name} does not parse`, {
      cause: error,
    });
  }
  const question = packet.questions?.[0];
  if (
    packet.id !== id ||
    packet.type !== 'response' ||
    !question ||
    normalize(question.name) !== normalize(name) ||
    question.type !== type
  ) {
    throw new MxError('E_DNS_MISMATCH', `the resolver answered a different question than ${type} ${name}`);
  }
  const flags = packet.flags ?? 0;
  const rcode = (packet as { rcode?: string }).rcode ?? 'NOERROR';
  let records: AnswerRecord[];
  try {
    records = recordsOf(packet, name, type);
  } catch (error) {
    throw new MxError('E_DNS_MALFORMED', `a ${type} record for ${name} is malformed`, { cause: error });
  }
  return {
    rcode,
    authenticated: (flags & dnsPacket.AUTHENTIC_DATA) !== 0,
    records,
    transport,
    truncated: (flags & dnsPacket.TRUNCATED_RESPONSE) !== 0,
  };
}

function encodeQuery(id: number, name: string, type: QueryType, checkingDisabled: boolean): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    // AD in a query asks for the AD bit in the answer (RFC 6840 §5.7); DO asks for DNSSEC records.
    flags:
      dnsPacket.RECURSION_DESIRED |
      dnsPacket.AUTHENTIC_DATA |
      (checkingDisabled ? dnsPacket.CHECKING_DISABLED : 0),
    questions: [{ type, name, class: 'IN' }],
    additionals: [
      { type: 'OPT', name: '.', udpPayloadSize: EDNS_BUFFER, flags: dnsPacket.DNSSEC_OK } as dnsPacket.Answer,
    ],
  });
}

/** One UDP exchange; datagrams from elsewhere or with another id are ignored (spoofing), not trusted. */
function overUdp(query: Buffer, id: number, options: QueryOptions, deadline: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(isIPv6(options.server.host) ? 'udp6' : 'udp4');
    let settled = false;
    const settle = (error: Error | null, bytes?: Buffer) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onAbort);
      socket.close();
      if (error) reject(error);
      else resolve(bytes as Buffer);
    };
    const onAbort = () => settle(deadline.reason as Error);
    deadline.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error) =>
      settle(new MxError('E_DNS_NETWORK', `resolver unreachable: ${error.message}`)),
    );
    socket.on('message', (message, remote) => {
      if (remote.port !== options.server.port || message.length < 2 || message.readUInt16BE(0) !== id) return;
      settle(null, message);
    });
    socket.send(query, options.server.port, options.server.host);
  });
}

/** One TCP exchange (RFC 7766), the 2-byte length prefix bounding the answer. */
function overTcp(query: Buffer, options: QueryOptions, deadline: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: options.server.host, port: options.server.port });
    let buffered = Buffer.alloc(0);
    let settled = false;
    const settle = (error: Error | null, bytes?: Buffer) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onAbort);
      socket.destroy();
      if (error) reject(error);
      else resolve(bytes as Buffer);
    };
    const onAbort = () => settle(deadline.reason as Error);
    deadline.addEventListener('abort', onAbort, { once: true });
    socket.on('connect', () => {
      const prefix = Buffer.alloc(2);
      prefix.writeUInt16BE(query.length);
      socket.write(Buffer.concat([prefix, query]));
    });
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length > MAX_TCP_MESSAGE + 2)
        return settle(new MxError('E_DNS_MALFORMED', 'TCP answer longer than its length prefix'));
      if (buffered.length >= 2 && buffered.length >= buffered.readUInt16BE(0) + 2) {
        settle(null, buffered.subarray(2, buffered.readUInt16BE(0) + 2));
      }
    });
    socket.on('error', (error) =>
      settle(new MxError('E_DNS_NETWORK', `resolver unreachable over TCP: ${error.message}`)),
    );
    socket.on('close', () =>
      settle(new MxError('E_DNS_NETWORK', 'the resolver closed the TCP connection without an answer')),
    );
  });
}

/**
 * Asks one resolver one question with EDNS0, DO and AD set (CD on request), over UDP and, when the
 * answer is truncated, over TCP. The whole query is bounded by `timeoutMs`; answers are bounded by
 * the DNS message size (64 KiB).
 * @throws MxError `E_DNS_TIMEOUT` (no answer in time), `E_DNS_NETWORK`, `E_DNS_MALFORMED` (an answer that
 * does not parse), `E_DNS_MISMATCH` (an answer to another question: a resolver that lies), `E_ABORTED`.
 */
export async function query(name: string, type: QueryType, options: QueryOptions): Promise<QueryAnswer> {
  const timer = AbortSignal.timeout(options.timeoutMs);
  const signals = options.signal ? [timer, options.signal] : [timer];
  const any = AbortSignal.any(signals);
  const deadline = new AbortController();
  any.addEventListener(
    'abort',
    () =>
      deadline.abort(
        options.signal?.aborted
          ? new MxError('E_ABORTED', `${type} ${name}: stopped`)
          : new MxError(
              'E_DNS_TIMEOUT',
              `no answer to ${type} ${name} from ${options.server.host} within ${options.timeoutMs} ms`,
            ),
      ),
    { once: true },
  );
  if (any.aborted)
    deadline.abort(
      new MxError(options.signal?.aborted ? 'E_ABORTED' : 'E_DNS_TIMEOUT', `${type} ${name}: no time left`),
    );
  if (deadline.signal.aborted) throw deadline.signal.reason;
  const id = randomInt(0, 65_536);
  const bytes = encodeQuery(id, name, type, options.checkingDisabled ?? false);
  const udp = decodeAnswer(await overUdp(bytes, id, options, deadline.signal), id, name, type, 'udp');
  if (!udp.truncated) return udp;
  return decodeAnswer(await overTcp(bytes, options, deadline.signal), id, name, type, 'tcp');
}

/** Parses `host`, `host:port`, `[v6]` or `[v6]:port` (default port 53). */
export function parseResolver(text: string): { host: string; port: number } | null {
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) return { host: bracketed[1] as string, port: Number(bracketed[2] ?? 53) };
  if (net.isIPv6(text)) return { host: text, port: 53 };
  const plain = /^([0-9.]+)(?::(\d{1,5}))?$/.exec(text);
  if (plain && net.isIPv4(plain[1] as string)) {
    const port = Number(plain[2] ?? 53);
    return port >= 1 && port <= 65_535 ? { host: plain[1] as string, port } : null;
  }
  return null;
}

import { isIPv4 } from 'node:net';
import { type AnswerRecord, type QueryAnswer, type QueryType, query } from './_dns-client';
import { MxError } from './errors';
import type { DnsEvidence, DnssecStatus, MxProblem } from './types';

/** One lookup's records, its DNSSEC status according to the resolver, and the evidence. */
export interface Lookup<R extends AnswerRecord = AnswerRecord> {
  records: R[];
  rcode: string;
  dnssec: DnssecStatus;
  evidence: DnsEvidence;
}

/** Asks one resolver, telling secure, insecure, bogus and failed answers apart; records problems. */
export class Resolver {
  readonly problems: MxProblem[] = [];

  constructor(
    readonly server: { host: string; port: number },
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** `host:port` as reported ("according to resolver …"). */
  get label(): string {
    return this.server.host.includes(':')
      ? `[${this.server.host}]:${this.server.port}`
      : `${this.server.host}:${this.server.port}`;
  }

  private ask(name: string, type: QueryType, checkingDisabled = false): Promise<QueryAnswer> {
    return query(name, type, {
      server: this.server,
      timeoutMs: this.timeoutMs,
      checkingDisabled,
      ...(this.signal ? { signal: this.signal } : {}),
    });
  }

  /**
   * Looks a name up. A SERVFAIL is asked again with CD set: if the resolver then answers, the
   * signatures did not validate (`bogus`); the records of that second answer are not used. Never throws.
   */
  async lookup<T extends QueryType>(
    name: string,
    type: T,
  ): Promise<Lookup<Extract<AnswerRecord, { type: T }>>> {
    const label = `${type} ${name}`;
    type Wanted = Extract<AnswerRecord, { type: T }>;
    try {
      const answer = await this.ask(name, type);
      if (answer.rcode === 'SERVFAIL') {
        const unchecked = await this.ask(name, type, true).catch(() => null);
        const bogus = unchecked !== null && unchecked.rcode !== 'SERVFAIL';
        const error = bogus
          ? 'SERVFAIL, but the answer arrives with checking disabled: DNSSEC validation failed'
          : 'SERVFAIL';
        return {
          records: [],
          rcode: 'SERVFAIL',
          dnssec: bogus ? 'bogus' : 'failed',
          evidence: { query: label, rcode: 'SERVFAIL', dnssec: bogus ? 'bogus' : 'failed', error },
        };
      }
      const dnssec: DnssecStatus =
        answer.rcode === 'NOERROR' || answer.rcode === 'NXDOMAIN'
          ? answer.authenticated
            ? 'secure'
            : 'insecure'
          : 'failed';
      return {
        records: answer.records.filter((record): record is Wanted => record.type === type),
        rcode: answer.rcode,
        dnssec,
        evidence: { query: label, rcode: answer.rcode, dnssec },
      };
    } catch (error) {
      const code = error instanceof MxError ? error.code : 'E_DNS_NETWORK';
      const message = error instanceof Error ? error.message : String(error);
      this.problems.push({ code, message: `${label}: ${message}` });
      return {
        records: [],
        rcode: code,
        dnssec: 'failed',
        evidence: { query: label, rcode: code, dnssec: 'failed', error: message },
      };
    }
  }

  /** PTR names of an address (reverse DNS), and whether one of them resolves back to it. */
  async reverse(address: string): Promise<{ names: string[]; confirmed: boolean | null }> {
    const found = await this.lookup(reverseName(address), 'PTR');
    const names = found.records.map((record) => record.target);
    if (names.length === 0) return { names, confirmed: null };
    const type = isIPv4(address) ? 'A' : 'AAAA';
    const forward = await Promise.all(names.slice(0, 4).map((name) => this.lookup(name, type)));
    const confirmed = forward.some((answer) =>
      answer.records.some((record) => 'address' in record && sameAddress(record.address, address)),
    );
    return { names, confirmed };
  }
}

/** Two spellings of one IP address compare equal (IPv6 zero compression). */
function sameAddress(a: string, b: string): boolean {
  return a === b || (a.includes(':') && b.includes(':') && reverseName(a) === reverseName(b));
}

/** The `in-addr.arpa` / `ip6.arpa` name of an address. */
export function reverseName(address: string): string {
  if (isIPv4(address)) return `${address.split('.').reverse().join('.')}.in-addr.arpa`;
  const [head = '', tail = ''] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = groups(tail);
  const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  const nibbles = [...left, ...middle, ...right].map((group) => group.padStart(4, '0')).join('');
  return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
}

/** The weakest of several statuses: a chain is only as secure as its least secure link. */
export function weakest(statuses: readonly DnssecStatus[]): DnssecStatus {
  for (const status of ['bogus', 'failed', 'insecure'] as const) if (statuses.includes(status)) return status;
  return 'secure';
}

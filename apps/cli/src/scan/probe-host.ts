import { isIP } from 'node:net';
import type { SmtpProbeResult } from '@mailports/smtp-probe';
import type { Admission } from './admission';
import type { Budgets } from './budgets';
import { type Classified, classify, type HostOutcome } from './classify';
import type { ScanResolver } from './dns';
import { LruMap } from '@mailports/wire';
import { nonPublicKind } from './public-address';

/** What a scan record says about one mail host (an MX host, or the endpoint itself). */
export interface HostResult {
  readonly host: string;
  readonly port: number;
  /** The address the last probe connected to (or tried), or null when the host did not resolve. */
  readonly address: string | null;
  readonly outcome: HostOutcome;
  /**
   * The probe's port status (`ok`, `refused`, `no-greeting`, …), `dns-failed`, or `not-public` (a host
   * DNS named has only addresses outside the internet, not probed).
   */
  readonly status: string;
  /** What showed throttling or a refusal, verbatim server text where there was one (untrusted). */
  readonly evidence: string | null;
  /** Probes run for this host, throttling retries included. */
  readonly tries: number;
  readonly banner: string | null;
  readonly starttls: { offered: boolean; accepted: boolean; reply: string | null } | null;
  readonly tls: {
    version: string | null;
    cipher: string | null;
    trusted: boolean;
    errorCode: string | null;
    hostnameMatches: boolean | null;
    daysRemaining: number;
    leafFingerprint256: string | null;
    /** Who issued the server's certificate, as its issuer name reads (untrusted, cut at 1024 characters). */
    leafIssuer: string | null;
    /** True when the server's certificate names itself as its issuer. */
    leafSelfSigned: boolean | null;
  } | null;
  readonly authMechanisms: readonly string[];
  readonly findings: readonly string[];
  readonly error: { code: string; message: string } | null;
  readonly timings: Readonly<Record<string, number>>;
}

/** What probing a host needs from the scan. */
export interface HostProbeContext {
  readonly resolver: ScanResolver;
  readonly budgets: Budgets;
  readonly admission: Admission;
  /** Probes one address (the CLI passes probeSmtp with the scan's options). */
  readonly probe: (input: {
    host: string;
    address: string;
    port: number;
    signal: AbortSignal;
  }) => Promise<SmtpProbeResult>;
  /** Throttled probes are tried again this many times. */
  readonly retries: number;
  /** The first retry waits about this long (ms, with jitter); each further one twice as long. */
  readonly retryDelayMs: number;
  readonly signal: AbortSignal;
  /**
   * Probe hosts that DNS named (MX hosts, a domain as its own mail host) at non-public addresses too
   * (loopback, private, link-local, …). Default false: those addresses are not probed.
   */
  readonly allowPrivate?: boolean;
}

/** Addresses tried per host when the first does not answer at all. */
const MAX_ADDRESSES = 4;
const UNANSWERED: ReadonlySet<HostOutcome> = new Set(['refused', 'no-answer', 'unreachable']);

/** Server text in a record is bounded: a certificate may carry a name of any length. */
const MAX_TEXT = 1024;
const cut = (text: string): string => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT)}…`);

function summarise(
  target: { host: string; port: number; address: string },
  result: SmtpProbeResult,
  classified: Classified,
  tries: number,
): HostResult {
  const tls = result.tls;
  const leaf = tls?.chain[0];
  return {
    host: target.host,
    port: target.port,
    address: result.address ?? target.address,
    outcome: classified.outcome,
    status: result.status,
    evidence: classified.evidence,
    tries,
    banner: result.banner,
    starttls: result.starttls
      ? { offered: result.starttls.offered, accepted: result.starttls.accepted, reply: result.starttls.reply }
      : null,
    tls: tls
      ? {
          version: tls.version,
          cipher: tls.cipher,
          trusted: tls.verdict.trusted,
          errorCode: tls.verdict.errorCode,
          hostnameMatches: tls.verdict.hostnameMatches,
          daysRemaining: tls.verdict.daysRemaining,
          leafFingerprint256: leaf?.fingerprint256 ?? null,
          leafIssuer: leaf === undefined ? null : cut(leaf.issuer),
          leafSelfSigned: leaf?.selfSigned ?? null,
        }
      : null,
    authMechanisms: result.auth.mechanisms,
    findings: result.findings.map((finding) => finding.code),
    error: result.error ? { code: result.error.code, message: result.error.message } : null,
    timings: result.timings as Record<string, number>,
  };
}

/** A host that was not probed (it did not resolve, or not to a public address), and why. */
function unprobed(
  host: string,
  port: number,
  status: 'dns-failed' | 'not-public',
  error: { code: string; message: string },
): HostResult {
  return {
    host,
    port,
    address: null,
    outcome: 'error',
    status,
    evidence: null,
    tries: 0,
    banner: null,
    starttls: null,
    tls: null,
    authMechanisms: [],
    findings: [],
    error,
    timings: {},
  };
}

/** A host whose addresses are all outside the internet, not probed: say so, with the addresses. */
function notPublic(host: string, port: number, addresses: readonly string[]): HostResult {
  const listed = addresses.map((address) => `${address} (${nonPublicKind(address)})`).join(', ');
  return unprobed(host, port, 'not-public', {
    code: 'E_NOT_PUBLIC',
    message: `${host} has no public address (${listed}): not probed, since a domain's DNS could point a scan into its own network; --allow-private probes it`,
  });
}

/** Sleeps `ms`, or less when `signal` fires. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Probes one mail host: resolves it, then tries its addresses in turn (at most four) until one
 * answers, each probe inside the address's and network's connection budget and the scan's admission
 * control. A throttled answer is retried after an exponential, jittered pause (the budget is given
 * back meanwhile); the last throttled answer stands as `throttled`. A host DNS named (`from: 'dns'`)
 * is probed at its public addresses only, unless `allowPrivate`. Never throws; an aborted scan
 * resolves to null (the target is then left for `--resume`).
 */
export function probeHost(
  host: string,
  port: number,
  context: HostProbeContext,
  from: 'user' | 'dns' = 'user',
): Promise<HostResult | null> {
  // The user's own targets go where they say; a host DNS named goes nowhere outside the internet.
  const probeAllowed = (found: string[]): HostResult | Promise<HostResult | null> => {
    const allowed =
      from === 'user' || context.allowPrivate === true
        ? found
        : found.filter((address) => nonPublicKind(address) === null);
    if (allowed.length === 0) return notPublic(host, port, found.slice(0, MAX_ADDRESSES));
    return new Promise((resolve, reject) =>
      new HostProbe(host, port, context, allowed.slice(0, MAX_ADDRESSES), resolve, reject).next(),
    );
  };
  try {
    // An address target needs no lookup, nor a turn of the event loop to learn so.
    if (isIP(host) !== 0) return Promise.resolve(probeAllowed([host]));
    return context.resolver.addresses(host).then(probeAllowed, (error: unknown) => {
      const code = String((error as NodeJS.ErrnoException).code ?? 'EDNS');
      const message = error instanceof Error ? error.message : String(error);
      return unprobed(host, port, 'dns-failed', { code, message });
    });
  } catch (error) {
    // Only a bug gets here; it rejects, as it would from an async function.
    return Promise.reject(error);
  }
}

/**
 * One host's probes, as a state machine rather than an async loop: a scan holds this for every host
 * in flight, and a suspended async frame (every register of the loop) costs several times its fields.
 * `next()` probes the current address once: budget, admission, probe, then `#answered` decides between
 * a retry after a pause, the next address, and the end. A throw (only a bug) rejects the host's
 * promise, as it would from an async function: `next()` runs first inside the promise's executor, and
 * every later step inside a reaction that passes its failure to `reject`.
 */
class HostProbe {
  #index = 0;
  #retry = 0;
  #tries = 0;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly context: HostProbeContext,
    private readonly addresses: readonly string[],
    private readonly resolve: (result: HostResult | null) => void,
    private readonly reject: (bug: unknown) => void,
  ) {}

  /** Probes the current address once, when its budget and the scan's admission let it. */
  next(): void {
    const { context } = this;
    if (context.signal.aborted) {
      this.resolve(null);
      return;
    }
    const address = this.addresses[this.#index] as string;
    const release = context.budgets.tryAcquire?.(address);
    if (release) {
      this.#admit(address, release);
      return;
    }
    context.budgets
      .acquire(address)
      .then((acquired) => this.#admit(address, acquired))
      .catch(this.reject);
  }

  #admit(address: string, release: () => void): void {
    const leave = this.context.admission.tryEnter();
    if (leave !== null) {
      this.#probe(address, release, leave);
      return;
    }
    this.context.admission
      .enter()
      .then(
        (entered) => this.#probe(address, release, entered),
        (bug: unknown) => {
          release();
          throw bug;
        },
      )
      .catch(this.reject);
  }

  #probe(address: string, release: () => void, leave: () => void): void {
    const { context } = this;
    if (context.signal.aborted) {
      leave();
      release();
      this.resolve(null);
      return;
    }
    this.#tries++;
    let probing: Promise<SmtpProbeResult>;
    try {
      probing = context.probe({ host: this.host, address, port: this.port, signal: context.signal });
    } catch (bug) {
      leave();
      release();
      throw bug;
    }
    // One reaction, each path passing its own throw on: the probe's wait holds nothing more.
    probing.then(
      (result) => {
        leave();
        release();
        try {
          this.#answered(address, result);
        } catch (bug) {
          this.reject(bug);
        }
      },
      (bug: unknown) => {
        leave();
        release();
        this.reject(bug);
      },
    );
  }

  #answered(address: string, result: SmtpProbeResult): void {
    const { context } = this;
    if (context.signal.aborted) {
      this.resolve(null);
      return;
    }
    const classified = classify(result);
    const last = summarise({ host: this.host, port: this.port, address }, result, classified, this.#tries);
    if (classified.outcome === 'throttled' && this.#retry < context.retries) {
      const delay = context.retryDelayMs * 2 ** this.#retry * (0.75 + Math.random() * 0.5);
      this.#retry++;
      pause(delay, context.signal)
        .then(() => this.next())
        .catch(this.reject);
      return;
    }
    // An address that answered at all is the host's answer; one that did not leaves the next to try.
    this.#index++;
    this.#retry = 0;
    if (!UNANSWERED.has(last.outcome) || this.#index >= this.addresses.length) {
      this.resolve(last);
      return;
    }
    this.next();
  }
}

/**
 * Results shared between targets: when domains share an MX host, it is probed once and every domain
 * behind it gets that result. In-flight probes are shared too. Bounded: the least recently used
 * entries are forgotten beyond `capacity` (default 10,000: hosted mail puts many domains behind few
 * MX hosts, which stay; a scan of domains that each have their own MX then keeps a few kilobytes per
 * entry, not one result per domain).
 */
export class SharedHostResults {
  readonly #results: LruMap<string, Promise<HostResult | null>>;

  constructor(capacity = 10_000) {
    this.#results = new LruMap(capacity);
  }

  /** Host results held now (finished or in flight). */
  get size(): number {
    return this.#results.size;
  }

  /** The result for `host:port`, probing it unless another target already did; `shared` says which. */
  async get(
    host: string,
    port: number,
    probe: () => Promise<HostResult | null>,
  ): Promise<{ result: HostResult | null; shared: boolean }> {
    const key = `${host}|${port}`;
    const cached = this.#results.get(key);
    if (cached !== undefined) return { result: await cached, shared: true };
    const pending = probe();
    this.#results.set(key, pending);
    const result = await pending;
    // An interrupted probe is no answer and a throttled one is stale at once: the next target asks again.
    if (result === null || result.outcome === 'throttled') this.#results.delete(key);
    return { result, shared: false };
  }
}

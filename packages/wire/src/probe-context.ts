import { performance } from 'node:perf_hooks';
import type { AbortScope } from './abort-scope';
import type { Connection } from './connection';
import { type ConnectOptions, openConnection } from './open';
import type { RunProbeOptions } from './probe-runner';
import type { Limits, Timeouts } from './timeouts';
import type { Transcript } from './transcript';
import type {
  AuthSummary,
  ConnectAttempt,
  Finding,
  PortStatus,
  SecurityMode,
  StarttlsSummary,
  TimingStep,
  Timings,
  TlsInfo,
} from './types';

/** What a probe session gets from {@link runProbe}: the connection factory and the result setters. */
export interface ProbeContext {
  readonly host: string;
  readonly port: number;
  /** Aborts when the caller's signal does or the overall deadline passes. */
  readonly signal: AbortSignal;
  readonly timeouts: Timeouts;
  readonly limits: Limits;
  readonly transcript: Transcript;
  readonly timings: Timings;
  /**
   * Opens a connection to the probe's host, sharing transcript, timings, connect attempts and signal;
   * destroyed when the probe ends. Goes to the address a previous connection of this probe reached
   * (so a retry meets the same server), else to `address`/`addresses`, else to what the host resolves to.
   */
  connect(
    options: Omit<ConnectOptions, 'host' | 'port' | 'transcript' | 'timings' | 'signal' | 'attempts'> & {
      port?: number;
    },
  ): Promise<Connection>;
  /** Runs `fn` and records its duration under `step`, also when it throws. */
  time<T>(step: TimingStep, fn: () => Promise<T>): Promise<T>;
  /**
   * Starts timing `step` without wrapping a promise (see {@link ProbeContext.endStep}). A step still
   * open when the probe ends, because it failed or was aborted, records the time until then.
   */
  beginStep(step: TimingStep): void;
  /** Records the duration of the step {@link ProbeContext.beginStep} opened; nothing when `step` is not open. */
  endStep(step: TimingStep): void;
  finding(finding: Finding): void;
  setSecurity(mode: SecurityMode): void;
  setTls(tls: TlsInfo): void;
  setBanner(banner: string): void;
  setCapabilities(which: 'before' | 'after', raw: readonly string[]): void;
  setStarttls(summary: StarttlsSummary): void;
  setAuth(auth: AuthSummary): void;
  /** End with a non-ok status that is not an error (e.g. 'rejected' greeting). The status stands even if an error follows. */
  setStatus(status: PortStatus, message: string): void;
}

/** What a probe's session reported through its context, for the result. */
export interface Collected {
  address: string | null;
  attempts: ConnectAttempt[];
  security: SecurityMode | null;
  tls: TlsInfo | null;
  banner: string | null;
  capabilitiesBefore: readonly string[] | null;
  capabilitiesAfter: readonly string[] | null;
  starttls: StarttlsSummary | null;
  auth: AuthSummary | null;
  findings: Finding[];
  explicit: { status: PortStatus; message: string } | null;
}

/** Milliseconds to one decimal, as timings are reported. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Where a probe's connection goes: the session's own choice, else the address an earlier connection
 * of this probe reached, else the probe's `address` or `addresses`; nothing means resolve the host.
 */
function targetOf(
  asked: Pick<ConnectOptions, 'address' | 'addresses'>,
  reached: string | null,
  options: Pick<RunProbeOptions, 'address' | 'addresses'>,
): Pick<ConnectOptions, 'address' | 'addresses'> {
  if (asked.address !== undefined || asked.addresses !== undefined) return {};
  if (reached !== null) return { address: reached };
  if (options.address !== undefined) return { address: options.address };
  if (options.addresses !== undefined) return { addresses: options.addresses };
  return {};
}

/**
 * The context one probe's session gets: the setters fill `collected`, and every connection opened
 * goes into `connections` (destroyed when the probe ends). A class, so a probe costs one object
 * rather than a closure per member.
 */
export class ProbeRun implements ProbeContext {
  readonly host: string;
  readonly port: number;
  readonly timeouts: Timeouts;
  readonly limits: Limits;
  readonly transcript: Transcript;
  readonly timings: Timings;
  readonly connections = new Set<Connection>();
  /** The probe's abort: its connections and waits use it, and `signal` is made from it only when asked. */
  readonly #abort: AbortScope;
  /** The step `time` or `beginStep` runs now (named in an abort's error). */
  currentStep: string | undefined;
  /** The step `beginStep` opened and `endStep` has not closed, and when it started. */
  #openStep: TimingStep | null = null;
  #openStarted = 0;
  readonly #options: RunProbeOptions;
  readonly #collected: Collected;

  constructor(
    options: RunProbeOptions,
    parts: {
      abort: AbortScope;
      timeouts: Timeouts;
      limits: Limits;
      transcript: Transcript;
      timings: Timings;
      collected: Collected;
    },
  ) {
    this.host = options.host;
    this.port = options.port;
    this.#abort = parts.abort;
    this.timeouts = parts.timeouts;
    this.limits = parts.limits;
    this.transcript = parts.transcript;
    this.timings = parts.timings;
    this.#options = options;
    this.#collected = parts.collected;
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  connect(connectOptions: Parameters<ProbeContext['connect']>[0]): Promise<Connection> {
    const { port, ...rest } = connectOptions;
    const options = this.#options;
    const collected = this.#collected;
    // The run's own timeouts and limits are resolved already: the connection takes them as they are
    // unless the session overrides some.
    const own = rest.timeouts === undefined && rest.limits === undefined;
    // The run fails its connections itself when it aborts (abortConnections), so none adds a listener.
    return openConnection(
      {
        ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
        ...rest,
        ...targetOf(rest, collected.address, options),
        host: options.host,
        port: port ?? options.port,
        ...(own
          ? {}
          : { timeouts: { ...this.timeouts, ...rest.timeouts }, limits: { ...this.limits, ...rest.limits } }),
        transcript: this.transcript,
        timings: this.timings,
        attempts: collected.attempts,
      },
      this.#abort,
      true,
      own ? this : undefined,
    ).then((connection) => this.#adopt(connection));
  }

  #adopt(connection: Connection): Connection {
    this.connections.add(connection);
    this.#collected.address = connection.address;
    // The deadline may have passed while the connection was being set up.
    if (this.#abort.aborted) connection.abort(this.#abort.reason);
    return connection;
  }

  /** Fails every connection of the run with the run's abort reason (the abort's error for each pending operation). */
  abortConnections(): void {
    for (const connection of this.connections) connection.abort(this.#abort.reason);
  }

  time<T>(step: TimingStep, fn: () => Promise<T>): Promise<T> {
    this.currentStep = step;
    const started = performance.now();
    const record = (): void => {
      this.timings[step] = round(performance.now() - started);
    };
    // Two reactions rather than an async frame: a probe holds this across its slowest waits, and
    // thousands of probes open at once would each hold a suspended frame for it.
    let running: Promise<T>;
    try {
      running = fn();
    } catch (error) {
      record();
      return Promise.reject(error);
    }
    return running.then(
      (value) => {
        record();
        return value;
      },
      (error: unknown) => {
        record();
        throw error;
      },
    );
  }

  beginStep(step: TimingStep): void {
    this.currentStep = step;
    this.#openStep = step;
    this.#openStarted = performance.now();
  }

  endStep(step: TimingStep): void {
    if (this.#openStep !== step) return;
    this.#openStep = null;
    this.timings[step] = round(performance.now() - this.#openStarted);
  }

  /** Closes the step still open when the probe ends, so a failed or aborted step keeps its time. */
  endOpenStep(): void {
    if (this.#openStep !== null) this.endStep(this.#openStep);
  }

  finding(finding: Finding): void {
    this.#collected.findings.push(finding);
  }

  setSecurity(mode: SecurityMode): void {
    this.#collected.security = mode;
  }

  setTls(tls: TlsInfo): void {
    this.#collected.tls = tls;
  }

  setBanner(banner: string): void {
    this.#collected.banner = banner;
  }

  setCapabilities(which: 'before' | 'after', raw: readonly string[]): void {
    if (which === 'before') this.#collected.capabilitiesBefore = [...raw];
    else this.#collected.capabilitiesAfter = [...raw];
  }

  setStarttls(summary: StarttlsSummary): void {
    this.#collected.starttls = summary;
  }

  setAuth(auth: AuthSummary): void {
    this.#collected.auth = auth;
  }

  setStatus(status: PortStatus, message: string): void {
    this.#collected.explicit = { status, message };
  }
}

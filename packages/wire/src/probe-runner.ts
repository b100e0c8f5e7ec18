import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { offAbort, onAbort } from './abort-listeners';
import { AbortScope } from './abort-scope';
import { type Collected, type ProbeContext, ProbeRun, round } from './probe-context';
import { ProtocolError, WireError } from './errors';
import { abortError } from './socket-errors';
import { describeStatus } from './status';
import {
  DEFAULT_TIMEOUTS,
  formatSeconds,
  type Limits,
  resolveLimits,
  resolveTimeouts,
  type Timeouts,
} from './timeouts';
import { boundText } from './result-budget';
import { Transcript } from './transcript';
import type { MailProtocol, PortStatus, ProbeErrorInfo, ProbeMode, ProbeResultBase, Timings } from './types';
import { validateAddresses, validateHost, validatePort } from './validate';

export type { ProbeContext } from './probe-context';

/** Options of {@link runProbe}. */
export interface RunProbeOptions {
  protocol: MailProtocol;
  host: string;
  port: number;
  mode: ProbeMode;
  /** Connect here instead of resolving `host`. */
  address?: string;
  /** Connect to the first of these IP addresses that answers instead of resolving `host`; ignored when `address` is given. */
  addresses?: readonly string[];
  /** Resolves `host` instead of the system's `dns.lookup`. */
  lookup?: LookupFunction;
  timeouts?: Partial<Timeouts>;
  limits?: Partial<Limits>;
  signal?: AbortSignal;
  /** False records no transcript (the result's is empty). Default true. */
  transcript?: boolean;
}

/** The abort reason of every ended probe: one instance, since nothing reads more than its code and message. */
const PROBE_ENDED = new WireError('E_ABORTED', 'The probe has ended.');

function toWireError(error: unknown): WireError {
  if (WireError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new WireError('E_INTERNAL', `Unexpected error: ${message}`, { cause: error });
}

/**
 * Runs a probe session and turns whatever happens into a result; never throws. The session fills
 * `details` and calls the context setters; when it returns, the status is `ok` unless `setStatus`
 * was called. Any error becomes `status` (from the error catalogue), `error` `{ code, message, step }`
 * and a plain `statusMessage` (a non-WireError becomes `E_INTERNAL`). The overall deadline ends
 * the probe with `E_DEADLINE`, the caller's signal with `E_ABORTED`, even if the session ignores the
 * signal. Every connection opened through `ctx.connect` is destroyed; `timings.total` is set.
 */
export function runProbe<D extends object>(
  options: RunProbeOptions,
  details: D,
  session: (ctx: ProbeContext, details: D) => Promise<void>,
): Promise<ProbeResultBase & D> {
  try {
    return settleProbe(options, details, session);
  } catch (error) {
    // Only a bug gets here; it rejects, as it would from an async function.
    return Promise.reject(error);
  }
}

/**
 * {@link runProbe}'s body. Not an async function: the result is one promise that the session's end,
 * its failure or the abort settles, so a probe in flight holds one pending reaction here instead of a
 * race, its two contestants and an async function's own promise.
 */
function settleProbe<D extends object>(
  options: RunProbeOptions,
  details: D,
  session: (ctx: ProbeContext, details: D) => Promise<void>,
): Promise<ProbeResultBase & D> {
  const startedAt = new Date().toISOString();
  const origin = performance.now();
  // Limits are validated inside the session's try; a bad value falls back to the default budget here.
  let budgetLimits: Limits;
  let badLimits: unknown = null;
  try {
    budgetLimits = resolveLimits(options.limits);
  } catch (error) {
    badLimits = error;
    budgetLimits = resolveLimits();
  }
  const transcript = new Transcript({
    origin,
    maxText: budgetLimits.maxTranscriptText,
    record: options.transcript ?? true,
  });
  const timings: Timings = {};
  const collected: Collected = {
    address: null,
    attempts: [],
    security: null,
    tls: null,
    banner: null,
    capabilitiesBefore: null,
    capabilitiesAfter: null,
    starttls: null,
    auth: null,
    findings: [],
    explicit: null,
  };
  // The probe's own abort: an AbortScope, not an AbortController, whose signal would cost every probe
  // in flight an EventTarget with its maps and listeners.
  const scope = new AbortScope();
  // The session's context, once the options are valid: its connections and its current step.
  let run: ProbeRun | null = null;
  // The defaults stand only when the caller's timeouts are invalid (the result then says so).
  let timeouts: Timeouts = DEFAULT_TIMEOUTS;
  let deadline: NodeJS.Timeout | undefined;
  // Set while the session runs: how an abort settles the probe, even if the session ignores it.
  let settleRun: ((error: unknown) => void) | null = null;
  // The deadline or the caller's signal: the run's connections fail at once (their pending reads reject
  // with the abort's error), then the probe settles.
  const abort = (reason: WireError): void => {
    if (scope.aborted) return;
    scope.abort(reason);
    run?.abortConnections();
    const settle = settleRun;
    // Let the session's own rejection (which names the step that was running) win when it comes promptly.
    if (settle !== null) setImmediate(() => settle(abortError(scope, run?.currentStep)));
  };
  const onCallerAbort = (): void => abort(abortError(options.signal as AbortSignal, undefined));
  let listening = false;
  let failure: WireError | null = null;

  try {
    timeouts = resolveTimeouts(options.timeouts);
    if (badLimits !== null) throw badLimits;
    const limits = budgetLimits;
    validateHost(options.host);
    validatePort(options.port);
    if (options.address !== undefined) validateHost(options.address);
    else if (options.addresses !== undefined) validateAddresses(options.addresses);

    const overall = timeouts.overall;
    deadline = setTimeout(() => {
      abort(new WireError('E_DEADLINE', `The probe did not finish within ${formatSeconds(overall)} s.`));
    }, overall);
    deadline.unref();
    if (options.signal?.aborted) onCallerAbort();
    else if (options.signal) {
      onAbort(options.signal, onCallerAbort);
      listening = true;
    }

    run = new ProbeRun(options, { abort: scope, timeouts, limits, transcript, timings, collected });
    if (scope.aborted) throw abortError(scope, undefined);
  } catch (error) {
    failure = toWireError(error);
  }
  // Once the session has ended, failed or been aborted (or the setup above failed).
  const end = (): ProbeResultBase & D => {
    clearTimeout(deadline);
    if (listening) offAbort(options.signal as AbortSignal, onCallerAbort);
    settleRun = null;
    if (run !== null) {
      run.endOpenStep();
      for (const connection of run.connections) connection.destroy();
    }
    // Late work by an abandoned session fails fast instead of opening new connections. A session
    // that returned has nothing left running.
    if (failure !== null) scope.abort(PROBE_ENDED);
    timings.total = round(performance.now() - origin);
    // A goodbye cut short by the deadline changes nothing: the dialogue had already completed.
    if (failure?.code === 'E_DEADLINE' && run?.currentStep === 'quit') {
      transcript.add('event', 'the overall time limit passed while waiting for the goodbye reply');
      failure = null;
    }
    let connectCutShort: string | null = null;
    if (failure?.code === 'E_DEADLINE' && failure.step === 'connect') {
      // The overall limit ended the connect wait: that is still "no answer", for as long as it waited.
      const waited = formatSeconds(timings.connect ?? timings.total);
      connectCutShort = `No answer on port ${options.port} within ${waited} s: the overall time limit (${formatSeconds(timeouts.overall)} s) ended the wait before the ${formatSeconds(timeouts.connect)} s connect timeout (the port may be filtered, or the host is down).`;
      failure = new WireError(
        'E_CONNECT_TIMEOUT',
        `No answer to the TCP connect within ${waited} s (the overall time limit).`,
        { step: 'connect', cause: failure },
      );
    }

    let status: PortStatus = 'ok';
    let statusMessage: string;
    if (collected.explicit) {
      status = collected.explicit.status;
      statusMessage = collected.explicit.message;
    } else if (failure && connectCutShort !== null) {
      status = failure.status;
      statusMessage = connectCutShort;
    } else if (failure) {
      status = failure.status;
      statusMessage = describeStatus(status, {
        port: options.port,
        timeouts,
        error: failure,
        attempts: collected.attempts,
      });
    } else {
      statusMessage = describeStatus('ok', { port: options.port, timeouts });
    }
    const error: ProbeErrorInfo | null = failure
      ? {
          code: failure.code,
          message: failure.message,
          ...(failure.step === undefined ? {} : { step: failure.step }),
          ...(ProtocolError.hasEvidence(failure) && failure.command !== null
            ? { command: failure.command }
            : {}),
          ...(ProtocolError.hasEvidence(failure) && failure.reply !== null ? { reply: failure.reply } : {}),
        }
      : null;

    // One text budget over everything server-sent outside the transcript, so no server fills a result.
    const budget = { left: budgetLimits.maxResultText, truncated: false };
    const banner = boundText(collected.banner, budget);
    const capabilitiesBefore = boundText(collected.capabilitiesBefore, budget);
    const capabilitiesAfter = boundText(collected.capabilitiesAfter, budget);
    // A session that ignored the deadline may still be running and changing its details: copy them then.
    const abandoned = failure !== null && (failure.code === 'E_DEADLINE' || failure.code === 'E_ABORTED');
    const boundedDetails = boundText(details, budget, { copy: abandoned });
    const base: ProbeResultBase = {
      protocol: options.protocol,
      host: options.host,
      port: options.port,
      address: collected.address,
      connectAttempts: [...collected.attempts],
      requestedMode: options.mode,
      security: collected.security,
      status,
      statusMessage,
      error,
      tls: collected.tls,
      timings: { ...timings },
      transcript: transcript.entries,
      findings: [...collected.findings],
      banner,
      capabilitiesBefore,
      capabilitiesAfter,
      starttls: collected.starttls,
      auth: collected.auth ?? { mechanisms: [], beforeTls: [], test: null },
      startedAt,
      ...(budget.truncated || transcript.omitted > 0 ? { truncated: true } : {}),
    };
    // Base fields first for readable output, then the protocol's own; base fields are authoritative.
    // Added one by one: spreading both into a new literal costs a probe more than the rest of this function.
    const result = base as ProbeResultBase & Record<string, unknown>;
    for (const key of Object.keys(boundedDetails)) {
      if (!(key in result)) result[key] = (boundedDetails as Record<string, unknown>)[key];
    }
    return result as ProbeResultBase & D;
  };
  if (run === null || failure !== null) return Promise.resolve(end());
  let resolveRun: (result: ProbeResultBase & D) => void = ignore;
  let rejectRun: (bug: unknown) => void = ignore;
  const probe = new Promise<ProbeResultBase & D>((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });
  // The first of the session's end and the abort settles the probe, so a session that ignores the
  // signal still ends on time.
  let settled = false;
  const settle = (error: unknown): void => {
    if (settled) return;
    settled = true;
    if (error !== SESSION_DONE) failure = toWireError(error);
    try {
      resolveRun(end());
    } catch (bug) {
      rejectRun(bug);
    }
  };
  settleRun = settle;
  // Started from a function of its own: no closure of this one refers to the session, so the probe
  // does not hold it (and what it refers to) once it has started.
  startSession(session, run, details, settle);
  return probe;
}

/** Runs `session` on the next tick and passes its end, or its failure, to `settle`. */
function startSession<D extends object>(
  session: (ctx: ProbeContext, details: D) => Promise<void>,
  ctx: ProbeContext,
  details: D,
  settle: (error: unknown) => void,
): void {
  Promise.resolve()
    .then(() => session(ctx, details))
    .then(settledBy(settle), settle);
}

/** `settle` for a session that returned; made apart, so that its scope holds no session. */
function settledBy(settle: (error: unknown) => void): () => void {
  return () => settle(SESSION_DONE);
}

const ignore = (): void => {};

/** What {@link settleProbe}'s settle is given when the session returned: no error. */
const SESSION_DONE: unique symbol = Symbol('session done');

import { implicitTlsPorts, starttlsSubmissionPort, wellKnownMailPorts } from '@mailports/ports';
import { isIpAddress, type ProbeMode, validateLine, WireError } from '@mailports/wire';
import {
  type HostRun,
  probeHost,
  runProbe,
  runProbeOptionsOf,
  type SecurityPlan,
  securityPlan,
  tlsOptionsOf,
  validateProbeInput,
} from '@mailports/wire/probe';
import { defaultEhloName } from './ehlo-name';
import { type SessionPlan, SmtpSession } from './session';
import type { SmtpDetails, SmtpPortsProbeOptions, SmtpProbeOptions, SmtpProbeResult } from './types';

/** The ports `probeSmtpPorts` probes by default: relay, submissions, submission, the unofficial alternative. */
export const DEFAULT_SMTP_PORTS: readonly number[] = wellKnownMailPorts({ protocol: 'smtp' }).map(
  (entry) => entry.port,
);

const DEFAULT_PORT = starttlsSubmissionPort();
const DEFAULT_GREETING_DELAY_THRESHOLD = 5000;
// Looked up once: every probe's security plan asks.
const IMPLICIT_TLS_PORTS: readonly number[] = implicitTlsPorts('smtp');
const BLANK = /\s/;

/**
 * What the session does for a requested mode on a port: auto is implicit TLS on 465 only and goes
 * on over implicit TLS when a silent plaintext port turns out to speak it; every mode, plain
 * included, diagnoses a mismatch, but only auto continues.
 */
export function resolveSecurity(mode: ProbeMode, port: number): SecurityPlan {
  return securityPlan(mode, port, {
    implicitPorts: IMPLICIT_TLS_PORTS,
    diagnosePlain: true,
    continueOverTls: 'auto',
  });
}

/** Everything that would reach the wire is checked before a connection is opened: the kit's checks, then the EHLO name. */
function validate(options: SmtpProbeOptions, port: number, ehloName: string): void {
  validateProbeInput(options, port);
  validateLine(ehloName, 'ehloName');
  if (ehloName.trim() === '' || BLANK.test(ehloName)) {
    throw new WireError(
      'E_INVALID_INPUT',
      'The EHLO name must be one word (a domain or an address literal).',
      {
        step: 'options',
      },
    );
  }
}

/**
 * Shared by both entry points; `shared` carries the host run's single DNS answer (its duration and
 * its failure, which ends this probe as its own result).
 * @internal
 */
export function runSmtpProbe(
  options: SmtpProbeOptions,
  shared?: Pick<HostRun, 'dnsError' | 'dnsMs'>,
): Promise<SmtpProbeResult> {
  try {
    return startSmtpProbe(options, shared);
  } catch (error) {
    // Only a bug gets here; it rejects, as it would from an async function.
    return Promise.reject(error);
  }
}

// Neither this function nor the session below is async: each would add a promise that only passes the
// probe's result on, held for as long as the probe runs.
function startSmtpProbe(
  options: SmtpProbeOptions,
  shared: Pick<HostRun, 'dnsError' | 'dnsMs'> | undefined,
): Promise<SmtpProbeResult> {
  const port = options.port ?? DEFAULT_PORT;
  const mode = options.mode ?? 'auto';
  const ehloName = options.ehloName ?? defaultEhloName();
  const details: SmtpDetails = {
    greeting: null,
    ehloBefore: null,
    ehloAfter: null,
    capabilityChanges: null,
    usedHelo: false,
    refusal: null,
    ehloName,
  };
  // runProbe turns a throw from the session into the probe's result, as it does a rejection.
  return runProbe(runProbeOptionsOf('smtp', options, { port, mode }), details, (ctx, current) => {
    validate(options, port, ehloName);
    if (shared !== undefined) {
      if (!isIpAddress(options.host)) ctx.timings.dns = shared.dnsMs;
      if (shared.dnsError !== null) throw shared.dnsError;
    }
    const plan: SessionPlan = {
      security: resolveSecurity(mode, port),
      ehloName,
      address: options.address,
      tls: tlsOptionsOf(options),
      credentials: options.credentials,
      token:
        options.oauth2 === undefined
          ? undefined
          : {
              credentials: options.oauth2,
              endpoint: {
                host: typeof options.servername === 'string' ? options.servername : options.host,
                port,
              },
            },
      greetingDelayThreshold: options.greetingDelayThreshold ?? DEFAULT_GREETING_DELAY_THRESHOLD,
    };
    return new SmtpSession(ctx, current, plan).run();
  }) as Promise<SmtpProbeResult>;
}

/**
 * Probes one SMTP port and reports exactly what the server does: greeting, EHLO before and after
 * TLS, STARTTLS or implicit TLS with the certificate verdict, AUTH mechanisms, timings, the
 * transcript and findings. Never throws: network and protocol outcomes, invalid options (status
 * `protocol-error`, `E_INVALID_INPUT`, nothing sent) and aborts all come back as a result.
 *
 * Defaults: port 587, mode `auto` (465 implicit TLS, otherwise plaintext and STARTTLS when offered),
 * wire's `DEFAULT_TIMEOUTS` and `DEFAULT_LIMITS`, EHLO name from {@link defaultEhloName}.
 */
export function probeSmtp(options: SmtpProbeOptions): Promise<SmtpProbeResult> {
  return runSmtpProbe(options);
}

/**
 * Probes several ports of one host at once: DNS is resolved once and every port connects to the
 * first of its addresses that answers (wire's `connect`), so a whole host costs about as long as its
 * slowest port. Results come back in the
 * order of `ports`. Never throws; a failed lookup gives every port status `dns-failed`.
 *
 * Defaults: ports `[25, 465, 587, 2525]` each in mode `auto`, concurrency = number of ports.
 */
export async function probeSmtpPorts(options: SmtpPortsProbeOptions): Promise<SmtpProbeResult[]> {
  const { ports = [...DEFAULT_SMTP_PORTS], concurrency, ...shared } = options;
  const entries = ports.map((entry) =>
    typeof entry === 'number'
      ? { port: entry, mode: 'auto' as const }
      : { port: entry.port, mode: entry.mode ?? 'auto' },
  );
  if (entries.length === 0) return [];
  const { results } = await probeHost({
    host: options.host,
    targets: entries,
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
    ...(options.timeouts?.dns === undefined ? {} : { dnsTimeout: options.timeouts.dns }),
    probe: (entry, run) =>
      runSmtpProbe(
        {
          ...shared,
          port: entry.port,
          mode: entry.mode,
          signal: run.signal,
          ...(run.addresses.length === 0 ? {} : { addresses: run.addresses }),
        },
        run,
      ),
  });
  return results;
}

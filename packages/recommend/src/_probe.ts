import type { MailboxProbeOptions } from '@mailports/mailbox-probe';
import type { SmtpProbeOptions } from '@mailports/smtp-probe';
import type { MailProtocol, ProbeMode, ProbeResultBase, Timeouts, TokenCredentials } from '@mailports/wire';
import { RecommendError } from './errors';

/** One connection to make: where, in which protocol and security mode, and optionally a login. */
export interface ProbeTarget {
  protocol: MailProtocol;
  host: string;
  port: number;
  mode: ProbeMode;
  /** Connect here instead of resolving `host` (which still names the certificate). */
  address?: string | undefined;
  /** Otherwise the addresses discovery resolved: the probe connects to the first that answers. */
  addresses?: readonly string[] | undefined;
  /** Only for the login check on a best option; see `loginEligibility`. */
  credentials?: { username: string; password: string } | undefined;
  /** Only for the token login check on a best option (XOAUTH2/OAUTHBEARER); same rules as `credentials`. */
  oauth2?: TokenCredentials | undefined;
}

/** The probe options every connection of one `recommend()` run shares. */
export interface SharedProbeOptions {
  timeouts?: Partial<Timeouts>;
  ca?: string | Buffer | Array<string | Buffer>;
  servername?: string | false;
  ehloName?: string;
}

/** Runs the probe of a target's protocol; resolves to its result, never to a network error. */
export type Prober = (target: ProbeTarget, signal: AbortSignal) => Promise<ProbeResultBase>;

/**
 * Runs `run` over `items` with at most `limit` in flight, through wire's one orchestrator
 * (`fanOut`, loaded on call so importing this package stays browser-safe): every probe gets the
 * run's signal, which `signal` aborts, so many probes add one listener to `signal`, not one each.
 * Results keep the items' order.
 */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T, signal: AbortSignal) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const { fanOut } = await import('@mailports/wire/probe');
  return fanOut({
    targets: items,
    concurrency: limit,
    ...(signal === undefined ? {} : { signal }),
    probe: (item, runSignal) => run(item, runSignal),
  });
}

/** A result for a probe that threw instead of returning one (a bug in a probe must not sink the report). */
export function failedResult(target: ProbeTarget, aborted: boolean, error: unknown): ProbeResultBase {
  const message = error instanceof Error ? error.message : String(error);
  return {
    protocol: target.protocol,
    host: target.host,
    port: target.port,
    address: null,
    requestedMode: target.mode,
    security: null,
    status: aborted ? 'aborted' : 'protocol-error',
    statusMessage: aborted ? 'Stopped before it finished.' : `The probe failed: ${message}`,
    error: { code: aborted ? 'E_ABORTED' : 'E_PROTOCOL', message },
    tls: null,
    timings: {},
    transcript: [],
    findings: [],
    banner: null,
    capabilitiesBefore: null,
    capabilitiesAfter: null,
    starttls: null,
    auth: { mechanisms: [], beforeTls: [], test: null },
    startedAt: new Date().toISOString(),
  };
}

/**
 * Loads the probe packages the protocols need (with `import()`, so importing this package stays
 * browser-safe) and returns one function that probes any target with the shared options.
 */
export async function loadProber(
  options: SharedProbeOptions,
  protocols: ReadonlySet<MailProtocol>,
): Promise<Prober> {
  const smtp = protocols.has('smtp') ? await import('@mailports/smtp-probe') : null;
  const mailbox =
    protocols.has('imap') || protocols.has('pop3') ? await import('@mailports/mailbox-probe') : null;
  return (target, signal) => {
    const common: MailboxProbeOptions = {
      host: target.host,
      port: target.port,
      mode: target.mode,
      signal,
      ...(target.address !== undefined ? { address: target.address } : {}),
      ...(target.address === undefined && target.addresses?.length ? { addresses: target.addresses } : {}),
      ...(target.credentials !== undefined ? { credentials: target.credentials } : {}),
      ...(target.oauth2 !== undefined ? { oauth2: target.oauth2 } : {}),
      ...(options.timeouts !== undefined ? { timeouts: options.timeouts } : {}),
      ...(options.ca !== undefined ? { ca: options.ca } : {}),
      ...(options.servername !== undefined ? { servername: options.servername } : {}),
    };
    if (target.protocol === 'smtp' && smtp) {
      const smtpOptions: SmtpProbeOptions = {
        ...common,
        ...(options.ehloName !== undefined ? { ehloName: options.ehloName } : {}),
      };
      return smtp.probeSmtp(smtpOptions);
    }
    if (target.protocol === 'imap' && mailbox) return mailbox.probeImap(common);
    if (target.protocol === 'pop3' && mailbox) return mailbox.probePop3(common);
    throw new RecommendError('E_WRONG_PROTOCOL', `no probe for ${target.protocol}`);
  };
}

/** Probes a target, turning a probe that throws into a failed result. */
export async function probeSafely(
  probe: Prober,
  target: ProbeTarget,
  signal: AbortSignal,
): Promise<ProbeResultBase> {
  try {
    return await probe(target, signal);
  } catch (error) {
    return failedResult(target, signal.aborted, error);
  }
}

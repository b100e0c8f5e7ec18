import type { ProbeResultBase } from '@mailports/wire';
import { EXIT } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import { type PortSpec, parseHost, parseMode, parseProtocol, selectPorts } from '../options';
import type { ProbeFlags } from '../flags';
import { Progress } from '../render/progress';
import { certificateLabel, probeSucceeded, securityLabel } from '../render/text';
import { deadline, type NetworkSettings, resolveNetworkFlags, withOption, probeTimeouts } from './common';
import { lookupVia } from './dns';

/**
 * The probe code a run needs, loading from the moment the command starts (alongside the CA file and
 * the other checks) and only for the protocols asked for.
 */
interface Engines {
  readonly host: Promise<typeof import('@mailports/wire/probe')>;
  readonly smtp: Promise<typeof import('@mailports/smtp-probe')> | undefined;
  readonly mailbox: Promise<typeof import('@mailports/mailbox-probe')> | undefined;
}

/**
 * Starts loading a module now and hands back the promise to await where it is used: a failure
 * surfaces there, never as an unhandled rejection while the command is still checking its options.
 */
function preload<T>(load: () => Promise<T>): Promise<T> {
  const loading = load();
  loading.catch(() => undefined);
  return loading;
}

function loadEngines(specs: readonly PortSpec[]): Engines {
  return {
    host: preload(() => import('@mailports/wire/probe')),
    smtp: specs.some((spec) => spec.protocol === 'smtp')
      ? preload(() => import('@mailports/smtp-probe'))
      : undefined,
    mailbox: specs.some((spec) => spec.protocol !== 'smtp')
      ? preload(() => import('@mailports/mailbox-probe'))
      : undefined,
  };
}

/** Probes one port with the package that speaks its protocol. */
async function probeOne(
  spec: PortSpec,
  host: string,
  addresses: readonly string[],
  settings: NetworkSettings,
  signal: AbortSignal,
  engines: Engines,
): Promise<ProbeResultBase> {
  const common = {
    host,
    port: spec.port,
    mode: spec.mode,
    addresses,
    ...(settings.servername !== undefined ? { servername: settings.servername } : {}),
    ...(settings.ca ? { ca: settings.ca } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    ...(settings.oauth2 ? { oauth2: settings.oauth2 } : {}),
    timeouts: probeTimeouts(settings),
    signal,
  };
  if (spec.protocol === 'smtp') {
    const { probeSmtp } = await (engines.smtp as NonNullable<Engines['smtp']>);
    return probeSmtp({
      ...common,
      ...(settings.ehloName !== undefined ? { ehloName: settings.ehloName } : {}),
    });
  }
  const { probeImap, probePop3 } = await (engines.mailbox as NonNullable<Engines['mailbox']>);
  return spec.protocol === 'imap' ? probeImap(common) : probePop3(common);
}

/** How long after the overall limit the command's own timer stops a run the orchestrator did not end. */
const DEADLINE_BACKSTOP_MS = 2000;

function progressSummary(result: ProbeResultBase, insecure: boolean): string {
  if (result.status !== 'ok') return result.status;
  const parts = [securityLabel(result.security)];
  if (result.tls) parts.push(certificateLabel(result.tls));
  if (!probeSucceeded(result, insecure)) parts.push('not counted');
  return parts.join(', ');
}

/**
 * The exit code for a set of results: 0 all working, 1 none, 3 some; 5 before those when a login was
 * tried and did not succeed (the server refused the credentials or the exchange broke). A login never
 * tried (no TLS, no usable mechanism) leaves the code to the ports, as for `recommend --user`.
 */
export function probeExitCode(results: readonly ProbeResultBase[], insecure: boolean): number {
  const loginFailed = results.some(
    (result) => result.auth.test?.outcome === 'failed' || result.auth.test?.outcome === 'error',
  );
  if (loginFailed) return EXIT.login;
  const working = results.filter((result) => probeSucceeded(result, insecure)).length;
  if (results.length > 0 && working === results.length) return EXIT.ok;
  return working === 0 ? EXIT.none : EXIT.partial;
}

/**
 * `mailports probe <host>`: every selected port in parallel (DNS resolved once), a table of what each
 * did, notes on failures and findings; `--verbose` and `--transcript` add detail, `--json` prints the
 * full results. Resolves to the exit code (0 all working, 1 none, 3 some, 2 usage).
 * @throws UsageError for bad options, before anything is sent.
 */
export async function probeCommand(
  hostArgument: string,
  flags: ProbeFlags,
  io: Io = processIo(),
): Promise<number> {
  const host = withOption('host', () => parseHost(hostArgument));
  const protocol =
    flags.protocol === undefined ? undefined : withOption('--protocol', () => parseProtocol(flags.protocol!));
  const mode = flags.mode === undefined ? undefined : withOption('--mode', () => parseMode(flags.mode!));
  const specs = withOption('--ports', () => selectPorts(flags.ports, protocol)).map((spec) =>
    mode && spec.mode === 'auto' ? { ...spec, mode } : spec,
  );
  // The probe code loads while the CA file is read and the rest of the options are checked.
  const engines = loadEngines(specs);
  const settings = await resolveNetworkFlags(flags, io);
  const output = createOutput(io, flags.color);
  const started = performance.now();
  // The orchestrator enforces the overall limit itself (so a port still connecting is reported as a
  // timeout); this timer is only the last resort behind it, and Ctrl-C.
  const run = deadline(settings.overallMs + DEADLINE_BACKSTOP_MS);
  const progress = new Progress(io.stderr, output.errorColor, io.stderr.isTTY === true && !settings.json);
  try {
    const { probeHost } = await engines.host;
    const rows = specs.map((spec) => progress.add(`${spec.port}/${spec.protocol}`));
    // One orchestrator for every port: DNS once, at most `concurrency` probes in flight, and the
    // run's deadline, which a probe still connecting reports as "no answer within N s".
    const running = probeHost({
      host,
      targets: specs,
      concurrency: settings.concurrency,
      deadline: settings.overallMs,
      signal: run.signal,
      dnsTimeout: Math.min(settings.overallMs, 10_000),
      ...(settings.dnsServer
        ? { lookup: lookupVia(settings.dnsServer, Math.min(settings.overallMs, 5_000)) }
        : {}),
      probe: async (spec, shared, index): Promise<ProbeResultBase | null> => {
        if (shared.dnsError !== null) return null;
        progress.start(rows[index]!);
        const result = await probeOne(spec, host, shared.addresses, settings, shared.signal, engines);
        progress.end(
          rows[index]!,
          progressSummary(result, settings.insecure),
          probeSucceeded(result, settings.insecure),
        );
        return result;
      },
    });
    // The report's code (and @mailports/recommend) loads while the probes wait on the network.
    const reporting = preload(() => import('./probe-report'));
    const hostRun = await running;
    const report = await reporting;
    const resolved = hostRun.addresses;
    if (hostRun.dnsError !== null || resolved.length === 0) {
      return report.reportUnresolved(host, hostRun.dnsError?.message ?? 'no addresses', settings, output);
    }
    const results = hostRun.results.filter((result): result is ProbeResultBase => result !== null);
    progress.stop();
    const durationMs = performance.now() - started;
    const code = run.interrupted() ? EXIT.interrupted : probeExitCode(results, settings.insecure);
    report.printProbeReport(
      { host, addresses: resolved, specs, results, settings, flags, durationMs, exitCode: code },
      output,
    );
    return code;
  } finally {
    progress.stop();
    run.dispose();
  }
}

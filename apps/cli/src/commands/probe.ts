import type { ProbeResultBase } from '@mailports/wire';
import { explainFailure, loginAdviceForHost } from '@mailports/recommend';
import { EXIT } from '../errors';
import { loginTestLines } from '../render/login';
import { createOutput, type Io, processIo } from '../io';
import { type PortSpec, parseHost, parseMode, parseProtocol, selectPorts } from '../options';
import type { ProbeFlags } from '../flags';
import { envelope, serialize } from '../render/json';
import { Progress } from '../render/progress';
import {
  certificateLabel,
  formatDuration,
  probeDetails,
  probeNotes,
  probeSucceeded,
  probeTable,
  securityLabel,
  serverText,
  transcriptLines,
} from '../render/text';
import { printable } from '../sanitize';
import { deadline, type NetworkSettings, resolveNetworkFlags, withOption, probeTimeouts } from './common';
import { lookupVia } from './dns';

/** Probes one port with the package that speaks its protocol. */
async function probeOne(
  spec: PortSpec,
  host: string,
  addresses: readonly string[],
  settings: NetworkSettings,
  signal: AbortSignal,
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
    const { probeSmtp } = await import('@mailports/smtp-probe');
    return probeSmtp({
      ...common,
      ...(settings.ehloName !== undefined ? { ehloName: settings.ehloName } : {}),
    });
  }
  const { probeImap, probePop3 } = await import('@mailports/mailbox-probe');
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
  const settings = await resolveNetworkFlags(flags, io);
  const output = createOutput(io, flags.color);
  const started = performance.now();
  // The orchestrator enforces the overall limit itself (so a port still connecting is reported as a
  // timeout); this timer is only the last resort behind it, and Ctrl-C.
  const run = deadline(settings.overallMs + DEADLINE_BACKSTOP_MS);
  const progress = new Progress(io.stderr, output.errorColor, io.stderr.isTTY === true && !settings.json);
  try {
    const { probeHost } = await import('@mailports/wire/probe');
    const rows = specs.map((spec) => progress.add(`${spec.port}/${spec.protocol}`));
    // One orchestrator for every port: DNS once, at most `concurrency` probes in flight, and the
    // run's deadline, which a probe still connecting reports as "no answer within N s".
    const hostRun = await probeHost({
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
        const result = await probeOne(spec, host, shared.addresses, settings, shared.signal);
        progress.end(
          rows[index]!,
          progressSummary(result, settings.insecure),
          probeSucceeded(result, settings.insecure),
        );
        return result;
      },
    });
    const resolved = hostRun.addresses;
    if (hostRun.dnsError !== null || resolved.length === 0) {
      return reportUnresolved(host, hostRun.dnsError?.message ?? 'no addresses', settings, output);
    }
    const results = hostRun.results.filter((result): result is ProbeResultBase => result !== null);
    progress.stop();
    const durationMs = performance.now() - started;
    const code = run.interrupted() ? EXIT.interrupted : probeExitCode(results, settings.insecure);
    if (settings.json) {
      output.out(serialize(probeDocument(host, resolved, specs, settings, results, durationMs, code)));
    } else {
      printProbeText({ host, addresses: resolved, results, settings, flags, durationMs, output });
    }
    return code;
  } finally {
    progress.stop();
    run.dispose();
  }
}

function reportUnresolved(
  host: string,
  message: string,
  settings: NetworkSettings,
  output: ReturnType<typeof createOutput>,
): number {
  if (settings.json) {
    output.out(
      serialize({
        ...envelope('probe', 'probe'),
        target: { host, addresses: [], resolutionError: message },
        summary: { total: 0, working: 0, exitCode: EXIT.none },
        results: [],
      }),
    );
  } else {
    output.err(
      `${output.errorColor.red('error')}: cannot resolve ${printable(host)}: ${serverText(message)}`,
    );
    output.err(
      settings.dnsServer
        ? `  check the name, or whether ${settings.dnsServer} answers`
        : '  check the name, or try --dns-server to ask a specific resolver',
    );
  }
  return EXIT.none;
}

function probeDocument(
  host: string,
  addresses: readonly string[],
  specs: readonly PortSpec[],
  settings: NetworkSettings,
  results: readonly ProbeResultBase[],
  durationMs: number,
  exitCode: number,
): object {
  return {
    ...envelope('probe', 'probe'),
    target: { host, addresses, loginAdvice: loginAdviceForHost(host) },
    options: {
      ports: specs,
      overallTimeoutMs: settings.overallMs,
      connectTimeoutMs: settings.connectMs,
      insecure: settings.insecure,
      servername: settings.servername ?? null,
      ehloName: settings.ehloName ?? null,
      caFile: settings.caFile ?? null,
      dnsServer: settings.dnsServer ?? null,
      user: settings.credentials?.username ?? settings.oauth2?.username ?? null,
      login: settings.oauth2 ? 'oauth2-token' : settings.credentials ? 'password' : null,
      concurrency: settings.concurrency,
    },
    summary: {
      total: results.length,
      working: results.filter((result) => probeSucceeded(result, settings.insecure)).length,
      exitCode,
      durationMs: Math.round(durationMs),
    },
    results: results.map((result) => {
      const explanation = result.auth.test ? explainFailure(result, result.auth.test) : undefined;
      return {
        ...result,
        working: probeSucceeded(result, settings.insecure),
        ...(explanation ? { loginExplanation: explanation } : {}),
      };
    }),
  };
}

function printProbeText(input: {
  host: string;
  addresses: readonly string[];
  results: readonly ProbeResultBase[];
  settings: NetworkSettings;
  flags: ProbeFlags;
  durationMs: number;
  output: ReturnType<typeof createOutput>;
}): void {
  const { output, results, settings, flags } = input;
  const { color } = output;
  const target =
    input.addresses[0] === input.host ? input.host : `${input.host} (${input.addresses.join(', ')})`;
  output.out(`${color.bold(printable(target))}`);
  output.out();
  output.out(probeTable(results, { color, width: output.width, insecure: settings.insecure }));
  if (flags.verbose) {
    for (const result of results) {
      output.out();
      for (const line of probeDetails(result, color)) output.out(line);
    }
  }
  const logins = results.flatMap((result) =>
    result.auth.test
      ? loginTestLines(
          color.bold(`${result.port}/${result.protocol}`),
          result.auth.test,
          explainFailure(result, result.auth.test),
          color,
        )
      : [],
  );
  if (logins.length > 0) {
    output.out();
    for (const line of logins) output.out(line);
  }
  // A provider's host: what login works there, whatever the ports said (AUTH PLAIN does not mean a password works).
  const advice = loginAdviceForHost(input.host);
  if (advice) {
    output.out();
    output.out(`${color.bold('login')}  ${advice.message}`);
    const source = advice.setup ?? advice.citations[0];
    if (source) output.out(color.dim(`       source: ${source.label} <${source.url}>`));
  }
  const notes = probeNotes(results, color, flags.verbose === true);
  if (notes.length > 0) {
    output.out();
    for (const note of notes) output.out(note);
  }
  if (flags.transcript) {
    for (const result of results) {
      output.out();
      output.out(color.bold(`${result.port}/${result.protocol} transcript`));
      for (const line of transcriptLines(result.transcript, color)) output.out(line);
    }
  }
  const working = results.filter((result) => probeSucceeded(result, settings.insecure)).length;
  output.out();
  const untrusted = results.filter(
    (result) => result.status === 'ok' && !probeSucceeded(result, false),
  ).length;
  let note = '';
  if (settings.insecure && untrusted > 0) note = ' · certificate failures ignored (--insecure)';
  else if (untrusted > 0) {
    // Say why an answering port is not counted, and the two ways out.
    note = ` · ${untrusted} answered but failed certificate checks (--ca FILE for a private CA; --insecure to count them)`;
  }
  output.out(
    color.dim(`${working} of ${results.length} ports working · ${formatDuration(input.durationMs)}${note}`),
  );
}

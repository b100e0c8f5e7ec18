import type { ProbeResultBase } from '@mailports/wire';
import { explainFailure, loginAdviceForHost } from '@mailports/recommend';
import { EXIT } from '../errors';
import type { createOutput } from '../io';
import type { PortSpec } from '../options';
import type { ProbeFlags } from '../flags';
import { loginTestLines } from '../render/login';
import { envelope, serialize } from '../render/json';
import {
  formatDuration,
  probeDetails,
  probeNotes,
  probeSucceeded,
  probeTable,
  serverText,
  transcriptLines,
} from '../render/text';
import { printable } from '../sanitize';
import type { NetworkSettings } from './common';

// What `mailports probe` prints once the ports have answered. Kept apart from the command so that
// this module and @mailports/recommend (login advice and explanations) load while the probes wait
// on the network, not before the first connect.

type Output = ReturnType<typeof createOutput>;

/** The report when the host did not resolve: a JSON document, or an error and a hint on stderr. */
export function reportUnresolved(
  host: string,
  message: string,
  settings: NetworkSettings,
  output: Output,
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

/** Everything the report of one run needs. */
export interface ProbeReport {
  readonly host: string;
  readonly addresses: readonly string[];
  readonly specs: readonly PortSpec[];
  readonly results: readonly ProbeResultBase[];
  readonly settings: NetworkSettings;
  readonly flags: ProbeFlags;
  readonly durationMs: number;
  readonly exitCode: number;
}

/** Prints the run: the JSON document with `--json`, else the table, notes and details asked for. */
export function printProbeReport(report: ProbeReport, output: Output): void {
  if (report.settings.json) output.out(serialize(probeDocument(report)));
  else printProbeText(report, output);
}

function probeDocument(report: ProbeReport): object {
  const { host, addresses, specs, settings, results } = report;
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
      exitCode: report.exitCode,
      durationMs: Math.round(report.durationMs),
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

function printProbeText(report: ProbeReport, output: Output): void {
  const { results, settings, flags } = report;
  const { color } = output;
  const target =
    report.addresses[0] === report.host ? report.host : `${report.host} (${report.addresses.join(', ')})`;
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
  const advice = loginAdviceForHost(report.host);
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
    color.dim(`${working} of ${results.length} ports working · ${formatDuration(report.durationMs)}${note}`),
  );
}

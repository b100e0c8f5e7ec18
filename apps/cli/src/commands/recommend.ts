import type { Recommendation, RecommendReport } from '@mailports/recommend';
import { EXIT, UsageError } from '../errors';
import { createOutput, type Io, type Output, processIo } from '../io';
import { type FormatName, parseFormat, parsePortMap, parseRole, type RoleName, suggest } from '../options';
import type { RecommendFlags } from '../flags';
import { envelope, serialize } from '../render/json';
import { Progress } from '../render/progress';
import { recommendText } from '../render/recommend';
import { securityLabel } from '../render/text';
import { printable } from '../sanitize';
import { PasteSources, type RecommendModule, settingsText } from './recommend-settings';
import { deadline, type NetworkSettings, resolveNetworkFlags, withOption, probeTimeouts } from './common';

type RecommendOptions = Parameters<typeof import('@mailports/recommend').recommend>[0];

/** What a recommend run needs beyond the target: shared by `recommend` and `demo`. */
export interface RecommendRun {
  readonly target: string;
  readonly roles: RoleName[];
  readonly format: FormatName;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly json: boolean;
  readonly command: 'recommend' | 'demo';
  readonly overallMs: number;
  /** The user name to put into nodemailer's `auth` (never a password). */
  readonly user?: string | undefined;
  /** Passed to recommend() as is (ca, dnsServer, resolvePorts, timeouts …). */
  readonly options: Omit<RecommendOptions, 'target' | 'roles' | 'signal' | 'onProgress'>;
  /** Extra fields for the JSON document (the demo's provider). */
  readonly extra?: Record<string, unknown>;
  /** Lines printed before the report in text mode (the demo's introduction). */
  readonly preface?: readonly string[];
  /** The exit code for the ranked answer; default {@link recommendExitCode}. */
  readonly exitCodeOf?: (recommendations: readonly Recommendation[]) => number;
}

/** Login outcomes that mean the credentials were tried on a best option and did not work there. */
const UNSUCCESSFUL_LOGINS: ReadonlySet<string> = new Set(['failed', 'no-mechanism', 'error']);

/**
 * 5 when a login check on a best option did not succeed (before anything else: it is the answer to
 * the question --user asked); otherwise 0 when every role asked has a recommended option, 1 when none
 * has, 3 when some have. A login not tried (relay, no option, an untrusted certificate) changes
 * nothing: the ranking's code already tells those.
 */
export function recommendExitCode(recommendations: readonly Recommendation[]): number {
  if (recommendations.some((item) => item.login && UNSUCCESSFUL_LOGINS.has(item.login.outcome))) {
    return EXIT.login;
  }
  const good = recommendations.filter((item) =>
    item.options.some((option) => option.verdict === 'recommended'),
  ).length;
  if (recommendations.length > 0 && good === recommendations.length) return EXIT.ok;
  return good === 0 ? EXIT.none : EXIT.partial;
}

/**
 * Runs discovery, probes and ranking with live progress on a terminal, then prints the report (or
 * the JSON document). Resolves to the exit code.
 */
export async function runRecommend(run: RecommendRun, output: Output): Promise<number> {
  const recommendModule = await import('@mailports/recommend');
  const progress = new Progress(
    output.io.stderr,
    output.errorColor,
    output.io.stderr.isTTY === true && !run.json,
  );
  const rows = new Map<string, number>();
  const clock = deadline(run.overallMs);
  try {
    const report = await recommendModule
      .recommend({
        ...run.options,
        target: run.target,
        roles: run.roles,
        signal: clock.signal,
        onProgress: (event) => {
          if (event.type === 'login-start' || event.type === 'login-end') {
            const key = `login ${event.role}`;
            if (event.type === 'login-start') {
              const where = printable(`${event.option.host}:${event.option.port}`);
              rows.set(key, progress.add(`login ${event.role} ${where}`));
              progress.start(rows.get(key)!);
            } else {
              const ok = event.check.outcome === 'succeeded';
              progress.end(rows.get(key) ?? progress.add(key), event.check.outcome, ok);
            }
            return;
          }
          const key = `${event.candidate.host}:${event.candidate.port}/${event.candidate.protocol}`;
          if (event.type === 'probe-start') {
            if (!rows.has(key))
              rows.set(key, progress.add(printable(`${event.candidate.host}:${event.candidate.port}`)));
            progress.start(rows.get(key)!);
          } else {
            const ok = event.result.status === 'ok';
            progress.end(
              rows.get(key) ?? progress.add(key),
              ok ? securityLabel(event.result.security) : event.result.status,
              ok,
            );
          }
        },
      })
      .catch((error: unknown) => {
        // recommend throws only for input it cannot use (a bad target or DNS server): a usage error.
        if (error instanceof Error && error.name === 'RecommendError') throw new UsageError(error.message);
        throw error;
      });
    progress.stop();
    const code = clock.interrupted()
      ? EXIT.interrupted
      : (run.exitCodeOf ?? recommendExitCode)(report.recommendations);
    const sources = new PasteSources(recommendModule, run, report);
    if (run.json) {
      output.out(serialize(recommendDocument(run, report, code, sources, recommendModule)));
      return code;
    }
    const settings = settingsText(sources, recommendModule, report, run, output);
    if (run.quiet) {
      for (const line of settings) output.out(line);
      return code;
    }
    for (const line of run.preface ?? []) output.out(line);
    for (const line of recommendText(report, {
      color: output.color,
      width: output.width,
      verbose: run.verbose,
      insecure: run.options.insecure === true,
    }))
      output.out(line);
    output.out('');
    output.out(output.color.bold(`Settings to paste (${run.format})`));
    for (const line of settings) output.out(run.format === 'table' ? `  ${line}` : line);
    return code;
  } finally {
    progress.stop();
    clock.dispose();
  }
}

function recommendDocument(
  run: RecommendRun,
  report: RecommendReport,
  exitCode: number,
  sources: PasteSources,
  recommend: RecommendModule,
): object {
  return {
    ...envelope(run.command, 'recommend'),
    target: run.target,
    roles: run.roles,
    network: run.options.constraints?.network ?? null,
    ...(run.extra ?? {}),
    summary: {
      exitCode,
      durationMs: Math.round(report.durationMs),
      best: Object.fromEntries(
        report.recommendations.map((item) => [
          item.role,
          item.best
            ? {
                host: item.best.host,
                port: item.best.port,
                security: item.best.security,
                verdict: item.best.verdict,
              }
            : null,
        ]),
      ),
      ...(run.options.credentials || run.options.oauth2
        ? {
            login: Object.fromEntries(
              report.recommendations.map((item) => [item.role, item.login?.outcome ?? 'not-tried']),
            ),
          }
        : {}),
    },
    discovery: report.discovery,
    recommendations: report.recommendations,
    settings: {
      table: recommend.settingsTable(report.recommendations),
      nodemailer: Object.fromEntries(sources.senders.map((item) => [item.role, sources.nodemailer(item)])),
      thunderbird: sources.thunderbird(),
      imapflow: sources.imapflow(),
    },
    results: report.results,
  };
}

function recommendSettings(settings: NetworkSettings): RecommendRun['options'] {
  return {
    timeouts: probeTimeouts(settings),
    deadline: settings.overallMs,
    concurrency: settings.concurrency,
    insecure: settings.insecure,
    ...(settings.dnsServer ? { dnsServer: settings.dnsServer } : {}),
    ...(settings.ca ? { ca: settings.ca } : {}),
    ...(settings.servername !== undefined ? { servername: settings.servername } : {}),
    ...(settings.ehloName !== undefined ? { ehloName: settings.ehloName } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    ...(settings.oauth2 ? { oauth2: settings.oauth2 } : {}),
  };
}

/** An --ispdb base URL: HTTPS, ending with a slash so that the domain can be appended. */
function parseIspdb(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UsageError(`--ispdb: '${printable(text)}' is not a URL`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`--ispdb: '${printable(text)}' is not an https: URL`);
  const base = url.toString();
  return base.endsWith('/') ? base : `${base}/`;
}

/** A --trust-host value: one host name or IP address, nothing that could smuggle a second one. */
function parseTrustHost(text: string): string {
  const host = text.trim().replace(/\.$/, '').toLowerCase();
  if (
    !/^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(host) &&
    !/^[0-9a-f:.]+$/.test(host)
  ) {
    throw new UsageError(`--trust-host: '${printable(text)}' is not a host name or IP address`);
  }
  return host;
}

/** The network ids the knowledge base has port policies for; a typo gets a suggestion. */
async function parseNetwork(text: string): Promise<string> {
  const { PROVIDERS } = await import('@mailports/ports');
  const wanted = text.trim().toLowerCase();
  const ids = PROVIDERS.map((provider) => provider.id as string);
  if (ids.includes(wanted)) return wanted;
  const guess = suggest(wanted, ids);
  throw new UsageError(
    `--network: unknown network '${printable(text)}'${guess ? ` — did you mean ${guess}?` : ''}`,
    `known networks: ${ids.join(', ')}`,
  );
}

/**
 * `mailports recommend <email|domain|host>`: discovery (SRV, MX, conventional names), parallel probes,
 * the ranked answer per role with reasons, and the settings to paste; with --user, the login checked
 * on each role's best option (see loginEligibility in @mailports/recommend).
 * @throws UsageError for bad options, before anything is sent.
 */
export async function recommendCommand(
  target: string,
  flags: RecommendFlags,
  io: Io = processIo(),
): Promise<number> {
  const cleaned = target.trim();
  if (cleaned.length === 0 || /[\s\0]/.test(cleaned)) {
    throw new UsageError(`'${printable(target)}' is not an e-mail address, domain or host`);
  }
  const roles =
    flags.role === undefined
      ? (['send', 'read'] as RoleName[])
      : withOption('--role', () => parseRole(flags.role!));
  const format =
    flags.format === undefined ? 'table' : withOption('--format', () => parseFormat(flags.format!));
  const portMap =
    flags.portMap === undefined ? undefined : withOption('--port-map', () => parsePortMap(flags.portMap!));
  const network = flags.network === undefined ? undefined : await parseNetwork(flags.network);
  const trustHosts = (flags.trustHost ?? []).map((host) => parseTrustHost(host));
  const settings = await resolveNetworkFlags(flags, io);
  const options: RecommendRun['options'] = {
    ...recommendSettings(settings),
    ...(network ? { constraints: { network } } : {}),
    ...(portMap ? { resolvePorts: portMap } : {}),
    ...(trustHosts.length > 0 ? { trustHosts } : {}),
    ...(flags.fetch === false
      ? { fetch: false as const }
      : flags.ispdb !== undefined || flags.fetchHttp === true
        ? {
            fetch: {
              ...(flags.ispdb !== undefined ? { ispdb: parseIspdb(flags.ispdb) } : {}),
              ...(flags.fetchHttp === true ? { allowHttp: true } : {}),
            },
          }
        : {}),
  };
  return runRecommend(
    {
      target: cleaned,
      roles,
      format,
      quiet: flags.quiet === true,
      verbose: flags.verbose === true,
      json: settings.json,
      command: 'recommend',
      overallMs: settings.overallMs,
      // The nodemailer login: the one just checked, else the address asked about.
      user:
        settings.credentials?.username ??
        settings.oauth2?.username ??
        (cleaned.includes('@') ? cleaned : undefined),
      options,
    },
    createOutput(io, flags.color),
  );
}

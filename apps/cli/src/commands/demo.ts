import { recommendedPort } from '@mailports/ports';
import type { Recommendation } from '@mailports/recommend';
import { EXIT } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import { parseDuration, parseFormat, parseRole, type RoleName } from '../options';
import type { DemoFlags } from '../flags';
import { withOption } from './common';
import { recommendExitCode, runRecommend } from './recommend';

/** The demo's deadline unless --timeout says otherwise: everything is on loopback. */
const DEMO_TIMEOUT_MS = 30_000;
/**
 * Connect timeout of the demo's probes: the stand-in for 25 never answers, so this is what the demo
 * waits for it. Loopback connects take well under a millisecond; 1.5 s keeps the demo short and is
 * still far above anything a loaded machine needs to answer a connect.
 */
const DEMO_CONNECT_MS = 1_500;
/** Every role, so that the relay to the MX on 25 shows what a filtered port looks like. */
const DEMO_ROLES: RoleName[] = ['send', 'relay', 'read'];
/** The port the demo leaves unanswered: the relay port (25), the one networks filter outbound. */
const SILENT_PORT = String(recommendedPort('relay').port);

/**
 * The demo's exit code: as recommend's, leaving out relay, which the demo makes unreachable on
 * purpose (0 when relay alone was asked).
 */
export function demoExitCode(recommendations: readonly Recommendation[]): number {
  const counted = recommendations.filter((item) => item.role !== 'relay');
  return counted.length === 0 ? EXIT.ok : recommendExitCode(counted);
}

/**
 * `mailports demo`: starts testkit's demo provider on 127.0.0.1 (SMTP, IMAP, POP3 on ephemeral ports,
 * a DNS server with its MX and SRV records, certificates from its own CA), runs `recommend` against an
 * address of its domain for sending, relay and reading with the login check of its account, prints the
 * result and stops every server. Port 25 leads to a port that never answers a connect, as outbound 25
 * does on networks that filter it, so the report shows the inference drawn from a silent port. Needs no
 * network and no setup.
 * Resolves to {@link demoExitCode}.
 * @throws UsageError for bad options, before any server starts.
 */
export async function demoCommand(flags: DemoFlags, io: Io = processIo()): Promise<number> {
  const roles = flags.role === undefined ? DEMO_ROLES : withOption('--role', () => parseRole(flags.role!));
  const format =
    flags.format === undefined ? 'table' : withOption('--format', () => parseFormat(flags.format!));
  const overallMs =
    flags.timeout === undefined
      ? DEMO_TIMEOUT_MS
      : withOption('--timeout', () => parseDuration(flags.timeout!));
  const output = createOutput(io, flags.color);
  const { startDemoProvider } = await import('@mailports/testkit');
  const provider = await startDemoProvider();
  try {
    const [user, password] = Object.entries(provider.users)[0] ?? [`user@${provider.domain}`, undefined];
    const target = user.includes('@') ? user : `${user}@${provider.domain}`;
    const portMap = { ...provider.portMap, [SILENT_PORT]: provider.ports.unanswered };
    const { color } = output;
    const listening = Object.entries(portMap)
      .map(
        ([wellKnown, actual]) =>
          `${wellKnown}→${actual}${wellKnown === SILENT_PORT ? ' (never answers)' : ''}`,
      )
      .join(' ');
    return await runRecommend(
      {
        target,
        roles,
        format,
        quiet: false,
        verbose: flags.verbose === true,
        json: flags.json === true,
        command: 'demo',
        overallMs,
        user: target,
        options: {
          ...(provider.dns ? { dnsServer: provider.dns.address } : {}),
          resolvePorts: portMap,
          ca: provider.ca,
          timeouts: { overall: overallMs, connect: Math.min(DEMO_CONNECT_MS, overallMs), greeting: 5_000 },
          deadline: overallMs,
          // The demo's SRV records name its own host outside the demo domain: it trusts itself.
          trustHosts: [provider.hostname],
          // The demo provider publishes no client configuration: nothing to fetch.
          fetch: false,
          // The demo knows its account, so it shows the login check as `--user` would run it.
          ...(password !== undefined ? { credentials: { username: user, password } } : {}),
        },
        extra: {
          demo: {
            domain: provider.domain,
            hostname: provider.hostname,
            dnsServer: provider.dns?.address ?? null,
            portMap,
            unansweredPorts: [Number(SILENT_PORT)],
          },
        },
        preface: [
          color.dim(`Demo provider ${provider.domain} on 127.0.0.1 — nothing leaves this machine.`),
          color.dim(
            `DNS ${provider.dns?.address ?? '(none)'} · own test CA · ports (standard→actual) ${listening}`,
          ),
          color.dim(
            `Port ${SILENT_PORT} leads to a port that never answers a connect, as outbound ${SILENT_PORT} does on networks that filter it.`,
          ),
          color.dim(
            `Running: mailports recommend ${target} with that DNS server and CA${password !== undefined ? `, and --user ${user} with the demo's password` : ''}.`,
          ),
          '',
        ],
        exitCodeOf: demoExitCode,
      },
      output,
    );
  } finally {
    await provider.close();
  }
}

import { createOutput, type Io, processIo } from '../io';
import { parseDuration, parseFormat, parseRole, type RoleName } from '../options';
import type { DemoFlags } from '../program';
import { withOption } from './common';
import { runRecommend } from './recommend';

/** The demo's deadline unless --timeout says otherwise: everything is on loopback. */
const DEMO_TIMEOUT_MS = 30_000;

/**
 * `mailports demo`: starts testkit's demo provider on 127.0.0.1 (SMTP, IMAP, POP3 on ephemeral ports,
 * a DNS server with its MX and SRV records, certificates from its own CA), runs `recommend` against an
 * address of its domain, prints the result and stops every server. Needs no network and no setup.
 * Resolves to recommend's exit code.
 * @throws UsageError for bad options, before any server starts.
 */
export async function demoCommand(flags: DemoFlags, io: Io = processIo()): Promise<number> {
  const roles: RoleName[] =
    flags.role === undefined ? ['send', 'read'] : withOption('--role', () => parseRole(flags.role!));
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
    const user = Object.keys(provider.users)[0] ?? `user@${provider.domain}`;
    const target = user.includes('@') ? user : `${user}@${provider.domain}`;
    const { color } = output;
    const listening = Object.entries(provider.portMap)
      .map(([wellKnown, actual]) => `${wellKnown}→${actual}`)
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
          resolvePorts: provider.portMap,
          ca: provider.ca,
          timeouts: { overall: overallMs, connect: 2_000, greeting: 5_000 },
          deadline: overallMs,
        },
        extra: {
          demo: {
            domain: provider.domain,
            hostname: provider.hostname,
            dnsServer: provider.dns?.address ?? null,
            portMap: provider.portMap,
          },
        },
        preface: [
          color.dim(`Demo provider ${provider.domain} on 127.0.0.1 — nothing leaves this machine.`),
          color.dim(
            `DNS ${provider.dns?.address ?? '(none)'} · ports (standard→actual) ${listening} · own test CA`,
          ),
          color.dim(`Running: mailports recommend ${target} with that DNS server and CA.`),
          '',
        ],
      },
      output,
    );
  } finally {
    await provider.close();
  }
}

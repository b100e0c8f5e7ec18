import { wellKnownMailPorts } from '@mailports/ports';
import { WireError } from '@mailports/wire';
import { probeHost } from '@mailports/wire/probe';
import { imapProbe } from './imap-probe';
import { runMailboxProbe } from './mailbox-flow';
import { pop3Probe } from './pop3-probe';
import type { ImapProbeResult, MailboxPortSpec, Pop3ProbeResult, ProbeMailboxOptions } from './types';

const MAILBOX_PORTS = [
  ...wellKnownMailPorts({ protocol: 'pop3' }),
  ...wellKnownMailPorts({ protocol: 'imap' }),
];
const DEFAULT_PORTS: readonly MailboxPortSpec[] = MAILBOX_PORTS.map((entry) => entry.port);
const WELL_KNOWN = new Map(MAILBOX_PORTS.map((entry) => [entry.port, entry.protocol]));

/**
 * Probes the POP3 and IMAP ports of one host in parallel: the name is resolved once (wire's
 * `resolveHost`) and every port connects to the first of those addresses that answers (see wire's
 * `connect`). Defaults: ports `[110, 995, 143, 993]`
 * (each in mode `auto`), concurrency 4. Results come in the order of `ports`. Never throws: a DNS
 * failure gives every port a `dns-failed` result; a bare port number that is not 110, 995, 143 or
 * 993 gives a `protocol-error` result with `E_INVALID_INPUT` (say `{ port, protocol }` instead).
 */
export async function probeMailbox(
  options: ProbeMailboxOptions,
): Promise<Array<ImapProbeResult | Pop3ProbeResult>> {
  const { ports = DEFAULT_PORTS, concurrency = 4, ...common } = options;
  const { results } = await probeHost({
    host: options.host,
    targets: ports,
    concurrency,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
    ...(options.timeouts?.dns === undefined ? {} : { dnsTimeout: options.timeouts.dns }),
    probe: (spec, run): Promise<ImapProbeResult | Pop3ProbeResult> => {
      const port = typeof spec === 'number' ? spec : spec.port;
      const protocol = typeof spec === 'number' ? WELL_KNOWN.get(spec) : spec.protocol;
      const probeOptions = {
        ...common,
        port,
        signal: run.signal,
        ...(typeof spec === 'number' || spec.mode === undefined ? {} : { mode: spec.mode }),
        ...(run.addresses.length === 0 ? {} : { addresses: run.addresses }),
      };
      if (protocol === undefined) {
        const invalid = new WireError(
          'E_INVALID_INPUT',
          `Port ${port} is not a well-known POP3 or IMAP port: give { port, protocol }`,
          { step: 'options' },
        );
        return runMailboxProbe(probeOptions, { presetError: invalid }, imapProbe);
      }
      const internal = run.dnsError === null ? {} : { presetError: run.dnsError };
      return protocol === 'imap'
        ? runMailboxProbe(probeOptions, internal, imapProbe)
        : runMailboxProbe(probeOptions, internal, pop3Probe);
    },
  });
  return results;
}

import type { Command } from 'commander';
import type { ScanFlags } from './flags';
import type { ProgramActions, RunState } from './program';

/** Options `scan` and `worker` share: how each target is probed and how hard servers are pushed. */
function addScanOptions(command: Command): Command {
  return command
    .option('--port <n>', 'port of targets given without one (default: 25, the MX path)')
    .option('--concurrency <n>', 'probes at once, at most (default: 64)')
    .option('--per-address <n>', 'connections at once to one IP address (default: 2)')
    .option('--per-network <n>', 'connections at once to one IPv4 /24 or IPv6 /64 (default: 8)')
    .option(
      '--rate <n>',
      'new connections per second to one address; worker: all workers together (default: 10)',
    )
    .option(
      '--retries <n>',
      'tries again after throttling (421, tarpit), with exponential backoff (default: 2)',
    )
    .option('--retry-delay <duration>', 'pause before the first retry, doubled each time (default: 30s)')
    .option('--timeout <duration>', 'deadline of one probe (default: 60s)')
    .option('--connect-timeout <duration>', 'TCP connect timeout (default: 5s)')
    .option('--ehlo-name <name>', "name sent in EHLO (default: this machine's fully-qualified name)")
    .option('--ca <file>', 'also trust the CA certificates in this PEM file')
    .option('--dns-server <host[:port]>', 'ask this DNS server for MX and addresses')
    .option(
      '--allow-private',
      'also probe MX hosts at loopback, private and other non-public addresses (default: reported, not probed)',
    )
    .option('--no-color', 'no colours (also: NO_COLOR=1)');
}

/** Adds `mailports scan` and `mailports worker` to the program. */
export function addScanCommands(program: Command, actions: Required<ProgramActions>, state: RunState): void {
  addScanOptions(
    program
      .command('scan')
      .description('STARTTLS on port 25 for many domains or hosts: one NDJSON record per target line')
      .argument(
        '[file]',
        'targets, one per line: domain, user@domain, host:port, IP, [IPv6]:port (default: stdin)',
      )
      .option('-o, --output <file>', 'write records to this file instead of stdout (needed for --resume)')
      .option(
        '--resume',
        'continue the scan in --output: lines with a record are not scanned again. First checks that each record names the target now on its line (and is in --shard, probed on --port); any mismatch stops before probing (exit 2). Needs a file, not stdin',
      )
      .option('--shard <i/n>', 'scan only the targets whose stable hash is i modulo n (0-based)')
      .option(
        '--queue <redis-url>',
        'enqueue the targets in Redis for `mailports worker` and print their records',
      )
      .option(
        '--stats',
        'print what the scan cost on stderr: CPU time, memory per open probe, event-loop delay',
      ),
  )
    .addHelpText(
      'after',
      '\nExit codes: 0 every line has a record; 1 the output could not be written (resumable); 2 usage; 130 interrupted (resumable).\n\nExamples:\n  mailports scan domains.txt > results.ndjson\n  mailports scan domains.txt -o results.ndjson --resume\n  mailports scan domains.txt --shard 0/4 -o shard-0.ndjson\n  mailports scan domains.txt --queue redis://127.0.0.1:6379 > results.ndjson',
    )
    .action(async (file: string | undefined, flags: ScanFlags) => {
      state.exitCode = await actions.scan(file, flags);
    });

  addScanOptions(
    program
      .command('worker')
      .description('take scan targets from a Redis queue (`scan --queue`) and probe them')
      .requiredOption('--queue <redis-url>', 'the Redis the scan enqueued to, e.g. redis://127.0.0.1:6379')
      .option('--exit-when-empty', 'exit once no target is waiting or running'),
  )
    .addHelpText('after', '\nExamples:\n  mailports worker --queue redis://127.0.0.1:6379 --concurrency 128')
    .action(async (flags: ScanFlags) => {
      state.exitCode = await actions.worker(flags);
    });
}

import { Command, Option } from 'commander';
import { version } from '../package.json';
import type { Io } from './io';
import type {
  DemoFlags,
  ExplainFlags,
  MxFlags,
  PortsFlags,
  ProbeFlags,
  RecommendFlags,
  ScanFlags,
} from './flags';
import { addScanCommands } from './program-scan';

/**
 * What the program does when a command is chosen. The default loads the command module lazily, so a
 * run pays only for the packages it uses; tests and the docs generator can pass their own or none.
 */
export interface ProgramActions {
  ports(query: string | undefined, flags: PortsFlags): Promise<number>;
  probe(host: string, flags: ProbeFlags): Promise<number>;
  recommend(target: string, flags: RecommendFlags): Promise<number>;
  demo(flags: DemoFlags): Promise<number>;
  /** Optional so callers that predate it keep compiling; the lazily loaded command otherwise. */
  scan?(file: string | undefined, flags: ScanFlags): Promise<number>;
  /** Optional so callers that predate it keep compiling; the lazily loaded command otherwise. */
  worker?(flags: ScanFlags): Promise<number>;
  /** Optional, so that callers written before the command existed keep working; default: the real one. */
  mx?(domain: string, flags: MxFlags): Promise<number>;
  explain(message: string, flags: ExplainFlags): Promise<number>;
}

/** Where a run's exit code is left by the action that ran. */
export interface RunState {
  exitCode: number | undefined;
}

/** The exit codes and what they mean, for --help and the generated CLI reference. */
export const EXIT_CODES: ReadonlyArray<{ readonly code: number; readonly meaning: string }> = [
  {
    code: 0,
    meaning: 'every port works / a recommended (secure, working) option exists for every role asked',
  },
  { code: 1, meaning: 'no port works / no role has a recommended option (or the host does not resolve)' },
  {
    code: 2,
    meaning:
      'usage error (bad option or value, unreadable file, missing or empty password, a --dns-server name that does not resolve); nothing was sent',
  },
  {
    code: 3,
    meaning: 'partial: some ports work and some do not / only some roles have a recommended option',
  },
  {
    code: 4,
    meaning: 'internal error (a bug in mailports: please report it), or the output could not be written',
  },
  {
    code: 5,
    meaning:
      "--user: a login was tried and did not succeed (recommend: on a role's best option; probe: on any port); takes precedence over 1 and 3",
  },
  { code: 130, meaning: 'interrupted (Ctrl-C)' },
];

const EXIT_CODES_HELP = `\nExit codes:\n${EXIT_CODES.map(({ code, meaning }) => `  ${String(code).padEnd(3)}  ${meaning}`).join('\n')}`;

/**
 * Adds the options `probe` and `recommend` share, and --user and --password-env described as
 * `userHelp` says (each command uses credentials its own way).
 */
export function addNetworkOptions(command: Command, options: { userHelp: string }): Command {
  command
    .option('--json', 'print one JSON document (schema: apps/cli/schema) instead of text')
    .option('--timeout <duration>', 'overall deadline: 10, 500ms, 2.5s, 1m (default: 60s)')
    .option('--connect-timeout <duration>', 'TCP connect timeout per attempt (default: 5s)')
    .option(
      '--ehlo-name <name>',
      "name sent in EHLO (default: this machine's fully-qualified name, else mailports.invalid)",
    )
    .option('--servername <name>', 'TLS SNI and certificate name to check (default: the host)')
    .option('--ca <file>', 'also trust the CA certificates in this PEM file (added to the system store)')
    .option('--insecure', 'report certificate failures but still count the port as working')
    .option(
      '--dns-server <host[:port]>',
      'ask this DNS server instead of the system resolver: an IP address, or a name the system resolves once',
    )
    .option('--concurrency <n>', 'connections at once (default: 16)')
    .option('--user <name>', options.userHelp)
    .option('--password-env <var>', 'read the password for --user from this environment variable')
    .option(
      '--oauth2-token-env <var>',
      'test an OAuth2 access token for --user instead of a password (SASL OAUTHBEARER or XOAUTH2, inside verified TLS only)',
    )
    .option(
      '--oauth2-mechanism <name>',
      'with --oauth2-token-env: use only XOAUTH2 or OAUTHBEARER (default: OAUTHBEARER if offered)',
    )
    // Accepted only to refuse it with an explanation: a password on the command line leaks via ps.
    .addOption(new Option('--password <secret>').hideHelp());
  return command.option(
    '--no-color',
    'no colours (also: NO_COLOR=1); colours are only ever used on a terminal',
  );
}

function loadedActions(io: Io | undefined): Required<ProgramActions> {
  return {
    ports: async (query, flags) => (await import('./commands/ports')).portsCommand(query, flags, io),
    probe: async (host, flags) => (await import('./commands/probe')).probeCommand(host, flags, io),
    recommend: async (target, flags) =>
      (await import('./commands/recommend')).recommendCommand(target, flags, io),
    demo: async (flags) => (await import('./commands/demo')).demoCommand(flags, io),
    scan: async (file, flags) => (await import('./commands/scan')).scanCommand(file, flags, io),
    worker: async (flags) => (await import('./commands/worker')).workerCommand(flags, io),
    mx: async (domain, flags) => (await import('./commands/mx')).mxCommand(domain, flags, io),
    explain: async (message, flags) =>
      (await import('./commands/explain')).explainCommand(message, flags, io),
  };
}

/** The program's commands, in the order of its help. */
export const COMMAND_NAMES = [
  'ports',
  'probe',
  'recommend',
  'demo',
  'explain',
  'mx',
  'scan',
  'worker',
] as const;

/** Options of {@link buildProgram}. */
export interface BuildProgramOptions {
  actions?: ProgramActions;
  io?: Io;
  state?: RunState;
  /**
   * Build only this command (for a run that names it first: its parsing, errors and help are the
   * same, and the others cost nothing at start-up). Default: every command.
   */
  only?: (typeof COMMAND_NAMES)[number];
}

/**
 * Builds the `mailports` commander program without parsing or running anything: the documentation
 * generator reads its commands and options from here. Actions store their exit code in `state`.
 */
export function buildProgram(options: BuildProgramOptions = {}): Command {
  const actions = options.actions ?? loadedActions(options.io);
  const state = options.state ?? { exitCode: undefined };
  const wanted = (name: (typeof COMMAND_NAMES)[number]): boolean =>
    options.only === undefined || options.only === name;
  const program = new Command('mailports')
    .description('Which mail port, with which security, and does it actually work from here?')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .addHelpText('after', EXIT_CODES_HELP);

  if (wanted('ports')) {
    program
      .command('ports')
      .description('the mail-port knowledge base: a table of ports, or one port or protocol in depth')
      .argument('[port|protocol]', 'a port number (465) or a protocol (smtp, imap, pop3)')
      .option('--json', 'print one JSON document instead of text')
      .option('--no-color', 'no colours (also: NO_COLOR=1)')
      .addHelpText(
        'after',
        '\nExamples:\n  mailports ports\n  mailports ports 465\n  mailports ports imap --json',
      )
      .action(async (query: string | undefined, flags: PortsFlags) => {
        state.exitCode = await actions.ports(query, flags);
      });
  }

  if (wanted('probe')) {
    addNetworkOptions(
      program
        .command('probe')
        .description('probe every mail port of a host in parallel and report what each one really does')
        .argument('<host>', 'host name or IP address')
        .option('--ports <list>', 'ports to probe: 25,465,587 or smtp:2526,imaps:10993,smtp:2465:implicit')
        .option(
          '--protocol <smtp|imap|pop3>',
          "only this protocol's well-known ports; also the protocol of bare custom ports",
        )
        .option(
          '--mode <auto|implicit|starttls|plain>',
          'how to secure every port (default auto: 465/993/995 implicit, else STARTTLS when offered)',
        )
        .option('-v, --verbose', 'also print capabilities before and after TLS, certificate and findings')
        .option('--transcript', 'also print the dialogue of each port (direction and time offset)'),
      {
        userHelp:
          'test these credentials on every port (inside verified TLS only); password from --password-env or a prompt',
      },
    )
      .addHelpText(
        'after',
        '\nExamples:\n  mailports probe mail.example.com\n  mailports probe 127.0.0.1 --ports smtp:2525,imap:10143 --verbose\n  mailports probe smtp.example.com --protocol smtp --json | jq .results',
      )
      .action(async (host: string, flags: ProbeFlags) => {
        state.exitCode = await actions.probe(host, flags);
      });
  }

  if (wanted('recommend')) {
    addNetworkOptions(
      program
        .command('recommend')
        .description(
          'discover the servers of an address or domain, probe them, and rank the answers with reasons',
        )
        .argument('<target>', 'an e-mail address, a domain or a host')
        .option('--role <send|relay|read|all>', 'what the connection is for (default: send and read)')
        .option(
          '--format <table|nodemailer|thunderbird|imapflow>',
          'how to print the settings to paste (default: table)',
        )
        .option('-q, --quiet', 'print only the settings to paste')
        .option(
          '--network <provider>',
          'where you connect from, to apply its known port blocks (e.g. gcp, aws, azure)',
        )
        .option(
          '--port-map <list>',
          'connect to other ports than the standard ones: 465=40123,587=40124 (labs, tests)',
        )
        .option('-v, --verbose', 'also list every option tried and how it was discovered')
        .option(
          '--trust-host <host>',
          'with --user: also log in to this host outside the domain (an SRV target elsewhere); repeatable',
          (value: string, previous: string[] = []) => [...previous, value],
        )
        .option(
          '--no-fetch',
          'do not read the configuration the domain publishes (autoconfig, ISPDB, Autodiscover)',
        )
        .option('--ispdb <url>', 'ISPDB base URL (default: https://autoconfig.thunderbird.net/v1.1/)')
        .option('--fetch-http', 'also read published configuration over plain HTTP, as Thunderbird does'),
      {
        userHelp:
          "check this login on each role's best option only (inside verified TLS, on a host inside the domain or given with --trust-host); password from --password-env or a prompt",
      },
    )
      .addHelpText(
        'after',
        '\nExamples:\n  mailports recommend alice@example.com\n  mailports recommend alice@example.com --user alice@example.com --password-env MAIL_PASSWORD\n  mailports recommend example.com --role send --format nodemailer\n  mailports recommend example.com --format thunderbird --quiet > config-v1.1.xml',
      )
      .action(async (target: string, flags: RecommendFlags) => {
        state.exitCode = await actions.recommend(target, flags);
      });
  }

  if (wanted('demo')) {
    program
      .command('demo')
      .description(
        'start a realistic mail provider on 127.0.0.1 and run recommend against it (no network needed)',
      )
      .option('--role <send|relay|read|all>', 'what to recommend for (default: all)')
      .option(
        '--format <table|nodemailer|thunderbird|imapflow>',
        'how to print the settings to paste (default: table)',
      )
      .option('-v, --verbose', 'also list every option tried and how it was discovered')
      .option('--timeout <duration>', 'overall deadline (default: 30s)')
      .option('--json', 'print one JSON document instead of text')
      .option('--no-color', 'no colours (also: NO_COLOR=1)')
      .addHelpText(
        'after',
        "\nPort 25 of the demo provider never answers a connect, as outbound 25 does on networks that filter\nit, so relay has no working option and the report shows the inference. The demo account's login is\nchecked on the best send and read options, as --user does. The exit code is recommend's without relay:\n0 when sending and reading have a recommended option and the login succeeds.",
      )
      .action(async (flags: DemoFlags) => {
        state.exitCode = await actions.demo(flags);
      });
  }

  if (wanted('explain')) {
    program
      .command('explain')
      .description(
        "explain a mail client's error message; with --host and --port, probe to name the cause and the fix",
      )
      .argument(
        '<error>',
        "the error message as the client printed it (in quotes), or '-' to read it from a pipe",
      )
      .option('--host <host>', 'the server the client connected to (probe it to tell the causes apart)')
      .option('--port <port>', 'the port the client connected to')
      .option(
        '--client <name>',
        'the client that printed it: nodemailer, imapflow, node, openssl, thunderbird, outlook, phpmailer, smtplib (default: from the message)',
      )
      .option(
        '--protocol <smtp|imap|pop3>',
        'the protocol on the port (default: from the client or the port)',
      )
      .option('--servername <name>', 'the certificate name the client checks (default: the host)')
      .option('--ca <file>', 'also trust the CA certificates in this PEM file, as the client does')
      .option('--ehlo-name <name>', 'name sent in EHLO')
      .option('--connect-timeout <duration>', 'TCP connect timeout (default: 5s)')
      .option(
        '--greeting-timeout <duration>',
        'how long to wait for a greeting or a TLS answer (default: 10s)',
      )
      .option('--json', 'print one JSON document instead of text')
      .option('--no-color', 'no colours (also: NO_COLOR=1)')
      .addHelpText(
        'after',
        '\nExit codes: 0 explained (with --host: the cause was observed), 1 the message is not in the catalogue,\n3 probed, but none of the possible causes was observed.\n\nExamples:\n  mailports explain "Greeting never received"\n  mailports explain "Greeting never received" --host smtp.example.com --port 465\n  mailports explain "wrong version number" --client imapflow --host imap.example.com --port 143 --json',
      )
      .action(async (message: string, flags: ExplainFlags) => {
        state.exitCode = await actions.explain(message, flags);
      });
  }

  if (wanted('mx')) {
    program
      .command('mx')
      .description(
        'port 25 as sending servers see it: every MX and address, with the opportunistic, MTA-STS and DANE verdicts',
      )
      .argument('<domain>', 'the mail domain, or an address whose domain to check')
      .option(
        '--resolver <ip[:port]>',
        "a validating resolver; DNSSEC is reported as it says (default: the system's)",
      )
      .option('--json', 'print one JSON document (schema: apps/cli/schema/mx.schema.json) instead of text')
      .option('--timeout <duration>', 'overall deadline (default: 120s)')
      .option('--connect-timeout <duration>', 'TCP connect timeout per MX address (default: 10s)')
      .option('--ehlo-name <name>', "name sent in EHLO (default: this machine's fully-qualified name)")
      .option('--ca <file>', 'also trust these CA certificates for the policy host and the MX certificates')
      .option(
        '--smtp-port <port>',
        'probe this port instead of 25 (labs, tests); TLSA is still read at _25._tcp',
      )
      .option('--policy-port <port>', 'fetch the MTA-STS policy from this port instead of 443 (labs, tests)')
      .option('-v, --verbose', 'every reason with its RFC; the SMTP transcripts in --json')
      .option('--no-color', 'no colours (also: NO_COLOR=1)')
      .addHelpText(
        'after',
        '\nExit codes: 0 an opportunistic sender gets TLS and no MTA-STS or DANE sender refuses; 1 nothing\ncan be delivered (null MX, no MX, no answer); 3 otherwise.\n\nExamples:\n  mailports mx example.com\n  mailports mx example.com --resolver 127.0.0.1 --json | jq .report.summary',
      )
      .action(async (domain: string, flags: MxFlags) => {
        const mx = actions.mx ?? loadedActions(options.io).mx;
        state.exitCode = await (mx as NonNullable<ProgramActions['mx']>)(domain, flags);
      });
  }

  if (wanted('scan') || wanted('worker')) {
    addScanCommands(program, { ...loadedActions(options.io), ...actions }, state);
  }

  return program;
}

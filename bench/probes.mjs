#!/usr/bin/env node
// One pass of the mailports probes over the interop host's eight ports, through the built packages:
// probeSmtpPorts (25, 465, 587, 2525) and probeMailbox (110, 995, 143, 993) side by side.
// Usage: node bench/probes.mjs [--json] [--no-ca]   (reads .interop/env; only ever talks to 127.0.0.0/8)
import { readFileSync } from 'node:fs';
import { interopEnv } from './interop-env.mjs';

const env = interopEnv();

const smtpProbe = await import('@mailports/smtp-probe');
const mailboxProbe = await import('@mailports/mailbox-probe');
if (typeof smtpProbe.probeSmtpPorts !== 'function' || typeof mailboxProbe.probeMailbox !== 'function') {
  console.error(
    'the built probe packages do not export probeSmtpPorts/probeMailbox yet (npx turbo run build)',
  );
  process.exit(3);
}

// --no-ca: trust only the system store (the certificate then shows as untrusted); shows what passing
// `ca` costs (the system roots plus the extra CA, parsed once per process and reused).
const withCa = !process.argv.includes('--no-ca');
const common = {
  host: env.HOST,
  servername: env.SERVERNAME,
  ...(withCa ? { ca: readFileSync(env.CA, 'utf8') } : {}),
};
const started = performance.now();
const [smtp, mailbox] = await Promise.all([
  smtpProbe.probeSmtpPorts({ ...common, ports: [25, 465, 587, 2525] }),
  mailboxProbe.probeMailbox({ ...common, ports: [110, 995, 143, 993] }),
]);
const results = [...smtp, ...mailbox];
const elapsed = performance.now() - started;

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const result of results) {
    const before = result.capabilitiesBefore ? result.capabilitiesBefore.length : '-';
    const after = result.capabilitiesAfter ? result.capabilitiesAfter.length : '-';
    const trusted = result.tls ? (result.tls.verdict.trusted ? 'trusted' : 'untrusted') : 'no TLS';
    console.log(
      `${result.protocol} ${result.port}: ${result.status} ${result.security ?? '-'} ${result.tls?.version ?? ''} ${trusted}` +
        ` caps before/after ${before}/${after} auth [${result.auth.mechanisms.join(' ')}] ${result.timings.total ?? '?'} ms`,
    );
  }
  // Node's start-up and module loading are outside this figure; hyperfine's numbers include them.
  console.log(`all eight ports in ${elapsed.toFixed(0)} ms in-process`);
}
process.exit(results.every((result) => result.status === 'ok') ? 0 : 1);

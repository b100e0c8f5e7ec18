import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSmtpServer, type SmtpTestServer } from '@mailports/testkit';

/** What scripts/dnssec/up.sh wrote: the validating resolver and the certificate the test zone's TLSA records pin. */
export interface DnssecRig {
  resolver: string;
  certificate: string;
  key: string;
  spkiSha256: string;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Reads `.dnssec/env.json`; the suite runs only after `bash scripts/dnssec/up.sh`. */
export function loadRig(): DnssecRig {
  const env = JSON.parse(readFileSync(join(repo, '.dnssec/env.json'), 'utf8')) as Record<string, string>;
  return {
    resolver: env.resolver as string,
    certificate: readFileSync(env.certificate as string, 'utf8'),
    key: readFileSync(env.key as string, 'utf8'),
    spkiSha256: env.spkiSha256 as string,
  };
}

/** An SMTP server with STARTTLS on `host` (a loopback address the test zone names), serving the pinned certificate. */
export function mxServer(
  rig: DnssecRig,
  host: string,
  hostname: string,
  extra: { cert?: string; key?: string } = {},
): Promise<SmtpTestServer> {
  return createSmtpServer({ host, hostname, cert: extra.cert ?? rig.certificate, key: extra.key ?? rig.key });
}

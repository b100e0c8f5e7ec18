import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCertificate } from './servers';

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

function inTempDir<T>(work: (directory: string) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'wire-cert-'));
  try {
    return work(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function openssl(directory: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: directory, stdio: 'ignore' });
}

/** A new P-256 key (`key.pem`) and a signing request for `localhost` written to `csr`. */
function localhostRequest(directory: string, csr: string): void {
  openssl(directory, [
    'req',
    '-new',
    ...EC,
    '-keyout',
    'key.pem',
    '-out',
    csr,
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
  ]);
}

const CA_CONFIG = `[ ca ]
default_ca = CA_default
[ CA_default ]
dir = .
database = ./index.txt
new_certs_dir = .
serial = ./serial
default_md = sha256
policy = policy_any
copy_extensions = copy
unique_subject = no
[ policy_any ]
commonName = supplied
`;

/**
 * A self-signed certificate for `localhost` valid only between two dates (`YYYYMMDDHHMMSSZ`), to
 * exercise expired and not-yet-valid verdicts (`openssl req -days` cannot set past dates).
 */
export function datedCertificate(startDate: string, endDate: string): TestCertificate {
  return inTempDir((directory) => {
    writeFileSync(join(directory, 'ca.cnf'), CA_CONFIG);
    writeFileSync(join(directory, 'index.txt'), '');
    writeFileSync(join(directory, 'serial'), '01\n');
    localhostRequest(directory, 'csr.pem');
    openssl(directory, [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-selfsign',
      '-keyfile',
      'key.pem',
      '-in',
      'csr.pem',
      '-out',
      'cert.pem',
      '-startdate',
      startDate,
      '-enddate',
      endDate,
      '-notext',
    ]);
    return {
      key: readFileSync(join(directory, 'key.pem'), 'utf8'),
      cert: readFileSync(join(directory, 'cert.pem'), 'utf8'),
    };
  });
}

/** A test root CA and a `localhost` leaf it signed; `cert` is the leaf alone, `ca` the root. */
export function caSignedCertificate(): TestCertificate & { ca: string } {
  return inTempDir((directory) => {
    openssl(directory, [
      'req',
      '-x509',
      ...EC,
      '-keyout',
      'ca-key.pem',
      '-out',
      'ca.pem',
      '-subj',
      '/CN=Wire Test Root',
      '-days',
      '2',
    ]);
    localhostRequest(directory, 'leaf.csr');
    openssl(directory, [
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-days',
      '2',
      '-copy_extensions',
      'copy',
      '-out',
      'cert.pem',
    ]);
    const read = (name: string): string => readFileSync(join(directory, name), 'utf8');
    return { key: read('key.pem'), cert: read('cert.pem'), ca: read('ca.pem') };
  });
}

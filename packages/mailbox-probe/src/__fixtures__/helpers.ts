import { createTestPki } from '@mailports/testkit';
import type { ProbeResultBase } from '@mailports/wire';
import { expect } from 'vitest';
import type { ScriptStep } from './scripted-server';

/** The testkit PKI's certificates as script steps. */
export async function certificates() {
  const pki = await createTestPki();
  const step = (which: 'leaf' | 'expired' | 'wrongName' | 'selfSigned'): ScriptStep => ({
    tls: { key: pki[which].key, cert: pki[which].cert },
  });
  return {
    ca: pki.ca.cert,
    leaf: step('leaf'),
    expired: step('expired'),
    wrongName: step('wrongName'),
    selfSigned: step('selfSigned'),
  };
}

/** Short timeouts: the scripted servers answer at once, and silence is what some tests are about. */
export const FAST = { connect: 2000, greeting: 400, command: 2000, tls: 2000, overall: 10000 };

/** The finding codes of a result, in order. */
export function codes(result: ProbeResultBase): string[] {
  return result.findings.map((finding) => finding.code);
}

/** Every transcript line as `C: …` / `S: …` / `E: …`. */
export function lines(result: ProbeResultBase): string[] {
  return result.transcript.map((entry) => `${entry.direction[0]!.toUpperCase()}: ${entry.text}`);
}

/** Asserts that no secret (password, its base64 forms) appears anywhere in the result. */
export function expectNoSecret(result: ProbeResultBase, secrets: readonly string[]): void {
  const text = JSON.stringify(result);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

/**
 * The dialogue of a result, byte for byte: client and server lines as `C: …` / `S: …`, prefixed
 * `tls ` inside TLS. Events (addresses, cipher names) are left out: they vary between machines.
 */
export function dialogue(result: ProbeResultBase): string[] {
  return result.transcript
    .filter((entry) => entry.direction !== 'event')
    .map((entry) => `${entry.tls ? 'tls ' : ''}${entry.direction === 'client' ? 'C' : 'S'}: ${entry.text}`);
}

/** The timing steps a result recorded, sorted (their values are not for tests). */
export function timedSteps(result: ProbeResultBase): string[] {
  return Object.keys(result.timings).sort();
}

/** The steps a STARTTLS session without a login test times, as {@link timedSteps} lists them. */
export const STARTTLS_SESSION_STEPS = [
  'capabilities',
  'capabilitiesAfterTls',
  'connect',
  'greeting',
  'quit',
  'starttls',
  'tlsHandshake',
  'total',
];

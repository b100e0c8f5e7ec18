import { hostname } from 'node:os';

/** The EHLO name used when the machine has no usable fully qualified name (RFC 2606 reserves `.invalid`). */
export const FALLBACK_EHLO_NAME = 'mailports.invalid';

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const LOCALHOST_LIKE =
  /^(localhost|ip6-localhost|ip6-loopback|localhost[46]?)(\.|$)|\.(localhost|localdomain)$/i;

/**
 * Whether `name` is a fully qualified domain name worth announcing in EHLO: at least two labels of
 * letters, digits and hyphens, at most 253 characters, and not a localhost alias (receivers
 * penalise `EHLO localhost`, and nmap's hard-coded name taught users to distrust fixed names).
 */
export function isSaneEhloName(name: string): boolean {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  if (trimmed.length === 0 || trimmed.length > 253 || LOCALHOST_LIKE.test(trimmed)) return false;
  const labels = trimmed.split('.');
  if (labels.length < 2) return false;
  // An all-numeric last label would make it look like an IPv4 address, which needs brackets in EHLO.
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LABEL.test(label));
}

/**
 * The default EHLO name: this machine's host name when it is a sane FQDN, otherwise
 * `mailports.invalid`. Never `localhost`.
 */
export function defaultEhloName(machineName: string = hostname()): string {
  const trimmed = machineName.endsWith('.') ? machineName.slice(0, -1) : machineName;
  return isSaneEhloName(trimmed) ? trimmed.toLowerCase() : FALLBACK_EHLO_NAME;
}

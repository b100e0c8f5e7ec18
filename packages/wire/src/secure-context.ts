import { createHash } from 'node:crypto';
import { createSecureContext, type SecureContext, type SecureVersion } from 'node:tls';
import { TrustedIssuers } from './trusted-issuers';

/** Extra trusted CAs as `TlsOptions.ca` takes them. */
export type CaInput = string | Buffer | Array<string | Buffer>;

/** Distinct client contexts kept; a probe run uses one or two, so this only bounds a long-lived process. */
export const MAX_SECURE_CONTEXTS = 16;

const contexts = new Map<string, SecureContext>();
/** What each cached context trusts, for finding the root a server did not send. */
const issuers = new WeakMap<SecureContext, TrustedIssuers>();

/**
 * The content of the CA list, not its identity: a caller may rebuild the same PEM for every probe,
 * or change an array it passed before.
 */
function caDigest(ca: CaInput | undefined): string {
  if (ca === undefined) return 'system';
  // A scan passes the same CA for every probe: comparing it with a copy of the last one is far
  // cheaper than hashing it again, and still sees a caller that changed it in place.
  if (last !== null && sameContent(ca, last.parts)) return last.digest;
  const digest = digestOf(ca);
  last = { parts: (Array.isArray(ca) ? ca : [ca]).map(copyOf), digest };
  return digest;
}

/** The last CA list digested: a copy of its parts (strings cannot change; buffers are copied). */
let last: { parts: Array<string | Buffer>; digest: string } | null = null;

const copyOf = (part: string | Buffer): string | Buffer =>
  typeof part === 'string' ? part : Buffer.from(part);

function sameContent(ca: CaInput, parts: ReadonlyArray<string | Buffer>): boolean {
  const list = Array.isArray(ca) ? ca : [ca];
  if (list.length !== parts.length) return false;
  for (let index = 0; index < list.length; index++) {
    const part = list[index] as string | Buffer;
    const known = parts[index] as string | Buffer;
    if (typeof part === 'string' ? part !== known : typeof known === 'string' || !part.equals(known))
      return false;
  }
  return true;
}

function digestOf(ca: CaInput): string {
  const hash = createHash('sha256');
  for (const part of Array.isArray(ca) ? ca : [ca]) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    // The length keeps ['ab', 'c'] apart from ['a', 'bc'].
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The native context's CA adder, which Node's typings do not declare. */
interface NativeContext {
  addCACert(certificate: string | Buffer): void;
}

/**
 * Adds extra trusted CAs to a context built with the default roots. Node gives such a context its own
 * copy of the shared root store before adding (`GetCertStoreOwnedByThisSecureContext`), so other
 * contexts never trust these CAs.
 */
function addCertificateAuthorities(context: SecureContext, ca: CaInput): void {
  const native = (context as SecureContext & { context: NativeContext }).context;
  for (const part of Array.isArray(ca) ? ca : [ca]) native.addCACert(part);
}

/** True when the version needs OpenSSL's security level lowered to be negotiated at all. */
function isLegacy(minVersion: SecureVersion): boolean {
  return minVersion === 'TLSv1' || minVersion === 'TLSv1.1';
}

/**
 * The client secure context for a set of extra CAs and an oldest TLS version, built once and reused.
 * Trust is Node's root store plus `ca`: the context starts from the process-wide parsed roots and the
 * extra CAs are added to its own copy of that store (about 1 ms), instead of passing `ca` (which
 * replaces the roots in Node, so they would have to be passed and parsed again: about 20 ms). Keyed by content, at most {@link MAX_SECURE_CONTEXTS} kept (least
 * recently used dropped). A shared context does not resume sessions by itself, so every handshake
 * still presents and verifies the full certificate chain. Throws what `tls.createSecureContext`
 * throws for an unreadable CA.
 */
export function clientSecureContext(options: {
  ca?: CaInput | undefined;
  minVersion: SecureVersion;
}): SecureContext {
  const { ca, minVersion } = options;
  const key = `${minVersion}\n${caDigest(ca)}`;
  const cached = contexts.get(key);
  if (cached !== undefined) {
    contexts.delete(key);
    contexts.set(key, cached);
    return cached;
  }
  const context = createSecureContext({
    minVersion,
    // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; lower it only when asked to observe them.
    ...(isLegacy(minVersion) ? { ciphers: 'DEFAULT:@SECLEVEL=0' } : {}),
  });
  if (ca !== undefined) addCertificateAuthorities(context, ca);
  issuers.set(context, new TrustedIssuers(ca));
  contexts.set(key, context);
  if (contexts.size > MAX_SECURE_CONTEXTS) {
    const oldest = contexts.keys().next().value;
    if (oldest !== undefined) contexts.delete(oldest);
  }
  return context;
}

/** The trusted CAs of a context from {@link clientSecureContext} (Node's roots alone for any other). */
export function trustedIssuersOf(context: SecureContext): TrustedIssuers {
  let trust = issuers.get(context);
  if (trust === undefined) {
    trust = new TrustedIssuers();
    issuers.set(context, trust);
  }
  return trust;
}

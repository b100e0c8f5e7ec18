import type {
  Finding,
  FindingCode,
  MailProtocol,
  PortStatus,
  ProbeResultBase,
  SecurityMode,
  TlsInfo,
} from '@mailports/wire';
import type { RankedOption, Reason } from '../types';

/**
 * A small typed builder of probe results: the inputs of the pure ranking function (not network
 * mocks). Defaults describe a healthy port; each test overrides what its rule is about.
 */

/** TLS facts for a certificate that verified, on the given version. */
export function tls(options: { version?: string; trusted?: boolean; reason?: string } = {}): TlsInfo {
  const trusted = options.trusted ?? true;
  return {
    version: options.version ?? 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    cipherStandardName: 'TLS_AES_256_GCM_SHA384',
    keyExchange: 'X25519 (253 bits)',
    servername: 'mail.example.test',
    chain: [],
    verdict: {
      trusted,
      errorCode: trusted ? null : 'DEPTH_ZERO_SELF_SIGNED_CERT',
      reason: trusted ? null : (options.reason ?? 'self-signed certificate'),
      hostnameMatches: true,
      checkedName: 'mail.example.test',
      expired: false,
      notYetValid: false,
      selfSigned: !trusted,
      daysRemaining: 90,
    },
  };
}

/** A finding with the given code (severity warning unless told). */
export function finding(code: FindingCode, overrides: Partial<Finding> = {}): Finding {
  return { code, severity: 'warning', message: `finding ${code}`, ...overrides };
}

export interface ResultSpec {
  protocol?: MailProtocol;
  host?: string;
  port: number;
  status?: PortStatus;
  security?: SecurityMode | null;
  tls?: TlsInfo | null;
  mechanisms?: string[];
  beforeTls?: string[];
  findings?: Finding[];
  statusMessage?: string;
}

const IMPLICIT = new Set([465, 993, 995]);

function protocolOf(port: number): MailProtocol {
  if ([993, 143].includes(port)) return 'imap';
  if ([995, 110].includes(port)) return 'pop3';
  return 'smtp';
}

/**
 * A probe result. By default: status ok, implicit TLS on 465/993/995 (asked for as `implicit`, as
 * discovery does) and STARTTLS elsewhere,
 * a trusted TLS 1.3 certificate, AUTH PLAIN LOGIN offered inside TLS only.
 */
export function result(spec: ResultSpec): ProbeResultBase {
  const status = spec.status ?? 'ok';
  const defaultSecurity: SecurityMode | null =
    status !== 'ok' ? null : IMPLICIT.has(spec.port) ? 'implicit' : 'starttls';
  const security = spec.security === undefined ? defaultSecurity : spec.security;
  const secured = security === 'implicit' || security === 'starttls';
  return {
    protocol: spec.protocol ?? protocolOf(spec.port),
    host: spec.host ?? 'mail.example.test',
    port: spec.port,
    address: status === 'ok' ? '127.0.0.1' : null,
    requestedMode: IMPLICIT.has(spec.port) ? 'implicit' : 'auto',
    security,
    status,
    statusMessage: spec.statusMessage ?? (status === 'ok' ? 'ok' : status),
    error: null,
    tls: spec.tls === undefined ? (secured ? tls() : null) : spec.tls,
    timings: {},
    transcript: [],
    findings: spec.findings ?? [],
    banner: status === 'ok' ? '220 mail.example.test ESMTP' : null,
    capabilitiesBefore: null,
    capabilitiesAfter: null,
    starttls: null,
    auth: {
      mechanisms: spec.mechanisms ?? (status === 'ok' ? ['PLAIN', 'LOGIN'] : []),
      beforeTls: spec.beforeTls ?? [],
      test: null,
    },
    startedAt: '2026-11-25T10:00:00.000Z',
  };
}

/** `port security verdict` per option, for compact expectations. */
export function summary(options: readonly RankedOption[]): string[] {
  return options.map((option) => `${option.port} ${option.security ?? '-'} ${option.verdict}`);
}

/** Every reason as `[kind] text citation`, one per line. */
export function texts(reasons: readonly Reason[]): string {
  return reasons
    .map((reason) => `[${reason.kind}] ${reason.text} ${reason.citation?.label ?? ''}`)
    .join('\n');
}

/** The option, or a thrown error when there is none. */
export function only(option: RankedOption | undefined): RankedOption {
  if (!option) throw new Error('no option');
  return option;
}

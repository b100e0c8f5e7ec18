import type {
  Finding,
  PortStatus,
  ProbeResultBase,
  SecurityMode,
  TlsInfo,
  TranscriptEntry,
} from '@mailports/wire';
import { escapeForDisplay } from '@mailports/wire';
import type { ImapProbeResult } from '@mailports/mailbox-probe';
import { type ColorName, type Colors, styleOf } from '../io';
import { printable } from '../sanitize';
import { type Cell, renderTable } from './table';

/**
 * Untrusted text (banners, capabilities, replies, certificate names) made safe for a terminal: wire's
 * escapeForDisplay neutralises C0/C1 controls and escape sequences; printable() adds bidi overrides and
 * line separators. Nothing a server sends can set the window title or move the cursor.
 */
export function serverText(text: string): string {
  return printable(escapeForDisplay(text));
}

/** "123 ms", "1.2 s"; "-" when unknown. */
export function formatDuration(milliseconds: number | undefined): string {
  if (milliseconds === undefined || !Number.isFinite(milliseconds)) return '-';
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  return `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1)} s`;
}

/** Human name of a security mode. */
export function securityLabel(security: SecurityMode | null): string {
  if (security === 'implicit') return 'implicit TLS';
  if (security === 'starttls') return 'STARTTLS';
  if (security === 'plain') return 'plaintext';
  return '-';
}

/** The certificate verdict in a word or two: trusted, self-signed, expired, name mismatch, untrusted. */
export function certificateLabel(tls: TlsInfo | null): string {
  if (!tls) return '-';
  const verdict = tls.verdict;
  if (verdict.trusted) return 'trusted';
  if (verdict.expired) return 'expired';
  if (verdict.notYetValid) return 'not yet valid';
  if (verdict.selfSigned) return 'self-signed';
  if (verdict.hostnameMatches === false) return 'name mismatch';
  return 'untrusted';
}

/** Whether a port counts as working: the dialogue completed and, unless `insecure`, the certificate verified. */
export function probeSucceeded(result: ProbeResultBase, insecure: boolean): boolean {
  if (result.status !== 'ok') return false;
  return insecure || result.tls === null || result.tls.verdict.trusted;
}

const GOOD_STATUS: ReadonlySet<PortStatus> = new Set(['ok']);
const SOFT_STATUS: ReadonlySet<PortStatus> = new Set(['rejected', 'no-greeting', 'closed', 'aborted']);

function statusCell(result: ProbeResultBase, color: Colors): Cell {
  const style = GOOD_STATUS.has(result.status)
    ? color.green
    : SOFT_STATUS.has(result.status)
      ? color.yellow
      : color.red;
  return { text: result.status, style };
}

function securityCell(result: ProbeResultBase, color: Colors): Cell {
  const text = securityLabel(result.security);
  if (result.security === 'plain') return { text, style: color.yellow };
  if (result.security === null) return { text };
  return { text, style: color.green };
}

function certificateCell(result: ProbeResultBase, color: Colors, insecure: boolean): Cell {
  const text = certificateLabel(result.tls);
  if (text === '-') return { text };
  if (text === 'trusted') return { text, style: color.green };
  return { text: insecure ? `${text} (ignored)` : text, style: insecure ? color.yellow : color.red };
}

/** The main probe table: port, protocol, status, security, TLS version, certificate, AUTH, time. */
export function probeTable(
  results: readonly ProbeResultBase[],
  options: { color: Colors; width?: number | undefined; insecure: boolean },
): string {
  const { color } = options;
  const rows = results.map((result) => [
    String(result.port),
    result.protocol,
    statusCell(result, color),
    securityCell(result, color),
    result.tls?.version ?? '',
    certificateCell(result, color, options.insecure),
    result.auth.mechanisms.map(serverText).join(' '),
    formatDuration(result.timings.total),
  ]);
  return renderTable(
    [
      { header: 'port', align: 'right' },
      { header: 'protocol' },
      { header: 'status' },
      { header: 'security' },
      { header: 'tls' },
      { header: 'certificate' },
      { header: 'auth', shrink: true },
      { header: 'time', align: 'right' },
    ],
    rows,
    { color, width: options.width },
  );
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
const SEVERITY_COLOR: Readonly<Record<Finding['severity'], ColorName>> = {
  critical: 'red',
  warning: 'yellow',
  info: 'dim',
};

/** One finding: severity, message, reference, and the evidence on a second line; all made safe. */
export function findingLines(finding: Finding, color: Colors, indent: string, tagWidth = 8): string[] {
  const severity = styleOf(color, SEVERITY_COLOR, finding.severity)(finding.severity.padEnd(tagWidth));
  const inferred = finding.inferred ? color.dim(' (inferred)') : '';
  const reference = finding.reference ? color.dim(` [${serverText(finding.reference)}]`) : '';
  const lines = [`${severity}  ${serverText(finding.message)}${inferred}${reference}`];
  if (finding.evidence)
    lines.push(
      `${indent}${' '.repeat(tagWidth + 2)}${color.dim('evidence:')} ${serverText(finding.evidence)}`,
    );
  return lines;
}

/**
 * Notes under the table, one block per port: why a failed port failed (in plain words), then its
 * warnings and critical findings (every finding with `verbose`). Labels are aligned.
 */
export function probeNotes(results: readonly ProbeResultBase[], color: Colors, verbose: boolean): string[] {
  const width = Math.max(0, ...results.map((result) => `${result.port}/${result.protocol}`.length));
  const indent = ' '.repeat(width + 2);
  const failed = results.filter((result) => result.status !== 'ok').map((result) => result.status.length);
  const tagWidth = Math.max(8, ...failed);
  const lines: string[] = [];
  for (const result of results) {
    const label = color.bold(`${result.port}/${result.protocol}`.padEnd(width));
    if (result.status !== 'ok') {
      lines.push(
        `${label}  ${color.red(result.status.padEnd(tagWidth))}  ${serverText(result.statusMessage)}`,
      );
    }
    const findings = [...result.findings]
      .filter((finding) => verbose || finding.severity !== 'info')
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    for (const finding of findings) {
      const [first, ...rest] = findingLines(finding, color, indent, tagWidth);
      lines.push(`${label}  ${first}`, ...rest);
    }
  }
  return lines;
}

/** The verbose block of one port: address, banner, capabilities before and after TLS, certificate. */
export function probeDetails(result: ProbeResultBase, color: Colors): string[] {
  const lines = [color.bold(`${result.port}/${result.protocol}`) + color.dim(` ${serverText(result.host)}`)];
  const field = (name: string, value: string) => lines.push(`  ${color.dim(name.padEnd(20))} ${value}`);
  field('address', result.address ?? '-');
  field('status', `${result.status}: ${serverText(result.statusMessage)}`);
  field('requested mode', result.requestedMode);
  if (result.banner !== null) field('banner', serverText(result.banner));
  if (result.capabilitiesBefore)
    field('capabilities', result.capabilitiesBefore.map(serverText).join(' ') || '-');
  if (result.starttls) {
    const starttls = result.starttls;
    const state = starttls.accepted
      ? 'accepted'
      : starttls.attempted
        ? 'refused'
        : starttls.offered
          ? 'offered'
          : 'not offered';
    field('starttls', state + (starttls.reply ? color.dim(` (${serverText(starttls.reply)})`) : ''));
  }
  if (result.capabilitiesAfter)
    field('capabilities (TLS)', result.capabilitiesAfter.map(serverText).join(' ') || '-');
  if (result.auth.beforeTls.length > 0)
    field('auth before TLS', color.yellow(result.auth.beforeTls.map(serverText).join(' ')));
  if (result.auth.test) {
    const test = result.auth.test;
    field(
      'login test',
      `${test.outcome}${test.mechanism ? ` (${serverText(test.mechanism)})` : ''}: ${serverText(test.message)}`,
    );
  }
  const afterLogin =
    result.protocol === 'imap' ? (result as ImapProbeResult).parsedCapabilitiesAfterLogin : null;
  if (afterLogin) field('capabilities (login)', afterLogin.raw.map(serverText).join(' ') || '-');
  if (result.tls) {
    const tls = result.tls;
    field(
      'tls',
      [tls.version, tls.cipherStandardName ?? tls.cipher, tls.keyExchange]
        .filter(Boolean)
        .map((v) => serverText(v!))
        .join(', '),
    );
    const leaf = tls.chain[0];
    if (leaf) {
      field('certificate', serverText(leaf.subjectCN ?? leaf.subject));
      field('  issuer', serverText(leaf.issuerCN ?? leaf.issuer));
      if (leaf.altNames.length > 0) field('  names', leaf.altNames.map(serverText).join(', '));
      field(
        '  valid',
        `${leaf.validFrom.slice(0, 10)} → ${leaf.validTo.slice(0, 10)} (${tls.verdict.daysRemaining} days left)`,
      );
      field(
        '  verdict',
        tls.verdict.trusted
          ? color.green('trusted')
          : color.red(serverText(tls.verdict.reason ?? 'untrusted')),
      );
    }
  }
  const timings = Object.entries(result.timings)
    .filter(([step]) => step !== 'total')
    .map(([step, value]) => `${step} ${formatDuration(value)}`);
  if (timings.length > 0) field('timings', timings.join(', '));
  return lines;
}

const DIRECTION = { server: 'S:', client: 'C:', event: '--' } as const;
const DIRECTION_COLOR: Readonly<Record<TranscriptEntry['direction'], ColorName>> = {
  server: 'cyan',
  client: 'magenta',
  event: 'dim',
};

/** The dialogue of one port: time offset, direction (S: server, C: client, -- event), TLS marker, text. */
export function transcriptLines(entries: readonly TranscriptEntry[], color: Colors): string[] {
  return entries.map((entry) => {
    const at = `+${entry.at.toFixed(1)}ms`.padStart(10);
    const direction = DIRECTION[entry.direction];
    const styledDirection = styleOf(color, DIRECTION_COLOR, entry.direction)(direction);
    const tls = entry.tls ? color.green('tls') : '   ';
    const text = serverText(entry.text) + (entry.redacted ? color.dim(' (redacted)') : '');
    return `  ${color.dim(at)} ${tls} ${styledDirection} ${entry.direction === 'event' ? color.dim(text) : text}`;
  });
}

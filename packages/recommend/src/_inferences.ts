import type { PortStatus, ProbeResultBase } from '@mailports/wire';
import { implicitTlsSection, providerBlocks, providersBlocking } from './_knowledge';
import type { Constraints, Reason } from './types';

/** A result with the well-known port it stands for and where its candidate came from. */
export interface Placed {
  result: ProbeResultBase;
  wellKnownPort: number;
  source?: string | undefined;
}

// Statuses that prove a TCP connection was established: the host is up and reachable from here.
const CONNECTED: ReadonlySet<PortStatus> = new Set([
  'ok',
  'no-greeting',
  'reset',
  'closed',
  'tls-failed',
  'rejected',
  'protocol-error',
]);
const NO_ANSWER: ReadonlySet<PortStatus> = new Set(['timeout', 'unreachable']);

/** Inferences about one result alone (misconfigured ports), to show with the option and in the summary. */
export function inferFromResult({ result, wellKnownPort }: Placed): Reason[] {
  const reasons: Reason[] = [];
  const citation = implicitTlsSection(result.protocol);
  const evidence = (code: string) => [
    `${result.host} port ${wellKnownPort}: ${result.findings.find((finding) => finding.code === code)?.message ?? code}`,
  ];
  if (result.findings.some((finding) => finding.code === 'plaintext-on-implicit-port')) {
    reasons.push({
      kind: 'inferred',
      text: `Port ${wellKnownPort} speaks plaintext where TLS from the first byte is expected: this server has it misconfigured.`,
      citation,
      evidence: evidence('plaintext-on-implicit-port'),
      confidence: 'high',
    });
  }
  if (result.findings.some((finding) => finding.code === 'tls-expected')) {
    reasons.push({
      kind: 'inferred',
      text: `Port ${wellKnownPort} greets only after TLS: use implicit TLS (TLS from the first byte) on this port.`,
      citation,
      evidence: evidence('tls-expected'),
      confidence: 'medium',
    });
  }
  return reasons;
}

/** A few provider names for a list in brackets, without their own bracketed detail (`Google Cloud (GKE)`). */
function joinNames(names: readonly string[]): string {
  const short = [...new Set(names.map((name) => name.replace(/\s*\([^)]*\)$/, '')))];
  if (short.length <= 3) return short.join(', ');
  return `${short.slice(0, 3).join(', ')} …`;
}

/** One item per well-known port, the first. */
function unique(items: readonly Placed[]): Placed[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.wellKnownPort) && seen.add(item.wellKnownPort));
}

/**
 * The answering port that best shows a failed one is filtered, not dead: one whose dialogue completed,
 * of the same protocol, reached the same way (both plaintext first, like 25 and 587), so that the port
 * number is the only difference left. Ties keep the given order.
 */
function witnessFor(failed: Placed, answered: readonly Placed[]): Placed {
  const closeness = (item: Placed): number =>
    (item.result.status === 'ok' ? 4 : 0) +
    (item.result.protocol === failed.result.protocol ? 2 : 0) +
    (item.result.requestedMode === failed.result.requestedMode ? 1 : 0);
  return answered.reduce((best, item) => (closeness(item) > closeness(best) ? item : best));
}

/** Sources that mean the domain itself said the port is served there (SRV records, MX records). */
function advertised(item: Placed): boolean {
  const source = item.source ?? '';
  return source.startsWith('srv ') || source === 'mx' || source === 'implicit mx';
}

function seconds(result: ProbeResultBase): string {
  const connect = result.timings.connect ?? result.timings.total;
  return connect === undefined ? '' : ` after ${(connect / 1000).toFixed(1)} s`;
}

/**
 * "Your network filters port X" only with evidence pointing at this side: the port is one the domain
 * advertised (SRV, MX), it got no answer, and another port of the same host answered from here; more
 * hosts in that state, more confidence. Without that evidence, the silence is the host's or the way's.
 */
function filteredPortInferences(
  placed: readonly Placed[],
  context: readonly Placed[],
  constraints: Constraints,
): Reason[] {
  const reasons: Reason[] = [];
  const byHost = new Map<string, Placed[]>();
  for (const item of placed) {
    const list = byHost.get(item.result.host) ?? [];
    list.push(item);
    byHost.set(item.result.host, list);
  }
  // Per port: the hosts that advertised it, left it silent, and answered on another port.
  const accusing = new Map<number, Array<{ item: Placed; witness: Placed }>>();
  const silentOnly: Array<{ item: Placed; witness: Placed }> = [];
  for (const [host, list] of byHost) {
    // Results of other roles on the same host are witnesses too: the host answered from here.
    const answered = [...list, ...context.filter((item) => item.result.host === host)].filter((item) =>
      CONNECTED.has(item.result.status),
    );
    if (answered.length === 0) continue;
    for (const item of unique(list.filter((entry) => entry.result.status === 'refused'))) {
      const port = item.wellKnownPort;
      const witness = witnessFor(item, answered);
      reasons.push({
        kind: 'inferred',
        text: `Port ${port} was refused while port ${witness.wellKnownPort} answered on the same host: the server (or a firewall in front of it) does not offer ${port}; a refusal is an answer, not a silent filter on your network.`,
        evidence: [
          `${host} port ${port}: connection refused`,
          `${host} port ${witness.wellKnownPort}: ${witness.result.status}`,
        ],
        confidence: 'high',
      });
    }
    for (const item of unique(list.filter((entry) => entry.result.status === 'timeout'))) {
      const witness = witnessFor(item, answered);
      const entry = { item, witness };
      if (advertised(item)) {
        const list = accusing.get(item.wellKnownPort) ?? [];
        list.push(entry);
        accusing.set(item.wellKnownPort, list);
      } else silentOnly.push(entry);
    }
  }
  const evidenceOf = ({ item, witness }: { item: Placed; witness: Placed }): string[] => [
    `${item.result.host} port ${item.wellKnownPort}${advertised(item) ? ` (advertised by ${item.source})` : ' (not advertised by the domain)'}: no answer${seconds(item.result)}`,
    `${witness.result.host} port ${witness.wellKnownPort}: answered (${witness.result.status})`,
  ];
  for (const [port, entries] of accusing) {
    const first = entries[0];
    if (!first) continue;
    const lead = `Port ${port} timed out while port ${first.witness.wellKnownPort} answered on the same host`;
    const evidence = entries.flatMap(evidenceOf);
    const known =
      constraints.network === undefined
        ? []
        : providerBlocks(constraints.network, port).filter((block) => block.action !== 'throttled');
    const block = known[0];
    if (block) {
      reasons.push({
        kind: 'standard',
        text: `${lead}: ${block.name} blocks outbound port ${port} (${block.accounts}), so your network stops it, not the server.`,
        citation: block.source,
        evidence,
      });
      continue;
    }
    const names = [...new Set(providersBlocking(port).map((item) => item.name))];
    const examples = names.length > 0 ? ` (${joinNames(names)} block it)` : '';
    const hosts = new Set(entries.map((item) => item.item.result.host)).size;
    reasons.push({
      kind: 'inferred',
      text: `${lead}${hosts > 1 ? ` (and on ${hosts - 1} more host${hosts > 2 ? 's' : ''})` : ''}, and the domain advertises ${port} there: outbound port ${port} is probably filtered on your network${examples}.`,
      evidence,
      confidence: hosts > 1 ? 'high' : 'medium',
    });
  }
  for (const entry of silentOnly) {
    const port = entry.item.wellKnownPort;
    // A port the domain never advertised is never evidence against the user's network.
    reasons.push({
      kind: 'inferred',
      text: `No answer on port ${port} from ${entry.item.result.host} while port ${entry.witness.wellKnownPort} answered: the host's firewall, or a filter on the way, drops ${port}; the domain never advertised it, so this says nothing about your network.`,
      evidence: evidenceOf(entry),
      confidence: 'medium',
    });
  }
  return reasons;
}

function wholeSetInferences(placed: readonly Placed[]): Reason[] {
  if (placed.length === 0) return [];
  const statuses = placed.map((item) => item.result.status);
  const evidence = placed
    .slice(0, 8)
    .map((item) => `${item.result.host} port ${item.wellKnownPort}: ${item.result.status}`);
  if (statuses.every((status) => status === 'dns-failed')) {
    return [
      {
        kind: 'inferred',
        text: 'No name resolved: check the spelling of the domain or host.',
        evidence,
        confidence: 'medium',
      },
    ];
  }
  if (statuses.every((status) => NO_ANSWER.has(status) || status === 'dns-failed')) {
    return [
      {
        kind: 'inferred',
        text: 'Nothing answered from here: the hosts may be down or filtered at their end, or a filter on the way (possibly your network) drops these ports. Nothing answered, so nothing tells which.',
        evidence,
        confidence: 'low',
      },
    ];
  }
  if (statuses.every((status) => status === 'refused' || status === 'dns-failed')) {
    return [
      {
        kind: 'inferred',
        text: 'Every port was refused: the host answered, but no mail service listens there. Check that this is the mail server.',
        evidence,
        confidence: 'high',
      },
    ];
  }
  return [];
}

/**
 * Conclusions drawn across all results of a role, most specific first, without duplicates.
 * `context` (results of other roles) only serves as evidence that a host answered.
 */
export function inferAcross(
  placed: readonly Placed[],
  constraints: Constraints,
  context: readonly Placed[] = [],
): Reason[] {
  const filtered = filteredPortInferences(placed, context, constraints);
  const reasons = [
    ...placed.flatMap((item) => inferFromResult(item)),
    ...filtered,
    // "Nothing answered" would contradict a port that answered on the same host (another role's).
    ...(filtered.length > 0 ? [] : wholeSetInferences(placed)),
  ];
  const seen = new Set<string>();
  return reasons.filter((reason) => !seen.has(reason.text) && seen.add(reason.text));
}

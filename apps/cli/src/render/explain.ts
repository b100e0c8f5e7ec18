import type { ProbeResultBase } from '@mailports/wire';
import { ERROR_CLIENT_NAMES, fixFor, formatSource } from '@mailports/ports';
import type { ExplainRun } from '../commands/explain';
import type { Colors } from '../io';
import { printable } from '../sanitize';

const MODE_WORDS: Record<string, string> = {
  implicit: 'TLS from the first byte',
  auto: 'plaintext first, STARTTLS when offered',
  starttls: 'STARTTLS required',
  plain: 'plaintext',
};

function probeLine(result: ProbeResultBase): string {
  const security = result.security ? `, ${result.security}` : '';
  return `${MODE_WORDS[result.requestedMode] ?? result.requestedMode}: ${result.status}${security} — ${printable(result.statusMessage)}`;
}

/** The explanation as text for a person: the message, candidate causes, what the probes saw, the cause and fix. */
export function explainText(run: ExplainRun, color: Colors): string {
  const lines: string[] = [];
  const { match, diagnosis } = run;
  const client = match.client;
  if (match.entries.length === 0) {
    lines.push(color.yellow('This message is not in the catalogue of client errors.'));
    lines.push(
      'Known messages: mailports explain --help, or the troubleshooting pages of the documentation.',
    );
    if (run.host !== null)
      lines.push(
        `To see what ${printable(run.host)} does, run: mailports probe ${printable(run.host)} --verbose`,
      );
    return lines.join('\n');
  }
  const [first] = match.entries;
  const printedBy = client
    ? ERROR_CLIENT_NAMES[client]
    : (first?.clients ?? []).map((name) => ERROR_CLIENT_NAMES[name]).join(' or ');
  lines.push(`${color.bold(printedBy)}: "${printable(first?.message ?? run.text)}"`);
  if (!client) lines.push(color.dim('  (add --client <name> for the fix in that client’s option names)'));
  for (const entry of match.entries) {
    const evidence =
      entry.evidence.kind === 'reproduced' ? 'reproduced in the test suite' : 'cited, not reproduced here';
    lines.push(color.dim(`  catalogue: ${entry.id} (${evidence})`));
  }
  lines.push('');
  lines.push('Possible causes, most likely first (from the message alone):');
  for (const [index, cause] of match.causes.entries()) lines.push(`  ${index + 1}. ${cause.title}`);
  if (diagnosis === null) {
    lines.push('');
    lines.push(
      run.host === null
        ? `To find out which: mailports explain "${printable(run.text.slice(0, 60))}" --host <server> --port <port>`
        : 'No probe can tell these apart.',
    );
    const cause = match.causes[0];
    if (cause) lines.push(`Fix for the first (${client ?? 'any client'}): ${fixFor(cause, client)}`);
    return lines.join('\n');
  }
  lines.push('');
  lines.push(`Probed ${printable(run.host ?? '')}:${run.port} (${run.protocol}):`);
  for (const result of run.results) lines.push(`  ${probeLine(result)}`);
  for (const observation of diagnosis.observations)
    lines.push(color.cyan(`  observed: ${printable(observation.evidence)}`));
  lines.push('');
  if (diagnosis.cause) {
    const basis =
      diagnosis.basis === 'message'
        ? ' (from the server’s own words in the message; a probe without the account cannot see it)'
        : '';
    lines.push(`${color.bold(color.green('Cause:'))} ${diagnosis.cause.title}${basis}`);
    lines.push(`  ${diagnosis.cause.explanation}`);
    lines.push(
      `${color.bold('Fix')} (${client ? ERROR_CLIENT_NAMES[client] : 'any client'}): ${diagnosis.fix}`,
    );
    lines.push(color.dim(`Sources: ${diagnosis.cause.sources.slice(0, 2).map(formatSource).join('; ')}`));
  } else {
    lines.push(color.yellow('None of the possible causes was observed from here.'));
    lines.push(
      'The server behaved normally to this probe: the problem may be on the client’s side (its settings, its network).',
    );
  }
  const open = diagnosis.unconfirmed.filter((id) => id !== diagnosis.cause?.id);
  if (open.length > 0) lines.push(color.dim(`Not observed: ${open.join(', ')}`));
  return lines.join('\n');
}

/** The explanation as the `explain --json` document body (the envelope is added by the caller). */
export function explainDocument(run: ExplainRun): Record<string, unknown> {
  const { match, diagnosis } = run;
  return {
    input: { text: run.text, host: run.host, port: run.port, protocol: run.protocol },
    client: match.client,
    entries: match.entries.map((entry) => ({
      id: entry.id,
      clients: entry.clients,
      family: entry.family,
      message: entry.message,
      evidence: entry.evidence,
      sources: entry.sources,
    })),
    candidates: match.causes.map((cause) => ({
      id: cause.id,
      family: cause.family,
      title: cause.title,
      fix: fixFor(cause, match.client),
    })),
    probes:
      run.host === null
        ? null
        : run.results.map((result) => ({
            mode: result.requestedMode,
            status: result.status,
            security: result.security,
            statusMessage: result.statusMessage,
            error: result.error,
            timings: result.timings,
            certificate: result.tls?.verdict ?? null,
            findings: result.findings.map((finding) => finding.code),
          })),
    observations: diagnosis?.observations ?? [],
    cause:
      diagnosis?.cause == null
        ? null
        : {
            id: diagnosis.cause.id,
            basis: diagnosis.basis,
            family: diagnosis.cause.family,
            title: diagnosis.cause.title,
            explanation: diagnosis.cause.explanation,
            fix: diagnosis.fix,
            sources: diagnosis.cause.sources,
          },
    unconfirmed: diagnosis?.unconfirmed ?? [],
  };
}

import type {
  Candidate,
  LoginCheck,
  LoginOutcome,
  RankedOption,
  Reason,
  Recommendation,
  RecommendReport,
  Verdict,
} from '@mailports/recommend';
import { type ColorName, type Colors, styleOf } from '../io';
import { printable } from '../sanitize';
import { failureLines } from './login';
import { renderTable } from './table';
import { formatDuration, probeNotes, probeTable, securityLabel, serverText } from './text';

const ROLE_TITLE = { send: 'Send mail', relay: 'Relay (server to server)', read: 'Read mail' } as const;

const VERDICT_COLOR: Readonly<Record<Verdict, ColorName>> = {
  recommended: 'green',
  works: 'cyan',
  'works-but-insecure': 'yellow',
  unusable: 'red',
};
const REASON_COLOR: Readonly<Record<Reason['kind'], ColorName>> = {
  observed: 'green',
  inferred: 'yellow',
  standard: 'blue',
};

const LOGIN_COLOR: Readonly<Record<LoginOutcome, ColorName>> = {
  succeeded: 'green',
  failed: 'red',
  'no-mechanism': 'red',
  error: 'red',
  'not-tried': 'yellow',
};
const LOGIN_WORDS: Readonly<Record<LoginOutcome, string>> = {
  succeeded: 'succeeded',
  failed: 'failed',
  'no-mechanism': 'not possible',
  error: 'error',
  'not-tried': 'not tried',
};

/**
 * `login     as alice: succeeded (PLAIN)`, or the outcome and the probe's sentence (`failed — AUTH
 * PLAIN rejected the credentials (535 5.7.8).`, `not tried — The certificate is not trusted …`).
 */
export function loginLine(check: LoginCheck, color: Colors): string {
  const tag = color.bold('login'.padEnd(8));
  const outcome = styleOf(color, LOGIN_COLOR, check.outcome)(LOGIN_WORDS[check.outcome]);
  const who = `as ${printable(check.username)}`;
  if (check.outcome === 'succeeded') {
    const mechanism = check.mechanism ? ` (${serverText(check.mechanism)})` : '';
    return `${tag}  ${who}: ${outcome}${mechanism}`;
  }
  return `${tag}  ${who}: ${outcome} — ${serverText(check.message)}`;
}

/** A verdict word, coloured by how good it is. */
export function verdictText(verdict: Verdict, color: Colors): string {
  return styleOf(
    color,
    VERDICT_COLOR,
    verdict,
  )(verdict === 'works-but-insecure' ? 'works but insecure' : verdict);
}

function portText(option: RankedOption): string {
  const remapped = option.wellKnownPort !== undefined && option.wellKnownPort !== option.port;
  return remapped ? `${option.wellKnownPort} (on ${option.port})` : String(option.port);
}

/** `[observed]`, `[inferred]`, `[standard]` tags, so a reader knows what was seen and what was concluded. */
export function reasonLine(reason: Reason, color: Colors): string {
  const tag = styleOf(color, REASON_COLOR, reason.kind)(reason.kind.padEnd(8));
  const citation = reason.citation
    ? color.dim(` — ${printable(reason.citation.label)} ${printable(reason.citation.url)}`)
    : '';
  const confidence = reason.confidence ? color.dim(` (confidence ${reason.confidence})`) : '';
  const evidence = (reason.evidence ?? []).map(
    (line) => `\n            ${color.dim(`· ${serverText(line)}`)}`,
  );
  return `${tag}  ${serverText(reason.text)}${confidence}${citation}${evidence.join('')}`;
}

function headline(recommendation: Recommendation, color: Colors): string {
  const title = color.bold(ROLE_TITLE[recommendation.role]);
  const best = recommendation.best;
  if (!best) return `${title}: ${color.red('no working option found')}`;
  const auth =
    best.authMechanisms.length > 0 ? `, AUTH ${best.authMechanisms.map(serverText).join(' ')}` : '';
  return `${title}: ${color.bold(`${serverText(best.host)} port ${portText(best)}`)}, ${securityLabel(best.security)}${auth} — ${verdictText(best.verdict, color)}`;
}

/** The options of one role as a ranked table. */
export function optionsTable(
  options: readonly RankedOption[],
  color: Colors,
  width: number | undefined,
): string {
  return renderTable(
    [
      { header: '#', align: 'right' },
      { header: 'host', shrink: true },
      { header: 'port' },
      { header: 'protocol' },
      { header: 'security' },
      { header: 'auth', shrink: true },
      { header: 'verdict' },
      { header: 'source', shrink: true },
    ],
    options.map((option, index) => {
      const verdictStyle = styleOf(color, VERDICT_COLOR, option.verdict);
      return [
        String(index + 1),
        serverText(option.host),
        portText(option),
        option.protocol,
        securityLabel(option.security),
        option.authMechanisms.map(serverText).join(' '),
        { text: option.verdict, style: verdictStyle },
        option.source ? printable(option.source) : '',
      ];
    }),
    { color, width },
  );
}

function candidateSummary(candidates: readonly Candidate[]): string {
  const bySource = new Map<string, number>();
  for (const candidate of candidates) {
    const kind = candidate.source.split(' ')[0] ?? candidate.source;
    bySource.set(kind, (bySource.get(kind) ?? 0) + 1);
  }
  return [...bySource].map(([kind, count]) => `${printable(kind)} ${count}`).join(', ');
}

/**
 * What the domain publishes for mail clients and the audit of it: failed fetches and every audit
 * finding; `verbose` adds the fetches that found nothing.
 */
function publishedLines(report: RecommendReport, color: Colors, verbose: boolean): string[] {
  const published = report.discovery.published;
  if (!published) return [];
  const fetches = published.fetches.filter((item) => verbose || item.outcome !== 'absent');
  if (fetches.length === 0 && published.audit.length === 0) return [];
  const lines = ['', color.bold('Published configuration')];
  for (const item of fetches) {
    const outcome =
      item.outcome === 'found'
        ? color.green('found')
        : item.outcome === 'failed'
          ? color.yellow(`failed ${item.code ?? ''}`.trim())
          : color.dim('none');
    lines.push(`  ${item.source} ${printable(item.url)} → ${outcome}: ${serverText(item.message)}`);
  }
  for (const item of published.audit) {
    const tag =
      item.severity === 'ok'
        ? color.green('ok     ')
        : item.severity === 'error'
          ? color.red('wrong  ')
          : color.yellow('check  ');
    lines.push(`  ${tag} ${serverText(item.text)}`);
  }
  return lines;
}

/**
 * The human report of a recommendation: the target, what discovery found, per role the answer with
 * its reasons (observed / inferred / standard) and the ranked options; `verbose` adds every
 * option's reasons and the discovered candidates.
 */
export function recommendText(
  report: RecommendReport,
  options: { color: Colors; width: number | undefined; verbose: boolean; insecure?: boolean },
): string[] {
  const { color } = options;
  const lines: string[] = [];
  const { discovery } = report;
  const domain = discovery.domain ? ` → mail domain ${color.bold(printable(discovery.domain))}` : '';
  lines.push(`${color.bold(printable(discovery.input))}${domain}`);
  lines.push(
    color.dim(
      `${discovery.candidates.length} candidates (${candidateSummary(discovery.candidates) || 'none'}), ${report.results.length} probes, ${formatDuration(report.durationMs)}`,
    ),
  );
  for (const label of discovery.notOffered)
    lines.push(color.dim(`not offered (SRV target "."): ${printable(label)}`));
  for (const error of discovery.errors) lines.push(`${color.yellow('dns')}: ${serverText(error)}`);
  for (const note of discovery.ignored ?? []) lines.push(color.dim(`ignored: ${serverText(note)}`));
  if (discovery.candidates.length === 0 && (discovery.queries ?? []).length > 0) {
    // Nothing found: say what was asked and what came back, so the user can check it elsewhere.
    lines.push('', color.bold('Nothing to probe. Discovery asked:'));
    for (const query of discovery.queries ?? []) {
      lines.push(
        `  ${serverText(query.question)} ${color.dim(`(${printable(query.via)})`)} → ${serverText(query.answer)}`,
      );
    }
  }
  lines.push(...publishedLines(report, color, options.verbose));
  if (options.verbose && discovery.candidates.length > 0) {
    lines.push('', color.bold('Candidates'));
    lines.push(
      renderTable(
        [
          { header: 'role' },
          { header: 'host', shrink: true },
          { header: 'port' },
          { header: 'protocol' },
          { header: 'mode' },
          { header: 'source', shrink: true },
        ],
        discovery.candidates.map((candidate) => [
          candidate.role,
          serverText(candidate.host),
          String(candidate.port),
          candidate.protocol,
          candidate.mode,
          printable(candidate.source),
        ]),
        { color, width: options.width },
      ),
    );
  }
  if (options.verbose && report.results.length > 0) {
    lines.push('', color.bold('Probes'));
    lines.push(
      probeTable(report.results, { color, width: options.width, insecure: options.insecure === true }),
    );
    const notes = probeNotes(report.results, color, false);
    if (notes.length > 0) lines.push('', ...notes);
  }

  for (const recommendation of report.recommendations) {
    lines.push('', headline(recommendation, color));
    const best = recommendation.best;
    // The login check right under the answer it was made on; without a best option there was none.
    if (best && recommendation.login) {
      lines.push(`  ${loginLine(recommendation.login, color)}`);
      lines.push(...failureLines(recommendation.login, color, '            '));
    }
    // Without a best option, what the top-ranked one observed comes first ("No answer on port 25"),
    // so that an inference below it reads as what it is: a conclusion from that observation.
    const explained = best ?? recommendation.options[0];
    if (explained) for (const reason of explained.reasons) lines.push(`  ${reasonLine(reason, color)}`);
    for (const inference of recommendation.inferences) lines.push(`  ${reasonLine(inference, color)}`);
    if (recommendation.options.length > 0) {
      lines.push('');
      for (const line of optionsTable(recommendation.options, color, options.width).split('\n'))
        lines.push(`  ${line}`);
      // The RFC 8314 port probed beside an SRV-advertised STARTTLS one: say it was not advertised.
      for (const option of recommendation.options) {
        const found = option.reasons.find((reason) => /^(Found|Probed), not advertised/.test(reason.text));
        if (found && option !== explained)
          lines.push(`  ${color.dim(`${portText(option)}: ${serverText(found.text)}`)}`);
      }
    }
    if (options.verbose) {
      for (const [index, option] of recommendation.options.entries()) {
        if (option === explained) continue;
        lines.push(
          '',
          `  ${color.bold(`#${index + 1} ${serverText(option.host)}:${portText(option)}`)} ${verdictText(option.verdict, color)}`,
        );
        for (const reason of option.reasons) lines.push(`    ${reasonLine(reason, color)}`);
      }
    }
  }
  return lines;
}

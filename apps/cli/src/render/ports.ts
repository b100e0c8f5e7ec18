import type { Myth, PortEntry, ProviderBlockOnPort, Source } from '@mailports/ports';
import type { Colors } from '../io';
import { renderTable } from './table';

/** Wraps prose to `width` columns with an indent; no wrapping when width is undefined (piped). */
export function wrap(text: string, width: number | undefined, indent: string): string[] {
  if (width === undefined) return [indent + text];
  const limit = Math.max(40, Math.min(width, 100)) - indent.length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length > 0 && line.length + 1 + word.length > limit) {
      lines.push(indent + line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(indent + line);
  return lines;
}

function standingText(entry: PortEntry, color: Colors): string {
  const text = entry.standing;
  if (text === 'recommended') return color.green(text);
  if (text === 'supported') return color.cyan(text);
  if (text === 'legacy' || text === 'unofficial') return color.yellow(text);
  return color.red(text);
}

function tlsText(entry: PortEntry): string {
  const mode = entry.tls === 'implicit' ? 'implicit TLS' : entry.tls === 'starttls' ? 'STARTTLS' : 'none';
  return entry.tlsRequired ? `${mode} (required)` : mode;
}

/** The overview table of `mailports ports`. */
export function portsTable(entries: readonly PortEntry[], color: Colors, width: number | undefined): string {
  return renderTable(
    [
      { header: 'port', align: 'right' },
      { header: 'protocol' },
      { header: 'role' },
      { header: 'tls' },
      { header: 'standing' },
      { header: 'iana' },
      { header: 'title', shrink: true },
    ],
    entries.map((entry) => {
      const standing = standingText(entry, color);
      return [
        String(entry.port),
        entry.protocol,
        entry.role,
        tlsText(entry),
        { text: entry.standing, style: () => standing },
        entry.iana.join(', '),
        entry.title,
      ];
    }),
    { color, width },
  );
}

function sourceText(source: Source, color: Colors): string {
  return `${source.label} ${color.dim(source.url)}`;
}

const MYTH_MARK = { wrong: '✗', outdated: '✗', incomplete: '~', right: '✓' } as const;

/** Everything about one port, for a person: what it is, TLS, standing, history, RFCs, blocks, myths. */
export function portDetail(
  entry: PortEntry,
  extras: { myths: readonly Myth[]; blocks: readonly ProviderBlockOnPort[] },
  color: Colors,
  width: number | undefined,
): string[] {
  const lines: string[] = [];
  const heading = (title: string) => lines.push('', color.bold(title));
  const field = (name: string, value: string) => lines.push(`  ${color.dim(name.padEnd(14))} ${value}`);
  lines.push(`${color.bold(String(entry.port))}  ${color.bold(entry.title)}`);
  field('protocol', entry.protocol);
  field('role', entry.role);
  field('TLS', tlsText(entry));
  field('standing', standingText(entry, color));
  field('IANA', entry.iana.length > 0 ? entry.iana.join(', ') : '(not assigned to mail)');
  if (entry.alsoKnownAs.length > 0) field('also known as', entry.alsoKnownAs.join(', '));
  lines.push('', ...wrap(entry.explanation, width, '  '));

  if (entry.specs.length > 0) {
    heading('Specifications');
    for (const spec of entry.specs) {
      const section = spec.section ? ` §${spec.section}` : '';
      lines.push(`  ${color.cyan(`RFC ${spec.rfc}${section}`)}  ${spec.title}`);
      lines.push(...wrap(spec.says, width, '      '));
      lines.push(`      ${color.dim(spec.source.url)}`);
    }
  }
  if (entry.history.length > 0) {
    heading('History');
    for (const event of entry.history) {
      const sources = event.sources.map((source) => source.label).join('; ');
      lines.push(
        ...wrap(`${event.event}${sources ? ` [${sources}]` : ''}`, width, '             ').map(
          (line, index) => (index === 0 ? `  ${event.date.padEnd(10)} ${line.trimStart()}` : line),
        ),
      );
    }
  }
  heading('Who blocks it');
  lines.push(...wrap(entry.blocking, width, '  '));
  for (const { provider, block } of extras.blocks) {
    lines.push(
      `  ${color.yellow('•')} ${provider.name}: ${block.action} (${block.accounts}); ${provider.lift.how}`,
    );
    for (const source of provider.sources) lines.push(`      ${sourceText(source, color)}`);
  }
  if (entry.ianaAssignments.some((row) => !row.mailRelated || row.status !== 'assigned')) {
    heading('IANA registry');
    for (const row of entry.ianaAssignments) {
      lines.push(
        `  ${(row.service || '(no name)').padEnd(12)} ${row.transport}  ${row.status.padEnd(12)} ${row.description}`,
      );
    }
  }
  if (entry.notFor.length > 0) {
    heading('Not for');
    for (const wrong of entry.notFor) lines.push(...wrap(`${wrong.role}: ${wrong.why}`, width, '  '));
  }
  if (extras.myths.length > 0) {
    heading('Myths');
    for (const myth of extras.myths) {
      const verdict =
        myth.verdict === 'right'
          ? color.green(myth.verdict)
          : myth.verdict === 'wrong'
            ? color.red(myth.verdict)
            : color.yellow(myth.verdict);
      lines.push(`  ${MYTH_MARK[myth.verdict]} “${myth.quote}” — ${verdict}`);
      lines.push(...wrap(myth.correction, width, '      '));
      for (const source of myth.sources) lines.push(`      ${sourceText(source, color)}`);
    }
  }
  heading('Sources');
  for (const source of entry.sources) lines.push(`  ${sourceText(source, color)}`);
  return lines;
}

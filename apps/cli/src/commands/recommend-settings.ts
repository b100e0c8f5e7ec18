import type {
  ImapflowOptions,
  NodemailerSmtpOptions,
  PasteSettings,
  Recommendation,
  RecommendReport,
} from '@mailports/recommend';
import type { Output } from '../io';
import { renderTable } from '../render/table';
import { securityLabel } from '../render/text';
import { printable } from '../sanitize';
import type { RecommendRun } from './recommend';

/** The lazily loaded @mailports/recommend module. */
export type RecommendModule = typeof import('@mailports/recommend');

/**
 * What every settings format is made from, the same for the text and the JSON document: the one
 * paste rule of @mailports/recommend (`pasteSettings`), which the documentation site uses too.
 */
export class PasteSources {
  /** Roles that send (submission, relay) and have a usable best option. */
  readonly senders: Recommendation[];
  private readonly settings: PasteSettings;
  private readonly imapflowSettings: ImapflowOptions | null;

  constructor(recommend: RecommendModule, run: RecommendRun, report: RecommendReport) {
    const servername = run.options.servername;
    this.settings = recommend.pasteSettings({
      recommendations: report.recommendations,
      target: report.discovery.input,
      domain: report.discovery.domain,
      ...(run.user !== undefined ? { user: run.user } : {}),
      ...(typeof servername === 'string' ? { servername } : {}),
    });
    this.senders = report.recommendations.filter(
      (item) => item.role !== 'read' && this.settings.nodemailer[item.role] !== undefined,
    );
    const read = report.recommendations.find((item) => item.role === 'read')?.best;
    this.imapflowSettings =
      read?.protocol === 'imap'
        ? recommend.imapflowOptions(read, {
            ...(run.user !== undefined ? { user: run.user } : {}),
            ...(typeof servername === 'string' ? { servername } : {}),
          })
        : null;
  }

  /** nodemailer options for a sending role (see `pasteSettings`). */
  nodemailer(item: Recommendation): NodemailerSmtpOptions {
    return this.settings.nodemailer[item.role as 'send' | 'relay']!;
  }

  /**
   * imapflow options for the read role's best option when it is IMAP (with the login user when
   * known), or null: `loginWith` says whether the login takes `accessToken` (OAuth2) or `pass`.
   */
  imapflow(): ImapflowOptions | null {
    return this.imapflowSettings;
  }

  /** config-v1.1.xml, or null when there is nothing to name. */
  thunderbird(): string | null {
    return this.settings.thunderbird;
  }
}

/** The settings to paste, in the chosen format. */
export function settingsText(
  sources: PasteSources,
  recommend: RecommendModule,
  report: RecommendReport,
  run: RecommendRun,
  output: Output,
): string[] {
  const { color } = output;
  if (run.format === 'table') {
    const rows = recommend.settingsTable(report.recommendations);
    if (rows.length === 0) return [color.dim('(nothing to paste: no role has a working option)')];
    return renderTable(
      [
        { header: 'role' },
        { header: 'server' },
        { header: 'port' },
        { header: 'security' },
        { header: 'authentication' },
      ],
      rows.map((row) => [
        row.role,
        printable(row.server),
        String(row.port),
        row.security,
        printable(row.authentication),
      ]),
      { color, width: output.width },
    ).split('\n');
  }
  if (run.format === 'nodemailer') {
    const { senders } = sources;
    if (senders.length === 0) {
      return run.quiet ? ['{}'] : ['// nodemailer sends mail: no working send or relay option to configure'];
    }
    // --quiet is for redirecting into a file: valid JSON only, one object or one per role.
    if (run.quiet) {
      const only =
        senders.length === 1
          ? sources.nodemailer(senders[0]!)
          : Object.fromEntries(senders.map((item) => [item.role, sources.nodemailer(item)]));
      return JSON.stringify(only, null, 2).split('\n');
    }
    return senders.flatMap((item) => [
      `// ${item.role}: ${securityLabel(item.best!.security)}`,
      JSON.stringify(sources.nodemailer(item), null, 2),
    ]);
  }
  if (run.format === 'imapflow') {
    const options = sources.imapflow();
    if (options === null) {
      return run.quiet ? ['{}'] : ['// imapflow reads over IMAP: no working IMAP option to configure'];
    }
    const comment = `// read: ${securityLabel(options.secure ? 'implicit' : 'starttls')}; add auth.${options.loginWith}`;
    return [...(run.quiet ? [] : [comment]), ...JSON.stringify(options, null, 2).split('\n')];
  }
  const xml = sources.thunderbird();
  if (xml !== null) return xml.split('\n');
  return run.quiet ? [] : [color.dim('(nothing to paste: no send or read option works)')];
}

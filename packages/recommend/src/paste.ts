import {
  type NodemailerSmtpOptions,
  nodemailerOptions,
  type SettingsRow,
  settingsTable,
  thunderbirdConfig,
} from './settings';
import type { RankedOption, Recommendation, Verdict } from './types';

/** What {@link pasteSettings} needs: the ranked answer and what the user asked about. */
export interface PasteInput {
  /** One recommendation per role asked (as `recommend()` returns them, or one from `rank()`). */
  recommendations: readonly Recommendation[];
  /** The target as given: an email address, a mail domain, or a host. */
  target: string;
  /** The mail domain (`discovery.domain`), or null for a bare host. */
  domain: string | null;
  /** The login for nodemailer's `auth.user`; default: the target when it is an email address. */
  user?: string;
  /** The certificate name to expect when a host is an IP address (`--servername`). */
  servername?: string;
}

/** The settings to paste, in every format; never a password. */
export interface PasteSettings {
  /** The best option of each role as client settings. */
  table: SettingsRow[];
  /** Per sending role (`send`, `relay`) with a usable best option: nodemailer transport options. */
  nodemailer: Partial<Record<'send' | 'relay', NodemailerSmtpOptions>>;
  /**
   * Thunderbird's config-v1.1.xml: every usable read and send option, best first. When both `read`
   * and `send` were asked, it always holds an incoming and an outgoing server (Thunderbird imports
   * nothing otherwise): a side with no usable option gets its top-ranked option, marked in a comment
   * as not confirmed from here (a side without any option at all has nothing to name). Null when
   * neither side has any option.
   */
  thunderbird: string | null;
}

const USABLE: ReadonlySet<Verdict> = new Set(['recommended', 'works']);

function side(recommendation: Recommendation | undefined, other: boolean): RankedOption[] {
  if (!recommendation) return [];
  const usable = recommendation.options.filter((option) => USABLE.has(option.verdict));
  if (usable.length > 0 || !other) return usable;
  // Both sides were asked: an import needs this side too, so the top-ranked option stands in.
  const first = recommendation.options[0];
  return first ? [first] : [];
}

/**
 * The one rule for the settings to paste, shared by the CLI and the documentation site so that both
 * paste the same options: the table of best options, nodemailer options for each sending role
 * (`auth.user` only for submission, and only where AUTH is offered: relay to an MX and
 * address-authorised submission do not log in), and Thunderbird's autoconfig file whose `<domain>`
 * is the mail domain (plus the address's domain when it differs).
 *
 * Pure: no I/O, safe in a browser. Never throws.
 */
export function pasteSettings(input: PasteInput): PasteSettings {
  const byRole = (role: Recommendation['role']) => input.recommendations.find((item) => item.role === role);
  const read = byRole('read');
  const send = byRole('send');
  const user = input.user ?? (input.target.includes('@') ? input.target : undefined);
  const nodemailer: PasteSettings['nodemailer'] = {};
  for (const recommendation of [send, byRole('relay')]) {
    const best = recommendation?.best;
    if (!recommendation || !best || best.protocol !== 'smtp') continue;
    const logsIn = recommendation.role === 'send' && best.authMechanisms.length > 0;
    nodemailer[recommendation.role as 'send' | 'relay'] = nodemailerOptions(best, {
      ...(logsIn && user !== undefined ? { user } : {}),
      ...(input.servername !== undefined ? { servername: input.servername } : {}),
    });
  }
  const both = read !== undefined && send !== undefined;
  const incoming = side(read, both);
  const outgoing = side(send, both);
  const stand = (options: RankedOption[], recommendation: Recommendation | undefined) =>
    options.length > 0 && !USABLE.has(options[0]?.verdict ?? 'unusable') && recommendation !== undefined;
  const notes = [
    ...(stand(incoming, read) ? ['incoming'] : []),
    ...(stand(outgoing, send) ? ['outgoing'] : []),
  ];
  const email = input.target.includes('@') ? input.target : undefined;
  const domain = input.domain ?? email?.split('@').pop() ?? input.target;
  let thunderbird =
    incoming.length + outgoing.length === 0
      ? null
      : thunderbirdConfig({
          domain,
          ...(email ? { email } : {}),
          incoming,
          outgoing,
          keepUnusable: true,
        });
  if (thunderbird !== null && notes.length > 0) {
    const comment = `<!-- not confirmed from here: the ${notes.join(' and ')} server below did not work in this test -->`;
    thunderbird = thunderbird.replace(
      '<clientConfig version="1.1">',
      `${comment}\n<clientConfig version="1.1">`,
    );
  }
  return { table: settingsTable([...input.recommendations]), nodemailer, thunderbird };
}

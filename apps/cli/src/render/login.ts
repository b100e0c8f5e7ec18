import type { LoginFailureExplanation } from '@mailports/recommend';
import type { AuthTest, OAuthServerError } from '@mailports/wire';
import type { Colors } from '../io';
import { serverText } from './text';

/** The lines under a failed login: the server's decoded OAuth error, then the catalogue's cause, fix and sources. */
export function failureLines(
  input: { oauthError?: OAuthServerError | null; explanation?: LoginFailureExplanation | undefined },
  color: Colors,
  indent: string,
): string[] {
  const lines: string[] = [];
  const error = input.oauthError;
  if (error) {
    const parts = [
      `status ${serverText(error.status ?? '-')}`,
      ...(error.scope ? [`scope ${serverText(error.scope)}`] : []),
      ...(error.schemes ? [`schemes ${serverText(error.schemes)}`] : []),
    ];
    lines.push(`${indent}${color.dim('token error'.padEnd(12))}${parts.join(', ')} — ${error.meaning}`);
  }
  const explanation = input.explanation;
  if (explanation) {
    const unverified = explanation.unverified ? color.dim(' (partly unverified)') : '';
    const temporary = explanation.kind === 'temporary' ? color.yellow(' [temporary]') : '';
    lines.push(`${indent}${color.dim('cause'.padEnd(12))}${explanation.cause}${temporary}${unverified}`);
    lines.push(`${indent}${color.dim('fix'.padEnd(12))}${explanation.fix}`);
    for (const citation of explanation.citations) {
      lines.push(`${indent}${color.dim('source'.padEnd(12))}${citation.label} <${citation.url}>`);
    }
  }
  return lines;
}

/** `587/smtp  login  failed (XOAUTH2, token): …` and its decoded failure, for `probe --user`. */
export function loginTestLines(
  label: string,
  test: AuthTest,
  explanation: LoginFailureExplanation | undefined,
  color: Colors,
): string[] {
  const outcome =
    test.outcome === 'succeeded'
      ? color.green(test.outcome)
      : test.outcome === 'failed'
        ? color.red(test.outcome)
        : color.yellow(test.outcome);
  const what = [
    test.mechanism ? serverText(test.mechanism) : null,
    test.credential === 'token' ? 'token' : null,
  ]
    .filter(Boolean)
    .join(', ');
  const head = `${label}  ${color.bold('login')}  ${outcome}${what ? ` (${what})` : ''}: ${serverText(test.message)}`;
  return [head, ...failureLines({ oauthError: test.oauthError ?? null, explanation }, color, '    ')];
}

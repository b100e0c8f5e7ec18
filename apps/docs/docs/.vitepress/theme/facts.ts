import { wellKnownMailPorts } from '@mailports/ports';
import type { RankInput, Role } from '@mailports/recommend';
import type { ProbeResultBase, SecurityMode } from '@mailports/wire';

/** What a person can tell us about one port without running a probe. */
export type PortAnswer = 'implicit' | 'starttls' | 'plain' | 'timeout' | 'refused' | 'unknown';

/** The questionnaire, as the page collects it. */
export interface Answers {
  host: string;
  ports: Record<number, PortAnswer>;
  /** Whether the server's certificate verifies for the host name. */
  certificateValid: boolean;
  /** Whether the server accepts a password only after TLS. */
  authAfterTlsOnly: boolean;
}

const PROTOCOL_OF_PORT = new Map(wellKnownMailPorts().map((entry) => [entry.port, entry.protocol]));

const STATUS_MESSAGE: Record<string, string> = {
  timeout: 'No answer (you told us it timed out).',
  refused: 'Connection refused (you told us).',
  ok: 'Answers (you told us).',
};

/**
 * Turns questionnaire answers into the same fact shape a probe produces, so the page ranks them with the
 * very function the command line uses. Everything here is what the person stated, not an observation.
 */
export function resultsFromAnswers(answers: Answers): ProbeResultBase[] {
  const results: ProbeResultBase[] = [];
  for (const [portText, answer] of Object.entries(answers.ports)) {
    if (answer === 'unknown') continue;
    const port = Number(portText);
    const protocol = PROTOCOL_OF_PORT.get(port);
    if (!protocol) continue;
    const answered = answer === 'implicit' || answer === 'starttls' || answer === 'plain';
    const security: SecurityMode | null = answered ? answer : null;
    const mechanisms = answered ? ['PLAIN', 'LOGIN'] : [];
    const beforeTls =
      answer === 'plain' || (answer === 'starttls' && !answers.authAfterTlsOnly) ? mechanisms : [];
    const status = answered ? 'ok' : answer;
    results.push({
      protocol,
      host: answers.host,
      port,
      address: null,
      requestedMode: 'auto',
      security,
      status,
      statusMessage: STATUS_MESSAGE[status] ?? status,
      error: null,
      tls:
        security === 'implicit' || security === 'starttls'
          ? {
              version: 'TLSv1.3',
              cipher: null,
              cipherStandardName: null,
              keyExchange: null,
              servername: answers.host,
              chain: [],
              verdict: {
                trusted: answers.certificateValid,
                errorCode: answers.certificateValid ? null : 'UNVERIFIED',
                reason: answers.certificateValid ? null : 'You told us the certificate does not verify.',
                hostnameMatches: answers.certificateValid,
                checkedName: answers.host,
                expired: false,
                notYetValid: false,
                selfSigned: false,
                daysRemaining: 90,
              },
            }
          : null,
      timings: {},
      transcript: [],
      findings: [],
      banner: null,
      capabilitiesBefore: null,
      capabilitiesAfter: null,
      starttls:
        security === 'starttls' || security === 'plain'
          ? {
              offered: security === 'starttls',
              attempted: security === 'starttls',
              accepted: security === 'starttls',
              reply: null,
              injectedBytes: null,
            }
          : null,
      auth: { mechanisms, beforeTls, test: null },
      startedAt: new Date(0).toISOString(),
    });
  }
  return results;
}

/** The schema version of the command line's JSON documents this page understands (apps/cli/schema). */
export const SCHEMA_VERSION = 1;

/** A pasted document and the probe results it carries. */
interface Pasted {
  readonly document: unknown;
  readonly results: ProbeResultBase[];
}

function readPasted(text: string): Pasted {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`That is not JSON: ${(error as Error).message}`);
  }
  let results: unknown[] | null = null;
  if (Array.isArray(document)) {
    results = document;
  } else if (typeof document === 'object' && document !== null) {
    const envelope = document as {
      tool?: unknown;
      schemaVersion?: unknown;
      command?: unknown;
      results?: unknown;
    };
    // The command line writes `tool: { name: 'mailports', version }`.
    const ours = (envelope.tool as { name?: unknown } | null | undefined)?.name === 'mailports';
    if (ours && envelope.schemaVersion !== SCHEMA_VERSION) {
      throw new Error(
        `This page reads schemaVersion ${SCHEMA_VERSION}; the document has schemaVersion ${String(envelope.schemaVersion)}.`,
      );
    }
    if (ours && envelope.command !== 'probe' && envelope.command !== 'recommend') {
      throw new Error(`Paste the output of probe or recommend, not of ${String(envelope.command)}.`);
    }
    if (Array.isArray(envelope.results)) results = envelope.results;
  }
  if (!results) {
    throw new Error('Expected the output of `mailports probe --json`: an object with a "results" array.');
  }
  for (const [index, result] of results.entries()) {
    const candidate = result as Partial<ProbeResultBase> | null;
    if (
      !candidate ||
      typeof candidate.port !== 'number' ||
      typeof candidate.status !== 'string' ||
      typeof candidate.host !== 'string' ||
      !candidate.protocol ||
      typeof candidate.auth !== 'object'
    ) {
      throw new Error(
        `Result ${index + 1} is not a probe result (it needs protocol, host, port, status and auth).`,
      );
    }
  }
  return { document, results: results as ProbeResultBase[] };
}

/**
 * Reads the output of `mailports probe --json` or `mailports recommend --json` (schemaVersion 1, both carry
 * a "results" array of probe results), or a bare array of results. Throws an Error with a message for a
 * person when the text is not such a document.
 */
export function resultsFromJson(text: string): ProbeResultBase[] {
  return readPasted(text).results;
}

/** The part of a `recommend --json` option the page needs to rank its result again. */
interface PastedOption {
  host?: unknown;
  port?: unknown;
  source?: unknown;
  wellKnownPort?: unknown;
  stated?: unknown;
}

/** The recommendation for `role` in a `recommend --json` document, when there is one with options. */
function pastedOptions(document: unknown, role: Role): PastedOption[] | null {
  const recommendations = (document as { recommendations?: unknown } | null)?.recommendations;
  if (!Array.isArray(recommendations)) return null;
  const found = recommendations.find(
    (entry): entry is { options: PastedOption[] } =>
      typeof entry === 'object' &&
      entry !== null &&
      (entry as { role?: unknown }).role === role &&
      Array.isArray((entry as { options?: unknown }).options),
  );
  return found && found.options.length > 0 ? found.options : null;
}

/**
 * What {@link rank} needs from pasted JSON for one role. From `recommend --json` it takes exactly what the
 * command line ranked: the results of that role's candidates, where each came from, the well-known port a
 * remapped port stands for, the domain's stated (SRV) order, and every other result as context (for "25 timed out while 587 answered").
 * From `probe --json` it takes the results as they are.
 */
export function rankInputFromJson(
  text: string,
  role: Role,
): Pick<RankInput, 'results' | 'context' | 'sources' | 'wellKnownPorts' | 'stated'> {
  const { document, results } = readPasted(text);
  const options = pastedOptions(document, role);
  if (!options) return { results };
  const key = (host: unknown, port: unknown) => `${String(host)}:${String(port)}`;
  const sources: Record<string, string> = {};
  const wellKnownPorts: Record<string, number> = {};
  const stated: Record<string, number> = {};
  for (const option of options) {
    const at = key(option.host, option.port);
    if (typeof option.source === 'string') sources[at] = option.source;
    if (typeof option.stated === 'number') stated[at] = option.stated;
    if (typeof option.wellKnownPort === 'number') wellKnownPorts[at] = option.wellKnownPort;
  }
  const wanted = new Set(options.map((option) => key(option.host, option.port)));
  return {
    results: results.filter((result) => wanted.has(key(result.host, result.port))),
    context: results,
    sources,
    wellKnownPorts,
    stated,
  };
}

import { assess } from './_assess';
import { protocolsFor } from './_classify';
import { inferAcross, inferFromResult, type Placed } from './_inferences';
import type { ProbeResultBase } from '@mailports/wire';
import { CITE } from './_knowledge';
import { applyRelayPolicies } from './mx/relay-policies';
import type { RankedOption, RankInput, Reason, Recommendation, Verdict } from './types';

const BAND_ORDER: readonly Verdict[] = ['recommended', 'works', 'works-but-insecure', 'unusable'];

/** The reason on an option found beside an SRV-advertised host but not advertised itself. */
function unadvertised(source: string, port: number, answered: boolean): Reason {
  const label = source.slice('beside srv '.length);
  const what = answered ? 'answers here too' : 'was probed here too, without a working answer';
  return {
    kind: 'observed',
    text: `${answered ? 'Found' : 'Probed'}, not advertised: the domain's ${label} record names this host, and port ${port} (implicit TLS, preferred by RFC 8314) ${what}.`,
    citation: CITE.implicitTlsPreferred,
  };
}

/** The key of `sources` and `wellKnownPorts`: the host as probed and the port as probed. */
export function resultKey(host: string, port: number): string {
  return `${host}:${port}`;
}

/**
 * Ranks probe results for one role: every result of a protocol that can serve the role becomes a
 * {@link RankedOption} with a verdict, a score and plain-words reasons (observed, inferred, or a
 * cited standard), best first; conclusions drawn across results go to `inferences`.
 *
 * The rules, in short: implicit TLS before STARTTLS (RFC 8314 §3: 465 > 587, 993 > 143, 995 > 110),
 * IMAP before POP3, 2525 only as a fallback, 25 is for relay (RFC 5321; mail clients submit on 465
 * or 587), the domain's stated SRV order first among options of one verdict; nothing that would send
 * a password in clear, nor one protected by a certificate that fails verification or by TLS below 1.2
 * (RFC 8997), is ever `recommended`.
 *
 * Pure and synchronous: no I/O, safe in a browser. Results of other protocols are ignored.
 * @param input.role - `send`, `relay` or `read`.
 * @param input.results - Probe results (any order; ties keep this order).
 * @param input.constraints - What the user knows about their network; `requireTls` defaults to true.
 * @param input.sources - `'host:port'` → where the candidate came from, copied to `source`.
 * @param input.wellKnownPorts - `'host:port'` → the well-known port a remapped result stands for.
 * @param input.stated - `'host:port'` → the domain's stated order (SRV); advertised options come first
 * among options of the same verdict, in that order.
 * @param input.context - Other results (e.g. of other roles), used only as evidence that a host answered.
 * @returns The recommendation; `best` is null when no option is usable (never throws).
 */
export function rank(input: RankInput): Recommendation {
  const constraints = input.constraints ?? {};
  const protocols = protocolsFor(input.role);
  const place = (result: ProbeResultBase): Placed => ({
    result,
    wellKnownPort: input.wellKnownPorts?.[resultKey(result.host, result.port)] ?? result.port,
    source: input.sources?.[resultKey(result.host, result.port)],
  });
  const placed: Placed[] = input.results
    .filter((result) => protocols.includes(result.protocol))
    .map((result) => place(result));

  const context = (input.context ?? []).filter((result) => !input.results.includes(result)).map(place);
  const options = placed.map(
    (item, index): RankedOption & { index: number; stated: number; untrusted: boolean } => {
      const { result, wellKnownPort } = item;
      const key = resultKey(result.host, result.port);
      const assessed = assess(result, input.role, wellKnownPort, constraints);
      // Relay only: MTA-STS and DANE senders that refuse this MX cap it at works (see inspectMx).
      const policies = input.role === 'relay' ? input.relayPolicies?.[key] : undefined;
      const assessment = policies ? applyRelayPolicies(assessed, policies) : assessed;
      const source = input.sources?.[key];
      const stated = input.stated?.[key];
      const discovered = source?.startsWith('beside srv ')
        ? [unadvertised(source, wellKnownPort, result.status === 'ok')]
        : [];
      return {
        host: result.host,
        port: result.port,
        protocol: result.protocol,
        security: result.security,
        authMechanisms: [...result.auth.mechanisms],
        verdict: assessment.verdict,
        score: assessment.score,
        reasons: [...assessment.reasons, ...discovered, ...inferFromResult(item)],
        ...(source !== undefined ? { source } : {}),
        ...(wellKnownPort !== result.port ? { wellKnownPort } : {}),
        index,
        stated: stated ?? Number.POSITIVE_INFINITY,
        // Opportunistic relay accepts any certificate (RFC 3207 §4, RFC 7435): only clients refuse one.
        untrusted: input.role !== 'relay' && result.tls !== null && !result.tls.verdict.trusted,
      };
    },
  );
  // The verdict first; among options of one verdict, the domain's stated preference (its SRV records)
  // before the score, so that a domain which advertises 587 first gets 587 first.
  options.sort(
    (a, b) =>
      BAND_ORDER.indexOf(a.verdict) - BAND_ORDER.indexOf(b.verdict) ||
      a.stated - b.stated ||
      b.score - a.score ||
      a.index - b.index,
  );
  const usable: ReadonlySet<Verdict> = new Set<Verdict>(
    constraints.requireTls === false
      ? ['recommended', 'works', 'works-but-insecure']
      : ['recommended', 'works'],
  );
  const eligibleIndex = options.findIndex(
    (option) =>
      usable.has(option.verdict) && (!option.untrusted || constraints.acceptUntrustedCertificates === true),
  );
  const strip = ({
    index: _index,
    stated,
    untrusted: _untrusted,
    ...option
  }: (typeof options)[number]): RankedOption => (Number.isFinite(stated) ? { ...option, stated } : option);
  const ranked = options.map(strip);
  const inferences = inferAcross(placed, constraints, context);
  if (eligibleIndex < 0 && options.some((option) => option.untrusted && usable.has(option.verdict))) {
    inferences.push({
      kind: 'inferred',
      text: 'Only servers whose certificate fails verification answered: a client that verifies certificates will refuse them. Fix the certificate, or accept it knowingly (insecure).',
      evidence: options
        .filter((option) => option.untrusted && usable.has(option.verdict))
        .map(
          (option) =>
            `${option.host} port ${option.wellKnownPort ?? option.port}: certificate does not verify`,
        ),
      confidence: 'high',
    });
  }
  return {
    role: input.role,
    best: ranked[eligibleIndex] ?? null,
    options: ranked,
    inferences,
  };
}

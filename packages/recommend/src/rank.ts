import { assess } from './_assess';
import { protocolsFor } from './_classify';
import { inferAcross, inferFromResult, type Placed } from './_inferences';
import type { ProbeResultBase } from '@mailports/wire';
import { applyRelayPolicies } from './mx/relay-policies';
import type { RankedOption, RankInput, Recommendation, Verdict } from './types';

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
 * IMAP before POP3, 2525 only as a fallback, 25 is for relay (RFC 5068); nothing that would send a
 * password in clear, nor one protected by a certificate that fails verification or by TLS below 1.2
 * (RFC 8997), is ever `recommended`.
 *
 * Pure and synchronous: no I/O, safe in a browser. Results of other protocols are ignored.
 * @param input.role - `send`, `relay` or `read`.
 * @param input.results - Probe results (any order; ties keep this order).
 * @param input.constraints - What the user knows about their network; `requireTls` defaults to true.
 * @param input.sources - `'host:port'` → where the candidate came from, copied to `source`.
 * @param input.wellKnownPorts - `'host:port'` → the well-known port a remapped result stands for.
 * @param input.context - Other results (e.g. of other roles), used only as evidence that a host answered.
 * @returns The recommendation; `best` is null when no option is usable (never throws).
 */
export function rank(input: RankInput): Recommendation {
  const constraints = input.constraints ?? {};
  const protocols = protocolsFor(input.role);
  const place = (result: ProbeResultBase): Placed => ({
    result,
    wellKnownPort: input.wellKnownPorts?.[resultKey(result.host, result.port)] ?? result.port,
  });
  const placed: Placed[] = input.results
    .filter((result) => protocols.includes(result.protocol))
    .map((result) => place(result));

  const context = (input.context ?? []).filter((result) => !input.results.includes(result)).map(place);
  const options = placed.map((item, index): RankedOption & { index: number; untrusted: boolean } => {
    const { result, wellKnownPort } = item;
    const assessed = assess(result, input.role, wellKnownPort, constraints);
    const policies =
      input.role === 'relay' ? input.relayPolicies?.[resultKey(result.host, result.port)] : undefined;
    const assessment = policies ? applyRelayPolicies(assessed, policies) : assessed;
    const source = input.sources?.[resultKey(result.host, result.port)];
    return {
      host: result.host,
      port: result.port,
      protocol: result.protocol,
      security: result.security,
      authMechanisms: [...result.auth.mechanisms],
      verdict: assessment.verdict,
      score: assessment.score,
      reasons: [...assessment.reasons, ...inferFromResult(item)],
      ...(source !== undefined ? { source } : {}),
      ...(wellKnownPort !== result.port ? { wellKnownPort } : {}),
      index,
      untrusted: result.tls !== null && !result.tls.verdict.trusted,
    };
  });
  options.sort((a, b) => b.score - a.score || a.index - b.index);
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
    untrusted: _untrusted,
    ...option
  }: (typeof options)[number]): RankedOption => option;
  const ranked = options.map(strip);
  const inferences = inferAcross(placed, constraints, context);
  if (eligibleIndex < 0 && options.some((option) => option.untrusted && usable.has(option.verdict))) {
    inferences.push({
      kind: 'inferred',
      text: 'Only servers whose certificate fails verification answered: a client that verifies certificates will refuse them. Fix the certificate, or accept it knowingly (insecure).',
    });
  }
  return {
    role: input.role,
    best: ranked[eligibleIndex] ?? null,
    options: ranked,
    inferences,
  };
}

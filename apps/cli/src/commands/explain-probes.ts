import type { ProbeMode, ProbeResultBase } from '@mailports/wire';

/** What the probes of `explain` need to know about the one port. */
export interface ExplainProbeTarget {
  readonly host: string;
  readonly port: number;
  readonly protocol: 'smtp' | 'imap' | 'pop3';
  readonly servername: string | undefined;
  readonly ca: Buffer | undefined;
  readonly ehloName: string | undefined;
  readonly timeouts: { overall: number; connect: number; greeting: number; tls: number };
}

async function probeOnce(
  target: ExplainProbeTarget,
  mode: ProbeMode,
  signal: AbortSignal,
): Promise<ProbeResultBase> {
  const common = {
    host: target.host,
    port: target.port,
    mode,
    signal,
    timeouts: target.timeouts,
    ...(target.servername !== undefined ? { servername: target.servername } : {}),
    ...(target.ca !== undefined ? { ca: target.ca } : {}),
  };
  if (target.protocol === 'smtp') {
    const { probeSmtp } = await import('@mailports/smtp-probe');
    return probeSmtp({
      ...common,
      // Reported at any length by explain itself; the probe's own finding would need 5 s.
      greetingDelayThreshold: target.timeouts.greeting,
      ...(target.ehloName !== undefined ? { ehloName: target.ehloName } : {}),
    });
  }
  const { probeImap, probePop3 } = await import('@mailports/mailbox-probe');
  return target.protocol === 'imap' ? probeImap(common) : probePop3(common);
}

/** True when a result proves the port speaks TLS from the first byte. */
function provesImplicit(result: ProbeResultBase): boolean {
  return result.security === 'implicit' && result.tls !== null;
}

/**
 * Runs the planned probes of one port at once. When the implicit-TLS probe proves the port speaks TLS,
 * the plaintext probe is stopped: all it could add is the wait for a greeting that never comes. Results
 * of stopped probes are left out. Never throws (the probes report failures as results).
 */
export async function runExplainProbes(
  target: ExplainProbeTarget,
  modes: readonly ProbeMode[],
  signal: AbortSignal,
): Promise<ProbeResultBase[]> {
  const controllers = modes.map(() => new AbortController());
  const onAbort = () => {
    for (const controller of controllers) controller.abort(signal.reason);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const runs = modes.map(async (mode, index) => {
      const result = await probeOnce(target, mode, controllers[index]!.signal);
      if (mode === 'implicit' && provesImplicit(result)) {
        modes.forEach((other, otherIndex) => {
          if (other !== 'implicit') controllers[otherIndex]!.abort(new Error('implicit TLS proven'));
        });
      }
      return result;
    });
    const results = await Promise.all(runs);
    return results.filter(
      (result, index) =>
        !(result.status === 'aborted' && controllers[index]!.signal.aborted && !signal.aborted),
    );
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

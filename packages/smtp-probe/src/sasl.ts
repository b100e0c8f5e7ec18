import { saslMechanism } from '@mailports/ports';

/** Mechanisms offered in clear, sorted by what they would expose there (per @mailports/ports' SASL registry). */
export interface ClearExposure {
  /** Mechanisms that send the long-term password readable (base64 is not protection): PLAIN, LOGIN. */
  readonly password: string[];
  /** Mechanisms that send a bearer token anyone who reads it can replay (OAUTHBEARER, XOAUTH2). */
  readonly replayable: string[];
}

/** Classifies the mechanisms a server offers before TLS. Unknown mechanisms expose nothing known. */
export function clearExposure(offered: readonly string[]): ClearExposure {
  const password: string[] = [];
  const replayable: string[] = [];
  for (const name of offered) {
    const mechanism = saslMechanism(name);
    if (mechanism === undefined) continue;
    if (mechanism.sendsSecretInClear) password.push(name);
    else if (mechanism.credentialOnWire === 'bearer-token') replayable.push(name);
  }
  return { password, replayable };
}

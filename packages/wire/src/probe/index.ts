/**
 * @mailports/wire/probe: the probe kit every mail probe (SMTP, IMAP, POP3) is built from. A probe
 * runs one session under {@link runProbe} (result, deadline, status), opens with
 * {@link openWithGreeting} (mode-mismatch diagnosis), upgrades with {@link upgradeWithStarttls},
 * guards credentials with {@link credentialGuard}, reports catalogue findings with {@link finding},
 * ends with {@link sayGoodbye}; {@link probeHost} fans a whole host out over ports and addresses.
 */
export { runProbe } from '../probe-runner';
export type { ProbeContext } from '../probe-context';
export type { RunProbeOptions } from '../probe-runner';
export { runProbeOptionsOf, tlsOptionsOf } from '../probe-options';
export type { CommonProbeOptions } from '../probe-options';
export { openWithGreeting, securityPlan } from '../mode-mismatch';
export type {
  OpenedWithGreeting,
  OpenWithGreetingOptions,
  SecurityPlan,
  SecurityPlanRules,
} from '../mode-mismatch';
export { tlsFindings } from './tls-findings';
export { credentialGuard, ENDED_BEFORE_LOGIN, NEVER_REACHED_TLS } from './credentials';
export { finding, findingCatalogue, MAX_EVIDENCE, MAX_FINDING_MESSAGE } from './finding';
export type { FindingDetails, FindingSummary } from './finding';
export { upgradeWithStarttls } from './starttls';
export type { StarttlsUpgrade } from './starttls';
export { adoptTls, escapeWatcher, GOODBYE_TIMEOUT, isFatal, sayGoodbye } from './steps';
export { fanOut, probeHost } from './host';
export type { FanOutOptions, HostResults, HostRun, ProbeHostOptions } from './host';
export { authenticate, chooseSaslClient, SASL_CLIENTS } from './sasl';
export type { Credentials, SaslClient, SaslExchange, SaslLine } from './sasl';
export { validateProbeInput } from './validate-input';

/**
 * @mailports/ports: the mail-port knowledge base. Typed data and small pure queries; no I/O.
 */
export { formatSource, ianaSource, rfcSource, uniqueSources } from './citations.js';
export { ALL_PORTS } from './data/all-ports.js';
export { MAILBOX_PORTS } from './data/ports-mailbox.js';
export { NEIGHBOUR_PORTS } from './data/ports-neighbours.js';
export { SMTP_PORTS } from './data/ports-smtp.js';
export type { ListPortsFilter, RecommendedPortOptions } from './queries.js';
export { listPorts, lookupPort, recommendedPort, sourcesForPort } from './queries.js';
export type {
  BlockAction,
  CapabilityEntry,
  CapabilityProtocol,
  Citation,
  CredentialOnWire,
  HistoryEvent,
  IanaAssignment,
  IanaStatus,
  Myth,
  MythVerdict,
  NetworkProvider,
  PortBlock,
  PortChoice,
  PortEntry,
  PortProtocol,
  PortRecommendation,
  PortRole,
  ProviderBlockOnPort,
  ProviderId,
  RecommendableRole,
  RelayPolicyRecord,
  SaslMechanism,
  Source,
  SrvLabel,
  Standing,
  SpecReference,
  TlsMode,
  WrongRole,
} from './types.js';

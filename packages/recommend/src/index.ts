export { defaultPorts } from './_classify';
export { discover } from './discover';
export { diagnoseClientError, explainProbePlan, observeCauses } from './explain';
export type { ExplainDiagnosis, ExplainObservation, ObserveOptions } from './explain';
export { RECOMMEND_ERROR_CODES, RecommendError } from './errors';
export type { RecommendErrorCode } from './errors';
export { insideScope, loginEligibility } from './login';
export type { LoginEligibility, LoginScope } from './login';
export { rank } from './rank';
export { recommend } from './recommend';
export type { RecommendOptions } from './recommend';
export { pasteSettings } from './paste';
export type { PasteInput, PasteSettings } from './paste';
export { nodemailerOptions, settingsTable, thunderbirdConfig } from './settings';
export type { AccountHint, NodemailerSmtpOptions, SettingsRow } from './settings';
export type {
  Candidate,
  Citation,
  Constraints,
  Discovery,
  DiscoverOptions,
  LoginCheck,
  LoginOutcome,
  LoginSkipReason,
  ProgressEvent,
  RankedOption,
  RankInput,
  Recommendation,
  RecommendReport,
  Reason,
  Role,
  Verdict,
} from './types';

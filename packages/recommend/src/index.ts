export { defaultPorts } from './_classify';
export { discover } from './discover';
export { diagnoseClientError, explainProbePlan, observeCauses } from './explain';
export type { ExplainDiagnosis, ExplainObservation, ObserveOptions } from './explain';
export { RECOMMEND_ERROR_CODES, RecommendError } from './errors';
export type { RecommendErrorCode } from './errors';
export { insideScope, loginEligibility } from './login';
export type { LoginEligibility, LoginScope } from './login';
export { MX_ERROR_CODES, MxError } from './mx/errors';
export type { MxErrorCode } from './mx/errors';
export { inspectMx } from './mx/inspect';
export { judgeStsRecords, mxPatternMatches, parseStsPolicy, policyCoversHost } from './mx/mta-sts-policy';
export type { PolicyParse, StsRecordVerdict } from './mx/mta-sts-policy';
export { judgeTlsa, judgeTlsRptRecords, rolloverHints } from './mx/records';
export { summarize as summarizeMx } from './mx/summary';
export type {
  AddressObservation,
  DnsEvidence,
  DnssecStatus,
  InspectMxOptions,
  MtaStsPolicy,
  MtaStsReport,
  MxAddressReport,
  MxHostReport,
  MxKind,
  MxProblem,
  MxReport,
  SenderKind,
  SenderOutcome,
  SenderVerdict,
  TlsaLookup,
  TlsaRecord,
  TlsRptReport,
} from './mx/types';
export { daneVerdict, mtaStsVerdict, opportunisticVerdict } from './mx/verdicts';
export type { DaneMatch } from './mx/verdicts';
export { rank } from './rank';
export { recommend } from './recommend';
export type { RecommendOptions } from './recommend';
export { adviseLogin, loginAdviceFor, loginAdviceForHost, policyAdvice } from './login-advice';
export { explainFailure } from './login-failure';
export { pasteSettings } from './paste';
export type { PasteInput, PasteSettings } from './paste';
export { imapflowOptions, nodemailerOptions, settingsTable, thunderbirdConfig } from './settings';
export type { AccountHint, ImapflowOptions, NodemailerSmtpOptions, SettingsRow } from './settings';
export type {
  Candidate,
  Citation,
  Constraints,
  Discovery,
  DiscoverOptions,
  LoginAdviceSummary,
  LoginCheck,
  LoginFailureExplanation,
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

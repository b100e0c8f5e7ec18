export { rank } from './rank';
export type {
  Candidate,
  Citation,
  Constraints,
  Discovery,
  DiscoverOptions,
  ProgressEvent,
  RankedOption,
  RankInput,
  Recommendation,
  RecommendReport,
  Reason,
  Role,
  Verdict,
} from './types';

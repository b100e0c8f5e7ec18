export { LOGIN_FAILURES } from './failures.js';
export { LOGIN_POLICIES } from './policies.js';
export type { LoginAdvice, LoginFailureInput } from './queries.js';
export {
  explainLoginFailure,
  hostMatches,
  loginAdvice,
  loginPolicy,
  loginPolicyForDomain,
  loginPolicyForHost,
  loginPolicyForMx,
} from './queries.js';
export type {
  LoginFailure,
  LoginMethod,
  LoginMethodEntry,
  LoginMethodStatus,
  LoginPolicy,
  LoginPolicyChange,
  LoginProviderId,
} from './types.js';

/**
 * The catalogue of MX-inspection error codes. DNS and policy-fetch failures are caught inside
 * {@link inspectMx} and become findings in the report; only `E_INVALID_DOMAIN` and
 * `E_INVALID_RESOLVER` reach the caller, as thrown errors.
 */
export const MX_ERROR_CODES = {
  E_INVALID_DOMAIN: 'The domain is not a valid DNS name.',
  E_INVALID_RESOLVER: 'The resolver is not an IP address with an optional port.',
  E_DNS_TIMEOUT: 'The resolver did not answer in time.',
  E_DNS_NETWORK: 'The resolver could not be reached.',
  E_DNS_MALFORMED: 'The resolver sent an answer that does not parse.',
  E_DNS_MISMATCH: 'The resolver answered another question than the one asked.',
  E_POLICY_REDIRECT: 'The policy host answered with a redirect, which senders must not follow.',
  E_POLICY_STATUS: 'The policy host answered with a status other than 200.',
  E_POLICY_TOO_LARGE: 'The policy body is larger than the limit.',
  E_POLICY_TIMEOUT: 'The policy fetch did not finish in time.',
  E_POLICY_CONTENT_TYPE: 'The policy is not served as text/plain.',
  E_POLICY_TLS: 'The policy host’s certificate is not valid for its name.',
  E_POLICY_NETWORK: 'The policy host could not be reached.',
  E_ABORTED: 'The caller stopped the inspection.',
} as const;

/** A stable MX-inspection error code. */
export type MxErrorCode = keyof typeof MX_ERROR_CODES;

/** A failure inside MX inspection; `code` is stable and listed in {@link MX_ERROR_CODES}. */
export class MxError extends Error {
  override readonly name = 'MxError';
  readonly code: MxErrorCode;

  constructor(code: MxErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

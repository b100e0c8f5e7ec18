/**
 * The catalogue of recommend error codes. These are thrown only for invalid input from the caller;
 * network and DNS outcomes are never thrown, they become results, discovery errors and reasons.
 */
export const RECOMMEND_ERROR_CODES = {
  E_INVALID_TARGET: 'The target is neither an email address, a domain, a host name nor an IP address.',
  E_INVALID_DNS_SERVER: 'The DNS server is not of the form host or host:port.',
  E_WRONG_PROTOCOL:
    'The option is for another protocol than the settings asked for (e.g. IMAP for nodemailer).',
} as const;

/** A stable recommend error code. */
export type RecommendErrorCode = keyof typeof RECOMMEND_ERROR_CODES;

/** Invalid input to a recommend function; `code` is stable and listed in {@link RECOMMEND_ERROR_CODES}. */
export class RecommendError extends Error {
  override readonly name = 'RecommendError';
  readonly code: RecommendErrorCode;

  constructor(code: RecommendErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

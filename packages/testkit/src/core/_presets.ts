import type { CommonHostileOptions } from './_hostile.js';

/**
 * The hostile presets every protocol's server has with the same options. Presets whose text is the
 * protocol's own (a refusal, an injected reply, an escape-laden greeting) stay with each protocol.
 */
export const COMMON_PRESETS = {
  'no-greeting': { hostile: { silent: true } },
  'slow-greeting': { hostile: { greetingDelayMs: 5000 } },
  'endless-line': { hostile: { endlessLine: true } },
  reset: { hostile: { resetOnConnect: true } },
  'starttls-garbage': { hostile: { starttlsHandshake: 'garbage' } },
  'starttls-close': { hostile: { starttlsHandshake: 'close' } },
  'starttls-stall': { hostile: { starttlsHandshake: 'stall' } },
  'starttls-plaintext': { hostile: { starttlsHandshake: 'plaintext' } },
  'strip-starttls': { hostile: { stripStarttls: true } },
  'plaintext-implicit-port': { tls: 'none' },
} as const satisfies Record<string, { readonly hostile?: CommonHostileOptions; readonly tls?: 'none' }>;

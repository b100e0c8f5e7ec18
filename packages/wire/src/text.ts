/**
 * @mailports/wire/text: browser-safe helpers for untrusted text (no Node built-ins): escaping server
 * text for display, spotting control characters, recognising IP literals.
 */
export { escapeForDisplay, hasControlCharacters } from './display';
export type { EscapeOptions } from './display';
export { isIpLiteral } from './ip-literal';

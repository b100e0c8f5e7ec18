/** Longest single string a result keeps outside the transcript, in characters (then `…`). */
export const MAX_RESULT_STRING = 1024;

// What JSON.stringify writes as more than one character: control characters become `\u00XX`.
const ESCAPED = /[\u0000-\u001f"\\\u007f-\u009f\u2028\u2029]/g;
// The same, tested without a match list: most server text has nothing to escape.
const HAS_ESCAPED = /[\u0000-\u001f"\\\u007f-\u009f\u2028\u2029]/;

/**
 * What `text` costs in JSON, in characters: its length plus 5 for every character JSON (or our
 * output) escapes, so a budget in these units bounds the serialised size, escapes included.
 */
export function jsonCost(text: string): number {
  if (!HAS_ESCAPED.test(text)) return text.length;
  const escaped = text.match(ESCAPED);
  return text.length + (escaped === null ? 0 : 5 * escaped.length);
}

/** What is left of a result's text budget while {@link boundText} walks it. */
export interface TextBudget {
  left: number;
  truncated: boolean;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * What {@link boundText} would charge for `value` when nothing needs cutting, counting no further than
 * `limit`; `Infinity` when a string is longer than {@link MAX_RESULT_STRING} or the cost reaches `limit`.
 */
function textCost(value: unknown, limit: number): number {
  if (typeof value === 'string') {
    if (value.length > MAX_RESULT_STRING) return Number.POSITIVE_INFINITY;
    const cost = jsonCost(value);
    return cost < limit ? cost : Number.POSITIVE_INFINITY;
  }
  if (typeof value !== 'object' || value === null) return 0;
  let total = 0;
  // Walked with indexes and for-in rather than iterators and key lists: every probe's result is
  // walked once, and this allocates nothing.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      total += textCost(value[index], limit - total);
      if (total >= limit) return Number.POSITIVE_INFINITY;
    }
    return total;
  }
  if (!isPlainObject(value)) return 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key.length > 64) total += key.length;
    total += textCost(value[key], limit - total);
    if (total >= limit) return Number.POSITIVE_INFINITY;
  }
  return total;
}

/**
 * A JSON-like value whose strings, together, stay within `budget.left` characters and each within
 * {@link MAX_RESULT_STRING}: longer strings are cut with `…`; once the budget is spent, lists and
 * records end early and strings become `…`. Sets `budget.truncated` when anything was cut. Numbers,
 * booleans, null and non-plain objects pass unchanged. A value that fits is returned as it is (the
 * common case, with no copy) unless `options.copy`; anything cut is a copy. Never throws.
 */
export function boundText<T>(value: T, budget: TextBudget, options: { copy?: boolean } = {}): T {
  if (options.copy !== true && typeof value === 'object' && value !== null) {
    const cost = textCost(value, budget.left);
    if (cost < budget.left) {
      budget.left -= cost;
      return value;
    }
  }
  return boundCopy(value, budget);
}

function boundCopy<T>(value: T, budget: TextBudget): T {
  if (typeof value === 'string') {
    const cost = jsonCost(value);
    if (value.length <= MAX_RESULT_STRING && cost <= budget.left) {
      budget.left -= cost;
      return value;
    }
    // Cut to what is left (escapes counted at their worst), at most MAX_RESULT_STRING characters.
    const keep = Math.max(0, Math.min(MAX_RESULT_STRING, Math.floor(budget.left / 6)));
    budget.left -= jsonCost(value.slice(0, keep)) + 1;
    budget.truncated = true;
    return `${value.slice(0, keep)}…` as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    for (const item of value) {
      if (budget.left <= 0) {
        budget.truncated = true;
        break;
      }
      kept.push(boundCopy(item, budget));
    }
    return kept as T;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (budget.left <= 0 && typeof item === 'string') {
      budget.truncated = true;
      copy[key] = '…';
      continue;
    }
    // Long keys are server text (an EHLO keyword map): they count, and go once the budget is spent.
    // Short keys (every field name of a typed object) stay, so the result keeps its shape.
    if (key.length > 64) {
      if (budget.left <= 0) {
        budget.truncated = true;
        continue;
      }
      budget.left -= key.length;
    }
    copy[key] = boundCopy(item, budget);
  }
  return copy as T;
}

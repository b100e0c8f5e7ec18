/** Longest single string a result keeps outside the transcript, in characters (then `…`). */
export const MAX_RESULT_STRING = 1024;

// What JSON.stringify writes as more than one character: control characters become `\u00XX`.
const ESCAPED = /[\u0000-\u001f"\\\u007f-\u009f\u2028\u2029]/g;

/**
 * What `text` costs in JSON, in characters: its length plus 5 for every character JSON (or our
 * output) escapes, so a budget in these units bounds the serialised size, escapes included.
 */
export function jsonCost(text: string): number {
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
 * A copy of a JSON-like value whose strings, together, stay within `budget.left` characters and each
 * within {@link MAX_RESULT_STRING}: longer strings are cut with `…`; once the budget is spent, lists
 * and records end early and strings become `…`. Sets `budget.truncated` when anything was cut.
 * Numbers, booleans, null and non-plain objects pass unchanged. Never throws.
 */
export function boundText<T>(value: T, budget: TextBudget): T {
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
      kept.push(boundText(item, budget));
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
    copy[key] = boundText(item, budget);
  }
  return copy as T;
}

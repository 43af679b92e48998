/**
 * Checks of query values and body fields the API would reject, made before a request is sent: the
 * mistake surfaces as a `ValidationError` naming the argument, not as a 400 (or, for a string with a
 * lone UTF-16 surrogate, as an encoding crash inside URL building).
 */
import type { Init } from "../client.js";
import { ValidationError } from "../errors.js";
import { parseId } from "../ids.js";

// RFC 3339 date-time, as OpenAPI's `format: date-time` means it (the ranges are checked below).
const DATE_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** Throws unless `value` is undefined or an integer from `min` to `max`. */
export function checkInteger(
  argument: string,
  value: unknown,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): void {
  const n = value as number;
  if (value !== undefined && !(Number.isSafeInteger(n) && min <= n && n <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new ValidationError(argument, `expected an integer ${range}, got ${String(value)}`);
  }
}

/** Throws unless `value` is undefined or a string that can be sent (no lone surrogate). */
export function checkString(argument: string, value: unknown, minLength = 0): void {
  if (value === undefined) return;
  if (typeof value === "string" && value.length >= minLength) {
    try {
      // Throws for a lone surrogate, which cannot be percent-encoded or sent as UTF-8.
      encodeURIComponent(value);
      return;
    } catch {
      // Reported below.
    }
  }
  const what = minLength > 0 ? "a non-empty string" : "a string";
  throw new ValidationError(argument, `expected ${what} of valid Unicode text`);
}

/** Throws unless `value` is undefined or an array of at most `maxItems` strings, each at least `minLength` long. */
export function checkStrings(
  argument: string,
  value: unknown,
  maxItems = Number.POSITIVE_INFINITY,
  minLength = 0,
): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length > maxItems) {
    const most = Number.isFinite(maxItems) ? ` of at most ${maxItems}` : "";
    throw new ValidationError(argument, `expected an array${most} of strings`);
  }
  value.forEach((item, i) => checkString(`${argument}[${i}]`, item, minLength));
}

/** Throws unless `value` is undefined or an RFC 3339 date-time such as `2025-01-01T12:00:00Z`. */
export function checkDateTime(argument: string, value: unknown): void {
  if (value === undefined) return;
  const local = (typeof value === "string" ? DATE_TIME.exec(value)?.[1] : undefined)?.toUpperCase();
  // The date and time must survive a round trip through Date, which rejects a month 13 or a minute 60
  // and rolls 2025-02-30 over to March and 24:00 to the next day.
  if (!local || !new Date(`${local}Z`).toJSON()?.startsWith(local)) {
    throw new ValidationError(argument, "expected an RFC 3339 date-time like 2025-01-01T12:00:00Z");
  }
}

/** Throws unless `value` is a plain object (not null, not an array). */
export function checkObject(argument: string, value: unknown): void {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ValidationError(argument, "expected an object");
}

/** Throws for an id field of `value` that is set and not of its prefix, e.g. `{ agent_id: "agent" }`. */
export function checkIds(value: object, argument: string, prefixes: Record<string, string>): void {
  for (const [key, prefix] of Object.entries(prefixes)) {
    const id = (value as Record<string, unknown>)[key];
    if (id !== undefined) parseId(prefix, id, `${argument}.${key}`);
  }
}

/** What a session operation sends: its `session_id` path parameter (checked first), body and query. */
export function sessionInit(sessionId: unknown, body?: unknown, query?: object): Init {
  return {
    params: { path: { session_id: parseId("session", sessionId, "sessionId") }, query },
    body,
  };
}

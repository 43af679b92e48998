/**
 * Checks of query values and body fields the API would reject, made before a request is sent: the
 * mistake surfaces as a `ValidationError` naming the argument, not as a 400 (or, for a string with a
 * lone UTF-16 surrogate, as an encoding crash inside URL building).
 *
 * A method describes its query or body once, as a table of field -> rule, and `checkFields` applies it.
 */
import type { Init } from "../client.js";
import { invalid } from "../errors.js";
import { parseId } from "../ids.js";

/** Throws unless a set field's `value` is right; `argument` names the field in the message. */
export type Check = (argument: string, value: unknown) => void;

/** A rule per field name: an id prefix such as `"agent"` (the value must be such an id), or a check. */
export type Rules = Record<string, string | Check>;

// RFC 3339 date-time, as OpenAPI's `format: date-time` means it: `2025-01-01T12:00:00` (19 characters,
// checked by the round trip below), optional fractional seconds, then `Z` or an offset.
const DATE_TIME = /^(.{19})(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * Throws unless `value` is a plain object whose set fields follow `rules`; fields without a rule are
 * not checked.
 *
 * @example
 * ```ts
 * checkFields("query", query, { agent_id: "agent", limit: integer(1, 100) });
 * ```
 */
export function checkFields(argument: string, value: unknown, rules: Rules): void {
  if (!value || typeof value !== "object" || Array.isArray(value)) invalid(argument, "an object");
  for (const [key, rule] of Object.entries(rules)) {
    const field: unknown = (value as Record<string, unknown>)[key];
    const name = `${argument}.${key}`;
    if (field === undefined) continue;
    if (typeof rule === "string") parseId(rule, field, name);
    else rule(name, field);
  }
}

/** An integer from `min` to `max` (no upper bound by default). */
export function integer(min: number, max?: number): Check {
  return (argument, value) => {
    const n = value as number;
    if (!Number.isSafeInteger(n) || n < min || n > (max ?? n))
      invalid(argument, `an integer >= ${min}${max ? ` and <= ${max}` : ""}, got ${String(n)}`);
  };
}

/** A string that can be sent (no lone surrogate), at least `minLength` long. */
export function text(minLength = 0): Check {
  return (argument, value) => {
    // A lone surrogate can be neither percent-encoded nor sent as UTF-8.
    if (typeof value !== "string" || value.length < minLength || /\p{Cs}/u.test(value))
      invalid(argument, `a ${minLength ? "non-empty " : ""}string of valid Unicode text`);
  };
}

/** An array of at most `maxItems` strings, each at least `minLength` long. */
export function texts(maxItems?: number, minLength?: number): Check {
  return (argument, value) => {
    if (!Array.isArray(value) || value.length > (maxItems ?? value.length))
      invalid(argument, `an array of ${maxItems ? `at most ${maxItems} ` : ""}strings`);
    value.forEach((item, i) => text(minLength)(`${argument}[${i}]`, item));
  };
}

/** An RFC 3339 date-time such as `2025-01-01T12:00:00Z`. */
export const dateTime: Check = (argument, value) => {
  const local = typeof value === "string" && DATE_TIME.exec(value)?.[1]!.toUpperCase();
  // The date and time must survive a round trip through Date, which gives them back in exactly this
  // format; it rejects a month 13 or a minute 60 and rolls 2025-02-30 over to March and 24:00 to the
  // next day.
  if (!local || !new Date(`${local}Z`).toJSON()?.startsWith(local))
    invalid(argument, "an RFC 3339 date-time like 2025-01-01T12:00:00Z");
};

/** What a session operation sends: its `session_id` path parameter (checked first), body and query. */
export function sessionInit(sessionId: unknown, body?: unknown, query?: object): Init {
  return {
    params: { path: { session_id: parseId("session", sessionId, "sessionId") }, query },
    body,
  };
}

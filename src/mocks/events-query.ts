/**
 * The filters of `GET /v1/sessions/{session_id}/events` (and the `since_id`/`types`/`exclude` of the SSE
 * stream), applied the way the service documents them: `types` narrows first, then `exclude` removes;
 * `limit` keeps the last N matches, still oldest first.
 */
import type { MockEvent } from "./types.js";

/** A parsed events query. */
export interface EventQuery {
  sinceId?: string;
  types?: string[];
  exclude?: string[];
  afterSequence?: number;
  beforeSequence?: number;
  around?: number;
  window?: number;
  fromTs?: number;
  toTs?: number;
  turnId?: string;
  execId?: string;
  traceId?: string;
  tags?: string[];
  toolName?: string;
  q?: string;
  limit?: number;
  orderDesc?: boolean;
}

/** A query that could not be parsed: which parameter, and why. */
export interface QueryError {
  code: "invalid_query" | "unknown_event_type";
  detail: string;
}

const MAX_TYPES = 25;

/** Parses the query string; `isKnownType` decides which event types exist. */
export function parseEventQuery(
  params: URLSearchParams,
  isKnownType: (type: string) => boolean,
): EventQuery | QueryError {
  const query: EventQuery = {};
  for (const key of ["types", "exclude"] as const) {
    // Arrays travel as repeated keys; a comma-joined value is one (unknown) type, as on the service.
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length === 0) continue;
    if (values.length > MAX_TYPES)
      return {
        code: "invalid_query",
        detail: `At most ${MAX_TYPES} values of '${key}' are allowed.`,
      };
    const unknown = values.find((t) => !isKnownType(t));
    if (unknown !== undefined)
      return { code: "unknown_event_type", detail: `'${unknown}' is not an event type.` };
    query[key] = values;
  }
  const integers = [
    ["after_sequence", "afterSequence", 0, Number.MAX_SAFE_INTEGER],
    ["before_sequence", "beforeSequence", 0, Number.MAX_SAFE_INTEGER],
    ["around", "around", 0, Number.MAX_SAFE_INTEGER],
    ["window", "window", 1, 1000],
    ["limit", "limit", 1, 1000],
  ] as const;
  for (const [name, field, min, max] of integers) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      return {
        code: "invalid_query",
        detail: `'${name}' must be an integer from ${min} to ${max}.`,
      };
    }
    query[field] = value;
  }
  for (const [name, field] of [
    ["from_ts", "fromTs"],
    ["to_ts", "toTs"],
  ] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Date.parse(raw);
    if (Number.isNaN(value))
      return { code: "invalid_query", detail: `'${name}' must be an RFC 3339 date-time.` };
    query[field] = value;
  }
  const orderDesc = params.get("order_desc");
  if (orderDesc !== null) {
    if (orderDesc !== "true" && orderDesc !== "false")
      return { code: "invalid_query", detail: "'order_desc' must be true or false." };
    query.orderDesc = orderDesc === "true";
  }
  const strings = [
    ["since_id", "sinceId"],
    ["turn_id", "turnId"],
    ["exec_id", "execId"],
    ["trace_id", "traceId"],
    ["tool_name", "toolName"],
    ["q", "q"],
  ] as const;
  for (const [name, field] of strings) {
    const raw = params.get(name);
    if (raw !== null && raw !== "") query[field] = raw;
  }
  const tags = params.getAll("tags").filter((t) => t !== "");
  if (tags.length > 0) query.tags = tags;
  return query;
}

/** Whether a parse result is an error. */
export function isQueryError(value: EventQuery | QueryError): value is QueryError {
  return "code" in value;
}

/** Applies a query to a session's events (in sequence order); `total` counts matches before `limit`. */
export function filterEvents(
  events: readonly MockEvent[],
  query: EventQuery,
): { data: MockEvent[]; total: number } {
  const after = resumePoint(events, query.sinceId);
  const q = query.q?.toLowerCase();
  let matching = events.filter(
    (e) =>
      after(e) &&
      (query.types === undefined || query.types.includes(e.type)) &&
      (query.exclude === undefined || !query.exclude.includes(e.type)) &&
      (query.afterSequence === undefined || e.sequence > query.afterSequence) &&
      (query.beforeSequence === undefined || e.sequence < query.beforeSequence) &&
      (query.around === undefined || Math.abs(e.sequence - query.around) <= (query.window ?? 10)) &&
      (query.fromTs === undefined || Date.parse(e.ts) >= query.fromTs) &&
      (query.toTs === undefined || Date.parse(e.ts) <= query.toTs) &&
      (query.turnId === undefined || e.context.turn_id === query.turnId) &&
      (query.execId === undefined || e.context.exec_id === query.execId) &&
      (query.traceId === undefined || e.context.trace_id === query.traceId) &&
      (query.tags === undefined || query.tags.every((t) => e.tags?.includes(t))) &&
      (query.toolName === undefined || toolNamesOf(e).includes(query.toolName)) &&
      (q === undefined || JSON.stringify(e.data).toLowerCase().includes(q)),
  );
  const total = matching.length;
  if (query.limit !== undefined)
    matching = matching.slice(Math.max(0, matching.length - query.limit));
  if (query.orderDesc) matching = [...matching].reverse();
  return { data: matching, total };
}

/**
 * Which events come after `since_id`. A known id resumes by its sequence; an id the session does not hold
 * (pruned, or from an old stream) falls back to id order, which is time order for server ids.
 */
function resumePoint(
  events: readonly MockEvent[],
  sinceId: string | undefined,
): (e: MockEvent) => boolean {
  if (sinceId === undefined) return () => true;
  const seen = events.find((e) => e.id === sinceId);
  if (seen) return (e) => e.sequence > seen.sequence;
  return (e) => e.id > sinceId;
}

function toolNamesOf(event: MockEvent): string[] {
  const data = event.data as {
    tool_name?: string;
    tool_call?: { name?: string };
    tool_calls?: { name?: string }[];
  };
  const names: (string | undefined)[] = [
    data.tool_name,
    data.tool_call?.name,
    ...(data.tool_calls ?? []).map((c) => c.name),
  ];
  return names.filter((n): n is string => n !== undefined);
}

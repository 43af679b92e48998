/**
 * Error answers of the mock API: RFC 9457 problem details (`application/problem+json`) with the codes and
 * titles the real service uses, so clients can rehearse their error handling.
 */
import type { ProblemDetails } from "./types.js";

const TITLES: Record<string, string> = {
  invalid_session_id: "Invalid session id",
  invalid_request: "Invalid request",
  invalid_json: "Invalid JSON body",
  invalid_query: "Invalid query parameter",
  unknown_event_type: "Unknown event type",
  unknown_tool_call_id: "Unknown tool call id",
  unauthorized: "Unauthorized",
  forbidden: "Forbidden",
  session_not_found: "Session not found",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  turn_in_progress: "A turn is already running",
  session_not_waiting_for_tool_results: "Session is not waiting for tool results",
  validation_failed: "Validation failed",
  rate_limited: "Too many requests",
  internal_error: "Internal server error",
  bad_gateway: "Bad gateway",
  service_unavailable: "Service unavailable",
  gateway_timeout: "Gateway timeout",
};

/** Extra fields of a problem beyond status, code and detail. */
export type ProblemExtras = Partial<
  Pick<ProblemDetails, "retry_after_seconds" | "allowed_actions">
>;

/** The part of a request URL a problem's `instance` names: the path from `/v1/` on. */
export function instanceOf(url: string): string {
  const path = new URL(url).pathname;
  const at = path.indexOf("/v1/");
  return at >= 0 ? path.slice(at) : path;
}

/** Builds a problem details body. */
export function problemBody(
  status: number,
  code: string,
  detail: string,
  url: string,
  extras: ProblemExtras = {},
): ProblemDetails {
  return {
    type: `https://docs.everruns.com/errors/${code}`,
    title: TITLES[code] ?? "Error",
    status,
    detail,
    code,
    instance: instanceOf(url),
    ...extras,
  };
}

/** Builds a problem details response; a `retry_after_seconds` extra also sets `Retry-After`. */
export function problem(
  status: number,
  code: string,
  detail: string,
  url: string,
  extras: ProblemExtras = {},
): Response {
  const headers = new Headers({ "Content-Type": "application/problem+json" });
  if (extras.retry_after_seconds !== undefined)
    headers.set("Retry-After", String(extras.retry_after_seconds));
  return new Response(JSON.stringify(problemBody(status, code, detail, url, extras)), {
    status,
    headers,
  });
}

/** The 404 for an id that names no session. */
export function sessionNotFound(id: string, url: string): Response {
  return problem(404, "session_not_found", `No session with id ${id} in this organization.`, url);
}

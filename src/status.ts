/**
 * Reading statuses and event types forward-compatibly. The server writes a session status in two
 * forms (JSON `waitingfortoolresults`, stored `waiting_for_tool_results`) and old rows carry legacy
 * values; these helpers accept all of them and pass values they do not know through untouched.
 */
import type {
  Event,
  EventOf,
  KnownEventType,
  Session,
  SessionStatus,
  UnknownEvent,
} from "./types.js";

// The forms other than the JSON wire value, mapped as the server maps them: the stored form and
// legacy values. The JSON values themselves pass through unchanged.
const ALIASES: Record<string, SessionStatus> = {
  waiting_for_tool_results: "waitingfortoolresults",
  running: "active",
  pending: "idle",
  completed: "idle",
  failed: "idle",
};

/**
 * Normalizes any status string the API may send to its JSON wire value: `waiting_for_tool_results`
 * becomes `waitingfortoolresults`, legacy `running` becomes `active`, `pending`/`completed`/`failed`
 * become `idle`. A value it does not know is returned untouched (never thrown on).
 *
 * @example
 * ```ts
 * parseSessionStatus("waiting_for_tool_results"); // "waitingfortoolresults"
 * ```
 */
export function parseSessionStatus(raw: string): SessionStatus | (string & {}) {
  return Object.hasOwn(ALIASES, raw) ? ALIASES[raw]! : raw;
}

function statusOf(value: Pick<Session, "status"> | string): string {
  return parseSessionStatus(typeof value === "string" ? value : value.status);
}

/** Whether a turn is under way: `active`, or paused on client-side tool results. */
export function isTurnRunning(session: Pick<Session, "status"> | string): boolean {
  return statusOf(session) === "active" || isWaitingForToolResults(session);
}

/** Whether the session waits for you to submit client-side tool results. */
export function isWaitingForToolResults(session: Pick<Session, "status"> | string): boolean {
  return statusOf(session) === "waitingfortoolresults";
}

/**
 * Whether `event` has the given type; narrows to its model for known types, and works for types this
 * SDK version does not know.
 */
export function isEventType<T extends KnownEventType>(event: Event, type: T): event is EventOf<T>;
export function isEventType(event: Event, type: string): event is UnknownEvent;
export function isEventType(event: Event, type: string): boolean {
  return (event.type as string) === type;
}

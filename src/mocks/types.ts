/**
 * Wire types the mock API speaks, taken from the generated OpenAPI types so the mock cannot drift from
 * the spec.
 */
import type { components, paths } from "../../generated/schema.js";

type Schemas = components["schemas"];

/** A session as the API returns it. */
export type Session = Schemas["Session"];
/** A session's status value. */
export type SessionStatus = Schemas["SessionStatus"];
/** One page of sessions. */
export type SessionPage = Schemas["SessionPage"];
/** Counts of sessions by status. */
export type SessionStats = Schemas["SessionStats"];
/** The body of `POST /v1/sessions`. */
export type CreateSessionRequest = Schemas["CreateSessionRequest"];
/** The body of `PATCH /v1/sessions/{session_id}`. */
export type UpdateSessionRequest = Schemas["UpdateSessionRequest"];
/** The answer to `POST /v1/sessions/{session_id}/cancel`. */
export type CancelTurnResponse = Schemas["CancelTurnResponse"];
/** One message of a conversation. */
export type Message = Schemas["Message"];
/** One part of a message. */
export type ContentPart = Schemas["ContentPart"];
/** The body of `POST /v1/sessions/{session_id}/messages`. */
export type CreateMessageRequest = Schemas["CreateMessageRequest"];
/** Something that happened in a session. */
export type Event = Schemas["Event"];
/** A tool call the agent made. */
export type ToolCall = Schemas["ToolCall"];
/** One client-side tool result. */
export type ToolResult = Schemas["ToolResult"];
/** The body of `POST /v1/sessions/{session_id}/tool-results`. */
export type SubmitToolResultsRequest = Schemas["SubmitToolResultsRequest"];
/** The answer to `POST /v1/sessions/{session_id}/tool-results`. */
export type SubmitToolResultsResponse = Schemas["SubmitToolResultsResponse"];
/** Token counts. */
export type TokenUsage = Schemas["TokenUsage"];
/** An RFC 9457 problem details body. */
export type ProblemDetails = Schemas["ProblemDetails"];

/** The API's paths, for typing handlers. */
export type Paths = paths;

/** An event as the mock builds it: the common fields with free-form `data`. */
export interface MockEvent {
  id: string;
  type: string;
  ts: string;
  session_id: string;
  sequence: number;
  context: Record<string, string>;
  data: Record<string, unknown>;
  tags?: string[];
  metadata?: Record<string, unknown>;
}

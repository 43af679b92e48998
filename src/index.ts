/**
 * `@everruns/sessions-sdk`: the TypeScript SDK for the Everruns Sessions API.
 *
 * @example
 * ```ts
 * import { Everruns } from "@everruns/sessions-sdk";
 *
 * const client = new Everruns(); // EVERRUNS_API_KEY from the environment
 * const session = await client.sessions.create({ title: "Q3 marketing brief" });
 * ```
 */
// Values are what users construct, call or test with `instanceof` (the client, the stream, the errors,
// the helpers); the wrappers the client hands out (APIPromise, Page, MessageExport, ExportPromise, Turn)
// are exported as types.
export { Everruns, Everruns as default } from "./client.js";
export type { ClientOptions } from "./core/config.js";
export type { RequestOptions } from "./core/transport.js";
export type { Logger, LogLevel } from "./core/logger.js";
export type { APIPromise, WithResponse } from "./core/api-promise.js";
export type { Backoff } from "./core/retry.js";
export type { MessageExport, ExportPromise } from "./core/json-lines.js";
export {
  EverrunsError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  ValidationError,
  type AllowedAction,
  type ProblemBody,
} from "./errors.js";
export { parseId, isId } from "./ids.js";
export type {
  IdInput,
  SessionId,
  OrgId,
  HarnessId,
  AgentId,
  AgentVersionId,
  AgentIdentityId,
  PrincipalId,
  ModelId,
  MessageId,
  EventId,
  TurnId,
  ExecId,
} from "./ids.js";
export {
  parseSessionStatus,
  isTurnRunning,
  isWaitingForToolResults,
  isEventType,
} from "./status.js";
export type { Page } from "./pagination.js";
export type { Sessions } from "./resources/sessions.js";
export type { Messages, MessageList } from "./resources/messages.js";
export type { Events, EventList } from "./resources/events.js";
export {
  EventStream,
  type StreamEventsOptions,
  type EventStreamOptions,
  type StreamStateChange,
  type StreamState,
  type ControlFrame,
  type StreamParseError,
} from "./streaming.js";
export {
  type Turn,
  TurnFailedError,
  MissingToolError,
  type TurnResult,
  type TurnStatus,
  type TurnInput,
  type RunTurnOptions,
} from "./turn.js";
export {
  defineTools,
  tool,
  type ClientTool,
  type ToolSet,
  type ToolHandler,
  type ToolHandlers,
  type ToolContext,
  type ToolParameters,
} from "./tools.js";
export type * from "./types.js";

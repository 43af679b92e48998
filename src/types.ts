/**
 * Public model types: the generated wire types (snake_case, as the API sends them) with their id
 * fields typed (`SessionId`, ...), so an id read from one model can be passed to a method uncast.
 */
import type { components, operations } from "../generated/schema.js";
import type {
  AgentId,
  AgentIdentityId,
  AgentVersionId,
  EventId,
  ExecId,
  HarnessId,
  MessageId,
  ModelId,
  OrgId,
  PrincipalId,
  SessionId,
  TurnId,
} from "./ids.js";

type Schemas = components["schemas"];

// Replaces the types of the listed fields, keeping every other field and each field's optionality.
type Typed<T, Fields> = { [K in keyof T]: K extends keyof Fields ? Fields[K] : T[K] };

/** A session's status as the API sends it. Newer servers may send values not listed here. */
export type SessionStatus = Schemas["SessionStatus"];
/** A subagent session's lifecycle status. */
export type SubagentStatus = Schemas["SubagentStatus"];

/** A session: one conversation with an agent. Unknown fields from newer servers are kept. */
export type Session = Typed<
  Schemas["Session"],
  {
    id: SessionId;
    organization_id: OrgId;
    harness_id: HarnessId;
    agent_id: AgentId;
    agent_version_id: AgentVersionId;
    agent_identity_id: AgentIdentityId;
    owner_principal_id: PrincipalId;
    model_id: ModelId;
    parent_session_id: SessionId;
  }
>;

/** One page of sessions as the API sends it (`next_url` is absent on the last page). */
export type SessionPageBody = Typed<Schemas["SessionPage"], { data: Session[] }>;
/** Session counts by status. */
export type SessionStats = Schemas["SessionStats"];
/** The answer to `cancel`: `cancelled`, or `no_op` when no turn was running. */
export type CancelTurnResponse = Schemas["CancelTurnResponse"];
/** The answer to `submitToolResults`. */
export type SubmitToolResultsResponse = Schemas["SubmitToolResultsResponse"];

/** A message of the conversation (user, agent, system or tool result). */
export type Message = Typed<Schemas["Message"], { id: MessageId; session_id: SessionId }>;
/** A part of a message's content: text, image, tool call or tool result. */
export type ContentPart = Schemas["ContentPart"];
/** A part of a message you send: text or image. */
export type InputContentPart = Schemas["InputContentPart"];
/** A message's role. */
export type MessageRole = Schemas["MessageRole"];
/** The result of one client-side tool call. */
export type ToolResult = Schemas["ToolResult"];
/** A tool the agent may call, built in or run by your code (`client_side`). */
export type ToolDefinition = Schemas["ToolDefinition"];
/** Token counts. */
export type TokenUsage = Schemas["TokenUsage"];
/** An RFC 9457 problem details body. */
export type ProblemDetails = Schemas["ProblemDetails"];

/** Body of `sessions.create`; every field is optional. */
export type CreateSessionBody = Schemas["CreateSessionRequest"];
/** Body of `sessions.update`; only the fields sent change. */
export type UpdateSessionBody = Schemas["UpdateSessionRequest"];
/** Body of `messages.create`. */
export type CreateMessageBody = Schemas["CreateMessageRequest"];
/** Body of `sessions.submitToolResults`. */
export type SubmitToolResultsBody = Schemas["SubmitToolResultsRequest"];
/** Query of `sessions.list`. */
export type ListSessionsQuery = NonNullable<operations["listSessions"]["parameters"]["query"]>;
/** Query of `events.list`: arrays (`types`, `exclude`, `tags`) are sent as repeated keys. */
export type ListEventsQuery = NonNullable<operations["listEvents"]["parameters"]["query"]>;

/** An event's correlation ids. */
export type EventContext = Typed<
  Schemas["EventContext"],
  { turn_id: TurnId; input_message_id: MessageId; exec_id: ExecId }
>;

type EventIds = { id: EventId; session_id: SessionId; context: EventContext };
type KnownSchema = {
  [K in keyof Schemas]: K extends `${string}Event`
    ? K extends "Event" | "UnknownEvent" | "BudgetEvent"
      ? never
      : Schemas[K]
    : never;
}[keyof Schemas];
type BudgetEvent = Typed<Schemas["BudgetEvent"], EventIds & { type: `budget.${string}` }>;

/** The events this SDK version has a model for; `type` narrows `data`. */
export type KnownEvent =
  | (KnownSchema extends infer E ? (E extends unknown ? Typed<E, EventIds> : never) : never)
  | BudgetEvent;
/** The `type` of any known event. */
export type KnownEventType = KnownEvent["type"];

/**
 * The `type` of an event this SDK version has no model for. At run time it is the server's string;
 * its compile-time form cannot equal a known type, which is what lets `event.type` narrow.
 */
export type UnknownEventType = `${string} (unknown)`;

/** An event whose type this SDK version does not model; it passes through untouched. */
export type UnknownEvent = Typed<Schemas["EventBase"], EventIds & { type: UnknownEventType }>;

/**
 * Something that happened in a session. Narrow with `event.type` (or `isEventType`):
 *
 * @example
 * ```ts
 * switch (event.type) {
 *   case "output.message.delta":
 *     process.stdout.write(event.data.delta);
 *     break;
 *   default:
 *     // Newer types arrive here untouched; `isEventType(event, "schedule.triggered")` tests one.
 * }
 * ```
 */
export type Event = KnownEvent | UnknownEvent;

/** The event model of one known `type`, e.g. `EventOf<"turn.completed">`. */
export type EventOf<T extends KnownEventType> = KnownEvent extends infer E
  ? E extends { type: infer U }
    ? T extends U
      ? E
      : never
    : never
  : never;

/**
 * Client-side tools: declared once, as a handler map that yields both the `ToolDefinition`s a
 * session is created with and the handlers `runTurn` calls when the agent requests them.
 */
import type { ToolDefinition } from "./types.js";

/** What a tool handler gets besides its arguments. */
export interface ToolContext {
  /** The tool call being answered (`call_...`). */
  toolCallId: string;
  /** The tool's name as the agent called it. */
  toolName: string;
  /** The session the call belongs to. */
  sessionId: string;
  /** The turn the call belongs to. */
  turnId: string;
  /** Aborted when the turn is aborted: pass it to your own `fetch` calls. */
  signal: AbortSignal;
}

/**
 * Runs one client-side tool call. Its return value (any JSON value) is sent as the tool result;
 * a throw is sent as an error result carrying the error's message.
 */
export type ToolHandler<Args = Record<string, unknown>, Result = unknown> = (
  args: Args,
  context: ToolContext,
) => Result | Promise<Result>;

/** A JSON Schema describing a tool's arguments. */
export type ToolParameters = Extract<ToolDefinition, { type: "client_side" }>["parameters"];

/** A client-side tool: its description for the model and the code that runs it. */
export interface ClientTool<Args = Record<string, unknown>, Result = unknown> {
  /** What the tool does, for the model. */
  description: string;
  /** The arguments as a JSON Schema; give the matching TypeScript type as `tool<Args>(...)`. */
  parameters: ToolParameters;
  /** A name for people. */
  displayName?: string;
  /** A grouping for people. */
  category?: string;
  /** Runs the tool. */
  run: ToolHandler<Args, Result>;
}

/**
 * Declares one client-side tool; the type argument types the handler's arguments.
 *
 * @example
 * ```ts
 * const getWeather = tool<{ city: string }>({
 *   description: "Current weather for a city.",
 *   parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
 *   run: async ({ city }) => ({ city, forecast: "sunny" }),
 * });
 * ```
 */
export function tool<Args = Record<string, unknown>, Result = unknown>(
  definition: ClientTool<Args, Result>,
): ClientTool<Args, Result> {
  return definition;
}

/** Handlers by tool name, as `runTurn({ tools })` accepts them. */
export type ToolHandlers = Record<string, ToolHandler<never>>;

/** A tool set built by {@link defineTools}: definitions for the session, handlers for the turn. */
export interface ToolSet {
  /** The `client_side` tool definitions, for `sessions.create({ tools })`. */
  readonly definitions: ToolDefinition[];
  /** The handlers by tool name, for `runTurn(..., { tools })`. */
  readonly handlers: ToolHandlers;
}

/**
 * Declares a set of client-side tools once: the session gets their definitions, the turn runner
 * their handlers.
 *
 * @example
 * ```ts
 * const tools = defineTools({ get_weather: getWeather });
 * const session = await client.sessions.create({ tools: tools.definitions });
 * const result = await client.sessions.runTurn(session.id, "Weather in Kyiv?", { tools });
 * ```
 */
// `any` lets tools with different argument types share one map; each keeps its own type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function defineTools(tools: Record<string, ClientTool<any, unknown>>): ToolSet {
  const entries = Object.entries(tools);
  return {
    definitions: entries.map(([name, { description, parameters, displayName, category }]) => ({
      type: "client_side",
      name,
      description,
      parameters,
      // Unset fields stay absent rather than undefined.
      ...(displayName !== undefined && { display_name: displayName }),
      ...(category !== undefined && { category }),
    })),
    handlers: Object.fromEntries(entries.map(([name, { run }]) => [name, run])),
  };
}

/** The handler map of either form `runTurn` accepts. */
export function handlersOf(tools: ToolSet | ToolHandlers = {}): ToolHandlers {
  // A handler is a function, so a map of handlers never has an array under `definitions`.
  return Array.isArray(tools.definitions) ? (tools as ToolSet).handlers : (tools as ToolHandlers);
}

/**
 * The mock agent's brain: a responder decides what the agent answers on each iteration of a turn.
 *
 * The default is deterministic: it echoes the user's text, and when the message mentions one of the
 * session's client-side tools (`get_weather` is mentioned by "weather"), it calls that tool first with
 * arguments read from the message, then answers with the tool's result.
 */
import type { Message, Session, ToolResult } from "./types.js";

/** A call the mock agent makes to one of the session's client-side tools. */
export interface ReplyToolCall {
  /** The tool's name, as declared in the session's `tools`. */
  name: string;
  /** The arguments; defaults to `{}`. */
  arguments?: Record<string, unknown>;
}

/**
 * What the agent does on one iteration:
 * - a string or `{ text }`: answer and end the turn;
 * - `{ toolCalls }`: call client-side tools and wait for their results (the turn goes on afterwards);
 * - `{ fail }`: the turn fails with `turn.failed`.
 */
export type Reply =
  | string
  | { text: string; thinking?: string }
  | { toolCalls: ReplyToolCall[]; text?: string }
  | { fail: string; code?: string };

/** What a responder knows when it decides. */
export interface ResponderInput {
  /** The session as it is now. */
  session: Session;
  /** The user message that started the turn. */
  message: Message;
  /** The text parts of that message, joined by newlines. */
  text: string;
  /** 1 on the first iteration; one more after each round of tool results. */
  iteration: number;
  /** The results posted for the previous iteration's tool calls (empty on the first iteration). */
  toolResults: ToolResult[];
  /** The names of the tool calls those results answer, by `tool_call_id`. */
  toolNames: Record<string, string>;
  /** The current time (the mock clock's), for date-dependent answers. */
  now: number;
}

/** Decides the agent's reply; may be async. */
export type Responder = (input: ResponderInput) => Reply | Promise<Reply>;

/**
 * A responder, or a script: replies used in order, one per iteration across all turns, after which the
 * default responder takes over.
 */
export type ResponderOption = Responder | readonly Reply[];

/** Turns the `responder` option into a function. */
export function toResponder(option: ResponderOption | undefined): Responder {
  if (option === undefined) return echoResponder;
  if (typeof option === "function") return option;
  const script = [...option];
  return (input) => script.shift() ?? echoResponder(input);
}

/** The default responder: tool calls for mentioned client-side tools, then an echo of the message. */
export const echoResponder: Responder = (input) => {
  if (input.toolResults.length > 0) return summarizeResults(input);
  const calls = mentionedTools(input.session, input.text).map((tool) => ({
    name: tool.name,
    arguments: argumentsFrom(tool.parameters, input.text, input.now),
  }));
  if (calls.length > 0) return { toolCalls: calls };
  return `You said: "${input.text}". This answer comes from the Everruns mock API.`;
};

function summarizeResults(input: ResponderInput): string {
  const lines = input.toolResults.map((r) => {
    const name = input.toolNames[r.tool_call_id] ?? "tool";
    return r.error !== undefined
      ? `${name} failed (${r.error})`
      : `${name} returned ${JSON.stringify(r.result ?? null)}`;
  });
  return `Here is what I found: ${lines.join("; ")}.`;
}

interface ClientTool {
  name: string;
  parameters: Record<string, unknown>;
}

/** Client-side tools whose name, or the last word of it (`weather` for `get_weather`), the text mentions. */
export function mentionedTools(session: Session, text: string): ClientTool[] {
  const lower = text.toLowerCase();
  const found: ClientTool[] = [];
  for (const tool of session.tools ?? []) {
    if (tool.type !== "client_side") continue;
    const lastWord =
      tool.name
        .toLowerCase()
        .split(/[_\-.]/)
        .pop() ?? "";
    const byName = lower.includes(tool.name.toLowerCase());
    const byWord =
      lastWord.length >= 4 && new RegExp(`\\b${escapeRegExp(lastWord)}\\b`).test(lower);
    if (byName || byWord) found.push({ name: tool.name, parameters: tool.parameters });
  }
  return found;
}

/** Fills a tool's declared parameters from the message text, deterministically. */
export function argumentsFrom(
  parameters: Record<string, unknown>,
  text: string,
  now: number,
): Record<string, unknown> {
  const properties = (parameters.properties ?? {}) as Record<
    string,
    { type?: string; format?: string }
  >;
  const args: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(properties)) {
    if (schema.format === "date") {
      args[name] =
        /\b\d{4}-\d{2}-\d{2}\b/.exec(text)?.[0] ?? new Date(now).toISOString().slice(0, 10);
    } else if (/city|location|place|town/i.test(name)) {
      args[name] =
        /\b(?:in|at|for)\s+([A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)*)/u.exec(text)?.[1] ?? "Kyiv";
    } else if (schema.type === "integer" || schema.type === "number") {
      args[name] = Number(/-?\d+(?:\.\d+)?/.exec(text)?.[0] ?? 0);
    } else if (schema.type === "boolean") {
      args[name] = true;
    } else if (schema.type === "string" || schema.type === undefined) {
      args[name] = text;
    }
  }
  return args;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

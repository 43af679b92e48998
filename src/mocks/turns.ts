/**
 * Simulated agent turns. A user message starts a turn; the turn is a chain of steps one tick apart on
 * the mock clock, each appending the events a real turn records, in the same order:
 *
 *   input.message, turn.started, session.activated, output.message.started,
 *   output.message.delta (several, with `accumulated`), output.message.completed,
 *   turn.completed (with `usage`), session.idled
 *
 * When the responder calls a client-side tool the turn records `tool.call_requested` and the session
 * waits for tool results; posting them records `tool.completed` and the turn goes on.
 */
import type { Cancel, MockClock } from "./clock.js";
import type { Reply, ReplyToolCall, Responder } from "./responder.js";
import { type MockStore, type SessionRecord, textOf } from "./store.js";
import type { Message, TokenUsage, ToolCall, ToolResult } from "./types.js";

/** The model name the mock agent reports. */
export const MOCK_MODEL = "everruns-mock-1";

/** A turn in progress. */
interface Turn {
  id: string;
  input: Message;
  tags: string[] | undefined;
  iteration: number;
  startedAt: number;
  usage: TokenUsage;
  /** Tool calls awaiting results, by id. */
  awaiting: Map<string, ToolCall>;
  /** Names of every tool call of the turn, by id. */
  toolNames: Record<string, string>;
  results: ToolResult[];
  timers: Set<Cancel>;
  done: boolean;
}

/** Why tool results were refused. */
export type ToolResultsError =
  | { code: "session_not_waiting_for_tool_results"; detail: string }
  | { code: "unknown_tool_call_id"; detail: string };

/** Runs simulated turns over a store. */
export class TurnSimulator {
  private readonly turns = new Map<string, Turn>();

  constructor(
    private readonly store: MockStore,
    private readonly clock: MockClock,
    private readonly responder: Responder,
    private readonly tickMs: number,
  ) {}

  /** Whether a turn is running (or waiting for tool results) in the session. */
  isRunning(sessionId: string): boolean {
    return this.turns.has(sessionId);
  }

  /** How many turns are in progress, counting those waiting for tool results. */
  get running(): number {
    return this.turns.size;
  }

  /** How many turns are working (not waiting for tool results). */
  get busy(): number {
    let busy = 0;
    for (const turn of this.turns.values()) if (turn.awaiting.size === 0) busy++;
    return busy;
  }

  /** Records a user message and starts a turn; returns the stored message. */
  start(
    record: SessionRecord,
    fields: Omit<Message, "id" | "session_id" | "sequence" | "created_at">,
    tags?: string[],
  ): Message {
    const message = this.store.addMessage(record, fields);
    const turn: Turn = {
      id: this.store.newId("turn"),
      input: message,
      tags,
      iteration: 0,
      startedAt: this.clock.now(),
      usage: { input_tokens: 0, output_tokens: 0 },
      awaiting: new Map(),
      toolNames: {},
      results: [],
      timers: new Set(),
      done: false,
    };
    this.turns.set(record.session.id, turn);
    this.store.setStatus(record, "active");
    this.emit(record, turn, "input.message", { message }, { input_message_id: message.id });
    this.later(record, turn, () => {
      this.emit(record, turn, "turn.started", { turn_id: turn.id, input_message_id: message.id });
      this.emit(record, turn, "session.activated", { turn_id: turn.id });
      this.later(record, turn, () => this.iterate(record, turn));
    });
    return message;
  }

  /** Takes tool results for the calls the turn waits on, then continues the turn. */
  submitToolResults(
    record: SessionRecord,
    results: ToolResult[],
  ): ToolResultsError | { accepted: number } {
    const turn = this.turns.get(record.session.id);
    if (!turn || turn.awaiting.size === 0) {
      return {
        code: "session_not_waiting_for_tool_results",
        detail: `Session ${record.session.id} is not waiting for tool results.`,
      };
    }
    const unknown = results.find((r) => !turn.awaiting.has(r.tool_call_id));
    if (unknown) {
      return {
        code: "unknown_tool_call_id",
        detail: `No pending tool call with id ${unknown.tool_call_id} in this turn.`,
      };
    }
    this.store.addMessage(record, {
      role: "tool_result",
      content: results.map((r) => ({ type: "tool_result" as const, ...r })),
    });
    for (const result of results) {
      const name = turn.toolNames[result.tool_call_id] ?? "";
      const failed = result.error !== undefined;
      const data: Record<string, unknown> = {
        tool_call_id: result.tool_call_id,
        tool_name: name,
        success: !failed,
        status: failed ? "error" : "success",
      };
      if (result.result !== undefined) data.result = result.result;
      if (failed) data.error = result.error;
      this.emit(record, turn, "tool.completed", data);
      turn.awaiting.delete(result.tool_call_id);
      turn.results.push(result);
    }
    // Results may come in several posts; the turn goes on once every call is answered.
    if (turn.awaiting.size === 0) {
      this.store.setStatus(record, "active");
      this.later(record, turn, () => this.iterate(record, turn));
    }
    return { accepted: results.length };
  }

  /** Cancels the running turn; returns false when none was running. */
  cancel(record: SessionRecord, reason = "Cancelled by the user."): boolean {
    const turn = this.turns.get(record.session.id);
    if (!turn) return false;
    this.finish(record, turn);
    this.emit(record, turn, "turn.cancelled", { turn_id: turn.id, reason });
    this.emit(record, turn, "session.idled", { turn_id: turn.id });
    return true;
  }

  /** Forgets a session's turn without recording anything (the session was deleted). */
  drop(sessionId: string): void {
    const turn = this.turns.get(sessionId);
    if (!turn) return;
    for (const cancel of turn.timers) cancel();
    turn.done = true;
    this.turns.delete(sessionId);
  }

  /** Stops every turn silently (reset). */
  dropAll(): void {
    for (const id of [...this.turns.keys()]) this.drop(id);
  }

  private iterate(record: SessionRecord, turn: Turn): void {
    turn.iteration++;
    const results = turn.results;
    turn.results = [];
    const failed = (error: unknown): Reply => ({
      fail: error instanceof Error ? error.message : String(error),
      code: "responder_error",
    });
    let reply: Reply | Promise<Reply>;
    try {
      reply = this.responder({
        session: this.store.view(record),
        message: turn.input,
        text: textOf(turn.input),
        iteration: turn.iteration,
        toolResults: results,
        toolNames: { ...turn.toolNames },
        now: this.clock.now(),
      });
    } catch (error) {
      reply = failed(error);
    }
    // A synchronous reply acts at once, so one advance() of a manual clock runs the whole turn.
    if (reply instanceof Promise) {
      reply.then(
        (r) => this.act(record, turn, r),
        (error: unknown) => this.act(record, turn, failed(error)),
      );
    } else {
      this.act(record, turn, reply);
    }
  }

  private act(record: SessionRecord, turn: Turn, reply: Reply): void {
    if (turn.done || this.store.get(record.session.id) !== record) return;
    if (typeof reply === "string") reply = { text: reply };
    if ("fail" in reply) return this.fail(record, turn, reply.fail, reply.code);
    this.emit(record, turn, "output.message.started", {
      turn_id: turn.id,
      model: MOCK_MODEL,
      iteration: turn.iteration,
    });
    if ("toolCalls" in reply) return this.callTools(record, turn, reply.toolCalls, reply.text);
    this.streamAnswer(record, turn, reply.text, reply.thinking);
  }

  private callTools(
    record: SessionRecord,
    turn: Turn,
    calls: ReplyToolCall[],
    text: string | undefined,
  ): void {
    const declared = new Set(
      (record.session.tools ?? []).filter((t) => t.type === "client_side").map((t) => t.name),
    );
    const missing = calls.find((c) => !declared.has(c.name));
    if (missing || calls.length === 0) {
      return this.fail(
        record,
        turn,
        `The agent called ${missing?.name ?? "no tool"}, which is not a client-side tool of this session.`,
        "unknown_tool",
      );
    }
    const toolCalls: ToolCall[] = calls.map((c) => ({
      id: this.store.newId("call"),
      name: c.name,
      arguments: c.arguments ?? {},
    }));
    this.later(record, turn, () => {
      const content: Message["content"] = [];
      if (text) content.push({ type: "text", text });
      for (const call of toolCalls) content.push({ type: "tool_call", ...call });
      this.store.addMessage(record, { role: "agent", content, phase: "tool_use" });
      this.count(turn, text ?? "", 8 * toolCalls.length);
      for (const call of toolCalls) {
        turn.awaiting.set(call.id, call);
        turn.toolNames[call.id] = call.name;
      }
      this.store.setStatus(record, "waitingfortoolresults");
      this.emit(record, turn, "tool.call_requested", { tool_calls: toolCalls });
    });
  }

  private streamAnswer(
    record: SessionRecord,
    turn: Turn,
    text: string,
    thinking: string | undefined,
  ): void {
    const chunks = splitIntoChunks(text);
    let accumulated = "";
    const step = (index: number): void => {
      const delta = chunks[index];
      if (delta === undefined) return this.complete(record, turn, text, thinking);
      accumulated += delta;
      this.emit(record, turn, "output.message.delta", { turn_id: turn.id, delta, accumulated });
      this.later(record, turn, () => step(index + 1));
    };
    this.later(record, turn, () => step(0));
  }

  private complete(
    record: SessionRecord,
    turn: Turn,
    text: string,
    thinking: string | undefined,
  ): void {
    const fields: Omit<Message, "id" | "session_id" | "sequence" | "created_at"> = {
      role: "agent",
      content: [{ type: "text", text }],
      phase: "final",
    };
    if (thinking !== undefined) fields.thinking = thinking;
    const message = this.store.addMessage(record, fields);
    this.count(turn, text, 0);
    this.store.addUsage(record, turn.usage);
    this.emit(record, turn, "output.message.completed", { message, usage: { ...turn.usage } });
    this.later(record, turn, () => {
      this.finish(record, turn);
      this.emit(record, turn, "turn.completed", {
        turn_id: turn.id,
        iterations: turn.iteration,
        usage: { ...turn.usage },
        duration_ms: Math.max(0, Math.round(this.clock.now() - turn.startedAt)),
        final_message_id: message.id,
      });
      this.emit(record, turn, "session.idled", { turn_id: turn.id });
    });
  }

  private fail(record: SessionRecord, turn: Turn, error: string, code = "agent_error"): void {
    this.finish(record, turn);
    this.emit(record, turn, "turn.failed", { turn_id: turn.id, error, error_code: code });
    this.emit(record, turn, "session.idled", { turn_id: turn.id });
  }

  /** Ends the turn: timers stop, the session goes idle. */
  private finish(record: SessionRecord, turn: Turn): void {
    turn.done = true;
    for (const cancel of turn.timers) cancel();
    turn.timers.clear();
    turn.awaiting.clear();
    this.turns.delete(record.session.id);
    this.store.setStatus(record, "idle");
  }

  /** A rough, deterministic token count: about four characters a token. */
  private count(turn: Turn, output: string, extra: number): void {
    turn.usage.input_tokens += Math.ceil(textOf(turn.input).length / 4) + 12;
    turn.usage.output_tokens += Math.ceil(output.length / 4) + extra;
  }

  private emit(
    record: SessionRecord,
    turn: Turn,
    type: string,
    data: Record<string, unknown>,
    context?: Record<string, string>,
  ): void {
    this.store.emit(
      record,
      type,
      data,
      context ?? { turn_id: turn.id, input_message_id: turn.input.id },
      turn.tags,
    );
  }

  private later(record: SessionRecord, turn: Turn, step: () => void): void {
    const cancel = this.clock.schedule(() => {
      turn.timers.delete(cancel);
      // A deleted or superseded turn must not write into the session any more.
      if (!turn.done && this.store.get(record.session.id) === record) step();
    }, this.tickMs);
    turn.timers.add(cancel);
  }
}

/** Splits an answer into word-aligned chunks: at least three when the text has enough words. */
export function splitIntoChunks(text: string): string[] {
  const words = text.match(/\S+\s*/g) ?? [text];
  const leading = /^\s*/.exec(text)?.[0] ?? "";
  const size = Math.max(
    1,
    Math.ceil(words.length / Math.min(8, Math.max(3, Math.ceil(words.length / 4)))),
  );
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += size) chunks.push(words.slice(i, i + size).join(""));
  if (chunks.length > 0 && leading) chunks[0] = leading + chunks[0];
  return chunks.length > 0 ? chunks : [text];
}

/**
 * The turn runner: send a message, follow that turn's events to its end, answer client-side tool
 * calls on the way, and hand back the answer (as it is written and when it is done).
 *
 * Events are matched to the turn by the input message id and then the turn id, never by timing,
 * so other turns or clients writing to the same session do not confuse it.
 */
import type { Everruns } from "./client.js";
import { aborted, sleep } from "./core/transport.js";
import { ConflictError, EverrunsError } from "./errors.js";
import type { SessionId, TurnId } from "./ids.js";
import type { EventStreamOptions } from "./streaming.js";
import { handlersOf, type ToolHandler, type ToolHandlers, type ToolSet } from "./tools.js";
import type {
  CreateMessageBody,
  Event,
  EventOf,
  Message,
  TokenUsage,
  ToolResult,
} from "./types.js";

/** What `runTurn` sends: a text, or a full create-message body. */
export type TurnInput = string | CreateMessageBody;

/** How a turn ended. */
export type TurnStatus = "completed" | "failed" | "cancelled";

/** The outcome of a turn. */
export interface TurnResult {
  /** The turn (`turn_...`). */
  turnId: TurnId;
  /** How it ended. */
  status: TurnStatus;
  /** The text of the agent's final message (empty if it wrote none). */
  text: string;
  /** The agent's final message, if it wrote one. */
  message: Message | undefined;
  /** Tokens used by the turn. */
  usage: TokenUsage | undefined;
  /** Every event of the turn, in order. */
  events: Event[];
  /** The user message that started the turn. */
  inputMessage: Message;
  /** Why the turn failed (`status: "failed"`). */
  error?: { message: string; code: string | undefined } | undefined;
}

/** Options of `client.sessions.runTurn`. */
export interface RunTurnOptions {
  /** Client-side tools: a {@link ToolSet} from `defineTools`, or handlers by tool name. */
  tools?: ToolSet | ToolHandlers | undefined;
  /** Aborting cancels the turn on the server and rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Called with every event of the turn, in order. */
  onEvent?: ((event: Event) => void) | undefined;
  /**
   * A tool call with no handler: `"error"` (default) answers it with an error result naming the
   * tool, so the agent can carry on; `"fail"` cancels the turn and rejects with `MissingToolError`.
   */
  onMissingTool?: "error" | "fail" | undefined;
  /** Reject with `TurnFailedError` on `turn.failed` instead of resolving with `status: "failed"`. */
  throwOnFailure?: boolean | undefined;
  /** Options of the underlying event stream (idle timeout, reconnects, health callback). */
  stream?:
    Pick<EventStreamOptions, "idleTimeoutMs" | "maxReconnects" | "onStateChange"> | undefined;
}

/** The turn ended with `turn.failed` and the caller asked for a throw (`throwOnFailure`). */
export class TurnFailedError extends EverrunsError {
  override name = "TurnFailedError";
  /** The failed turn's result, with its events. */
  declare readonly result: TurnResult;

  /** Built by the turn runner. */
  constructor(result: TurnResult) {
    super(
      `Turn ${result.turnId} failed: ${result.error?.code ?? "error"}: ${result.error?.message ?? ""}`,
    );
    this.result = result;
  }
}

/** The agent called a client-side tool with no handler, and `onMissingTool` is `"fail"`. */
export class MissingToolError extends EverrunsError {
  override name = "MissingToolError";
  /** The tool's name. */
  declare readonly toolName: string;

  /** Built by the turn runner. */
  constructor(toolName: string) {
    super(`No handler for client-side tool "${toolName}"`);
    this.toolName = toolName;
  }
}

/**
 * A running turn: a promise of its {@link TurnResult}. Await it (or `done()`) for the result;
 * iterate `textStream` to print the answer as the agent writes it.
 *
 * @example
 * ```ts
 * const turn = client.sessions.runTurn(session.id, "Weather in Kyiv?", { tools });
 * for await (const text of turn.textStream) process.stdout.write(text);
 * const { status, usage } = await turn.done();
 * ```
 */
export class Turn extends Promise<TurnResult> {
  /** The agent's text deltas, from the start of the turn; ends with the turn, throws if it fails. */
  declare readonly textStream: AsyncIterable<string>;
  /** Resolves with the result once the turn has ended. */
  declare readonly done: () => Promise<TurnResult>;

  // Derived promises (`then`, `catch`, `finally`) are plain promises, not Turns.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** Built by `client.sessions.runTurn`. */
  constructor(result: Promise<TurnResult>, textStream: AsyncIterable<string>) {
    super((resolve) => resolve(result)); // settles as `result` does
    this.textStream = textStream;
    this.done = () => result;
    // A caller who only reads textStream still sees the error there; no unhandled rejection.
    this.catch(noop);
  }
}

function noop(): void {}

/**
 * Starts a turn: sends `input` to the session and follows the turn. See {@link Turn}.
 * @internal `client.sessions.runTurn` is the public entry.
 */
export function runTurn(
  client: Everruns,
  sessionId: SessionId | string,
  input: TurnInput,
  options: RunTurnOptions = {},
): Turn {
  // The turn's events are kept for the whole turn, so every reader of textStream gets every delta.
  const events: Event[] = [];
  // Readers waiting for the next event share one promise, made only once one waits: a turn nobody
  // reads textStream of builds none per event.
  let more: Promise<void> | undefined;
  let wake = noop;
  const result = follow(client, sessionId, input, options, events, () => {
    wake();
    more = undefined;
  });
  return new Turn(result, {
    async *[Symbol.asyncIterator]() {
      for (let index = 0; ;) {
        while (index < events.length) {
          const event = events[index++]!;
          if (event.type === "output.message.delta") yield event.data.delta;
        }
        // Every event is pushed before the turn settles: once it has, the text is complete.
        more ||= new Promise((resolve) => (wake = resolve));
        if (await Promise.race([more, result.then(() => true)])) return;
      }
    },
  });
}

/**
 * Runs one turn to its end. A caller abort wins the race: the turn is cancelled on the server and
 * the promise rejects with `AbortError`.
 */
function follow(
  client: Everruns,
  sessionId: string,
  input: TurnInput,
  options: RunTurnOptions,
  events: Event[],
  onEvent: () => void,
): Promise<TurnResult> {
  const caller = options.signal;
  const controller = new AbortController();
  const signal = controller.signal;
  const handlers = handlersOf(options.tools);
  const answered = new Set<string>();
  let turnId = "" as TurnId; // until an event of the turn names it
  let message: Message | undefined;
  let usage: TokenUsage | undefined;
  let sent = false;

  // Best effort, bounded: the caller gets the abort either way.
  const cancel = async (): Promise<void> => {
    if (sent)
      await client.sessions.cancel(sessionId, { timeoutMs: 5_000, maxRetries: 1 }).catch(noop);
  };

  async function run(): Promise<TurnResult> {
    // The last event before our message: the stream resumes after it, so nothing can be missed.
    const recent = await client.events.list(sessionId, { limit: 1 }, { signal });
    const sinceId = recent.data.at(-1)?.id;
    sent = true;
    const inputMessage = await client.messages.create(sessionId, input, { signal });
    const finish = (status: TurnStatus, error?: TurnResult["error"]): TurnResult => {
      const result: TurnResult = {
        turnId,
        status,
        text:
          message?.content.map((part) => (part.type === "text" ? part.text : "")).join("") ?? "",
        message,
        usage,
        events,
        inputMessage,
        error,
      };
      if (error && options.throwOnFailure) throw new TurnFailedError(result);
      return result;
    };
    // Leaving the loop (return or throw) closes the stream.
    for await (const event of client.events.stream(sessionId, {
      ...options.stream,
      sinceId,
      signal,
    })) {
      if (!belongs(event, inputMessage.id)) continue;
      events.push(event);
      onEvent();
      options.onEvent?.(event);
      switch (event.type) {
        case "output.message.completed":
          message = event.data.message as Message;
          usage = event.data.usage ?? usage;
          break;
        case "tool.call_requested":
          await answer(event.data.tool_calls);
          break;
        case "turn.completed":
          usage = event.data.usage ?? usage;
          return finish("completed");
        case "turn.failed":
          return finish("failed", { message: event.data.error, code: event.data.error_code });
        case "turn.cancelled":
          return finish("cancelled");
      }
    }
    throw new EverrunsError("The event stream ended before the turn did");
  }

  /** Matches by the input message id until the turn id is known, then by the turn id. */
  function belongs(event: Event, inputMessageId: string): boolean {
    const context = event.context as Correlation | undefined;
    const data = event.data as Correlation & { message?: { id?: unknown } };
    if (context?.input_message_id === inputMessageId || data?.input_message_id === inputMessageId) {
      const id = context?.turn_id ?? data?.turn_id;
      if (!turnId && typeof id === "string") turnId = id as TurnId;
      return true;
    }
    return turnId
      ? context?.turn_id === turnId || data?.turn_id === turnId
      : event.type === "input.message" && data?.message?.id === inputMessageId;
  }

  /** Runs the requested tools concurrently and submits every result in one request. */
  async function answer(requested: ToolCall[]): Promise<unknown> {
    const calls = requested.filter((call) => !answered.has(call.id));
    if (!calls.length) return; // a replay of calls already answered
    for (const call of calls) answered.add(call.id);
    let results: ToolResult[];
    try {
      results = await Promise.all(calls.map(runTool));
    } catch (error) {
      // Only a missing tool with onMissingTool "fail" gets here: do not leave the session waiting.
      controller.abort(error);
      await cancel();
      throw error;
    }
    // A 409: the session reaches "waiting" a moment after the request. 7 attempts, 50 ms doubling.
    for (let delay = 50; ; delay *= 2) {
      try {
        return await client.sessions.submitToolResults(sessionId, results, { signal });
      } catch (error) {
        if (!(error instanceof ConflictError) || delay > 1_600) throw error;
        await sleep(delay, signal);
      }
    }
  }

  async function runTool({ id, name, arguments: args }: ToolCall): Promise<ToolResult> {
    const handler = Object.hasOwn(handlers, name) && (handlers[name] as ToolHandler<unknown>);
    try {
      if (!handler) throw new MissingToolError(name);
      const context = { toolCallId: id, toolName: name, sessionId, turnId, signal };
      return { tool_call_id: id, result: (await handler(args, context)) ?? null };
    } catch (error) {
      // A missing tool is answered like a throwing one, unless onMissingTool is "fail".
      if (!handler && options.onMissingTool === "fail") throw error;
      return { tool_call_id: id, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return new Promise<TurnResult>((resolve, reject) => {
    const onAbort = (): void => {
      controller.abort(caller?.reason);
      void cancel().then(() => reject(aborted(caller!)));
    };
    // Aborted before the start: nothing is sent (and so nothing to cancel).
    if (caller?.aborted) return onAbort();
    caller?.addEventListener("abort", onAbort, { once: true });
    void run()
      .then(resolve, (error: unknown) => caller?.aborted || reject(error)) // an abort settles itself
      .finally(() => caller?.removeEventListener("abort", onAbort));
  });
}

/** Correlation ids an event may carry in its context or data. */
interface Correlation {
  turn_id?: unknown;
  input_message_id?: unknown;
}

type ToolCall = EventOf<"tool.call_requested">["data"]["tool_calls"][number];

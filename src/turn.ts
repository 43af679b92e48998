/**
 * The turn runner: send a message, follow that turn's events to its end, answer client-side tool
 * calls on the way, and hand back the answer (as it is written and when it is done).
 *
 * Events are matched to the turn by the input message id and then the turn id, never by timing,
 * so other turns or clients writing to the same session do not confuse it.
 */
import type { Everruns } from "./client.js";
import { AbortError, ConflictError, EverrunsError } from "./errors.js";
import type { SessionId, TurnId } from "./ids.js";
import type { EventStreamOptions } from "./streaming.js";
import {
  handlersOf,
  type ToolContext,
  type ToolHandler,
  type ToolHandlers,
  type ToolSet,
} from "./tools.js";
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
  readonly result: TurnResult;

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
  readonly toolName: string;

  /** Built by the turn runner. */
  constructor(toolName: string) {
    super(`No handler for client-side tool "${toolName}"`);
    this.toolName = toolName;
  }
}

/**
 * A running turn. Await it (or `done()`) for the {@link TurnResult}; iterate `textStream` to print
 * the answer as the agent writes it.
 *
 * @example
 * ```ts
 * const turn = client.sessions.runTurn(session.id, "Weather in Kyiv?", { tools });
 * for await (const text of turn.textStream) process.stdout.write(text);
 * const { status, usage } = await turn.done();
 * ```
 */
export class Turn implements PromiseLike<TurnResult> {
  /** The agent's text deltas, from the start of the turn; ends with the turn, throws if it fails. */
  readonly textStream: AsyncIterable<string>;
  readonly #result: Promise<TurnResult>;

  /** Built by `client.sessions.runTurn`. */
  constructor(result: Promise<TurnResult>, textStream: AsyncIterable<string>) {
    this.#result = result;
    this.textStream = textStream;
    // A caller who only reads textStream still sees the error there; no unhandled rejection.
    result.catch(() => {});
  }

  /** Resolves with the result once the turn has ended. */
  done(): Promise<TurnResult> {
    return this.#result;
  }

  /** Makes the turn awaitable: `const result = await turn`. */
  then<A = TurnResult, B = never>(
    onFulfilled?: ((value: TurnResult) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#result.then(onFulfilled, onRejected);
  }

  /** Handles a failure of the turn. */
  catch<B = never>(
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<TurnResult | B> {
    return this.#result.catch(onRejected);
  }

  /** Runs `onFinally` once the turn has ended either way. */
  finally(onFinally?: (() => void) | null): Promise<TurnResult> {
    return this.#result.finally(onFinally);
  }
}

/** Text deltas kept for the turn, replayable by each reader, waiting for more while it runs. */
class TextDeltas implements AsyncIterable<string> {
  readonly #chunks: string[] = [];
  #ended = false;
  #error: { value: unknown } | undefined;
  #waiters: (() => void)[] = [];

  push(text: string): void {
    this.#chunks.push(text);
    this.#wake();
  }

  end(error?: { value: unknown }): void {
    this.#ended = true;
    this.#error = error;
    this.#wake();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (let index = 0; ;) {
      while (index < this.#chunks.length) yield this.#chunks[index++] as string;
      if (this.#ended) {
        if (this.#error !== undefined) throw this.#error.value;
        return;
      }
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

/** Retries of a 409 on tool results: the session reaches "waiting" a moment after the request. */
const CONFLICT_RETRY = { baseMs: 50, attempts: 7 };
/** Bound on the cancel request sent when the caller aborts. */
const CANCEL_TIMEOUT_MS = 5_000;

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
  const text = new TextDeltas();
  const result = new TurnRun(client, sessionId, input, options, text).start();
  result.then(
    () => text.end(),
    (error: unknown) => text.end({ value: error }),
  );
  return new Turn(result, text);
}

/** One turn's state while it runs. */
class TurnRun {
  readonly #controller = new AbortController();
  readonly #events: Event[] = [];
  readonly #answered = new Set<string>();
  readonly #handlers: ToolHandlers;
  readonly #client: Everruns;
  readonly #sessionId: string;
  readonly #input: TurnInput;
  readonly #options: RunTurnOptions;
  readonly #text: TextDeltas;
  #turnId: TurnId | undefined;
  #message: Message | undefined;
  #usage: TokenUsage | undefined;
  #sendStarted = false;

  constructor(
    client: Everruns,
    sessionId: string,
    input: TurnInput,
    options: RunTurnOptions,
    text: TextDeltas,
  ) {
    this.#client = client;
    this.#sessionId = sessionId;
    this.#input = input;
    this.#options = options;
    this.#text = text;
    this.#handlers = handlersOf(options.tools);
  }

  /** Runs the turn; a caller abort wins the race, cancels the turn on the server, and rejects. */
  start(): Promise<TurnResult> {
    const signal = this.#options.signal;
    if (signal === undefined) return this.#run();
    if (signal.aborted) return Promise.reject(abortError(signal));
    return new Promise<TurnResult>((resolve, reject) => {
      const onAbort = (): void => {
        this.#controller.abort(signal.reason);
        void this.#cancelOnServer().then(() => reject(abortError(signal)));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#run().then(
        (result) => {
          signal.removeEventListener("abort", onAbort);
          resolve(result);
        },
        (error: unknown) => {
          if (signal.aborted) return; // the abort handler settles
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  async #run(): Promise<TurnResult> {
    const signal = this.#controller.signal;
    const client = this.#client;
    const sessionId = this.#sessionId;
    // The last event before our message: the stream resumes after it, so nothing can be missed.
    const recent = await client.events.list(sessionId, { limit: 1 }, { signal });
    const sinceId = recent.data.at(-1)?.id;
    this.#sendStarted = true;
    const inputMessage = await client.messages.create(sessionId, this.#input, { signal });
    const stream = client.events.stream(sessionId, { ...this.#options.stream, sinceId, signal });
    try {
      for await (const event of stream) {
        if (!this.#belongs(event, inputMessage.id)) continue;
        this.#events.push(event);
        this.#options.onEvent?.(event);
        const outcome = await this.#apply(event);
        if (outcome !== undefined) return this.#finish(outcome, inputMessage);
      }
    } finally {
      stream.close();
    }
    throw new EverrunsError("The event stream ended before the turn did");
  }

  /** Matches by the input message id until the turn id is known, then by the turn id. */
  #belongs(event: Event, inputMessageId: string): boolean {
    const context = event.context as { turn_id?: unknown; input_message_id?: unknown } | undefined;
    const data = event.data as {
      turn_id?: unknown;
      input_message_id?: unknown;
      message?: { id?: unknown };
    };
    if (context?.input_message_id === inputMessageId || data?.input_message_id === inputMessageId) {
      const turnId = context?.turn_id ?? data?.turn_id;
      if (this.#turnId === undefined && typeof turnId === "string") this.#turnId = turnId as TurnId;
      return true;
    }
    if (this.#turnId === undefined) {
      return event.type === "input.message" && data?.message?.id === inputMessageId;
    }
    return context?.turn_id === this.#turnId || data?.turn_id === this.#turnId;
  }

  async #apply(event: Event): Promise<Outcome | undefined> {
    switch (event.type) {
      case "output.message.delta":
        this.#text.push(event.data.delta);
        return undefined;
      case "output.message.completed":
        this.#message = event.data.message as Message;
        this.#usage = event.data.usage ?? this.#usage;
        return undefined;
      case "tool.call_requested":
        await this.#answer(event);
        return undefined;
      case "turn.completed":
        this.#usage = event.data.usage ?? this.#usage;
        return { status: "completed" };
      case "turn.failed":
        return {
          status: "failed",
          error: { message: event.data.error, code: event.data.error_code },
        };
      case "turn.cancelled":
        return { status: "cancelled" };
      default:
        return undefined;
    }
  }

  /** Runs the requested tools concurrently and submits every result in one request. */
  async #answer(event: EventOf<"tool.call_requested">): Promise<void> {
    const calls = event.data.tool_calls.filter((call) => !this.#answered.has(call.id));
    if (calls.length === 0) return; // a replay of calls already answered
    for (const call of calls) this.#answered.add(call.id);
    let results: ToolResult[];
    try {
      results = await Promise.all(calls.map((call) => this.#runTool(call)));
    } catch (error) {
      // Only a missing tool with onMissingTool "fail" gets here: do not leave the session waiting.
      this.#controller.abort(error);
      await this.#cancelOnServer();
      throw error;
    }
    await this.#submit(results);
  }

  async #runTool(call: ToolCall): Promise<ToolResult> {
    const handler = Object.hasOwn(this.#handlers, call.name)
      ? this.#handlers[call.name]
      : undefined;
    if (handler === undefined) {
      if (this.#options.onMissingTool === "fail") throw new MissingToolError(call.name);
      return { tool_call_id: call.id, error: `No handler for client-side tool "${call.name}"` };
    }
    const context: ToolContext = {
      toolCallId: call.id,
      toolName: call.name,
      sessionId: this.#sessionId,
      turnId: this.#turnId ?? "",
      signal: this.#controller.signal,
    };
    try {
      const value: unknown = await (handler as ToolHandler<unknown>)(call.arguments, context);
      return { tool_call_id: call.id, result: value === undefined ? null : value };
    } catch (error) {
      return {
        tool_call_id: call.id,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** Submits results; a 409 (not waiting yet) is retried with bounded backoff. */
  async #submit(results: ToolResult[]): Promise<void> {
    const signal = this.#controller.signal;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#client.sessions.submitToolResults(this.#sessionId, results, { signal });
        return;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= CONFLICT_RETRY.attempts) throw error;
        await delay(CONFLICT_RETRY.baseMs * 2 ** (attempt - 1), signal);
      }
    }
  }

  async #cancelOnServer(): Promise<void> {
    if (!this.#sendStarted) return;
    try {
      await this.#client.sessions.cancel(this.#sessionId, {
        timeoutMs: CANCEL_TIMEOUT_MS,
        maxRetries: 1,
      });
    } catch {
      // Best effort: the caller gets the abort either way.
    }
  }

  #finish(outcome: Outcome, inputMessage: Message): TurnResult {
    const message = this.#message;
    const result: TurnResult = {
      turnId: this.#turnId ?? ("" as TurnId),
      status: outcome.status,
      text: message === undefined ? "" : textOf(message),
      message,
      usage: this.#usage,
      events: this.#events,
      inputMessage,
    };
    if (outcome.error !== undefined) result.error = outcome.error;
    if (outcome.status === "failed" && this.#options.throwOnFailure)
      throw new TurnFailedError(result);
    return result;
  }
}

interface Outcome {
  status: TurnStatus;
  error?: { message: string; code: string | undefined };
}

type ToolCall = EventOf<"tool.call_requested">["data"]["tool_calls"][number];

function textOf(message: Message): string {
  let text = "";
  for (const part of message.content) if (part.type === "text") text += part.text;
  return text;
}

function abortError(signal: AbortSignal): AbortError {
  return new AbortError("The turn was aborted", { cause: signal.reason });
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

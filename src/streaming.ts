/**
 * The live event stream (`GET /v1/sessions/{session_id}/sse`) and its reconnection.
 *
 * The server cycles every connection after a few minutes (a `disconnecting` frame, then the end
 * of the response) and a network may drop one at any time. This module hides both: it resumes with
 * `since_id` = the last event it accepted, backs off exponentially after unplanned drops, and
 * delivers every session event exactly once and in order.
 *
 * It is built on `fetch`-style `Response`s and `eventsource-parser`, so it runs the same in Node,
 * browsers and edge runtimes. The connection itself is injected ({@link EventStreamTransport}),
 * which keeps authentication, URLs and error mapping in the client.
 */
import { createParser, type EventSourceMessage, type EventSourceParser } from "eventsource-parser";
import type { Everruns } from "./client.js";
import { AbortError, APIError, ConnectionError, EverrunsError, TimeoutError } from "./errors.js";
import { checkStrings } from "./core/params.js";
import { parseId } from "./ids.js";
import type { Event } from "./types.js";

/** The fields the stream relies on: every session event has them (`sequence` where the server numbers events). */
export interface StreamEvent {
  id: string;
  type: string;
  sequence?: number | null | undefined;
}

/** What the stream passes to {@link EventStreamTransport.connect} for each connection attempt. */
export interface ConnectParams {
  /** The id of the last event accepted so far; the server replays everything after it. */
  sinceId?: string | undefined;
  /** Aborted when the stream closes, times out, or drops this connection. */
  signal: AbortSignal;
}

/** How the stream opens connections and turns failed responses into errors. */
export interface EventStreamTransport {
  /**
   * Opens one SSE connection. A rejection is retried as a network failure, unless the error carries
   * an HTTP `status` (as the SDK's `APIError` does): then it is treated like that response, and its
   * `retryAfter` (seconds) is honored.
   */
  connect(params: ConnectParams): Promise<Response>;
  /** Builds the typed error for a non-2xx response that `connect` resolved with (reads its body). */
  toError(response: Response): Promise<unknown>;
  /** Builds the error thrown when the caller's signal aborts the stream. */
  abortError?(reason: unknown): unknown;
  /** Builds the error recorded when no byte arrives for `idleTimeoutMs`. */
  idleError?(idleTimeoutMs: number): unknown;
}

/** Connection health, reported through {@link EventStreamOptions.onStateChange}. */
export type StreamStateChange =
  | {
      state: "connecting";
      /** Consecutive failed attempts so far (0 on the first connection and after a planned cycle). */
      attempt: number;
    }
  | { state: "open" }
  | {
      state: "reconnecting";
      /** Consecutive failed attempts including this one; 0 for a planned cycle. */
      attempt: number;
      /** How long the stream waits before connecting again. */
      delayMs: number;
      /** True for the server's routine connection cycle: not a failure, a UI may ignore it. */
      planned: boolean;
      /** Why the connection ended, for an unplanned drop. */
      error?: unknown;
    }
  | { state: "closed"; error?: unknown };

/** The name of a stream state, as in {@link StreamStateChange}. */
export type StreamState = StreamStateChange["state"];

/** A control frame (`connected`, `disconnecting`) the stream handles itself. */
export interface ControlFrame {
  type: "connected" | "disconnecting";
  data: unknown;
}

/** A frame whose data is not a JSON object: it is skipped, never delivered. */
export interface StreamParseError {
  /** The SSE `event:` field of the frame, if any. */
  eventType: string | undefined;
  /** The SSE `id:` field of the frame, if any. */
  id: string | undefined;
  /** The raw `data:` text that failed to parse. */
  data: string;
  /** The JSON parser's error. */
  error: unknown;
}

/** Options of an {@link EventStream}. */
export interface EventStreamOptions {
  /** Resume after this event id (for example a persisted {@link EventStream.lastEventId}). */
  sinceId?: string | undefined;
  /** Aborting it closes the stream; the pending or next read rejects with an abort error. */
  signal?: AbortSignal | undefined;
  /** An open connection with no byte for this long is treated as dropped. Default 45 000 ms. */
  idleTimeoutMs?: number | undefined;
  /**
   * How many consecutive failed attempts are retried before the stream fails with the last error.
   * Planned cycles never count; the count resets once a session event arrives. Default: unlimited.
   */
  maxReconnects?: number | undefined;
  /** Called on every connection state change, so a UI can show the stream's health. */
  onStateChange?: ((change: StreamStateChange) => void) | undefined;
  /** Called for a frame with broken JSON, which is skipped. */
  onParseError?: ((error: StreamParseError) => void) | undefined;
  /** Called for the `connected` and `disconnecting` frames, which are never yielded as events. */
  onControlFrame?: ((frame: ControlFrame) => void) | undefined;
  /**
   * Backoff after unplanned drops: `baseMs` doubling per consecutive failure up to `capMs`
   * (default 1 000 ms and 30 000 ms). Internal: tests shrink it.
   * @internal
   */
  backoff?: { baseMs: number; capMs: number } | undefined;
}

const DEFAULT_IDLE_TIMEOUT_MS = 45_000;
const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 30_000 };
/** Used when a `disconnecting` frame carries no `retry_ms` and no `retry:` hint was seen. */
const DEFAULT_CYCLE_DELAY_MS = 100;
/** Ids remembered for events without `sequence`; replays after a resume are short. */
const RECENT_ID_WINDOW = 256;
/** A frame larger than this ends the connection instead of growing memory without bound. */
const MAX_FRAME_CHARS = 16 * 1024 * 1024;
const DECODE_STREAMING = { stream: true } as const;
const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

function noop(): void {}

/** Status codes that will not get better by reconnecting (auth, unknown session, bad query). */
function isFatalStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** The HTTP status an error carries (the SDK's `APIError` has one), if any. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

function retryAfterMs(response: Response): number {
  const value = response.headers.get("retry-after");
  if (value === null) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}

/** A failure while reading the body (a reset, a cut, an oversized frame), as the SDK's typed error. */
function lost(error: unknown): unknown {
  if (error instanceof EverrunsError) return error;
  return new ConnectionError("The event stream connection failed", { cause: error });
}

function defaultAbortError(reason: unknown): unknown {
  if (reason instanceof Error) return reason;
  const error = new Error("The event stream was aborted.");
  error.name = "AbortError";
  return error;
}

function defaultIdleError(idleTimeoutMs: number): unknown {
  const error = new Error(`No data on the event stream for ${idleTimeoutMs} ms.`);
  error.name = "TimeoutError";
  return error;
}

/**
 * A resumable stream of session events: iterate it with `for await`.
 *
 * It connects on the first read, reconnects on its own (planned cycles after the server's
 * `retry_ms`, drops with exponential backoff), and ends when {@link EventStream.close} is called,
 * the loop is left, or the signal aborts. 401, 403 and 404 (and other 4xx but 408/429) end it at
 * once with the error built by the transport.
 *
 * @example
 * ```ts
 * const stream = client.events.stream(sessionId, { onStateChange: (s) => console.log(s.state) });
 * for await (const event of stream) {
 *   if (event.type === "turn.completed") break; // closes the connection
 * }
 * saveCursor(stream.lastEventId);
 * ```
 */
export class EventStream<E extends StreamEvent = StreamEvent> implements AsyncIterableIterator<E> {
  readonly #transport: EventStreamTransport;
  readonly #idleTimeoutMs: number;
  readonly #maxReconnects: number;
  readonly #backoff: { baseMs: number; capMs: number };
  readonly #signal: AbortSignal | undefined;
  readonly #onStateChange: ((change: StreamStateChange) => void) | undefined;
  readonly #onParseError: ((error: StreamParseError) => void) | undefined;
  readonly #onControlFrame: ((frame: ControlFrame) => void) | undefined;
  readonly #parser: EventSourceParser;

  // Parsed events wait here until the consumer takes them; refilled only when empty.
  #queue: E[] = [];
  #head = 0;

  #connection: AbortController | undefined;
  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  #decoder: TextDecoder | undefined;
  #filling: Promise<void> | undefined;

  // Ids and sequences are monotonic: the last sequence plus a small window of ids is enough.
  #lastAcceptedId: string | undefined;
  #lastYieldedId: string | undefined;
  #lastSequence = Number.NEGATIVE_INFINITY;
  #recentIds = new Set<string>();
  #recentRing: (string | undefined)[] = [];
  #recentPos = 0;

  #failures = 0;
  #retryHintMs: number | undefined;
  #nextDelayMs = 0;
  #cycleDelayMs: number | undefined;

  #state: StreamState = "connecting";
  #closed = false;
  #error: { value: unknown } | undefined;
  #sleepTimer: ReturnType<typeof setTimeout> | undefined;
  #wake: (() => void) | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #idleFired = false;
  readonly #onAbort = (): void => {
    const transport = this.#transport;
    const reason = this.#signal?.reason;
    this.#finish({ value: (transport.abortError ?? defaultAbortError)(reason) }, true);
  };
  readonly #onIdle = (): void => {
    this.#idleTimer = undefined;
    this.#idleFired = true;
    this.#connection?.abort();
  };

  /** Creates a stream over `transport`; nothing is sent until the first read. */
  constructor(transport: EventStreamTransport, options: EventStreamOptions = {}) {
    this.#transport = transport;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.#maxReconnects = options.maxReconnects ?? Number.POSITIVE_INFINITY;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.#signal = options.signal;
    this.#onStateChange = options.onStateChange;
    this.#onParseError = options.onParseError;
    this.#onControlFrame = options.onControlFrame;
    this.#lastAcceptedId = options.sinceId;
    this.#lastYieldedId = options.sinceId;
    this.#parser = createParser({
      onEvent: (message) => this.#onMessage(message),
      onRetry: (ms) => {
        this.#retryHintMs = ms;
      },
      maxBufferSize: MAX_FRAME_CHARS,
    });
    if (this.#signal !== undefined) {
      if (this.#signal.aborted) this.#onAbort();
      else this.#signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  /** The id of the last event this stream yielded: pass it back as `sinceId` to resume later. */
  get lastEventId(): string | undefined {
    return this.#lastYieldedId;
  }

  /** The current connection state. */
  get state(): StreamState {
    return this.#state;
  }

  /** Closes the connection and ends iteration; safe to call more than once. */
  close(): void {
    this.#finish(undefined, true);
  }

  /** Returns the next session event; connects or reconnects as needed. */
  next(): Promise<IteratorResult<E>> {
    if (this.#head < this.#queue.length) return Promise.resolve(this.#take());
    return this.#pull();
  }

  /** Called when a `for await` loop is left early: closes the stream. */
  return(): Promise<IteratorResult<E>> {
    this.close();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #take(): IteratorYieldResult<E> {
    const value = this.#queue[this.#head++] as E;
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    }
    this.#lastYieldedId = value.id;
    return { done: false, value };
  }

  async #pull(): Promise<IteratorResult<E>> {
    for (;;) {
      if (this.#head < this.#queue.length) return this.#take();
      if (this.#error !== undefined) {
        const { value } = this.#error;
        this.#error = undefined; // thrown once; the stream is done afterwards
        throw value;
      }
      if (this.#closed) return DONE;
      this.#filling ??= this.#fill().finally(() => {
        this.#filling = undefined;
      });
      await this.#filling;
    }
  }

  /** Reads one chunk, or (re)connects when there is no connection. */
  async #fill(): Promise<void> {
    const reader = this.#reader;
    if (reader === undefined) return this.#connect();
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      this.#armIdle();
      chunk = await reader.read();
    } catch (error) {
      return this.#onConnectionError(lost(error));
    } finally {
      this.#disarmIdle();
    }
    if (this.#closed) return;
    if (chunk.done) {
      if (this.#cycleDelayMs === undefined)
        return this.#dropped(new ConnectionError("The event stream ended unexpectedly"));
      return this.#cycle();
    }
    try {
      this.#parser.feed((this.#decoder as TextDecoder).decode(chunk.value, DECODE_STREAMING));
    } catch (error) {
      return this.#dropped(lost(error)); // a frame over the size limit: start clean
    }
    // After `disconnecting` the server has nothing more to say on this connection.
    if (this.#cycleDelayMs !== undefined && !this.#closed) this.#cycle();
  }

  async #connect(): Promise<void> {
    if (this.#nextDelayMs > 0) {
      await this.#sleep(this.#nextDelayMs);
      if (this.#closed) return;
    }
    this.#setState({ state: "connecting", attempt: this.#failures });
    const connection = new AbortController();
    this.#connection = connection;
    this.#idleFired = false;
    let response: Response;
    try {
      this.#armIdle();
      response = await this.#transport.connect({
        sinceId: this.#lastAcceptedId,
        signal: connection.signal,
      });
    } catch (error) {
      return this.#onConnectionError(error);
    } finally {
      this.#disarmIdle();
    }
    if (this.#closed || connection.signal.aborted) {
      void response.body?.cancel().catch(noop);
      return this.#onConnectionError(connection.signal.reason);
    }
    if (!response.ok) {
      let error: unknown;
      try {
        error = await this.#transport.toError(response);
      } catch (mappingError) {
        error = mappingError;
      }
      if (this.#closed) return;
      if (isFatalStatus(response.status)) return this.#finish({ value: error }, false);
      return this.#dropped(error, retryAfterMs(response));
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (response.body === null || !contentType.includes("text/event-stream")) {
      void response.body?.cancel().catch(noop);
      return this.#dropped(new ConnectionError(`Expected text/event-stream, got "${contentType}"`));
    }
    this.#reader = response.body.getReader();
    this.#decoder = new TextDecoder();
    this.#parser.reset();
    this.#cycleDelayMs = undefined;
    this.#setState({ state: "open" });
  }

  #onMessage(message: EventSourceMessage): void {
    const type = message.event;
    if (type === "connected" || type === "disconnecting")
      return this.#onControl(type, message.data);
    let event: E;
    try {
      event = JSON.parse(message.data) as E;
    } catch (error) {
      return this.#reportParseError(message, error);
    }
    if (event === null || typeof event !== "object") {
      return this.#reportParseError(message, new TypeError("Event data is not a JSON object."));
    }
    this.#failures = 0;
    const sequence = event.sequence;
    const id = typeof event.id === "string" ? event.id : message.id;
    if (typeof sequence === "number") {
      if (sequence <= this.#lastSequence) return; // replayed or out of order: already delivered
      this.#lastSequence = sequence;
    } else if (id !== undefined) {
      if (this.#recentIds.has(id)) return;
      this.#remember(id);
    }
    if (id !== undefined) this.#lastAcceptedId = id;
    this.#queue.push(event);
  }

  // A control frame is not an event: `connected` then a drop must keep backing off.
  #onControl(type: "connected" | "disconnecting", raw: string): void {
    let data: unknown = raw;
    try {
      data = JSON.parse(raw);
    } catch {
      // A control frame with odd data still does its job.
    }
    if (type === "disconnecting") {
      const retryMs = (data as { retry_ms?: unknown } | null)?.retry_ms;
      this.#cycleDelayMs =
        typeof retryMs === "number" && retryMs >= 0
          ? retryMs
          : (this.#retryHintMs ?? DEFAULT_CYCLE_DELAY_MS);
    }
    this.#onControlFrame?.({ type, data });
  }

  #reportParseError(message: EventSourceMessage, error: unknown): void {
    this.#onParseError?.({ eventType: message.event, id: message.id, data: message.data, error });
  }

  #remember(id: string): void {
    const evicted = this.#recentRing[this.#recentPos];
    if (evicted !== undefined) this.#recentIds.delete(evicted);
    this.#recentRing[this.#recentPos] = id;
    this.#recentPos = (this.#recentPos + 1) % RECENT_ID_WINDOW;
    this.#recentIds.add(id);
  }

  #onConnectionError(error: unknown): void {
    if (this.#closed) return;
    if (this.#idleFired) {
      return this.#dropped((this.#transport.idleError ?? defaultIdleError)(this.#idleTimeoutMs));
    }
    const status = statusOf(error);
    if (status !== undefined && isFatalStatus(status)) return this.#finish({ value: error }, false);
    const retryAfter = (error as { retryAfter?: unknown } | null)?.retryAfter;
    this.#dropped(error, typeof retryAfter === "number" ? retryAfter * 1000 : 0);
  }

  /** The server's routine cycle: reconnect after its delay, not a failure. */
  #cycle(): void {
    const delayMs = this.#cycleDelayMs ?? DEFAULT_CYCLE_DELAY_MS;
    this.#dropConnection();
    this.#failures = 0;
    this.#nextDelayMs = delayMs;
    this.#setState({ state: "reconnecting", attempt: 0, delayMs, planned: true });
  }

  /** An unplanned drop or failed attempt: back off exponentially, or give up past maxReconnects. */
  #dropped(error: unknown, minDelayMs = 0): void {
    this.#dropConnection();
    this.#failures++;
    if (this.#failures > this.#maxReconnects) return this.#finish({ value: error }, false);
    const { baseMs, capMs } = this.#backoff;
    const exponential = Math.min(capMs, baseMs * 2 ** (this.#failures - 1));
    const delayMs = Math.max(exponential, this.#retryHintMs ?? 0, minDelayMs);
    this.#nextDelayMs = delayMs;
    this.#setState({
      state: "reconnecting",
      attempt: this.#failures,
      delayMs,
      planned: false,
      error,
    });
  }

  #dropConnection(): void {
    const reader = this.#reader;
    this.#reader = undefined;
    this.#decoder = undefined;
    this.#cycleDelayMs = undefined;
    this.#connection?.abort();
    this.#connection = undefined;
    if (reader !== undefined) reader.cancel().catch(noop);
  }

  /** Ends the stream for good; `error` is thrown once by the next read. */
  #finish(error: { value: unknown } | undefined, discardQueued: boolean): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#error = error;
    if (discardQueued) {
      this.#queue.length = 0;
      this.#head = 0;
    }
    this.#disarmIdle();
    if (this.#sleepTimer !== undefined) clearTimeout(this.#sleepTimer);
    this.#sleepTimer = undefined;
    this.#wake?.();
    this.#dropConnection();
    this.#signal?.removeEventListener("abort", this.#onAbort);
    this.#setState(
      error === undefined ? { state: "closed" } : { state: "closed", error: error.value },
    );
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#sleepTimer = setTimeout(() => {
        this.#sleepTimer = undefined;
        this.#wake = undefined;
        resolve();
      }, ms);
    });
  }

  #armIdle(): void {
    if (this.#idleTimeoutMs > 0 && this.#idleTimeoutMs !== Number.POSITIVE_INFINITY) {
      this.#idleTimer = setTimeout(this.#onIdle, this.#idleTimeoutMs);
    }
  }

  #disarmIdle(): void {
    if (this.#idleTimer !== undefined) clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
  }

  #setState(change: StreamStateChange): void {
    this.#state = change.state;
    this.#onStateChange?.(change);
  }
}

/** Options of `client.events.stream`. */
export interface StreamEventsOptions extends EventStreamOptions {
  /** Only events of these types (at most 25; an unknown type is a 400). */
  types?: string[] | undefined;
  /** Leave out events of these types (at most 25), applied after `types`. */
  exclude?: string[] | undefined;
}

/**
 * Opens the live event stream of a session through the client's authenticated transport.
 * The stream owns reconnection, so each connection attempt is sent without the client's retries.
 * @internal `client.events.stream` is the public entry.
 */
export function streamEvents(
  client: Everruns,
  sessionId: string,
  options: StreamEventsOptions = {},
): EventStream<Event> {
  const session_id = parseId("session", sessionId, "sessionId");
  const { types, exclude, ...streamOptions } = options;
  checkStrings("types", types, 25, 1);
  checkStrings("exclude", exclude, 25, 1);
  const filters: Record<string, string[]> = {};
  if (types !== undefined && types.length > 0) filters.types = types;
  if (exclude !== undefined && exclude.length > 0) filters.exclude = exclude;
  const transport: EventStreamTransport = {
    connect: ({ sinceId, signal }) =>
      client._fetch(
        "GET",
        "/v1/sessions/{session_id}/sse",
        {
          params: {
            path: { session_id },
            query: sinceId === undefined ? filters : { ...filters, since_id: sinceId },
          },
        },
        { signal, maxRetries: 0, headers: { accept: "text/event-stream" } },
      ),
    toError: async (response) =>
      APIError.from({
        status: response.status,
        headers: response.headers,
        text: await response.text(),
      }),
    abortError: (reason) => new AbortError("The event stream was aborted", { cause: reason }),
    idleError: (ms) => new TimeoutError(`No data on the event stream for ${ms} ms`),
  };
  return new EventStream<Event>(transport, streamOptions);
}

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
import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { Everruns } from "./client.js";
import { ConnectionError, contentType, TimeoutError } from "./errors.js";
import { checkFields, sessionInit, texts } from "./core/params.js";
import { readText } from "./core/json-lines.js";
import { aborted, sleep } from "./core/transport.js";
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

/** How the stream opens connections; the client behind it maps error responses to typed errors. */
export interface EventStreamTransport {
  /**
   * Opens one SSE connection: resolves with the 2xx response, rejects for an error status (as the
   * SDK's client does, with an `APIError`). A rejection is retried as a network failure unless the
   * error carries an HTTP `status`: a 4xx but 408/429 then ends the stream, and its `retryAfter`
   * (seconds) is honored.
   */
  connect(params: ConnectParams): Promise<Response>;
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

/**
 * A resumable stream of session events: iterate it with `for await`.
 *
 * It connects on the first read, reconnects on its own (planned cycles after the server's
 * `retry_ms`, drops with exponential backoff), and ends when {@link EventStream.close} is called,
 * the loop is left, or the signal aborts. 401, 403 and 404 (and other 4xx but 408/429) end it at
 * once with the transport's error.
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
  // Set by the read loop (`follow`), which owns the stream's state.
  /** The id of the last event this stream yielded: pass it back as `sinceId` to resume later. */
  declare readonly lastEventId: string | undefined;
  /** The current connection state. */
  declare readonly state: StreamState;
  /** Returns the next session event; connects or reconnects as needed. */
  declare readonly next: () => Promise<IteratorResult<E>>;
  /** Closes the connection and ends iteration; safe to call more than once. */
  declare readonly close: () => void;

  /** Creates a stream over `transport`; nothing is sent until the first read. */
  constructor(transport: EventStreamTransport, options: EventStreamOptions = {}) {
    follow(transport, options, this as Mutable<EventStream<E>>);
  }

  /** Called when a `for await` loop is left early: closes the stream. */
  return(): Promise<IteratorResult<E>> {
    this.close();
    return Promise.resolve({ done: true, value: undefined });
  }

  /** The stream is its own iterator. */
  [Symbol.asyncIterator](): this {
    return this;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The read loop behind an {@link EventStream}: sets its `next` and `close`, keeps its `state` and
 * `lastEventId` current.
 * It reads only while the consumer waits for an event, so a slow consumer holds the socket back.
 */
function follow<E extends StreamEvent>(
  transport: EventStreamTransport,
  options: EventStreamOptions,
  stream: Mutable<EventStream<E>>,
): void {
  const {
    signal,
    idleTimeoutMs: idleMs = 45_000,
    maxReconnects = Infinity,
    backoff: { baseMs, capMs } = { baseMs: 1_000, capMs: 30_000 },
  } = options;
  // Parsed events wait here until the consumer takes them.
  const batch: E[] = [];
  let head = 0;
  // Ids and sequences are monotonic: the last sequence plus a small window of ids is enough.
  const recentIds = new Set<string>();
  let lastSequence = -Infinity;
  let sinceId = (stream.lastEventId = options.sinceId);
  let failures = 0;
  let delayMs = 0;
  let retryHintMs: number | undefined;
  // The current attempt: aborting it ends the connection and anything the loop waits for.
  let connection: AbortController | undefined;
  // The idle timer, while waiting for a response or for bytes.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let failure: { error: unknown } | undefined;
  stream.state = "connecting";

  const setState = (change: StreamStateChange): void => {
    stream.state = change.state;
    options.onStateChange?.(change);
  };

  function onEvent({ event: type, id: frameId, data: raw }: EventSourceMessage): void {
    const control = type === "connected" || type === "disconnecting";
    let data: unknown = raw;
    try {
      data = JSON.parse(raw);
      if (!control && Object(data) !== data)
        throw new TypeError("Event data is not a JSON object.");
    } catch (error) {
      // A control frame with odd data still does its job.
      if (!control)
        return options.onParseError?.({ eventType: type, id: frameId, data: raw, error });
    }
    if (control) {
      options.onControlFrame?.({ type, data });
      // A planned cycle: the server has nothing more to say on this connection.
      if (type === "disconnecting" && !closed) {
        const retryMs: unknown = Object(data).retry_ms;
        delayMs = typeof retryMs === "number" && retryMs >= 0 ? retryMs : (retryHintMs ?? 100);
        connection?.abort();
        failures = 0;
        setState({ state: "reconnecting", attempt: 0, delayMs, planned: true });
      }
      return;
    }
    // Only a session event resets the backoff: a server that accepts then drops must not be hammered.
    failures = 0;
    const event = data as E;
    const { sequence } = event;
    const id = typeof event.id === "string" ? event.id : frameId;
    if (typeof sequence === "number") {
      if (sequence <= lastSequence) return; // replayed or out of order: already delivered
      lastSequence = sequence;
    } else if (id !== undefined) {
      if (recentIds.has(id)) return;
      recentIds.add(id);
      // Replays after a resume are short: the last 256 ids are enough.
      if (recentIds.size > 256) recentIds.delete(recentIds.values().next().value as string);
    }
    if (id !== undefined) sinceId = id;
    batch.push(event);
  }

  /** Settles as `pending` does, or fails with a `TimeoutError` after `idleMs` without it settling. */
  function watch<T>(pending: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (idleMs > 0 && idleMs < Infinity) {
        timer = setTimeout(
          () => reject(new TimeoutError(`No data on the event stream for ${idleMs} ms`)),
          idleMs,
        );
      }
      pending.then(resolve, reject);
    }).finally(() => clearTimeout(timer));
  }

  /**
   * Connects, reads and reconnects until the stream ends; yields whenever events are waiting in
   * `batch`. A failure keeps the events already accepted: they come first, then it is thrown once.
   */
  async function* run(): AsyncGenerator<void, void> {
    while (!closed) {
      const { signal: attempt } = (connection = new AbortController());
      try {
        // Closing the stream aborts the attempt, which ends the wait at once (with an AbortError).
        if (delayMs > 0) await sleep(delayMs, attempt);
        setState({ state: "connecting", attempt: failures });
        const response = await watch(transport.connect({ sinceId, signal: attempt }));
        const type = contentType(response.headers);
        // Ending the attempt cancels the body, whether it is read or refused below.
        const body = readText(response.body, attempt);
        // A response to an attempt that was dropped meanwhile (by close) is discarded too.
        if (attempt.aborted || !response.ok || type !== "text/event-stream") {
          throw new ConnectionError(`Expected text/event-stream, got ${response.status} ${type}`);
        }
        // A parser per connection: a frame cut by a drop goes with it.
        const parser = createParser({
          onEvent,
          onRetry: (ms) => (retryHintMs = ms),
          // A frame over 16 MiB ends the connection instead of growing memory without bound.
          maxBufferSize: 16_777_216,
          onError(error) {
            if (error.type === "max-buffer-size-exceeded") throw new ConnectionError(error.message);
          },
        });
        setState({ state: "open" });
        // Until a planned cycle or close aborts the attempt: a read after that throws.
        for (;;) {
          const chunk = await watch(body.next());
          if (chunk.done) throw new ConnectionError("The event stream ended unexpectedly");
          parser.feed(chunk.value);
          if (head < batch.length) yield;
        }
      } catch (error) {
        // A drop: a 4xx but 408/429 ends the stream, anything else is retried with exponential
        // backoff (at least the server's `retry:` hint and `Retry-After`).
        const { status = 0, retryAfter = 0 } = Object(error) as {
          status?: number;
          retryAfter?: number;
        };
        if (attempt.aborted) {
          // Dropped on purpose (a planned cycle, close): the outcome is no failure.
        } else if (
          (status >= 400 && status < 500 && status !== 408 && status !== 429) ||
          ++failures > maxReconnects
        ) {
          finish({ error }, true);
        } else {
          delayMs = Math.max(
            Math.min(capMs, baseMs * 2 ** (failures - 1)),
            retryHintMs ?? 0,
            retryAfter * 1000,
          );
          setState({ state: "reconnecting", attempt: failures, delayMs, planned: false, error });
        }
      }
      connection.abort();
      if (head < batch.length) yield;
    }
    if (failure) throw failure.error;
  }

  /**
   * Ends the stream for good; `error` is thrown once. A failure keeps the events already accepted
   * (they come first); the consumer's end (close, leaving the loop, the signal) drops them.
   */
  function finish(error?: { error: unknown }, keepEvents?: boolean): void {
    if (closed) return;
    closed = true;
    failure = error;
    if (!keepEvents) batch.length = head = 0;
    clearTimeout(timer);
    connection?.abort();
    signal?.removeEventListener("abort", onAbort);
    setState({ state: "closed", ...error });
  }

  function onAbort(): void {
    finish({ error: aborted(signal!) });
  }

  const loop = run();
  // The loop yields once events are waiting (another reader may have taken them meanwhile).
  const pull = (): Promise<IteratorResult<E>> =>
    loop.next().then((result) => (result.done ? result : stream.next()));

  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  // Handing out a buffered event takes no await: the hot path of a busy stream.
  stream.next = () => {
    if (head === batch.length) return pull();
    const event = batch[head++]!;
    if (head === batch.length) batch.length = head = 0;
    stream.lastEventId = event.id;
    return Promise.resolve({ done: false, value: event });
  };
  stream.close = () => finish();
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
  // A bad id or filter throws now, not on the first read.
  sessionInit(sessionId);
  checkFields("options", options, { types: texts(25, 1), exclude: texts(25, 1) });
  const { types, exclude } = options;
  // The stream reads its own options and leaves the filters alone.
  return new EventStream<Event>(
    {
      // Empty and absent filters are left out of the query; arrays go as repeated keys.
      // The body is left unread: the stream reads it, and aborting `signal` ends the connection.
      connect: async ({ sinceId, signal }) =>
        (
          await client._call(
            "GET",
            "/v1/sessions/{session_id}/sse",
            { signal, maxRetries: 0, headers: { accept: "text/event-stream" } },
            () => sessionInit(sessionId, undefined, { types, exclude, since_id: sinceId }),
            "stream",
          )
        ).response,
    },
    options,
  );
}

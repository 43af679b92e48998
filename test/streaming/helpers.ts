/** Shared wiring for the stream tests: a transport over the SSE test server, and small waits. */
import type {
  ConnectParams,
  EventStreamOptions,
  EventStreamTransport,
  StreamStateChange,
} from "../../src/streaming.js";
import { EventStream } from "../../src/streaming.js";
import type { SseServer, WireEvent } from "../support/sse-server.js";

/** An error carrying the HTTP status and `Retry-After` (seconds), as the client's typed errors do. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfter?: number,
  ) {
    super(`HTTP ${status}`);
    this.name = "HttpError";
  }
}

/** Plain `fetch` that rejects with an {@link HttpError} on an error status, as the client does. */
export async function fetchStream(url: string | URL, signal: AbortSignal): Promise<Response> {
  const response = await fetch(url, { signal, headers: { accept: "text/event-stream" } });
  if (response.ok) return response;
  const retryAfter = response.headers.get("retry-after");
  throw new HttpError(
    response.status,
    await response.text(),
    retryAfter === null ? undefined : Number(retryAfter),
  );
}

/** A transport that connects to the test server with plain `fetch`, recording each attempt. */
export function transportFor(
  server: SseServer,
  attempts: ConnectParams[] = [],
): EventStreamTransport {
  return {
    connect(params) {
      attempts.push(params);
      const url = new URL(server.streamUrl);
      if (params.sinceId !== undefined) url.searchParams.set("since_id", params.sinceId);
      return fetchStream(url, params.signal);
    },
  };
}

/** Fast backoff so reconnect tests take milliseconds. */
export const FAST = { baseMs: 5, capMs: 40 } as const;

/** Opens a stream on the test server with fast backoff; records state changes. */
export function openStream(
  server: SseServer,
  options: EventStreamOptions = {},
): { stream: EventStream<WireEvent>; states: StreamStateChange[]; attempts: ConnectParams[] } {
  const states: StreamStateChange[] = [];
  const attempts: ConnectParams[] = [];
  const stream = new EventStream<WireEvent>(transportFor(server, attempts), {
    backoff: FAST,
    ...options,
    onStateChange: (change) => {
      states.push(change);
      options.onStateChange?.(change);
    },
  });
  return { stream, states, attempts };
}

/** Reads `count` events (or fewer if the stream ends). */
export async function take(stream: AsyncIterable<WireEvent>, count: number): Promise<WireEvent[]> {
  const out: WireEvent[] = [];
  if (count <= 0) return out;
  for await (const event of stream) {
    out.push(event);
    if (out.length >= count) break;
  }
  return out;
}

export { activeTimers, eventually } from "../support/util.js";

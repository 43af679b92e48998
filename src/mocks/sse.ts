/**
 * The live event stream (`GET /v1/sessions/{session_id}/sse`) as a streamed `text/event-stream` body:
 *
 *   retry: 100|500        how long to wait before reconnecting (100 ms while active, 500 ms while idle)
 *   event: connected      always first, data {"status":"connected"}
 *   id/event/data frames  the session's events: the backlog after `since_id` (all of it without one),
 *                         then each new event as it happens
 *   event: disconnecting  the planned connection cycle, data {"reason":"connection_cycle","retry_ms":100},
 *                         after which the stream closes
 */
import type { MockClock } from "./clock.js";
import { type EventQuery, filterEvents } from "./events-query.js";
import type { SessionRecord } from "./store.js";
import type { MockEvent } from "./types.js";

/** When the stream ends on its own. */
export interface StreamLimits {
  /** Cycle the connection after this many milliseconds (on the mock clock). */
  cycleMs?: number;
  /** Cycle the connection after this many session events were sent. */
  cycleEvery?: number;
  /** Drop the connection abruptly (no `disconnecting`) after this many session events: a rehearsal fault. */
  dropAfter?: number;
}

/** Reconnect hint while a turn runs. */
export const ACTIVE_RETRY_MS = 100;
/** Reconnect hint while the session is idle. */
export const IDLE_RETRY_MS = 500;

const encoder = new TextEncoder();

/** Formats one SSE frame. */
export function frame(fields: {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
}): string {
  let out = "";
  if (fields.retry !== undefined) out += `retry: ${fields.retry}\n`;
  if (fields.id !== undefined) out += `id: ${fields.id}\n`;
  if (fields.event !== undefined) out += `event: ${fields.event}\n`;
  if (fields.data !== undefined)
    for (const line of fields.data.split("\n")) out += `data: ${line}\n`;
  return `${out}\n`;
}

function retryFor(status: string): number {
  return status === "idle" || status === "started" ? IDLE_RETRY_MS : ACTIVE_RETRY_MS;
}

/** Opens the stream of one session's events as a `Response`. */
export function openEventStream(
  record: SessionRecord,
  query: EventQuery,
  clock: MockClock,
  limits: StreamLimits,
  signal?: AbortSignal,
): Response {
  let cleanup = (): void => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = 0;
      let closed = false;
      let dropping = false;
      let retry = retryFor(record.session.status);
      const write = (text: string): void => {
        if (!closed && !dropping) controller.enqueue(encoder.encode(text));
      };
      const close = (error?: Error): void => {
        if (closed) return;
        closed = true;
        cleanup();
        if (error) controller.error(error);
        else controller.close();
      };
      // Erroring a stream discards what is still queued, so wait until the frames already sent are read.
      const drop = (): void => {
        if (closed) return;
        if ((controller.desiredSize ?? 1) >= 1)
          close(new Error("The mock API dropped the stream."));
        else setTimeout(drop, 2);
      };
      const cycle = (): void => {
        write(
          frame({
            event: "disconnecting",
            data: JSON.stringify({ reason: "connection_cycle", retry_ms: ACTIVE_RETRY_MS }),
          }),
        );
        close();
      };
      const send = (event: MockEvent): void => {
        if (closed || dropping) return;
        const next = retryFor(record.session.status);
        write(
          frame({
            retry: next !== retry ? next : undefined,
            id: event.id,
            event: event.type,
            data: JSON.stringify(event),
          }),
        );
        retry = next;
        sent++;
        if (limits.dropAfter !== undefined && sent >= limits.dropAfter) {
          dropping = true;
          drop();
        } else if (limits.cycleEvery !== undefined && sent >= limits.cycleEvery) cycle();
      };
      const wanted = (event: MockEvent): boolean =>
        (query.types === undefined || query.types.includes(event.type)) &&
        (query.exclude === undefined || !query.exclude.includes(event.type));

      const listener = (event: MockEvent | null): void => {
        if (event === null) return close();
        if (wanted(event)) send(event);
      };
      const cancelCycle =
        limits.cycleMs !== undefined ? clock.schedule(cycle, limits.cycleMs) : () => {};
      const onAbort = (): void => close();
      cleanup = () => {
        record.listeners.delete(listener);
        cancelCycle();
        signal?.removeEventListener("abort", onAbort);
      };
      signal?.addEventListener("abort", onAbort);

      write(frame({ retry, event: "connected", data: JSON.stringify({ status: "connected" }) }));
      // Listen before replaying, in one synchronous block, so no event falls between backlog and live.
      record.listeners.add(listener);
      for (const event of filterEvents(record.events, {
        sinceId: query.sinceId,
        types: query.types,
        exclude: query.exclude,
      }).data) {
        send(event);
      }
      if (signal?.aborted) close();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache",
      "X-Accel-Buffering": "no",
    },
  });
}

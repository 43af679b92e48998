/**
 * A real `node:http` server on 127.0.0.1 that speaks the Everruns live-stream protocol
 * (`GET /v1/sessions/{session_id}/sse`) for one session, and misbehaves on demand.
 *
 * - Serves the events of an in-memory list, honoring `since_id`, `types` and `exclude`; events
 *   pushed later are written to every open stream.
 * - Starts each connection with `retry:` and a `connected` frame, like the service.
 * - Faults are chosen per connection by a {@link ConnectionPlan}: a queue of one-shot plans
 *   ({@link SseServer.plan}) or a planner function (chaos tests). Faults: cut the socket in the
 *   middle of a frame, stall (send nothing, keep the socket), end early without `disconnecting`,
 *   answer with an HTTP error, reset the socket before answering, a planned cycle every N events.
 *   {@link SseServer.refuse} stops listening altogether for a while (a refused connection).
 * - Records every connection (its `since_id`, query, headers, what happened), and counts open
 *   sockets, so tests can check resumption and leaks.
 *
 * Used by the streaming tests, the reliability suite and the stream benchmark.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** The session every generated event belongs to. */
export const SESSION_ID = "session_01933b5a00007000800000000000001";
const TURN_ID = "turn_01933b5a000070008000000000000b01";
const INPUT_MESSAGE_ID = "message_01933b5a000070008000000000000a01";

/** A session event as the server sends it; only `id`, `type` and `sequence` matter here. */
export interface WireEvent {
  id: string;
  type: string;
  sequence?: number;
  [key: string]: unknown;
}

/** What one connection does. Omitted fields mean "behave". */
export interface ConnectionPlan {
  /** Answer with this HTTP status and a problem+json body instead of a stream. */
  status?: number;
  /** Extra response headers for `status` (e.g. `Retry-After`). */
  headers?: Record<string, string>;
  /** Destroy the socket before any response bytes (the client sees a network error). */
  reset?: boolean;
  /** After this many events, write half of the next frame and destroy the socket. */
  cutMidFrameAfter?: number;
  /** After this many events, send nothing more but keep the socket open. */
  stallAfter?: number;
  /** After this many events, end the response without a `disconnecting` frame. */
  endAfter?: number;
  /** After this many events, send `disconnecting` (a planned cycle) and end the response. */
  cycleAfter?: number;
  /** Write this raw text right after the `connected` frame (malformed frames, comments). */
  raw?: string;
}

/** One connection as the server saw it. */
export interface ConnectionRecord {
  /** `since_id` of the request, or null when absent. */
  sinceId: string | null;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  plan: ConnectionPlan;
  /** Events written in full on this connection. */
  sent: number;
  /** How the connection ended: still open, or which fault / normal end closed it. */
  outcome: "open" | "status" | "reset" | "cut" | "stall" | "end" | "cycle" | "client-closed";
}

/** Options of {@link startSseServer}. */
export interface SseServerOptions {
  /** Initial events (e.g. from {@link makeEvents}). */
  events?: WireEvent[];
  /** The `retry:` hint sent at the start of each connection, in ms. Default 100. */
  retryMs?: number;
  /** `retry_ms` of `disconnecting` frames. Default 5. */
  cycleRetryMs?: number;
  /** Cycle every connection after this many events (unless its plan says otherwise). */
  cycleEvery?: number;
  /** End each response once every stored event was sent (instead of waiting for more). */
  endWhenDrained?: boolean;
  /** Picks the plan of connection number `index` (0-based) when the plan queue is empty. */
  planner?: (index: number) => ConnectionPlan;
  /**
   * Serves other routes of the API (a turn server builds on this): called for every request that
   * is not the stream; return true once it has answered.
   */
  routes?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
}

/** A running SSE test server; see the module comment. */
export interface SseServer {
  /** Base URL with the `/api` prefix, e.g. `http://127.0.0.1:54321/api`. */
  readonly baseUrl: string;
  /** Full URL of the session's stream. */
  readonly streamUrl: string;
  readonly events: WireEvent[];
  readonly connections: ConnectionRecord[];
  /** Queues one-shot plans for the next connections, in order. */
  plan(...plans: ConnectionPlan[]): void;
  /** Appends events and writes them to every open, healthy stream. */
  push(...events: WireEvent[]): void;
  /** Sockets currently open on the server side (including idle keep-alive ones). */
  openSockets(): number;
  /**
   * Stream responses whose connection is still open (stalled ones included). This is the leak
   * check: Node 20/22's fetch may keep one spare idle socket per origin after an abort, which
   * carries no stream and is reused by the next request.
   */
  openStreams(): number;
  /** Stops listening for `ms` (new connections are refused), then listens again on the same port. */
  refuse(ms: number): Promise<void>;
  /** Resolves once `count` connections have been seen. */
  waitForConnections(count: number): Promise<void>;
  /** Destroys every socket and stops the server. */
  close(): Promise<void>;
}

const ID_PREFIX = "event_01933b5a0000700080000000";

/** The canonical event id for `sequence` (`event_01933b5a0000700080000000000e0001` for 1). */
export function eventId(sequence: number): string {
  return ID_PREFIX + (0xe0000 + sequence).toString(16).padStart(8, "0");
}

const TEXT = "The weather in Paris is sunny with a light breeze, 21 degrees in the afternoon. ";

/**
 * `count` realistic events of one long turn (about 500 bytes each): mostly
 * `output.message.delta`, with sequence 1..count and canonical ids.
 */
export function makeEvents(count: number, firstSequence = 1): WireEvent[] {
  const events: WireEvent[] = [];
  for (let sequence = firstSequence; sequence < firstSequence + count; sequence++) {
    const delta = TEXT.slice(sequence % 40, (sequence % 40) + 12);
    events.push({
      id: eventId(sequence),
      type: "output.message.delta",
      ts: new Date(Date.UTC(2025, 0, 1, 12, 0, 0, sequence % 1000)).toISOString(),
      session_id: SESSION_ID,
      sequence,
      context: { turn_id: TURN_ID, input_message_id: INPUT_MESSAGE_ID },
      data: {
        turn_id: TURN_ID,
        delta,
        accumulated: TEXT.repeat(2).slice(0, 120 + (sequence % 60)),
      },
      metadata: { model: "model_01933b5a00007000800000000000001" },
    });
  }
  return events;
}

/** The SSE frame of one event: `data:` last, as the service writes it. */
export function frameOf(event: WireEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

interface LiveStream {
  res: ServerResponse;
  record: ConnectionRecord;
  /** Index of the next stored event to consider. */
  cursor: number;
  writing: boolean;
  done: boolean;
  types: Set<string> | undefined;
  exclude: Set<string> | undefined;
}

const BATCH_CHARS = 64 * 1024;

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startSseServer(options: SseServerOptions = {}): Promise<SseServer> {
  const events: WireEvent[] = options.events ?? [];
  const frames: (string | undefined)[] = [];
  const indexById = new Map<string, number>();
  events.forEach((event, index) => indexById.set(event.id, index));
  const connections: ConnectionRecord[] = [];
  const queue: ConnectionPlan[] = [];
  const live = new Set<LiveStream>();
  const sockets = new Set<Socket>();
  const responses = new Set<ServerResponse>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const retryMs = options.retryMs ?? 100;
  const cycleRetryMs = options.cycleRetryMs ?? 5;

  const frameAt = (index: number): string =>
    (frames[index] ??= frameOf(events[index] as WireEvent));

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== `/api/v1/sessions/${SESSION_ID}/sse`) {
      if (options.routes?.(req, res, url)) return;
      res.writeHead(404, { "content-type": "application/problem+json" });
      res.end(JSON.stringify({ title: "Not Found", status: 404, code: "session_not_found" }));
      return;
    }
    responses.add(res);
    res.on("close", () => responses.delete(res));
    const index = connections.length;
    const plan = queue.shift() ?? options.planner?.(index) ?? {};
    const record: ConnectionRecord = {
      sinceId: url.searchParams.get("since_id"),
      query: url.searchParams,
      headers: req.headers,
      plan,
      sent: 0,
      outcome: "open",
    };
    connections.push(record);
    for (const waiter of waiters.splice(0)) {
      if (connections.length >= waiter.count) waiter.resolve();
      else waiters.push(waiter);
    }
    if (plan.reset) {
      record.outcome = "reset";
      req.socket.destroy();
      return;
    }
    if (plan.status !== undefined) {
      record.outcome = "status";
      res.writeHead(plan.status, { "content-type": "application/problem+json", ...plan.headers });
      res.end(JSON.stringify({ title: "Injected failure", status: plan.status }));
      return;
    }
    const types = url.searchParams.getAll("types");
    const exclude = url.searchParams.getAll("exclude");
    const sinceIndex = record.sinceId === null ? -1 : (indexById.get(record.sinceId) ?? -1);
    const stream: LiveStream = {
      res,
      record,
      cursor: sinceIndex + 1,
      writing: false,
      done: false,
      types: types.length > 0 ? new Set(types) : undefined,
      exclude: exclude.length > 0 ? new Set(exclude) : undefined,
    };
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.write(
      `retry: ${retryMs}\nevent: connected\ndata: {"status":"connected"}\n\n${plan.raw ?? ""}`,
    );
    live.add(stream);
    res.on("close", () => {
      live.delete(stream);
      if (record.outcome === "open") record.outcome = "client-closed";
      stream.done = true;
    });
    void pump(stream);
  });

  const limitOf = (plan: ConnectionPlan): number =>
    Math.min(
      plan.cutMidFrameAfter ?? Infinity,
      plan.stallAfter ?? Infinity,
      plan.endAfter ?? Infinity,
      plan.cycleAfter ?? options.cycleEvery ?? Infinity,
    );

  /** Writes pending events in batches, honoring backpressure, then applies the plan's fault. */
  async function pump(stream: LiveStream): Promise<void> {
    if (stream.writing || stream.done) return;
    stream.writing = true;
    const { res, record } = stream;
    const { plan } = record;
    const limit = limitOf(plan);
    while (!stream.done && stream.cursor < events.length && record.sent < limit) {
      let batch = "";
      while (stream.cursor < events.length && record.sent < limit && batch.length < BATCH_CHARS) {
        const index = stream.cursor++;
        const event = events[index] as WireEvent;
        if (stream.types !== undefined && !stream.types.has(event.type)) continue;
        if (stream.exclude?.has(event.type)) continue;
        batch += frameAt(index);
        record.sent++;
      }
      if (batch !== "" && !res.write(batch)) {
        await new Promise<void>((resolve) => {
          const settle = (): void => {
            res.off("drain", settle);
            res.off("close", settle);
            resolve();
          };
          res.on("drain", settle);
          res.on("close", settle);
        });
      }
    }
    stream.writing = false;
    if (stream.done) return;
    if (record.sent >= limit) return applyFault(stream);
    if (options.endWhenDrained && stream.cursor >= events.length) finish(stream, "end");
  }

  function applyFault(stream: LiveStream): void {
    const { plan } = stream.record;
    const sent = stream.record.sent;
    if (plan.cutMidFrameAfter === sent) {
      const next =
        stream.cursor < events.length
          ? frameAt(stream.cursor)
          : frameOf(makeEvents(1, 999_999)[0]!);
      stream.record.outcome = "cut";
      stream.done = true;
      live.delete(stream);
      stream.res.write(next.slice(0, Math.floor(next.length / 2)), () =>
        stream.res.socket?.destroy(),
      );
      return;
    }
    if (plan.stallAfter === sent) {
      stream.record.outcome = "stall";
      stream.done = true; // keeps the socket, sends nothing more
      live.delete(stream);
      return;
    }
    if (plan.endAfter === sent) return finish(stream, "end");
    stream.res.write(
      `event: disconnecting\ndata: {"reason":"connection_cycle","retry_ms":${cycleRetryMs}}\n\n`,
    );
    finish(stream, "cycle");
  }

  function finish(stream: LiveStream, outcome: ConnectionRecord["outcome"]): void {
    stream.record.outcome = outcome;
    stream.done = true;
    live.delete(stream);
    stream.res.end();
  }

  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api`;

  return {
    baseUrl,
    streamUrl: `${baseUrl}/v1/sessions/${SESSION_ID}/sse`,
    events,
    connections,
    plan: (...plans) => queue.push(...plans),
    push(...added) {
      for (const event of added) {
        indexById.set(event.id, events.length);
        events.push(event);
      }
      for (const stream of live) void pump(stream);
    },
    openSockets: () => sockets.size,
    openStreams: () => responses.size,
    async refuse(ms) {
      server.close();
      server.closeIdleConnections(); // kept-alive sockets would otherwise still be reused
      await new Promise((resolve) => setTimeout(resolve, ms));
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    },
    waitForConnections(count) {
      if (connections.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
      });
    },
  };
}

import { describe, expect, it } from "vitest";
import {
  EventStream,
  type ControlFrame,
  type StreamParseError,
  type StreamStateChange,
} from "../../src/streaming.js";
import {
  eventId,
  frameOf,
  makeEvents,
  startSseServer,
  type SseServer,
  type WireEvent,
} from "../support/sse-server.js";
import { fetchStream, HttpError, openStream, take, transportFor } from "./helpers.js";
import { closedAfterEach } from "../support/util.js";

const startServer = closedAfterEach(startSseServer);

const sequences = (events: { sequence?: number }[]): (number | undefined)[] =>
  events.map((e) => e.sequence);
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("EventStream: delivery", () => {
  it("yields session events in order and keeps control frames inside", async () => {
    const server = await startServer({ events: makeEvents(50) });
    const frames: ControlFrame[] = [];
    const { stream, states } = openStream(server, {
      onControlFrame: (frame) => frames.push(frame),
    });
    const events = await take(stream, 50);
    expect(sequences(events)).toEqual(range(1, 50));
    expect(events.every((e) => e.type === "output.message.delta")).toBe(true);
    expect(frames).toEqual([{ type: "connected", data: { status: "connected" } }]);
    expect(states.map((s) => s.state)).toEqual(["connecting", "open", "closed"]);
    expect(stream.lastEventId).toBe(eventId(50));
  });

  it("connects lazily, on the first read", async () => {
    const server = await startServer({ events: makeEvents(3) });
    const { stream } = openStream(server);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.connections).toHaveLength(0);
    await take(stream, 1);
    expect(server.connections).toHaveLength(1);
  });

  it("resumes after a caller-supplied sinceId", async () => {
    const server = await startServer({ events: makeEvents(10) });
    const { stream } = openStream(server, { sinceId: eventId(5) });
    expect(stream.lastEventId).toBe(eventId(5));
    const events = await take(stream, 5);
    expect(sequences(events)).toEqual(range(6, 10));
    expect(server.connections[0]?.sinceId).toBe(eventId(5));
  });

  it("reports lastEventId as the last event yielded, not the last one buffered", async () => {
    const server = await startServer({ events: makeEvents(100) });
    const { stream } = openStream(server);
    const events = await take(stream, 7);
    expect(events).toHaveLength(7);
    expect(stream.lastEventId).toBe(eventId(7));
  });

  it("delivers events pushed while the connection is open", async () => {
    const server = await startServer({ events: makeEvents(2) });
    const { stream } = openStream(server);
    const iterator = stream[Symbol.asyncIterator]();
    const first = [(await iterator.next()).value, (await iterator.next()).value];
    const live = server;
    setTimeout(() => live.push(...makeEvents(3, 3)), 20);
    const rest = await take(stream, 3);
    expect(sequences([...first, ...rest])).toEqual(range(1, 5));
    expect(server.connections).toHaveLength(1);
  });

  it("skips a frame with broken JSON, reports it, and carries on", async () => {
    const broken = "id: event_bad\nevent: output.message.delta\ndata: {not json\n\n";
    const server = await startServer({ events: makeEvents(5) });
    server.plan({ raw: broken });
    const errors: StreamParseError[] = [];
    const { stream } = openStream(server, { onParseError: (error) => errors.push(error) });
    const events = await take(stream, 5);
    expect(sequences(events)).toEqual(range(1, 5));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      id: "event_bad",
      eventType: "output.message.delta",
      data: "{not json",
    });
    expect(errors[0]?.error).toBeInstanceOf(SyntaxError);
  });

  it("drops replayed events by sequence, and by id when there is no sequence", async () => {
    const [e1, e2, e3] = makeEvents(3);
    const unnumbered = {
      id: "event_01933b5a0000700080000000000f0001",
      type: "budget.updated",
      data: {},
    };
    // The server replays 1..2 and an unnumbered event twice before the real stream.
    const replay = [e1!, e2!, unnumbered, unnumbered, e1!].map(frameOf).join("");
    const server = await startServer({ events: [e1!, e2!, e3!] });
    server.plan({ raw: replay });
    const { stream } = openStream(server);
    const events = await take(stream, 4);
    expect(events.map((e) => e.id)).toEqual([e1!.id, e2!.id, unnumbered.id, e3!.id]);
  });
});

describe("EventStream: reconnection", () => {
  it("treats disconnecting as a planned cycle: waits retry_ms, resumes with since_id, no failure", async () => {
    const server = await startServer({ events: makeEvents(300), cycleEvery: 100, cycleRetryMs: 7 });
    const { stream, states } = openStream(server);
    const events = await take(stream, 300);
    expect(sequences(events)).toEqual(range(1, 300));
    expect(server.connections.map((c) => c.sinceId).slice(0, 3)).toEqual([
      null,
      eventId(100),
      eventId(200),
    ]);
    const reconnects = states.filter((s) => s.state === "reconnecting");
    expect(reconnects.length).toBeGreaterThanOrEqual(2);
    for (const change of reconnects) {
      expect(change).toEqual({ state: "reconnecting", attempt: 0, delayMs: 7, planned: true });
    }
  });

  it("backs off exponentially after unplanned failures and resets once an event arrives", async () => {
    const server = await startServer({ events: makeEvents(20), retryMs: 1 });
    server.plan(
      { reset: true },
      { reset: true },
      { status: 503 },
      { endAfter: 5 },
      { reset: true },
    );
    const { stream, states } = openStream(server, { backoff: { baseMs: 5, capMs: 12 } });
    const events = await take(stream, 20);
    expect(sequences(events)).toEqual(range(1, 20));
    const delays = states.flatMap((s) =>
      s.state === "reconnecting" ? [[s.attempt, s.delayMs, s.planned]] : [],
    );
    // 5, 10, then capped at 12; after events arrive the count starts again at 1.
    expect(delays).toEqual([
      [1, 5, false],
      [2, 10, false],
      [3, 12, false],
      [1, 5, false],
      [2, 10, false],
    ]);
    const statusError = states.find(
      (s) => s.state === "reconnecting" && s.error instanceof HttpError,
    );
    expect(statusError).toMatchObject({ error: { status: 503 } });
    expect(server.connections.map((c) => c.sinceId)).toEqual([
      null,
      null,
      null,
      null,
      eventId(5),
      eventId(5),
    ]);
  });

  it("keeps backing off when a server accepts and drops at once: `connected` is not an event", async () => {
    const server = await startServer({ events: makeEvents(3), retryMs: 1 });
    for (let i = 0; i < 5; i++) server.plan({ endAfter: 0 }); // `connected`, then the end
    const { stream, states } = openStream(server, { backoff: { baseMs: 5, capMs: 1_000 } });
    const events = await take(stream, 3);
    expect(sequences(events)).toEqual([1, 2, 3]);
    const delays = states.flatMap((s) => (s.state === "reconnecting" ? [s.delayMs] : []));
    expect(delays).toEqual([5, 10, 20, 40, 80]);
    const attempts = states.flatMap((s) => (s.state === "connecting" ? [s.attempt] : []));
    expect(attempts).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("honors the server's retry: hint and a disconnecting frame without retry_ms", async () => {
    const server = await startServer({ events: makeEvents(3), retryMs: 30 });
    server.plan(
      { raw: 'event: disconnecting\ndata: {"reason":"connection_cycle"}\n\n', endAfter: 0 },
      { endAfter: 1 },
    );
    const { stream, states } = openStream(server);
    await take(stream, 3);
    const reconnects = states.filter((s) => s.state === "reconnecting");
    // The cycle uses the hint; the unplanned drop waits at least the hint although backoff says 5.
    expect(reconnects.map((s) => s.state === "reconnecting" && [s.delayMs, s.planned])).toEqual([
      [30, true],
      [30, false],
    ]);
  });

  it("waits at least Retry-After when the server answers 429", async () => {
    const server = await startServer({ events: makeEvents(2) });
    server.plan({ status: 429, headers: { "retry-after": "0.06" } });
    const { stream, states } = openStream(server);
    await take(stream, 2);
    expect(states.find((s) => s.state === "reconnecting")).toMatchObject({
      delayMs: 60,
      planned: false,
    });
  });

  it("resumes after a connection cut mid-frame without losing or repeating the torn event", async () => {
    const server = await startServer({ events: makeEvents(10) });
    server.plan({ cutMidFrameAfter: 4 });
    const { stream } = openStream(server);
    const events = await take(stream, 10);
    expect(sequences(events)).toEqual(range(1, 10));
    expect(server.connections.map((c) => c.sinceId)).toEqual([null, eventId(4)]);
    expect(server.connections[0]?.outcome).toBe("cut");
  });

  it("treats a silent connection as dropped after idleTimeoutMs", async () => {
    const server = await startServer({ events: makeEvents(6) });
    server.plan({ stallAfter: 3 });
    const { stream, states } = openStream(server, { idleTimeoutMs: 80 });
    const started = Date.now();
    const events = await take(stream, 6);
    expect(sequences(events)).toEqual(range(1, 6));
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    const drop = states.find((s) => s.state === "reconnecting");
    expect(drop).toMatchObject({ planned: false, error: { name: "TimeoutError" } });
    expect(server.connections[1]?.sinceId).toBe(eventId(3));
  });

  it("reconnects through a refused connection", async () => {
    const server = await startServer({ events: makeEvents(8), retryMs: 1 });
    server.plan({ endAfter: 4 });
    const live = server;
    let refusing: Promise<void> | undefined;
    const { stream, states } = openStream(server, {
      onStateChange: (change) => {
        if (change.state === "reconnecting") refusing ??= live.refuse(100);
      },
    });
    const events = await take(stream, 8);
    await refusing;
    expect(sequences(events)).toEqual(range(1, 8));
    const refused = states.filter(
      (s) =>
        s.state === "reconnecting" &&
        (s.error as { cause?: { code?: string } })?.cause?.code === "ECONNREFUSED",
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(server.connections.at(-1)?.sinceId).toBe(eventId(4));
  });

  it("gives up after maxReconnects consecutive failures with the last error", async () => {
    const server = await startServer({ events: makeEvents(3), planner: () => ({ status: 502 }) });
    const { stream, states } = openStream(server, { maxReconnects: 2 });
    await expect(stream.next()).rejects.toMatchObject({ status: 502 });
    expect(server.connections).toHaveLength(3);
    expect(states.at(-1)).toMatchObject({ state: "closed", error: { status: 502 } });
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it("never counts planned cycles against maxReconnects", async () => {
    const server = await startServer({ events: makeEvents(50), cycleEvery: 5, cycleRetryMs: 0 });
    const { stream } = openStream(server, { maxReconnects: 0 });
    const events = await take(stream, 50);
    expect(sequences(events)).toEqual(range(1, 50));
    expect(server.connections).toHaveLength(10);
  });

  it.each([401, 403, 404])(
    "ends at once with the typed error on %i, without reconnecting",
    async (status) => {
      const server = await startServer({ events: makeEvents(3) });
      server.plan({ status });
      const { stream, states } = openStream(server);
      const error = await stream.next().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(status);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(server.connections).toHaveLength(1);
      expect(states.map((s) => s.state)).toEqual(["connecting", "closed"]);
    },
  );

  it("ends at once when the session is unknown (404 from the route)", async () => {
    const server = await startServer();
    const stream = new EventStream(
      {
        connect: ({ signal }) =>
          fetchStream(`${server.baseUrl}/v1/sessions/session_404/sse`, signal),
      },
      { backoff: { baseMs: 1, capMs: 1 } },
    );
    await expect(stream.next()).rejects.toMatchObject({
      status: 404,
      body: expect.stringContaining("session_not_found"),
    });
  });
});

describe("EventStream: errors thrown by the transport", () => {
  /** A transport whose first attempts throw the given errors (as the SDK's transport throws APIError). */
  function throwing(live: SseServer, errors: unknown[]) {
    const base = transportFor(live);
    return {
      ...base,
      connect: (params: Parameters<typeof base.connect>[0]) => {
        const error = errors.shift();
        return error === undefined ? base.connect(params) : Promise.reject(error);
      },
    };
  }

  it("treats an error response the transport resolved with as a malformed stream, and retries it", async () => {
    const server = await startServer({ events: makeEvents(3) });
    server.plan({ status: 404 });
    const live = server;
    const states: StreamStateChange[] = [];
    const stream = new EventStream<WireEvent>(
      { connect: ({ signal }) => fetch(live.streamUrl, { signal }) },
      { backoff: { baseMs: 1, capMs: 1 }, onStateChange: (s) => states.push(s) },
    );
    expect(await take(stream, 3)).toHaveLength(3);
    const drop = states.find((s) => s.state === "reconnecting");
    expect(drop).toMatchObject({ planned: false, error: { name: "ConnectionError" } });
    expect(String((drop as { error: unknown }).error)).toContain("404");
  });

  it("ends at once when the thrown error carries a 4xx status", async () => {
    const server = await startServer({ events: makeEvents(3) });
    const error = Object.assign(new Error("unauthorized"), { status: 401 });
    const stream = new EventStream(throwing(server, [error]), { backoff: { baseMs: 1, capMs: 1 } });
    await expect(stream.next()).rejects.toBe(error);
    expect(server.connections).toHaveLength(0);
  });

  it("retries a thrown 5xx, waiting its retryAfter seconds", async () => {
    const server = await startServer({ events: makeEvents(3), retryMs: 1 });
    const error = Object.assign(new Error("unavailable"), { status: 503, retryAfter: 0.04 });
    const delays: number[] = [];
    const stream = new EventStream<WireEvent>(throwing(server, [error]), {
      backoff: { baseMs: 1, capMs: 1 },
      onStateChange: (s) => s.state === "reconnecting" && delays.push(s.delayMs),
    });
    const events = await take(stream, 3);
    expect(events.map((e) => e.id)).toEqual([eventId(1), eventId(2), eventId(3)]);
    expect(delays).toEqual([40]);
  });
});

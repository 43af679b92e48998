import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Everruns } from "../../src/client.js";
import {
  AuthenticationError,
  NotFoundError,
  TimeoutError,
  ValidationError,
} from "../../src/errors.js";
import type { StreamStateChange } from "../../src/streaming.js";
import {
  eventId,
  makeEvents,
  SESSION_ID,
  startSseServer,
  type SseServer,
} from "../support/sse-server.js";
import { eventually } from "./helpers.js";
import { closedAfterEach } from "../support/util.js";

const API_KEY = "evr_pat_streamtests000000000000000";
const startServer = closedAfterEach(startSseServer);

const clientFor = (live: SseServer): Everruns =>
  new Everruns({
    apiKey: API_KEY,
    baseUrl: live.baseUrl,
    orgId: "org_00000000000000000000000000000001",
  });

describe("client.events.stream", () => {
  it("streams through the client with its auth headers, filters as repeated keys, and resumes", async () => {
    const server = await startServer({ events: makeEvents(30), cycleEvery: 10, cycleRetryMs: 1 });
    const client = clientFor(server);
    const stream = client.events.stream(SESSION_ID, {
      types: ["output.message.delta", "turn.completed"],
      exclude: ["reason.thinking.delta"],
    });
    const sequences: number[] = [];
    for await (const event of stream) {
      sequences.push(event.sequence as number);
      if (sequences.length === 30) break;
    }
    expect(sequences).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(stream.lastEventId).toBe(eventId(30));
    const first = server.connections[0]!;
    expect(first.headers.authorization).toBe(API_KEY);
    expect(first.headers["x-org-id"]).toBe("org_00000000000000000000000000000001");
    expect(first.headers.accept).toContain("text/event-stream");
    expect(first.query.getAll("types")).toEqual(["output.message.delta", "turn.completed"]);
    expect(first.query.getAll("exclude")).toEqual(["reason.thinking.delta"]);
    expect(server.connections.map((c) => c.sinceId).slice(0, 3)).toEqual([
      null,
      eventId(10),
      eventId(20),
    ]);
    expect(server.connections[1]?.query.getAll("types")).toEqual([
      "output.message.delta",
      "turn.completed",
    ]);
  });

  it("resumes from a persisted lastEventId", async () => {
    const server = await startServer({ events: makeEvents(10) });
    const stream = clientFor(server).events.stream(SESSION_ID, { sinceId: eventId(8) });
    const got: string[] = [];
    for await (const event of stream) {
      got.push(event.id);
      if (got.length === 2) break;
    }
    expect(got).toEqual([eventId(9), eventId(10)]);
  });

  it("ends at once with AuthenticationError on 401, the key nowhere in the error", async () => {
    const server = await startServer({ events: makeEvents(3) });
    server.plan({ status: 401 });
    const states: StreamStateChange[] = [];
    const stream = clientFor(server).events.stream(SESSION_ID, {
      onStateChange: (s) => states.push(s),
    });
    const error = await stream.next().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.connections).toHaveLength(1);
    expect(states.at(-1)?.state).toBe("closed");
    const text = `${String(error)} ${JSON.stringify(error)} ${inspect(error, { depth: 5 })} ${(error as Error).stack}`;
    expect(text).not.toContain(API_KEY);
  });

  it("ends at once with NotFoundError for an unknown session", async () => {
    const server = await startServer();
    const stream = clientFor(server).events.stream("session_01933b5a000070008000000000000ff");
    await expect(stream.next()).rejects.toBeInstanceOf(NotFoundError);
    expect(server.connections).toHaveLength(0);
  });

  it("rejects a malformed session id before connecting", () => {
    const client = new Everruns({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9/api" });
    const wrongKind: string = "agent_01933b5a00007000800000000000001";
    expect(() => client.events.stream(wrongKind)).toThrow(ValidationError);
  });

  it("reports a stall as a TimeoutError and reconnects, not bound by the client's request timeout", async () => {
    const server = await startServer({ events: makeEvents(4), retryMs: 1 });
    server.plan({ stallAfter: 2 });
    const states: StreamStateChange[] = [];
    // A request timeout shorter than the stream's life must not cut an open stream.
    const client = new Everruns({ apiKey: API_KEY, baseUrl: server.baseUrl, timeoutMs: 30 });
    const stream = client.events.stream(SESSION_ID, {
      idleTimeoutMs: 150,
      backoff: { baseMs: 5, capMs: 40 },
      onStateChange: (s) => states.push(s),
    });
    const got: number[] = [];
    for await (const event of stream) {
      got.push(event.sequence as number);
      if (got.length === 4) break;
    }
    expect(got).toEqual([1, 2, 3, 4]);
    const drop = states.find((s) => s.state === "reconnecting");
    expect(drop).toMatchObject({ planned: false });
    expect((drop as { error?: unknown }).error).toBeInstanceOf(TimeoutError);
    expect(await eventually(() => server.openStreams() === 0)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/mocks/node.js";
import { api, EXAMPLE_SESSION, readFrames, textMessage, TOKEN } from "./helpers.js";

let server: MockServer;
let client: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startMockServer({ port: 0, tickMs: 5, cycleEvery: undefined });
  client = api(server.url);
});
afterAll(() => server.close());

function open(sessionId: string, query = "") {
  return fetch(`${server.url}/v1/sessions/${sessionId}/sse${query}`, {
    headers: { Authorization: TOKEN, Accept: "text/event-stream" },
  });
}

describe("event stream over loopback HTTP", () => {
  it("starts with connected and a retry hint, then replays after since_id", async () => {
    const res = await open(EXAMPLE_SESSION, "?since_id=event_01933b5a0000700080000000000e0010");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const { frames } = await readFrames(res, (f) => f.event === "session.idled");
    expect(frames[0]).toMatchObject({
      event: "connected",
      data: '{"status":"connected"}',
      retry: 500,
    });
    expect(frames.slice(1).map((f) => [f.id, f.event])).toEqual([
      ["event_01933b5a0000700080000000000e0011", "turn.completed"],
      ["event_01933b5a0000700080000000000e0012", "session.idled"],
    ]);
    expect(JSON.parse(frames[1]!.data)).toMatchObject({
      id: frames[1]!.id,
      type: "turn.completed",
      sequence: 11,
    });
  });

  it("delivers a turn live, frame by frame, with 100 ms retry hints while active", async () => {
    const slow = await startMockServer({ port: 0, tickMs: 40 });
    try {
      const c = api(slow.url);
      const session = (await c.post("/v1/sessions", {})).json;
      const res = await fetch(`${slow.url}/v1/sessions/${session.id}/sse`, {
        headers: { Authorization: TOKEN },
      });
      const arrivals: number[] = [];
      const reading = readFrames(res, (f) => {
        arrivals.push(performance.now());
        return f.event === "session.idled";
      });
      await c.post(
        `/v1/sessions/${session.id}/messages`,
        textMessage("one two three four five six seven eight nine ten"),
      );
      const { frames } = await reading;
      const types = frames.map((f) => f.event);
      expect(types[0]).toBe("connected");
      expect(types.slice(1, 4)).toEqual(["input.message", "turn.started", "session.activated"]);
      expect(types.slice(-3)).toEqual([
        "output.message.completed",
        "turn.completed",
        "session.idled",
      ]);
      expect(frames[1]?.retry).toBe(100);
      expect(frames.find((f) => f.event === "turn.completed")?.retry).toBe(500);
      // Unbuffered: the frames of one turn arrive spread over its run time, not in one burst at the end.
      expect(arrivals.at(-1)! - arrivals[1]!).toBeGreaterThan(150);
      const sequences = frames.slice(1).map((f) => JSON.parse(f.data).sequence);
      expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    } finally {
      await slow.close();
    }
  });

  it("filters the stream with types and exclude, and answers 400 for an unknown type", async () => {
    const res = await open(
      EXAMPLE_SESSION,
      "?types=output.message.delta&types=turn.completed&exclude=turn.completed",
    );
    const { frames } = await readFrames(res, (_f, all) => all.length === 3);
    expect(frames.map((f) => f.event)).toEqual([
      "connected",
      "output.message.delta",
      "output.message.delta",
    ]);
    const bad = await open(EXAMPLE_SESSION, "?types=nope.nope");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
  });

  it("ends the stream when the session is deleted", async () => {
    const session = (await client.post("/v1/sessions", {})).json;
    const res = await open(session.id);
    const reading = readFrames(res);
    await client.del(`/v1/sessions/${session.id}`);
    const { frames, error } = await reading;
    expect(error).toBeUndefined();
    expect(frames.map((f) => f.event)).toEqual(["connected"]);
  });
});

describe("connection cycles and drops", () => {
  it("cycles after N events with disconnecting, and since_id resumes with nothing lost or repeated", async () => {
    const cycling = await startMockServer({ port: 0, cycleEvery: 4 });
    try {
      const seen: string[] = [];
      let sinceId: string | undefined;
      for (let connection = 0; connection < 10; connection++) {
        const query = sinceId ? `?since_id=${sinceId}` : "";
        const res = await fetch(`${cycling.url}/v1/sessions/${EXAMPLE_SESSION}/sse${query}`, {
          headers: { Authorization: TOKEN },
        });
        const { frames, error } = await readFrames(res, (f) => f.event === "session.idled");
        expect(error).toBeUndefined();
        const events = frames.filter((f) => f.id !== undefined);
        seen.push(...events.map((f) => f.id!));
        sinceId = events.at(-1)?.id ?? sinceId;
        const last = frames.at(-1)!;
        if (last.event === "session.idled") break;
        expect(last.event).toBe("disconnecting");
        expect(JSON.parse(last.data)).toEqual({ reason: "connection_cycle", retry_ms: 100 });
        expect(events).toHaveLength(4);
      }
      const all = (
        await api(cycling.url).get(`/v1/sessions/${EXAMPLE_SESSION}/events`)
      ).json.data.map((e: { id: string }) => e.id);
      expect(seen).toEqual(all);
    } finally {
      await cycling.close();
    }
  });

  it("cycles after cycleMs on a quiet stream", async () => {
    const timed = await startMockServer({ port: 0, cycleMs: 60 });
    try {
      const started = performance.now();
      const res = await fetch(
        `${timed.url}/v1/sessions/${EXAMPLE_SESSION}/sse?since_id=event_01933b5a0000700080000000000e0012`,
        {
          headers: { Authorization: TOKEN },
        },
      );
      const { frames } = await readFrames(res);
      expect(frames.map((f) => f.event)).toEqual(["connected", "disconnecting"]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    } finally {
      await timed.close();
    }
  });

  it("drops a stream without disconnecting when a fault says so", async () => {
    server.mock.faults.add({ operations: "streamEvents", dropStreamAfter: 2, times: 1 });
    const { frames, error } = await readFrames(await open(EXAMPLE_SESSION));
    expect(error).toBeDefined();
    expect(frames.map((f) => f.event)).toEqual(["connected", "input.message", "turn.started"]);
    // The rule fired once; the next connection is healthy.
    const again = await readFrames(await open(EXAMPLE_SESSION), (f) => f.event === "session.idled");
    expect(again.error).toBeUndefined();
  });
});

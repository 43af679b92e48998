/**
 * Abort and timeout: a call settles at once with the right error wherever it is (in flight, between
 * retries, reading a stream, waiting to reconnect), and leaves no socket, timer or listener behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../../src/index.js";
import { SESSION_ID, startFaultyServer, type FaultyServer } from "../support/faulty-server.js";
import { makeEvents, startSseServer, type SseServer } from "../support/sse-server.js";
import {
  abortListeners,
  activeTimers,
  eventually,
  failure,
  guardFile,
  makeClient,
} from "./support.js";

guardFile();

let server: FaultyServer;
beforeAll(async () => {
  server = await startFaultyServer({ retryAfterSeconds: 30 });
});
afterAll(() => server.close());

// "At once": far below any timeout or backoff in play (seconds), with room for a busy 2-core machine.
const SETTLES_MS = 100;

/** Aborts `controller` `afterMs` after `ready()` holds; resolves with the moment it aborted. */
async function abortWhen(
  controller: AbortController,
  ready: () => boolean,
  afterMs = 0,
): Promise<number> {
  expect(await eventually(ready, 3_000)).toBe(true);
  if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
  const abortedAt = performance.now();
  controller.abort();
  return abortedAt;
}

describe("abort", () => {
  it("during a request: settles at once with AbortError, the server sees the connection close", async () => {
    const before = activeTimers();
    const client = makeClient(server.baseUrl);
    const controller = new AbortController();
    const call = failure(
      client.sessions.get(SESSION_ID, {
        signal: controller.signal,
        headers: { "x-call-id": "abort:request", "x-fault": "stall" },
      }),
    );
    const abortedAt = await abortWhen(
      controller,
      () => server.call("abort:request").attempts === 1,
    );
    const error = await call;
    expect(performance.now() - abortedAt).toBeLessThan(SETTLES_MS);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.call("abort:request").attempts).toBe(1);
    expect(await eventually(() => server.inFlight() === 0)).toBe(true);
    expect(abortListeners(controller.signal)).toBe(0);
    expect(await eventually(() => activeTimers() <= before)).toBe(true);
  });

  it("during backoff: settles at once with AbortError and sends no further attempt", async () => {
    const before = activeTimers();
    const client = makeClient(server.baseUrl);
    const controller = new AbortController();
    // 503 with Retry-After: 30 makes the client wait 30 s before the next attempt.
    const call = failure(
      client.sessions.get(SESSION_ID, {
        signal: controller.signal,
        headers: { "x-call-id": "abort:backoff", "x-fault": "503-retry-after" },
      }),
    );
    // 20 ms after the first attempt ended: well inside the wait.
    const abortedAt = await abortWhen(
      controller,
      () => server.call("abort:backoff").attempts === 1 && server.inFlight() === 0,
      20,
    );
    const error = await call;
    expect(performance.now() - abortedAt).toBeLessThan(SETTLES_MS);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.call("abort:backoff").attempts).toBe(1);
    expect(abortListeners(controller.signal)).toBe(0);
    expect(await eventually(() => activeTimers() <= before)).toBe(true);
  });

  it("a signal aborted before the call sends nothing", async () => {
    const client = makeClient(server.baseUrl);
    const error = await failure(
      client.sessions.get(SESSION_ID, {
        signal: AbortSignal.abort(),
        headers: { "x-call-id": "abort:early" },
      }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(server.call("abort:early").attempts).toBe(0);
  });

  it("many calls sharing one signal leave no listener and no timer on it", async () => {
    const before = activeTimers();
    const client = makeClient(server.baseUrl);
    const controller = new AbortController();
    for (let i = 0; i < 200; i++)
      await client.sessions.get(SESSION_ID, {
        signal: controller.signal,
        headers: { "x-call-id": "shared-signal" },
      });
    await failure(
      client.sessions.get(SESSION_ID, {
        signal: controller.signal,
        headers: { "x-call-id": "shared-signal:500", "x-fault": "500" },
      }),
    );
    expect(abortListeners(controller.signal)).toBe(0);
    expect(await eventually(() => activeTimers() <= before)).toBe(true);
  });
});

describe("timeout", () => {
  it("a stalled attempt ends after timeoutMs with TimeoutError and a closed connection", async () => {
    const before = activeTimers();
    const client = makeClient(server.baseUrl, { timeoutMs: 150, maxRetries: 0 });
    const started = performance.now();
    const error = await failure(
      client.sessions.get(SESSION_ID, {
        headers: { "x-call-id": "timeout:1", "x-fault": "stall" },
      }),
    );
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(took).toBeGreaterThanOrEqual(140);
    expect(took).toBeLessThan(1_000);
    expect(await eventually(() => server.inFlight() === 0)).toBe(true);
    expect(await eventually(() => activeTimers() <= before)).toBe(true);
  });

  it("per-call timeoutMs wins over the client's", async () => {
    const client = makeClient(server.baseUrl, { timeoutMs: 10_000, maxRetries: 0 });
    const started = performance.now();
    const error = await failure(
      client.sessions.get(SESSION_ID, {
        timeoutMs: 100,
        headers: { "x-call-id": "timeout:2", "x-fault": "stall" },
      }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("abort during a stream", () => {
  let sse: SseServer;
  beforeAll(async () => {
    sse = await startSseServer({ events: makeEvents(20), retryMs: 1 });
  });
  afterAll(() => sse.close());

  it("while reading: the pending read rejects at once with AbortError and the stream closes", async () => {
    const before = activeTimers();
    sse.plan({ stallAfter: 5 });
    const client = makeClient(sse.baseUrl);
    const controller = new AbortController();
    const stream = client.events.stream(SESSION_ID, { signal: controller.signal });
    for (let i = 0; i < 5; i++) expect((await stream.next()).done).toBe(false);
    const pending = failure(stream.next());
    await new Promise((resolve) => setTimeout(resolve, 30));
    const abortedAt = performance.now();
    controller.abort();
    const error = await pending;
    expect(performance.now() - abortedAt).toBeLessThan(SETTLES_MS);
    expect(error).toBeInstanceOf(AbortError);
    expect(stream.state).toBe("closed");
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    expect(await eventually(() => sse.openStreams() === 0)).toBe(true);
    expect(abortListeners(controller.signal)).toBe(0);
    expect(await eventually(() => activeTimers() <= before)).toBe(true);
  });

  it("while waiting to reconnect: rejects at once and makes no further connection", async () => {
    const before = activeTimers();
    const connections = sse.connections.length;
    sse.plan({ status: 503, headers: { "retry-after": "30" } });
    const client = makeClient(sse.baseUrl);
    const controller = new AbortController();
    const stream = client.events.stream(SESSION_ID, { signal: controller.signal });
    const pending = failure(stream.next());
    const abortedAt = await abortWhen(controller, () => stream.state === "reconnecting");
    const error = await pending;
    expect(performance.now() - abortedAt).toBeLessThan(SETTLES_MS);
    expect(error).toBeInstanceOf(AbortError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sse.connections.length).toBe(connections + 1);
    expect(await eventually(() => sse.openStreams() === 0)).toBe(true);
    expect(await eventually(() => activeTimers() <= before)).toBe(true);
  });

  it("an idle connection times out and the stream resumes on a new one", async () => {
    sse.plan({ stallAfter: 3 });
    const client = makeClient(sse.baseUrl);
    const stream = client.events.stream(SESSION_ID, {
      idleTimeoutMs: 100,
      backoff: { baseMs: 1, capMs: 5 },
    });
    const sequences: number[] = [];
    for await (const event of stream) {
      sequences.push(event.sequence as number);
      if (sequences.length === 20) break;
    }
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await eventually(() => sse.openStreams() === 0)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { makeEvents, startSseServer, type SseServer } from "../support/sse-server.js";
import { activeTimers, eventually, openStream, take } from "./helpers.js";
import { closedAfterEach } from "../support/util.js";

const startServer = closedAfterEach(startSseServer);

/**
 * Waits until no stream connection is open on the server and the process has no stream timer.
 * At most one idle spare socket may remain: Node 20/22's fetch opens one after an abort (Node 24
 * does not); it carries no request and is reused by the next fetch, so it never accumulates.
 */
async function expectNothingLeft(live: SseServer, timersBefore: number): Promise<void> {
  expect(await eventually(() => live.openStreams() === 0)).toBe(true);
  expect(live.openSockets()).toBeLessThanOrEqual(1);
  expect(await eventually(() => activeTimers() <= timersBefore)).toBe(true);
}

describe("EventStream: closing leaves nothing behind", () => {
  it("breaking out of for-await closes the connection", async () => {
    const server = await startServer({ events: makeEvents(1_000) });
    const timers = activeTimers();
    const { stream, states } = openStream(server, { idleTimeoutMs: 10_000 });
    const events = await take(stream, 10);
    expect(events).toHaveLength(10);
    expect(states.at(-1)).toEqual({ state: "closed" });
    await expectNothingLeft(server, timers);
    expect(server.connections).toHaveLength(1);
  });

  it("close() while waiting for data ends iteration and closes the socket", async () => {
    const server = await startServer({ events: makeEvents(2) });
    const timers = activeTimers();
    const { stream } = openStream(server, { idleTimeoutMs: 10_000 });
    await stream.next();
    await stream.next();
    const pending = stream.next(); // nothing more to read: waits on the socket with an idle timer armed
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.openStreams()).toBe(1);
    stream.close();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(stream.state).toBe("closed");
    await expectNothingLeft(server, timers);
  });

  it("the signal aborts a pending read with an AbortError and closes the socket", async () => {
    const server = await startServer({ events: makeEvents(1) });
    const timers = activeTimers();
    const controller = new AbortController();
    const { stream } = openStream(server, { signal: controller.signal, idleTimeoutMs: 10_000 });
    await stream.next();
    const pending = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(stream.next()).resolves.toMatchObject({ done: true });
    await expectNothingLeft(server, timers);
  });

  it("close() during a backoff wait clears the timer at once", async () => {
    const server = await startServer({ events: makeEvents(1), planner: () => ({ reset: true }) });
    const timers = activeTimers();
    const { stream, states } = openStream(server, { backoff: { baseMs: 60_000, capMs: 60_000 } });
    const pending = stream.next();
    expect(await eventually(() => states.some((s) => s.state === "reconnecting"))).toBe(true);
    const started = Date.now();
    stream.close();
    await expect(pending).resolves.toMatchObject({ done: true });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expectNothingLeft(server, timers);
  });

  it("opening and leaving twenty-five streams in a row does not accumulate sockets", async () => {
    const server = await startServer({ events: makeEvents(500) });
    const live = server;
    const timers = activeTimers();
    const openAndLeave = async (times: number): Promise<number> => {
      for (let i = 0; i < times; i++) {
        const { stream } = openStream(live, { idleTimeoutMs: 10_000 });
        expect(await take(stream, 3)).toHaveLength(3);
      }
      expect(await eventually(() => live.openStreams() === 0)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 30));
      return live.openSockets();
    };
    const afterFive = await openAndLeave(5);
    const afterTwentyMore = await openAndLeave(20);
    // Only the platform's spare idle sockets remain, and their number does not grow.
    expect(afterFive).toBeLessThanOrEqual(2);
    expect(afterTwentyMore).toBeLessThanOrEqual(afterFive);
    expect(await eventually(() => activeTimers() <= timers)).toBe(true);
    expect(server.connections).toHaveLength(25);
  });

  it("an already aborted signal fails the first read without connecting", async () => {
    const server = await startServer({ events: makeEvents(1) });
    const { stream } = openStream(server, { signal: AbortSignal.abort() });
    await expect(stream.next()).rejects.toMatchObject({ name: "AbortError" });
    expect(server.connections).toHaveLength(0);
  });

  it("a stalled connection is closed by the idle timeout, not left open", async () => {
    const server = await startServer({ events: makeEvents(4) });
    server.plan({ stallAfter: 2 });
    const timers = activeTimers();
    const { stream } = openStream(server, { idleTimeoutMs: 50 });
    const events = await take(stream, 4);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    await expectNothingLeft(server, timers);
  });
});

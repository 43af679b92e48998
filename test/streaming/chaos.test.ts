import { expect, it } from "vitest";
import { eventId, makeEvents, startSseServer, type ConnectionPlan } from "../support/sse-server.js";
import { activeTimers, eventually, openStream } from "./helpers.js";
import { closedAfterEach, seededRandom } from "../support/util.js";

const startServer = closedAfterEach(startSseServer);

/** Every kind of fault, picked at random per connection. */
function chaosPlanner(seed: number): (index: number) => ConnectionPlan {
  const next = seededRandom(seed);
  return () => {
    const after = 1 + Math.floor(next() * 400);
    switch (Math.floor(next() * 7)) {
      case 0:
        return { cutMidFrameAfter: after };
      case 1:
        return { cycleAfter: after };
      case 2:
        return { stallAfter: after };
      case 3:
        return { endAfter: after };
      case 4:
        return { status: [500, 502, 503, 504][Math.floor(next() * 4)] };
      case 5:
        return { reset: true };
      default:
        return { cutMidFrameAfter: 0 };
    }
  };
}

const TOTAL = 10_000;

it.each([1, 2])(
  "delivers a 10,000-event session exactly once and in order across random faults (seed %i)",
  async (seed) => {
    const server = await startServer({
      events: makeEvents(TOTAL),
      retryMs: 1,
      cycleRetryMs: 1,
      planner: chaosPlanner(seed),
    });
    const timers = activeTimers();
    const delivered: number[] = [];
    const sinceAtConnect: { sinceId: string | undefined; delivered: number }[] = [];
    const { stream, attempts, states } = openStream(server, {
      idleTimeoutMs: 60,
      backoff: { baseMs: 1, capMs: 8 },
    });
    // Check resumption from the client's side too: since_id must name the last event delivered.
    const connect = attempts.push.bind(attempts);
    attempts.push = (...params) => {
      for (const p of params)
        sinceAtConnect.push({ sinceId: p.sinceId, delivered: delivered.length });
      return connect(...params);
    };
    for await (const event of stream) {
      delivered.push(event.sequence as number);
      if (delivered.length === TOTAL) break;
    }
    expect(delivered).toHaveLength(TOTAL);
    for (let i = 0; i < TOTAL; i++) if (delivered[i] !== i + 1) expect(delivered[i]).toBe(i + 1);

    const faults = server.connections.filter(
      (c) => c.outcome !== "client-closed" && c.outcome !== "open",
    );
    expect(faults.length).toBeGreaterThanOrEqual(30);
    for (const { sinceId, delivered: count } of sinceAtConnect) {
      expect(sinceId).toBe(count === 0 ? undefined : eventId(count));
    }
    // The server saw only since_ids the client sent, never going backwards. (Under load an attempt
    // can be dropped by the idle timeout before its request reaches the server.)
    const sent = new Set(sinceAtConnect.map((c) => c.sinceId));
    let previous = -1;
    for (const { sinceId } of server.connections) {
      expect(sent.has(sinceId ?? undefined)).toBe(true);
      const sequence = sinceId === null ? 0 : parseInt(sinceId.slice(-8), 16) - 0xe0000;
      expect(sequence).toBeGreaterThanOrEqual(previous);
      previous = sequence;
    }
    expect(states.filter((s) => s.state === "reconnecting").length).toBe(attempts.length - 1);
    expect(await eventually(() => server.openStreams() === 0)).toBe(true);
    expect(await eventually(() => activeTimers() <= timers)).toBe(true);
  },
  30_000,
);

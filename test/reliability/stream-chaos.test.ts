/**
 * Stream chaos through the public client: a 10,000-event session served over 50 connections that
 * each end badly (a cut mid-frame, a reset, an early end, a stall, an error status) or by a planned
 * cycle, chosen by a seeded generator. Every event arrives exactly once and in order.
 */
import { expect, it } from "vitest";
import {
  SESSION_ID,
  eventId,
  makeEvents,
  startSseServer,
  type ConnectionPlan,
} from "../support/sse-server.js";
import { activeTimers, eventually, guardFile, makeClient } from "./support.js";
import { closedAfterEach, seededRandom } from "../support/util.js";

guardFile();

const TOTAL = 10_000;
const FAULTS = 50;

const startServer = closedAfterEach(startSseServer);

/** The first 50 connections each end in a random way after a random share of the events. */
function chaos(seed: number): ConnectionPlan[] {
  const next = seededRandom(seed);
  const plans: ConnectionPlan[] = [];
  for (let i = 0; i < FAULTS; i++) {
    // At most 190 events per faulty connection: all 50 faults happen before the 10,000th event.
    const after = Math.floor(next() * 190);
    const kinds: ConnectionPlan[] = [
      { cutMidFrameAfter: after },
      { stallAfter: after },
      { endAfter: after },
      { cycleAfter: after },
      { reset: true },
      { status: [500, 502, 503, 504, 429][Math.floor(next() * 5)] as number },
    ];
    plans.push(kinds[Math.floor(next() * kinds.length)] as ConnectionPlan);
  }
  return plans;
}

it.each([7, 42, 2024])(
  "10,000 events through client.events.stream arrive exactly once and in order across 50 seeded faults (seed %i)",
  async (seed) => {
    const plans = chaos(seed);
    const server = await startServer({ events: makeEvents(TOTAL), retryMs: 1, cycleRetryMs: 1 });
    server.plan(...plans);
    const timersBefore = activeTimers();
    const client = makeClient(server.baseUrl);
    const stream = client.events.stream(SESSION_ID, {
      idleTimeoutMs: 80,
      backoff: { baseMs: 1, capMs: 4 },
    });
    const delivered: number[] = [];
    const ids = new Set<string>();
    for await (const event of stream) {
      delivered.push(event.sequence as number);
      ids.add(event.id);
      if (delivered.length === TOTAL) break;
    }
    expect(delivered).toHaveLength(TOTAL);
    expect(ids.size).toBe(TOTAL);
    for (let i = 0; i < TOTAL; i++)
      if (delivered[i] !== i + 1) expect(delivered[i], `position ${i}`).toBe(i + 1);
    expect(stream.lastEventId).toBe(eventId(TOTAL));

    // All 50 planned faults were used, then one healthy connection finished the job.
    const connections = server.connections;
    expect(connections).toHaveLength(FAULTS + 1);
    expect(
      connections
        .slice(0, FAULTS)
        .every((c) => c.outcome !== "open" && c.outcome !== "client-closed"),
    ).toBe(true);
    // Each connection resumed after the last event fully delivered by the ones before it.
    let received = 0;
    for (const c of connections) {
      expect(c.sinceId).toBe(received === 0 ? null : eventId(received));
      // A cut frame is half-written, so it does not count as delivered.
      received += c.sent;
    }
    expect(await eventually(() => server.openStreams() === 0)).toBe(true);
    expect(await eventually(() => activeTimers() <= timersBefore)).toBe(true);
  },
  30_000,
);

/**
 * Small helpers shared by the test suites: a seeded random source, a poll-until-true wait, a timer
 * count for leak checks, and per-test servers.
 */
import { afterEach } from "vitest";

/** mulberry32: a small seeded PRNG, so a failing randomized run replays exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Polls `check` until it holds or `ms` pass. */
export async function eventually(check: () => boolean, ms = 2_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

/** Active timers in this process (for leak checks). */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;
}

/**
 * Wraps a server's start function so that every server a test starts is closed after that test.
 *
 * @example
 * ```ts
 * const startServer = closedAfterEach(startSseServer);
 * it("...", async () => {
 *   const server = await startServer({ events: makeEvents(5) });
 * });
 * ```
 */
export function closedAfterEach<A extends unknown[], S extends { close(): Promise<void> }>(
  start: (...args: A) => Promise<S>,
): (...args: A) => Promise<S> {
  const open: S[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (...args) => {
    const server = await start(...args);
    open.push(server);
    return server;
  };
}

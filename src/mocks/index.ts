/**
 * A stateful mock of the Everruns Sessions API for tests and frontend development, as msw request
 * handlers over an in-memory store. Runs anywhere msw runs: `setupServer` in Node (see
 * `@everruns/sessions-sdk/mocks/node` for that and a real loopback HTTP server) or `setupWorker` in a
 * browser.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createMockApi } from "@everruns/sessions-sdk/mocks";
 *
 * const mock = createMockApi({ clock: "manual" });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * // ... create a session and send a message with the SDK, then:
 * mock.advance(); // runs the simulated turn to its end
 * ```
 */
import type { HttpHandler } from "msw";
import { createManualClock, createRealClock, type MockClock } from "./clock.js";
import { FaultInjector, type FaultRule } from "./faults.js";
import {
  DEFAULT_BASE_URL,
  createDispatcher,
  createHandlers,
  type PipelineDeps,
} from "./handlers.js";
import { createIdFactory, createRandom, hashSeed } from "./ids.js";
import { type ResponderOption, toResponder } from "./responder.js";
import { createRoutes, type Route, type RouteDeps } from "./routes.js";
import { documentedEventTypes, seedDocumentedExamples } from "./seed.js";
import { MockStore } from "./store.js";
import { TurnSimulator } from "./turns.js";

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** Seed of every id and random choice: the same seed and calls give the same data. Default 1. */
  seed?: number | string;
  /**
   * Where the handlers answer: a base URL such as `http://127.0.0.1:4010/api`, or `"*"` for any origin
   * and base path. Default `https://app.everruns.com/api`.
   */
  baseUrl?: string;
  /** What the agent answers: a function, or a script of replies used in order. Default: an echo. */
  responder?: ResponderOption;
  /** `"real"` (default) runs turns on timers; `"manual"` runs them only in {@link MockApi.advance}. */
  clock?: "real" | "manual";
  /** Time between two steps of a simulated turn, in clock milliseconds. Default 20. */
  tickMs?: number;
  /** Cycle each event stream after this many milliseconds with `disconnecting`. Default 300000 (5 min). */
  cycleMs?: number;
  /** Cycle each event stream after this many events, to rehearse reconnects quickly. */
  cycleEvery?: number;
  /** Fault rules from the start; more can be added with `mock.faults.add()`. */
  faults?: readonly FaultRule[];
  /** Latency of every request in real milliseconds: fixed, or a `[min, max]` range drawn from the seed. */
  latency?: number | readonly [min: number, max: number];
  /** Load the spec's documented example session, messages and events. Default true. */
  examples?: boolean;
  /** When set, the only token the mock accepts; otherwise any non-empty raw token is accepted. */
  apiKey?: string;
}

/** A running mock API. */
export interface MockApi {
  /** The msw handlers: pass them to `setupServer` or `setupWorker`. */
  readonly handlers: HttpHandler[];
  /** The in-memory state, for assertions and direct setup. */
  readonly store: MockStore;
  /** The fault rules; add or clear them at any time. */
  readonly faults: FaultInjector;
  /** The clock the simulated turns run on. */
  readonly clock: MockClock;
  /** The operations, for bridges that dispatch without msw. */
  readonly routes: readonly Route[];
  /**
   * Answers one fetch `Request` with the same operations and pipeline as the msw handlers, matching any
   * base URL before `/v1/`; `undefined` when no operation matches. The loopback server uses it: it skips
   * msw's generic matching, which is the hot path under load.
   */
  handle(request: Request): Promise<Response> | undefined;
  /** Empties the store and restarts ids, clock and faults from the options (and the examples). */
  reset(): void;
  /** Manual clock: runs due steps of simulated turns (all of them by default). Returns how many ran. */
  advance(ms?: number): number;
  /** Resolves once no turn is working (a turn waiting for tool results counts as settled). */
  settle(timeoutMs?: number): Promise<void>;
  /** Stops every timer and live stream. */
  close(): void;
}

/** Creates a mock of the Everruns Sessions API. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const seed = hashSeed(options.seed ?? 1);
  const tickMs = options.tickMs ?? 20;
  const { types, prefixes } = documentedEventTypes();
  // Fresh state lives in a box so reset() can swap it while handlers keep their references.
  const build = () => {
    const random = createRandom(seed);
    const clock =
      options.clock === "manual"
        ? createManualClock(Date.parse("2026-05-25T10:15:00Z"))
        : createRealClock();
    const store = new MockStore(createIdFactory(random), clock);
    const turns = new TurnSimulator(store, clock, toResponder(options.responder), tickMs);
    if (options.examples !== false) seedDocumentedExamples(store);
    const requestIds = createIdFactory(createRandom(seed ^ 0x0e0e));
    return { random, clock, store, turns, requestIds };
  };
  let state = build();
  const faults = new FaultInjector(createRandom(seed ^ 0x5eed), options.faults);

  // One view of the live state for the routes and the pipeline: getters, so a reset reaches both.
  const deps: RouteDeps & PipelineDeps = {
    get store() {
      return state.store;
    },
    get turns() {
      return state.turns;
    },
    get clock() {
      return state.clock;
    },
    get requestIds() {
      return state.requestIds;
    },
    get random() {
      return state.random;
    },
    now: () => state.clock.now(),
    faults,
    latency: options.latency,
    apiKey: options.apiKey,
    stream: { cycleMs: options.cycleMs ?? 300_000, cycleEvery: options.cycleEvery },
    isKnownEventType: (type, record) =>
      types.has(type) ||
      prefixes.some((p) => type.startsWith(p)) ||
      record.events.some((e) => e.type === type),
  };
  const routes = createRoutes(deps);
  const handlers = createHandlers(routes, deps, options.baseUrl ?? DEFAULT_BASE_URL);
  const dispatch = createDispatcher(routes, deps);

  const close = (): void => {
    state.turns.dropAll();
    state.clock.clear();
    state.store.clear();
  };

  return {
    handlers,
    routes,
    faults,
    handle: dispatch,
    get store() {
      return state.store;
    },
    get clock() {
      return state.clock;
    },
    reset() {
      close();
      state = build();
      faults.restart(createRandom(seed ^ 0x5eed), options.faults);
    },
    advance: (ms) => state.clock.advance(ms),
    async settle(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        state.clock.advance();
        if (state.turns.busy === 0) return;
        if (Date.now() > deadline)
          throw new Error(
            `The mock API still runs ${state.turns.busy} turn(s) after ${timeoutMs} ms.`,
          );
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, tickMs)));
      }
    },
    close,
  };
}

export { DEFAULT_BASE_URL, isSessionId, urlPattern } from "./handlers.js";
export type { FaultRule, FaultDecision } from "./faults.js";
export { FaultInjector, faultResponse } from "./faults.js";
export type { MockClock } from "./clock.js";
export type {
  Reply,
  ReplyToolCall,
  Responder,
  ResponderInput,
  ResponderOption,
} from "./responder.js";
export { echoResponder } from "./responder.js";
export { MockStore, DEFAULT_IDS, type SessionRecord } from "./store.js";
export type { MockEvent } from "./types.js";
export { exampleValue } from "./seed.js";
export { problemBody } from "./problems.js";

/**
 * What every reliability test file shares: one distinctive API key, a client factory that logs
 * everything at debug level into memory, and a guard that fails the file when the key shows up in
 * any error or log line, or when a promise rejection goes unhandled.
 */
import { inspect } from "node:util";
import { getEventListeners } from "node:events";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { Everruns } from "../../src/index.js";
import type { ClientOptions } from "../../src/index.js";

/** The key every client of the suite uses; it must never be seen outside the request header. */
export const API_KEY = "evr_pat_R3liab1l1tyS3cr3tK3y_9f8e7d6c5b4a3210";
/** The part of the key that identifies it even if a prefix was masked. */
const KEY_BODY = API_KEY.slice("evr_pat_".length);

/** Every line any suite client logged, with its arguments rendered. */
export const logLines: string[] = [];
/** Every error the suite's calls settled with, for the secret check. */
export const seenErrors: unknown[] = [];

const memoryLogger = {
  debug: (...args: unknown[]) => logLines.push(render(args)),
  info: (...args: unknown[]) => logLines.push(render(args)),
  warn: (...args: unknown[]) => logLines.push(render(args)),
  error: (...args: unknown[]) => logLines.push(render(args)),
};

function render(args: unknown[]): string {
  return args
    .map((a) => (typeof a === "string" ? a : inspect(a, { depth: 8, showHidden: true })))
    .join(" ");
}

/** Fast backoff: the policy's shape with millisecond delays. */
export const FAST_BACKOFF = { initialDelayMs: 2, maxDelayMs: 10 } as const;

/** A client on `baseUrl` with the suite's key, fast backoff and the in-memory debug logger. */
export function makeClient(baseUrl: string, options: ClientOptions = {}): Everruns {
  return new Everruns({
    apiKey: API_KEY,
    baseUrl,
    logger: memoryLogger,
    logLevel: "debug",
    backoff: FAST_BACKOFF,
    timeoutMs: 5_000,
    ...options,
  });
}

/** Runs `call`, records and returns the error it rejects with (fails when it resolves). */
export async function failure(
  call: PromiseLike<unknown> | (() => PromiseLike<unknown>),
): Promise<unknown> {
  try {
    await (typeof call === "function" ? call() : call);
  } catch (error) {
    seenErrors.push(error);
    return error;
  }
  throw new Error("expected the call to fail");
}

/** Every rendering of `error` an application might log or send somewhere. */
export function renderings(error: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number) => {
    if (!value || typeof value !== "object" || seen.has(value) || depth > 5) return;
    seen.add(value);
    const e = value as Error & Record<string, unknown>;
    out.push(
      String(e.message ?? ""),
      String(e.stack ?? ""),
      inspect(e, { depth: 8, showHidden: true }),
    );
    try {
      out.push(JSON.stringify(e) ?? "");
    } catch {
      // A cyclic value: inspect above already covers it.
    }
    for (const key of Object.getOwnPropertyNames(e)) {
      const prop = e[key];
      if (typeof prop === "string") out.push(prop);
      else walk(prop, depth + 1);
    }
    walk(e.cause, depth + 1);
  };
  walk(error, 0);
  return out;
}

/** Whether `text` contains the suite's key (or its distinctive body). */
export function leaksKey(text: string): boolean {
  return text.includes(API_KEY) || text.includes(KEY_BODY);
}

/** The number of `abort` listeners on `signal` (a leak check for per-call signals). */
export function abortListeners(signal: AbortSignal): number {
  return getEventListeners(signal, "abort").length;
}

export { activeTimers, eventually } from "../support/util.js";

/**
 * Installs the file-wide guards: an `unhandledRejection` listener that fails the test it happens in,
 * and a final check that no recorded error or log line contains the key.
 */
export function guardFile(): void {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", onUnhandled);
  });
  afterEach(async () => {
    // Rejections surface a turn of the event loop late.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled.splice(0), "unhandled promise rejections").toEqual([]);
  });
  afterAll(() => {
    process.off("unhandledRejection", onUnhandled);
    const leaked = [...seenErrors.flatMap(renderings), ...logLines].filter(leaksKey);
    expect(leaked, "renderings containing the API key").toEqual([]);
    // The check must have had something to look at.
    expect(seenErrors.length + logLines.length).toBeGreaterThan(0);
  });
}

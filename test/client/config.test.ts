import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Everruns } from "../../src/client.js";
import { readEnv } from "../../src/core/env.js";
import { ValidationError } from "../../src/errors.js";
import { isId, parseId } from "../../src/ids.js";
import {
  isEventType,
  isTurnRunning,
  isWaitingForToolResults,
  parseSessionStatus,
} from "../../src/status.js";
import type { Event } from "../../src/types.js";
import { API_KEY, example, SESSION_ID } from "../support/msw.js";

// A fetch that records the request and answers with the spec's session example.
function recordingFetch() {
  const seen: Request[] = [];
  const fetch = async (input: Request, init?: RequestInit) => {
    seen.push(new Request(input, init));
    return Response.json(example("SessionIdle"));
  };
  return { seen, fetch };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("construction", () => {
  it("names EVERRUNS_API_KEY when no key is given", () => {
    vi.stubEnv("EVERRUNS_API_KEY", "");
    expect(() => new Everruns()).toThrow(ValidationError);
    expect(() => new Everruns()).toThrow(/EVERRUNS_API_KEY/);
  });

  it("reads the environment, and explicit options win", async () => {
    vi.stubEnv("EVERRUNS_API_KEY", "evr_pat_fromenv");
    vi.stubEnv("EVERRUNS_API_URL", "http://127.0.0.1:9/env-api/");
    vi.stubEnv("EVERRUNS_ORG_ID", "org_00000000000000000000000000000002");
    const a = recordingFetch();
    await Everruns.fromEnv({ fetch: a.fetch }).sessions.get(SESSION_ID);
    expect(a.seen[0]!.url).toBe(`http://127.0.0.1:9/env-api/v1/sessions/${SESSION_ID}`);
    expect(a.seen[0]!.headers.get("authorization")).toBe("evr_pat_fromenv");
    expect(a.seen[0]!.headers.get("x-org-id")).toBe("org_00000000000000000000000000000002");
    const b = recordingFetch();
    await new Everruns({
      apiKey: API_KEY,
      baseUrl: "https://h.test/x",
      orgId: "org_3",
      fetch: b.fetch,
    }).sessions.get(SESSION_ID);
    expect(b.seen[0]!.url).toBe(`https://h.test/x/v1/sessions/${SESSION_ID}`);
    expect(b.seen[0]!.headers.get("authorization")).toBe(API_KEY);
    expect(b.seen[0]!.headers.get("x-org-id")).toBe("org_3");
  });

  it.each([
    "https://app.everruns.com/api",
    "https://app.everruns.com/api/",
    "https://app.everruns.com/api//",
    "http://127.0.0.1:8080",
  ])("builds request URLs under base URL %s", async (baseUrl) => {
    const r = recordingFetch();
    await new Everruns({ apiKey: API_KEY, baseUrl, fetch: r.fetch }).sessions.get(SESSION_ID);
    expect(r.seen[0]!.url).toBe(`${baseUrl.replace(/\/+$/, "")}/v1/sessions/${SESSION_ID}`);
  });

  it.each([
    [{ orgId: "" }, "orgId"],
    [{ orgId: "org_1\r\nX-Evil: 1" }, "orgId"],
    [{ orgId: "agent_1" }, "orgId"],
    [{ defaultHeaders: { "X-A": "a\nb" } }, 'defaultHeaders["X-A"]'],
    [{ defaultHeaders: { "X-A": "" } }, 'defaultHeaders["X-A"]'],
    [{ defaultHeaders: { "Bad Name": "x" } }, 'defaultHeaders["Bad Name"]'],
    [{ apiKey: "evr_pat_x\n" }, "apiKey"],
    [{ baseUrl: "ftp://x" }, "baseUrl"],
    [{ baseUrl: "not a url" }, "baseUrl"],
    [{ timeoutMs: -1 }, "timeoutMs"],
    [{ maxRetries: Number.NaN }, "maxRetries"],
    [{ logLevel: "loud" as never }, "logLevel"],
  ])("rejects %j at construction", (options, argument) => {
    let error: unknown;
    try {
      new Everruns({ apiKey: API_KEY, ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).argument).toBe(argument);
    expect((error as Error).message).not.toContain(API_KEY);
  });

  it("keeps the key out of inspect and JSON of the client", () => {
    const client = new Everruns({ apiKey: API_KEY });
    expect(inspect(client, { depth: 6, showHidden: true })).not.toContain(API_KEY);
    expect(JSON.stringify(client)).not.toContain(API_KEY);
  });

  it("runs where there is no process object", () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, "process")!;
    Object.defineProperty(globalThis, "process", { value: undefined, configurable: true });
    try {
      expect(readEnv("EVERRUNS_API_KEY")).toBeUndefined();
      expect(new Everruns({ apiKey: API_KEY }).baseUrl).toBe("https://app.everruns.com/api");
    } finally {
      Object.defineProperty(globalThis, "process", saved);
    }
  });
});

describe("ids", () => {
  it("accepts ids of any hex length and rejects other kinds, empties and path characters", () => {
    expect(parseId("session", SESSION_ID, "sessionId")).toBe(SESSION_ID);
    expect(isId("session", "session_01933b5a000070008000000000000001")).toBe(true);
    for (const bad of [
      "",
      "session_",
      "agent_1",
      "session_a/b",
      "session_a?b",
      "session_a#b",
      "session_a%2e",
      "session_a b",
      "session_a\tb",
      "session_a\u0000",
    ]) {
      expect(isId("session", bad), bad).toBe(false);
    }
    expect(() => parseId("session", 42, "sessionId")).toThrow(
      'Invalid sessionId: expected a session id like "session_0193...", got number',
    );
    expect(() => parseId("session", "agent_1", "sessionId")).toThrow('got "agent_1"');
  });
});

describe("statuses", () => {
  it.each([
    ["started", "started"],
    ["active", "active"],
    ["idle", "idle"],
    ["waitingfortoolresults", "waitingfortoolresults"],
    ["waiting_for_tool_results", "waitingfortoolresults"],
    ["paused", "paused"],
    ["running", "active"],
    ["pending", "idle"],
    ["completed", "idle"],
    ["failed", "idle"],
    ["hibernating", "hibernating"],
  ])("parseSessionStatus(%j) is %j", (raw, expected) => {
    expect(parseSessionStatus(raw)).toBe(expected);
  });

  it("tells a running turn and a wait for tool results apart, in any form", () => {
    expect(isTurnRunning({ status: "active" })).toBe(true);
    expect(isTurnRunning("running")).toBe(true);
    expect(isTurnRunning({ status: "waitingfortoolresults" })).toBe(true);
    expect(isTurnRunning({ status: "idle" })).toBe(false);
    expect(isTurnRunning("hibernating")).toBe(false);
    expect(isWaitingForToolResults("waiting_for_tool_results")).toBe(true);
    expect(isWaitingForToolResults({ status: "waitingfortoolresults" })).toBe(true);
    expect(isWaitingForToolResults({ status: "active" })).toBe(false);
  });

  it("matches event types, known and unknown", () => {
    const event = {
      ...example<{ data: Event[] }>("EventListTurn").data[0]!,
      type: "schedule.triggered",
    } as unknown as Event;
    expect(isEventType(event, "schedule.triggered")).toBe(true);
    expect(isEventType(event, "turn.started")).toBe(false);
  });
});

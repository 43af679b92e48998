/**
 * The retry matrix: every method the API uses against every fault a network or server produces.
 * The expected number of attempts comes from the documented retry table (the same table the docs
 * test replays through the policy), and the server's own counts must equal it. No POST is ever
 * processed twice.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  type Everruns,
  type RequestOptions,
} from "../../src/index.js";
import { DEFAULT_MAX_RETRIES } from "../../src/core/retry.js";
import {
  closedPort,
  SESSION_ID,
  startFaultyServer,
  type FaultyServer,
} from "../support/faulty-server.js";
import { failure, guardFile, makeClient } from "./support.js";

guardFile();

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One SDK call per HTTP method. */
const CALLS: Record<Method, (client: Everruns, options: RequestOptions) => PromiseLike<unknown>> = {
  GET: (c, o) => c.sessions.get(SESSION_ID, o),
  POST: (c, o) => c.messages.create(SESSION_ID, "Draft the plan", o),
  PATCH: (c, o) => c.sessions.update(SESSION_ID, { title: "Q4 plan" }, o),
  PUT: (c, o) => c.sessions.pin(SESSION_ID, o),
  DELETE: (c, o) => c.sessions.delete(SESSION_ID, o),
};
const METHODS = Object.keys(CALLS) as Method[];

/** The 14 faults, each with the row of the retry table it belongs to and the error it ends in. */
const FAULTS = {
  refused: { row: "connection refused before the request was sent", error: ConnectionError },
  "reset-before-response": {
    row: "connection lost after the request was sent",
    error: ConnectionError,
  },
  "reset-after-body": { row: "connection lost after the request was sent", error: ConnectionError },
  stall: { row: "attempt timed out", error: TimeoutError },
  "408": { row: "408 Request Timeout", error: APIError },
  "409": { row: "409 Conflict", error: ConflictError },
  "429-seconds": { row: "429 Too Many Requests", error: RateLimitError },
  "429-date": { row: "429 Too Many Requests", error: RateLimitError },
  "500": { row: "500, 502, 504", error: InternalServerError },
  "502-html": { row: "500, 502, 504", error: InternalServerError },
  "503": { row: "503 without `Retry-After`", error: InternalServerError },
  "503-retry-after": { row: "503 with `Retry-After`", error: InternalServerError },
  "504": { row: "500, 502, 504", error: InternalServerError },
  "404": { row: "400, 401, 403, 404, 422", error: NotFoundError },
} as const;
type FaultName = keyof typeof FAULTS;

/** The documented retry table: row label -> column label -> "retry" | "no". */
function documentedTable(): Map<string, Map<string, string>> {
  // The README carries the table when it has one; the errors guide always does.
  const files = ["README.md", "docs/guide/06-errors-and-retries.md"];
  for (const file of files) {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
    const block = /<!-- retry-table[^>]*-->([\s\S]*?)<!-- \/retry-table -->/.exec(text)?.[1];
    if (!block) continue;
    const cells = block
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith("|"))
      .map((l) =>
        l
          .slice(1, -1)
          .split("|")
          .map((c) => c.trim()),
      );
    const [header = [], , ...rows] = cells;
    return new Map(
      rows.map((r) => [
        r[0] ?? "",
        new Map(header.slice(1).map((column, i) => [column, r[i + 1] ?? ""])),
      ]),
    );
  }
  throw new Error("no retry table found between retry-table markers");
}

function expectedAttempts(method: Method, fault: FaultName): number {
  const row = documentedTable().get(FAULTS[fault].row);
  if (!row) throw new Error(`the retry table has no row "${FAULTS[fault].row}"`);
  const column = [...row.keys()].find((c) =>
    c
      .split(",")
      .map((m) => m.trim())
      .includes(method),
  );
  const said = column && row.get(column);
  if (said !== "retry" && said !== "no")
    throw new Error(`the retry table says "${said}" for ${method} on ${FAULTS[fault].row}`);
  return said === "retry" ? 1 + DEFAULT_MAX_RETRIES : 1;
}

let server: FaultyServer;
let refusedBase: string;
// Attempts as the client's fetch saw them, by call id: the only count for a refused connection.
const sent = new Map<string, number>();
const countingFetch = (request: Request, init?: RequestInit) => {
  const id = request.headers.get("x-call-id") ?? "";
  sent.set(id, (sent.get(id) ?? 0) + 1);
  return fetch(request, init);
};

beforeAll(async () => {
  server = await startFaultyServer({ retryAfterSeconds: 1 });
  refusedBase = `http://127.0.0.1:${await closedPort()}/api`;
});
afterAll(async () => {
  // No logical POST call was ever acted upon twice, across the whole matrix.
  for (const [id, call] of server.calls)
    if (call.method === "POST") expect(call.processed, id).toBeLessThanOrEqual(1);
  await server.close();
});

const cells = METHODS.flatMap((method) =>
  (Object.keys(FAULTS) as FaultName[]).map((fault) => [method, fault] as const),
);

describe("every method x every fault", () => {
  it("covers 5 methods x 14 faults", () => {
    expect(cells).toHaveLength(70);
  });

  it.concurrent.each(cells)(
    "%s on %s: attempts follow the documented policy",
    async (method, fault) => {
      const id = `${method}:${fault}`;
      const expected = expectedAttempts(method, fault);
      const client = makeClient(fault === "refused" ? refusedBase : server.baseUrl, {
        fetch: countingFetch,
        timeoutMs: 300,
      });
      const headers = { "x-call-id": id, "x-fault": fault };
      const started = Date.now();
      const error = await failure(CALLS[method](client, { headers }));

      expect(error).toBeInstanceOf(FAULTS[fault].error);
      if (fault === "stall") expect(error).toBeInstanceOf(TimeoutError);
      else expect(error).not.toBeInstanceOf(TimeoutError);
      expect(sent.get(id)).toBe(expected);
      const seen = server.call(id);
      if (fault === "refused") expect(seen.attempts).toBe(0);
      else expect(seen.attempts).toBe(expected);
      expect(seen.processed).toBeLessThanOrEqual(1);
      if (fault === "502-html") expect((error as Error).message).not.toMatch(/<html|nginx/i);
      // A Retry-After was waited for between attempts (1 s, or an HTTP date at least 1 s ahead).
      if (expected > 1 && /429|503-retry-after/.test(fault))
        expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    },
  );
});

describe("a fault that clears", () => {
  it.concurrent.each([
    ["GET", "500"],
    ["GET", "reset-after-body"],
    ["GET", "stall"],
    ["PATCH", "503"],
    ["PUT", "408"],
    ["DELETE", "502-html"],
    ["POST", "429-seconds"],
    ["POST", "503-retry-after"],
  ] as const)("%s after one %s succeeds on the second attempt", async (method, fault) => {
    const id = `recover:${method}:${fault}`;
    const client = makeClient(server.baseUrl, { timeoutMs: 300 });
    await CALLS[method](client, {
      headers: { "x-call-id": id, "x-fault": fault, "x-fault-times": "1" },
    });
    const seen = server.call(id);
    expect(seen.attempts).toBe(2);
    if (method === "POST") expect(seen.processed).toBe(1);
    // A retried body is the same body.
    if (seen.bodies[0] !== "") expect(new Set(seen.bodies).size).toBe(1);
  });

  it("POST after a 500 is not retried: the message is sent once even though it would succeed next", async () => {
    const id = "recover:POST:500";
    const client = makeClient(server.baseUrl);
    const error = await failure(
      CALLS.POST(client, { headers: { "x-call-id": id, "x-fault": "500", "x-fault-times": "1" } }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.call(id)).toMatchObject({ attempts: 1, processed: 1 });
  });

  it("a refused connection that comes back: the POST is resent and processed once", async () => {
    const id = "recover:POST:refused";
    const local = await startFaultyServer();
    const client = makeClient(local.baseUrl, { backoff: { initialDelayMs: 150, maxDelayMs: 150 } });
    const refusing = local.refuse(100);
    const result = CALLS.POST(client, { headers: { "x-call-id": id } });
    await refusing;
    await result;
    expect(local.call(id)).toMatchObject({ attempts: 1, processed: 1 });
    await local.close();
  });
});

describe("retry budget", () => {
  it("maxRetries bounds the attempts", async () => {
    const client = makeClient(server.baseUrl, { maxRetries: 4 });
    await failure(CALLS.GET(client, { headers: { "x-call-id": "budget:4", "x-fault": "500" } }));
    expect(server.call("budget:4").attempts).toBe(5);
    await failure(
      CALLS.GET(client, { headers: { "x-call-id": "budget:0", "x-fault": "500" }, maxRetries: 0 }),
    );
    expect(server.call("budget:0").attempts).toBe(1);
  });

  it("a Retry-After beyond the client's limit is not waited for", async () => {
    const slow = await startFaultyServer({ retryAfterSeconds: 120 });
    const client = makeClient(slow.baseUrl);
    const started = Date.now();
    const error = await failure(
      CALLS.GET(client, { headers: { "x-call-id": "long-wait", "x-fault": "429-seconds" } }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
    expect(slow.call("long-wait").attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
    await slow.close();
  });
});

/**
 * Property-based fuzzing of every method's ids, query values and bodies. Each call either throws
 * `ValidationError` before any request is sent, or sends exactly one request that validates against
 * the spec, reaches the operation the method names, and stays under `/v1/sessions`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Everruns, EverrunsError, ValidationError } from "../../src/index.js";
import { matchOperation, validateRequest } from "../../src/mocks/openapi-validator.js";
import { API_KEY, failure, guardFile, seenErrors } from "./support.js";

guardFile();

const BASE = "http://127.0.0.1:9/api";
const SESSION_ID = "session_01933b5a00007000800000000000001";
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** The requests one call sent; answered locally with a success body the method can read. */
function recordingClient(): { client: Everruns; sent: Request[] } {
  const sent: Request[] = [];
  const fetchStub = async (request: Request) => {
    sent.push(request);
    const path = new URL(request.url).pathname;
    if (path.endsWith("/sse")) {
      const frame = `event: connected\ndata: {"status":"connected"}\n\nid: event_1\nevent: turn.started\ndata: {"id":"event_1","type":"turn.started","sequence":1}\n\n`;
      return new Response(frame, { headers: { "content-type": "text/event-stream" } });
    }
    if (request.method === "DELETE" || request.method === "PUT")
      return new Response(null, { status: 204 });
    const body =
      path === "/api/v1/sessions" && request.method === "GET"
        ? { data: [], total: 0, offset: 0, limit: 20 }
        : { data: [] };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return {
    client: new Everruns({ apiKey: API_KEY, baseUrl: BASE, fetch: fetchStub, maxRetries: 0 }),
    sent,
  };
}

/** Strings that try to leave the path segment or break encoding, among ordinary ones. */
const nasty = fc.constantFrom(
  "",
  " ",
  "/",
  "..",
  "../stats",
  "%2F",
  "%2e%2e",
  "?x=1",
  "#frag",
  "a\r\nX-Injected: 1",
  "\u0000",
  "\uD800",
  "\uDFFF",
  "💥",
  "session_",
  "session_/",
  "session_..",
  "session_%2F..",
  "session_abc/../../v2",
  "session_abc?limit=1",
  "session_abc#x",
  "session_abc def",
  `session_${"a".repeat(200)}`,
  "agent_01933b5a00007000800000000000001",
  "SESSION_01933b5a00007000800000000000001",
);
const anyString = fc.oneof(fc.string(), fc.string({ unit: "binary" }), nasty);
const idOf = (prefix: string) =>
  fc.oneof(
    fc.constant(`${prefix}_01933b5a00007000800000000000001`),
    fc.stringMatching(/^[0-9a-f]{1,40}$/).map((hex) => `${prefix}_${hex}`),
    anyString.map((s) => `${prefix}_${s}`),
    anyString,
  );
/** What a JavaScript caller might pass where an id belongs. */
const sessionIdArg = fc.oneof(
  idOf("session"),
  fc.constantFrom<unknown>(null, undefined, 42, {}, ["session_a"]),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const anyInt = fc.oneof(
  fc.integer({ min: -5, max: 1_200 }),
  fc.constantFrom(Number.NaN, Infinity, -0, 1.5, 2 ** 53),
);
const strings = fc.array(anyString, { maxLength: 30 });

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Methods under test: how to call each, and the operation it must reach. */
type Case = {
  op: string;
  call: (client: Everruns, input: never) => unknown;
  input: fc.Arbitrary<unknown>;
};
const createBody = fc
  .record({
    harness_id: maybe(idOf("harness")),
    harness_name: maybe(
      fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), anyString),
    ),
    agent_id: maybe(idOf("agent")),
    agent_identity_id: maybe(idOf("identity")),
    model_id: maybe(idOf("model")),
    title: maybe(anyString),
    locale: maybe(fc.constantFrom("en-US", "uk-UA", "fr")),
    tags: maybe(fc.array(fc.string(), { maxLength: 4 })),
    system_prompt: maybe(fc.string()),
    max_iterations: maybe(fc.integer({ min: 1, max: 100 })),
  })
  .map(clean);
const updateBody = fc
  .record({
    title: maybe(anyString),
    locale: maybe(fc.constantFrom("en-US", "uk-UA")),
    tags: maybe(fc.array(anyString, { maxLength: 4 })),
    agent_identity_id: maybe(idOf("identity")),
  })
  .map(clean);
const messageBody = fc.oneof(
  anyString,
  fc.record({
    message: fc.record({
      content: fc.array(fc.record({ type: fc.constant("text" as const), text: anyString }), {
        maxLength: 3,
      }),
    }),
  }),
);
const toolResults = fc.array(
  fc
    .record({ tool_call_id: anyString, result: maybe(fc.jsonValue()), error: maybe(fc.string()) })
    .map(clean),
  { maxLength: 3 },
);
const sessionsQuery = fc
  .record({
    agent_id: maybe(idOf("agent")),
    search: maybe(anyString),
    offset: maybe(anyInt),
    limit: maybe(anyInt),
  })
  .map(clean);
// Within range: most calls must get through, so the valid side of the property is exercised too.
const validEventsQuery = fc
  .record({
    since_id: maybe(fc.stringMatching(/^[0-9a-f]{32}$/).map((hex) => `event_${hex}`)),
    types: maybe(fc.array(fc.string({ minLength: 1 }), { maxLength: 25 })),
    exclude: maybe(fc.array(fc.string({ minLength: 1 }), { maxLength: 25 })),
    limit: maybe(fc.integer({ min: 1, max: 1000 })),
    after_sequence: maybe(fc.nat()),
    around: maybe(fc.nat()),
    window: maybe(fc.integer({ min: 1, max: 1000 })),
    to_ts: maybe(
      fc
        .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
        .map((d) => d.toISOString()),
    ),
    tags: maybe(fc.array(fc.string(), { maxLength: 3 })),
    q: maybe(fc.string({ unit: "binary" })),
    order_desc: maybe(fc.boolean()),
  })
  .map(clean);
const wildEventsQuery = fc
  .record({
    since_id: maybe(idOf("event")),
    types: maybe(strings),
    exclude: maybe(strings),
    limit: maybe(anyInt),
    before_sequence: maybe(anyInt),
    after_sequence: maybe(anyInt),
    around: maybe(anyInt),
    window: maybe(anyInt),
    from_ts: maybe(
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        anyString,
      ),
    ),
    turn_id: maybe(idOf("turn")),
    exec_id: maybe(idOf("exec")),
    trace_id: maybe(anyString),
    tags: maybe(fc.array(anyString, { maxLength: 3 })),
    tool_name: maybe(anyString),
    q: maybe(anyString),
    order_desc: maybe(fc.boolean()),
  })
  .map(clean);
const eventsQuery = fc.oneof(validEventsQuery, wildEventsQuery);

const CASES: Case[] = [
  { op: "createSession", input: createBody, call: (c, body: object) => c.sessions.create(body) },
  { op: "listSessions", input: sessionsQuery, call: (c, query: object) => c.sessions.list(query) },
  { op: "getSessionStats", input: fc.constant(null), call: (c) => c.sessions.stats() },
  { op: "getSession", input: sessionIdArg, call: (c, id: string) => c.sessions.get(id) },
  {
    op: "updateSession",
    input: fc.tuple(sessionIdArg, updateBody),
    call: (c, [id, body]: [string, object]) => c.sessions.update(id, body),
  },
  { op: "deleteSession", input: sessionIdArg, call: (c, id: string) => c.sessions.delete(id) },
  { op: "cancelTurn", input: sessionIdArg, call: (c, id: string) => c.sessions.cancel(id) },
  { op: "pinSession", input: sessionIdArg, call: (c, id: string) => c.sessions.pin(id) },
  { op: "unpinSession", input: sessionIdArg, call: (c, id: string) => c.sessions.unpin(id) },
  {
    op: "exportSession",
    input: sessionIdArg,
    call: (c, id: string) => c.sessions.export(id).text(),
  },
  {
    op: "createMessage",
    input: fc.tuple(sessionIdArg, messageBody),
    call: (c, [id, body]: [string, never]) => c.messages.create(id, body),
  },
  { op: "listMessages", input: sessionIdArg, call: (c, id: string) => c.messages.list(id) },
  {
    op: "listEvents",
    input: fc.tuple(sessionIdArg, eventsQuery),
    call: (c, [id, query]: [string, object]) => c.events.list(id, query),
  },
  {
    op: "submitToolResults",
    input: fc.tuple(sessionIdArg, toolResults),
    call: (c, [id, results]: [string, never]) => c.sessions.submitToolResults(id, results),
  },
  {
    op: "streamEvents",
    input: fc.tuple(
      sessionIdArg,
      fc.record({ types: maybe(strings), exclude: maybe(strings) }).map(clean),
    ),
    call: async (c, [id, filters]: [string, object]) => {
      const stream = c.events.stream(id, { ...filters, maxReconnects: 0 });
      try {
        await stream.next();
      } finally {
        stream.close();
      }
    },
  },
];

/** Runs one call and checks the property; returns what happened, for coverage counts. */
async function check(
  op: string,
  call: () => unknown,
  sent: Request[],
): Promise<"rejected" | "sent"> {
  let error: unknown;
  try {
    await call();
  } catch (e) {
    error = e;
    seenErrors.push(e);
  }
  if (error instanceof ValidationError) {
    expect(sent, "a ValidationError must come before any request").toHaveLength(0);
    return "rejected";
  }
  // Anything else the SDK throws is its own typed error, never a TypeError or URIError.
  if (error !== undefined) expect(error, String(error)).toBeInstanceOf(EverrunsError);
  expect(sent).toHaveLength(1);
  const request = sent[0] as Request;
  const url = new URL(request.url);
  expect(url.origin).toBe(new URL(BASE).origin);
  expect(url.pathname.startsWith("/api/v1/sessions")).toBe(true);
  const path = url.pathname.slice("/api".length);
  expect(matchOperation(request.method, path)?.operationId).toBe(op);
  const body =
    request.method === "GET" || request.method === "DELETE" || request.method === "PUT"
      ? undefined
      : await request.text();
  const problems = validateRequest({
    method: request.method,
    url: path + url.search,
    headers: request.headers,
    body: body || undefined,
  });
  expect(problems, `${request.method} ${url.pathname}${url.search} ${body ?? ""}`).toEqual([]);
  return "sent";
}

describe("every method either rejects the input before sending or sends a request the spec accepts", () => {
  it.each(CASES.map((c) => [c.op, c] as const))("%s", async (op, { input, call }) => {
    const outcomes = { rejected: 0, sent: 0 };
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const { client, sent } = recordingClient();
        outcomes[await check(op, () => call(client, value as never), sent)]++;
      }),
      { numRuns: RUNS, seed: 20_250_101 },
    );
    // The generators reach both sides of the property (stats has no input to reject).
    expect(outcomes.sent).toBeGreaterThan(0);
    if (op !== "getSessionStats") expect(outcomes.rejected).toBeGreaterThan(0);
  });

  // Inputs the fuzzer found sent out of spec (or crashing inside URL encoding) before they were checked.
  it.each([
    ["sessions.list limit NaN", (c: Everruns) => c.sessions.list({ limit: Number.NaN })],
    ["sessions.list limit 0", (c: Everruns) => c.sessions.list({ limit: 0 })],
    ["sessions.list offset -1", (c: Everruns) => c.sessions.list({ offset: -1 })],
    [
      "sessions.list search with a lone surrogate",
      (c: Everruns) => c.sessions.list({ search: "plan \uD800" }),
    ],
    ["sessions.update with no field", (c: Everruns) => c.sessions.update(SESSION_ID, {})],
    [
      "sessions.get with a 200-character id",
      (c: Everruns) => c.sessions.get(`session_${"a".repeat(192)}`),
    ],
    [
      "messages.create with no content",
      (c: Everruns) => c.messages.create(SESSION_ID, { message: { content: [] } }),
    ],
    [
      "submitToolResults with no result",
      (c: Everruns) => c.sessions.submitToolResults(SESSION_ID, []),
    ],
    [
      "submitToolResults with an empty call id",
      (c: Everruns) => c.sessions.submitToolResults(SESSION_ID, [{ tool_call_id: "" }]),
    ],
    ["events.list with an empty type", (c: Everruns) => c.events.list(SESSION_ID, { types: [""] })],
    [
      "events.list with a non-date from_ts",
      (c: Everruns) => c.events.list(SESSION_ID, { from_ts: "yesterday" }),
    ],
    ["events.list with limit 1001", (c: Everruns) => c.events.list(SESSION_ID, { limit: 1001 })],
    [
      "events.stream with an empty excluded type",
      (c: Everruns) => c.events.stream(SESSION_ID, { exclude: [""] }).next(),
    ],
  ])("%s is a ValidationError before any request", async (_, call) => {
    const { client, sent } = recordingClient();
    expect(await failure(() => call(client))).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });

  it("a valid canonical id reaches the server unchanged", async () => {
    const { client, sent } = recordingClient();
    await client.sessions.get(SESSION_ID);
    expect(new URL(sent[0]!.url).pathname).toBe(`/api/v1/sessions/${SESSION_ID}`);
  });
});

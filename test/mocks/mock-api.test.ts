import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, exampleValue } from "../../src/mocks/index.js";
import { api, EXAMPLE_SESSION, textMessage, TOKEN, WEATHER_TOOL } from "./helpers.js";

const BASE = "https://app.everruns.com/api";
const mock = createMockApi({ clock: "manual" });
const server = setupServer(...mock.handlers);
const client = api(BASE);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

async function createSession(body: Record<string, unknown> = {}) {
  const res = await client.post("/v1/sessions", body);
  expect(res.status).toBe(201);
  return res.json;
}

describe("sessions", () => {
  it("creates a session with a server-format id and the server's defaults", async () => {
    const session = await createSession({
      title: "Launch",
      agent_id: "agent_01933b5a00007000800000000000001",
      mcp_servers: {},
    });
    expect(session.id).toMatch(/^session_[0-9a-f]{32}$/);
    expect(session).toMatchObject({
      organization_id: "org_00000000000000000000000000000001",
      harness_id: "harness_01933b5a00007000800000000000001",
      owner_principal_id: "principal_01933b5a000070008000000000000001",
      agent_version_id: "agentver_01933b5a00007000800000000000001",
      status: "started",
      tags: [],
      title: "Launch",
      is_pinned: false,
    });
    expect(session.created_at).toBe(session.updated_at);
    // Empty collections are left out, as the server's serde attributes say.
    expect(session).not.toHaveProperty("tools");
    expect(session).not.toHaveProperty("mcpServers");
  });

  it("accepts the mcp_servers alias and answers with mcpServers", async () => {
    const servers = { docs: { url: "https://mcp.example.com/docs" } };
    const session = await createSession({ mcp_servers: servers });
    expect(session.mcpServers).toEqual(servers);
    expect(session).not.toHaveProperty("mcp_servers");
  });

  it("gives the same ids for the same seed and different ids for another seed", async () => {
    const make = async (seed: number) => {
      const other = createMockApi({ clock: "manual", seed, baseUrl: "https://seeded.test/api" });
      server.use(...other.handlers);
      const res = await api("https://seeded.test/api").post("/v1/sessions", {});
      server.resetHandlers();
      return res.json.id as string;
    };
    const [a, b, c] = [await make(7), await make(7), await make(8)];
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("serves the documented example session, conversation and events", async () => {
    const session = await client.get(`/v1/sessions/${EXAMPLE_SESSION}`);
    expect(session.json).toEqual(exampleValue("SessionIdle"));
    const messages = await client.get(`/v1/sessions/${EXAMPLE_SESSION}/messages`);
    expect(messages.json).toEqual(exampleValue("MessageListConversation"));
    const events = await client.get(`/v1/sessions/${EXAMPLE_SESSION}/events`);
    expect(events.json).toEqual(exampleValue("EventListTurn"));
  });

  it("updates only the fields sent", async () => {
    const session = await createSession({ title: "Before", locale: "en-US", tags: ["a"] });
    mock.clock.advance(1000);
    const res = await client.patch(`/v1/sessions/${session.id}`, { title: "After" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ title: "After", locale: "en-US", tags: ["a"] });
    expect(Date.parse(res.json.updated_at)).toBeGreaterThan(Date.parse(session.updated_at));
  });

  it("deletes a session, after which it is not found", async () => {
    const session = await createSession();
    expect((await client.del(`/v1/sessions/${session.id}`)).status).toBe(204);
    const res = await client.get(`/v1/sessions/${session.id}`);
    expect(res.status).toBe(404);
    expect(res.json.code).toBe("session_not_found");
  });

  it("pages newest first with total, next_url and prev_url", async () => {
    for (let i = 0; i < 5; i++) {
      await createSession({ title: `Plan ${i}` });
      mock.clock.advance(10);
    }
    const first = await client.get("/v1/sessions?limit=2&search=plan");
    expect(first.json.total).toBe(5);
    expect(first.json.data.map((s: { title: string }) => s.title)).toEqual(["Plan 4", "Plan 3"]);
    expect(first.json).not.toHaveProperty("prev_url");
    const next = new URL(first.json.next_url);
    expect(next.origin + next.pathname).toBe(`${BASE}/v1/sessions`);
    expect(Object.fromEntries(next.searchParams)).toEqual({
      search: "plan",
      offset: "2",
      limit: "2",
    });
    const last = await client.get("/v1/sessions?limit=2&offset=4&search=PLAN");
    expect(last.json.data.map((s: { title: string }) => s.title)).toEqual(["Plan 0"]);
    expect(last.json).not.toHaveProperty("next_url");
    expect(new URL(last.json.prev_url).searchParams.get("offset")).toBe("2");
  });

  it("filters by agent_id and rejects an out-of-range limit", async () => {
    await createSession({ agent_id: "agent_0000000000000000000000000000000a" });
    const res = await client.get("/v1/sessions?agent_id=agent_0000000000000000000000000000000a");
    expect(res.json.total).toBe(1);
    expect((await client.get("/v1/sessions?limit=101")).status).toBe(400);
  });

  it("counts sessions by status", async () => {
    await createSession();
    const res = await client.get("/v1/sessions/stats");
    expect(res.json).toEqual({
      total: 2,
      started: 1,
      active: 0,
      idle: 1,
      waiting_for_tool_results: 0,
    });
  });

  it("pins and unpins for the current user", async () => {
    const session = await createSession();
    expect((await client.put(`/v1/sessions/${session.id}/pin`)).status).toBe(204);
    expect((await client.get(`/v1/sessions/${session.id}`)).json.is_pinned).toBe(true);
    expect((await client.del(`/v1/sessions/${session.id}/pin`)).status).toBe(204);
    expect((await client.get(`/v1/sessions/${session.id}`)).json.is_pinned).toBe(false);
  });

  it("exports the conversation as JSON Lines", async () => {
    const res = await client.get(`/v1/sessions/${EXAMPLE_SESSION}/export`);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    const lines = res.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual(exampleValue<{ data: unknown[] }>("MessageListConversation").data);
  });
});

describe("turns", () => {
  it("runs a turn: started -> active -> idle, with the events of a real turn in order", async () => {
    const session = await createSession();
    const sent = await client.post(
      `/v1/sessions/${session.id}/messages`,
      textMessage("Hello there, agent"),
    );
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({ role: "user", sequence: 1, session_id: session.id });
    expect((await client.get(`/v1/sessions/${session.id}`)).json.status).toBe("active");
    mock.advance();
    expect((await client.get(`/v1/sessions/${session.id}`)).json.status).toBe("idle");

    const events = (await client.get(`/v1/sessions/${session.id}/events`)).json.data;
    const types = events.map((e: { type: string }) => e.type);
    const deltas = types.filter((t: string) => t === "output.message.delta").length;
    expect(deltas).toBeGreaterThanOrEqual(2);
    expect(types).toEqual([
      "input.message",
      "turn.started",
      "session.activated",
      "output.message.started",
      ...Array(deltas).fill("output.message.delta"),
      "output.message.completed",
      "turn.completed",
      "session.idled",
    ]);
    expect(events.map((e: { sequence: number }) => e.sequence)).toEqual(
      events.map((_: unknown, i: number) => i + 1),
    );
    const ids = events.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);

    const completed = events.find((e: { type: string }) => e.type === "output.message.completed");
    const lastDelta = events
      .filter((e: { type: string }) => e.type === "output.message.delta")
      .at(-1);
    expect(lastDelta.data.accumulated).toBe(completed.data.message.content[0].text);
    expect(completed.data.message.content[0].text).toContain("Hello there, agent");
    const done = events.find((e: { type: string }) => e.type === "turn.completed");
    expect(done.data).toMatchObject({ iterations: 1, final_message_id: completed.data.message.id });
    expect(done.data.usage.input_tokens).toBeGreaterThan(0);
  });

  it("refuses a second message while a turn runs (409 turn_in_progress)", async () => {
    const session = await createSession();
    await client.post(`/v1/sessions/${session.id}/messages`, textMessage("one"));
    const res = await client.post(`/v1/sessions/${session.id}/messages`, textMessage("two"));
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("turn_in_progress");
  });

  it("calls a client-side tool, waits for its result and finishes with it", async () => {
    const session = await createSession({ tools: [WEATHER_TOOL] });
    await client.post(
      `/v1/sessions/${session.id}/messages`,
      textMessage("Will the weather in Kyiv hold on 2026-07-15?"),
    );
    mock.advance();
    expect((await client.get(`/v1/sessions/${session.id}`)).json.status).toBe(
      "waitingfortoolresults",
    );
    const events = (await client.get(`/v1/sessions/${session.id}/events?types=tool.call_requested`))
      .json.data;
    expect(events).toHaveLength(1);
    const [call] = events[0].data.tool_calls;
    expect(call).toMatchObject({
      name: "get_weather",
      arguments: { city: "Kyiv", date: "2026-07-15" },
    });
    expect(call.id).toMatch(/^call_[0-9a-f]{32}$/);

    const unknown = await client.post(`/v1/sessions/${session.id}/tool-results`, {
      tool_results: [{ tool_call_id: "call_nope", result: 1 }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.code).toBe("unknown_tool_call_id");

    const ok = await client.post(`/v1/sessions/${session.id}/tool-results`, {
      tool_results: [{ tool_call_id: call.id, result: { forecast: "sunny", high_c: 27 } }],
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ accepted: 1, status: "active" });
    mock.advance();

    const after = (await client.get(`/v1/sessions/${session.id}/events?since_id=${events[0].id}`))
      .json.data;
    expect(after[0]).toMatchObject({
      type: "tool.completed",
      data: { tool_call_id: call.id, tool_name: "get_weather", success: true },
    });
    expect(after.at(-2)).toMatchObject({ type: "turn.completed", data: { iterations: 2 } });
    const answer = after.find((e: { type: string }) => e.type === "output.message.completed").data
      .message.content[0].text;
    expect(answer).toContain('"forecast":"sunny"');
    const roles = (await client.get(`/v1/sessions/${session.id}/messages`)).json.data.map(
      (m: { role: string }) => m.role,
    );
    expect(roles).toEqual(["user", "agent", "tool_result", "agent"]);

    const late = await client.post(`/v1/sessions/${session.id}/tool-results`, {
      tool_results: [{ tool_call_id: call.id, result: 1 }],
    });
    expect(late.status).toBe(409);
    expect(late.json.code).toBe("session_not_waiting_for_tool_results");
  });

  it("cancels a running turn with turn.cancelled, and is a no_op when idle", async () => {
    const session = await createSession();
    await client.post(`/v1/sessions/${session.id}/messages`, textMessage("a long job"));
    mock.advance(20);
    const cancelled = await client.post(`/v1/sessions/${session.id}/cancel`);
    expect(cancelled.json.status).toBe("cancelled");
    mock.advance();
    const types = (await client.get(`/v1/sessions/${session.id}/events`)).json.data.map(
      (e: { type: string }) => e.type,
    );
    expect(types.slice(-2)).toEqual(["turn.cancelled", "session.idled"]);
    expect(types).not.toContain("turn.completed");
    expect((await client.get(`/v1/sessions/${session.id}`)).json.status).toBe("idle");
    expect((await client.post(`/v1/sessions/${session.id}/cancel`)).json.status).toBe("no_op");
  });

  it("follows a scripted responder, including failures", async () => {
    const scripted = createMockApi({
      clock: "manual",
      baseUrl: "https://scripted.test/api",
      responder: ["First answer.", { fail: "Model down", code: "model_provider_error" }],
    });
    server.use(...scripted.handlers);
    const c = api("https://scripted.test/api");
    const session = (await c.post("/v1/sessions", {})).json;
    await c.post(`/v1/sessions/${session.id}/messages`, textMessage("q1"));
    scripted.advance();
    await c.post(`/v1/sessions/${session.id}/messages`, textMessage("q2"));
    scripted.advance();
    const events = (
      await c.get(
        `/v1/sessions/${session.id}/events?types=output.message.completed&types=turn.failed`,
      )
    ).json.data;
    expect(events[0].data.message.content[0].text).toBe("First answer.");
    expect(events[1].data).toMatchObject({
      error: "Model down",
      error_code: "model_provider_error",
    });
  });

  it("waits for an async responder and settles", async () => {
    const slow = createMockApi({
      baseUrl: "https://async.test/api",
      tickMs: 1,
      responder: async ({ text }) => `async: ${text}`,
    });
    server.use(...slow.handlers);
    const c = api("https://async.test/api");
    const session = (await c.post("/v1/sessions", {})).json;
    await c.post(`/v1/sessions/${session.id}/messages`, textMessage("ping"));
    await slow.settle();
    expect((await c.get(`/v1/sessions/${session.id}`)).json).toMatchObject({
      status: "idle",
      output_preview: "async: ping",
    });
    slow.close();
  });
});

describe("events list", () => {
  const path = `/v1/sessions/${EXAMPLE_SESSION}/events`;
  const seqs = async (query: string) =>
    ((await client.get(`${path}?${query}`)).json.data as { sequence: number }[]).map(
      (e) => e.sequence,
    );

  it("narrows by types first, then removes exclude", async () => {
    expect(await seqs("types=output.message.delta&types=turn.completed")).toEqual([8, 9, 11]);
    expect(
      await seqs("types=output.message.delta&types=turn.completed&exclude=turn.completed"),
    ).toEqual([8, 9]);
    expect(await seqs("exclude=output.message.delta")).toEqual([1, 2, 3, 4, 5, 6, 7, 10, 11, 12]);
  });

  it("answers 400 for an unknown type, and for a comma-joined list (arrays are repeated keys)", async () => {
    const unknown = await client.get(`${path}?types=turn.exploded`);
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({
      code: "unknown_event_type",
      detail: "'turn.exploded' is not an event type.",
    });
    expect((await client.get(`${path}?types=turn.started,turn.completed`)).status).toBe(400);
    expect((await client.get(`${path}?types=budget.exceeded`)).status).toBe(200);
  });

  it("resumes after since_id and walks cursors", async () => {
    expect(await seqs("since_id=event_01933b5a0000700080000000000e0009")).toEqual([10, 11, 12]);
    expect(await seqs("after_sequence=10")).toEqual([11, 12]);
    expect(await seqs("before_sequence=3")).toEqual([1, 2]);
    expect(await seqs("around=6&window=1")).toEqual([5, 6, 7]);
  });

  it("keeps the last N with X-Total-Count, oldest first", async () => {
    const res = await client.get(`${path}?limit=3&exclude=session.idled`);
    expect(res.json.data.map((e: { sequence: number }) => e.sequence)).toEqual([9, 10, 11]);
    expect(res.headers.get("x-total-count")).toBe("11");
    expect((await client.get(`${path}?limit=0`)).status).toBe(400);
  });

  it("filters by turn, tool name, text and time, and orders descending", async () => {
    expect(await seqs("turn_id=turn_01933b5a000070008000000000000b01")).toHaveLength(11);
    expect(await seqs("turn_id=turn_other")).toEqual([]);
    expect(await seqs("tool_name=get_weather")).toEqual([5, 6]);
    expect(await seqs("q=SUNNY")).toEqual([6, 9, 10]);
    expect(await seqs("from_ts=2026-05-25T10:00:09Z")).toEqual([10, 11, 12]);
    expect(await seqs("order_desc=true&limit=2")).toEqual([12, 11]);
  });
});

describe("errors", () => {
  it("answers problem+json with the right status and code", async () => {
    const notFound = await client.get("/v1/sessions/session_0000000000000000000000000000dead");
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("content-type")).toBe("application/problem+json");
    expect(notFound.json).toMatchObject({
      title: "Session not found",
      status: 404,
      code: "session_not_found",
      instance: "/v1/sessions/session_0000000000000000000000000000dead",
    });
    expect(notFound.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);

    expect((await client.get("/v1/sessions/agent_01933b5a00007000800000000000001")).json.code).toBe(
      "invalid_session_id",
    );
    expect((await client.get("/v1/sessions/session_a%20b")).status).toBe(400);
  });

  it("validates bodies against the spec: 422 with JSON pointers, 400 for broken JSON", async () => {
    const bad = await client.post("/v1/sessions", { title: 42, harness_name: "Not Valid" });
    expect(bad.status).toBe(422);
    expect(bad.json.code).toBe("validation_failed");
    expect(bad.json.detail).toContain("/body/title");
    expect(bad.json.detail).toContain("/body/harness_name");
    const both = await client.post("/v1/sessions", {
      harness_id: "harness_1",
      harness_name: "default",
    });
    expect(both.json.detail).toContain("harness_id and harness_name");
    const empty = await client.post(`/v1/sessions/${EXAMPLE_SESSION}/messages`, {
      message: { content: [] },
    });
    expect(empty.status).toBe(422);
    expect(empty.json.detail).toContain("/body/message/content");
    const broken = await client.post("/v1/sessions", "{not json");
    expect(broken.status).toBe(400);
    expect(broken.json.code).toBe("invalid_json");
  });

  it("answers 401 without a token or with a Bearer prefix, never echoing the token", async () => {
    const secret = "evr_pat_supersecret0000000000000000";
    const bearer = await api(BASE, `Bearer ${secret}`).get("/v1/sessions");
    expect(bearer.status).toBe(401);
    expect(bearer.json.detail).toMatch(/Bearer/);
    expect(bearer.text).not.toContain(secret);
    expect((await api(BASE, "").get("/v1/sessions")).status).toBe(401);
  });

  it("accepts only the configured token when apiKey is set", async () => {
    const locked = createMockApi({ baseUrl: "https://locked.test/api", apiKey: TOKEN });
    server.use(...locked.handlers);
    expect((await api("https://locked.test/api").get("/v1/sessions")).status).toBe(200);
    const wrong = await api("https://locked.test/api", "evr_pat_wrong").get("/v1/sessions");
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain("evr_pat_wrong");
  });
});

describe("fault injection", () => {
  it("answers 429 with Retry-After for the given operation, the given number of times", async () => {
    mock.faults.add({ operations: "getSession", status: 429, retryAfterSeconds: 3, times: 1 });
    const limited = await client.get(`/v1/sessions/${EXAMPLE_SESSION}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect(limited.json).toMatchObject({ code: "rate_limited", retry_after_seconds: 3 });
    expect((await client.get("/v1/sessions")).status).toBe(200);
    expect((await client.get(`/v1/sessions/${EXAMPLE_SESSION}`)).status).toBe(200);
  });

  it("answers 502 and 504 with the HTML a proxy sends", async () => {
    mock.faults.add({ status: 502, times: 1 });
    const res = await client.get("/v1/sessions");
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.text).toContain("502 Bad Gateway");
  });

  it("fires random faults repeatably for a seed", async () => {
    const run = async () => {
      mock.reset();
      mock.faults.add({ status: 503, probability: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await client.get("/v1/sessions/stats")).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it("adds latency", async () => {
    mock.faults.add({ operations: ["listSessions"], latencyMs: 60 });
    const started = performance.now();
    await client.get("/v1/sessions");
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

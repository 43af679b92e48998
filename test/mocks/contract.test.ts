/**
 * The mock never answers with something the spec does not allow: a full scenario over loopback HTTP,
 * every response checked against the spec's documented statuses, headers and body schemas.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/mocks/node.js";
import {
  matchOperation,
  validateResponse,
  type ValidationError,
} from "../../src/mocks/openapi-validator.js";
import { readFrames, textMessage, TOKEN, WEATHER_TOOL } from "./helpers.js";

let server: MockServer;
const checked: { operationId: string; status: number; errors: ValidationError[] }[] = [];

beforeAll(async () => {
  server = await startMockServer({ port: 0, tickMs: 2 });
});
afterAll(() => server.close());

/** Calls the mock and validates the answer against the spec; returns status, headers and parsed body. */
async function call(method: string, path: string, body?: unknown, token = TOKEN) {
  const headers: Record<string, string> = { Authorization: token };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const operation = matchOperation(method, new URL(res.url).pathname.replace(/^\/api/, ""));
  if (!operation) throw new Error(`No operation in the spec for ${method} ${path}`);
  const text = await res.text();
  const contentType = res.headers.get("content-type");
  const parsed =
    contentType?.includes("json") && !contentType.includes("ndjson") && text
      ? JSON.parse(text)
      : text;
  // The export is JSON Lines: the validator checks each line against the spec's x-itemSchema (Message).
  const errors = validateResponse({
    operationId: operation.operationId,
    status: res.status,
    headers: res.headers,
    contentType,
    body: parsed,
  });
  checked.push({ operationId: operation.operationId, status: res.status, errors });
  return { status: res.status, headers: res.headers, body: parsed };
}

async function waitForStatus(id: string, status: string) {
  for (let i = 0; i < 500; i++) {
    if ((await call("GET", `/v1/sessions/${id}`)).body.status === status) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`Session ${id} never became ${status}`);
}

it("answers a whole scenario only with what the spec documents", async () => {
  const created = await call("POST", "/v1/sessions", {
    title: "Contract",
    tags: ["c"],
    tools: [WEATHER_TOOL],
    locale: "en-US",
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await call("GET", `/v1/sessions/${id}`);
  await call("GET", "/v1/sessions?limit=1&offset=1");
  await call("GET", "/v1/sessions?search=contract");
  await call("PATCH", `/v1/sessions/${id}`, { title: "Contract (final)", tags: ["c", "final"] });

  expect(
    (
      await call(
        "POST",
        `/v1/sessions/${id}/messages`,
        textMessage("Weather in Kyiv on 2026-07-15?"),
      )
    ).status,
  ).toBe(201);
  expect((await call("POST", `/v1/sessions/${id}/messages`, textMessage("again"))).status).toBe(
    409,
  );
  await waitForStatus(id, "waitingfortoolresults");
  const requested = await call("GET", `/v1/sessions/${id}/events?types=tool.call_requested`);
  const callId = requested.body.data[0].data.tool_calls[0].id;
  expect(
    (
      await call("POST", `/v1/sessions/${id}/tool-results`, {
        tool_results: [{ tool_call_id: "call_x", result: 1 }],
      })
    ).status,
  ).toBe(400);
  expect(
    (
      await call("POST", `/v1/sessions/${id}/tool-results`, {
        tool_results: [{ tool_call_id: callId, result: { forecast: "sunny" } }],
      })
    ).status,
  ).toBe(200);
  await waitForStatus(id, "idle");
  expect(
    (
      await call("POST", `/v1/sessions/${id}/tool-results`, {
        tool_results: [{ tool_call_id: callId, result: 1 }],
      })
    ).status,
  ).toBe(409);

  await call("GET", `/v1/sessions/${id}/events`);
  await call("GET", `/v1/sessions/${id}/events?limit=3&order_desc=true`);
  await call(
    "GET",
    `/v1/sessions/${id}/events?types=output.message.delta&exclude=output.message.delta`,
  );
  await call(
    "GET",
    `/v1/sessions/${id}/events?after_sequence=2&before_sequence=8&tool_name=get_weather`,
  );
  expect((await call("GET", `/v1/sessions/${id}/events?types=not.a.type`)).status).toBe(400);
  await call("GET", `/v1/sessions/${id}/messages`);
  await call("GET", `/v1/sessions/${id}/export`);
  await call("PUT", `/v1/sessions/${id}/pin`);
  await call("DELETE", `/v1/sessions/${id}/pin`);
  await call("GET", "/v1/sessions/stats");
  expect((await call("POST", `/v1/sessions/${id}/cancel`)).body.status).toBe("no_op");
  await call("POST", `/v1/sessions/${id}/messages`, textMessage("start and cancel"));
  expect((await call("POST", `/v1/sessions/${id}/cancel`)).body.status).toBe("cancelled");

  // The stream's headers and status are checked here; its frames are Events, checked below.
  const stream = await fetch(`${server.url}/v1/sessions/${id}/sse`, {
    headers: { Authorization: TOKEN },
  });
  const { frames } = await readFrames(stream, (f) => f.event === "session.idled");
  checked.push({
    operationId: "streamEvents",
    status: stream.status,
    errors: validateResponse({
      operationId: "streamEvents",
      status: stream.status,
      headers: stream.headers,
      body: "",
    }),
  });
  for (const frame of frames.filter((f) => f.id !== undefined)) {
    const errors = validateResponse({
      operationId: "listEvents",
      status: 200,
      contentType: "application/json",
      body: { data: [JSON.parse(frame.data)] },
    });
    checked.push({ operationId: "streamEvents", status: 200, errors });
  }

  // Errors.
  expect((await call("GET", "/v1/sessions/session_00000000000000000000000000000000")).status).toBe(
    404,
  );
  expect((await call("GET", "/v1/sessions/agent_01933b5a00007000800000000000001")).status).toBe(
    400,
  );
  expect((await call("POST", "/v1/sessions", { title: 1 })).status).toBe(422);
  expect((await call("PATCH", `/v1/sessions/${id}`, {})).status).toBe(422);
  expect((await call("GET", "/v1/sessions", undefined, "Bearer evr_pat_x")).status).toBe(401);
  for (const status of [429, 500, 502, 503, 504] as const) {
    server.mock.faults.add({ operations: "getSession", status, times: 1 });
    expect((await call("GET", `/v1/sessions/${id}`)).status).toBe(status);
  }
  expect((await call("DELETE", `/v1/sessions/${id}`)).status).toBe(204);
  expect((await call("DELETE", `/v1/sessions/${id}`)).status).toBe(404);

  const failures = checked.filter((c) => c.errors.length > 0);
  expect(failures).toEqual([]);
  const covered = new Set(checked.map((c) => c.operationId));
  expect([...covered].sort()).toEqual(
    [
      "cancelTurn",
      "createMessage",
      "createSession",
      "deleteSession",
      "exportSession",
      "getSession",
      "getSessionStats",
      "listEvents",
      "listMessages",
      "listSessions",
      "pinSession",
      "streamEvents",
      "submitToolResults",
      "unpinSession",
      "updateSession",
    ].sort(),
  );
});

it("checks a request body the same when the path has a trailing slash", async () => {
  // The loopback router accepts `/v1/sessions/`; the body must not skip the spec's checks there.
  const res = await fetch(`${server.url}/v1/sessions/`, {
    method: "POST",
    headers: { Authorization: TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({ title: 5 }),
  });
  expect(res.status).toBe(422);
});

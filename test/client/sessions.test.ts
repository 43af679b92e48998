import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  UnprocessableEntityError,
  ValidationError,
} from "../../src/errors.js";
import {
  API_KEY,
  BASE,
  example,
  ORG_ID,
  problem,
  SESSION_ID,
  SESSION_PATH as S,
  useMockApi,
} from "../support/msw.js";

const { server, contract, client } = useMockApi({ orgId: ORG_ID });

describe("sessions.create", () => {
  it("posts the body with the raw token and org header, and returns the created session", async () => {
    const session = await client.sessions.create({
      title: "Q3 marketing brief",
      harness_name: "generic",
      tags: ["q3"],
    });
    const sent = await contract.last();
    expect(sent.method).toBe("POST");
    expect(sent.url.href).toBe(`${BASE}/v1/sessions`);
    expect(sent.headers.get("authorization")).toBe(API_KEY);
    expect(sent.headers.get("x-org-id")).toBe(ORG_ID);
    expect(sent.headers.get("content-type")).toBe("application/json");
    expect(sent.body).toEqual({
      title: "Q3 marketing brief",
      harness_name: "generic",
      tags: ["q3"],
    });
    expect(session).toEqual(example("SessionCreated"));
  });

  it("sends an empty object when called without a body", async () => {
    await client.sessions.create();
    expect((await contract.last()).body).toEqual({});
  });

  it.each([
    [{ harness_id: "harness_01933b5a00007000800000000000001", harness_name: "generic" }, "body"],
    [{ harness_name: "Generic" }, "body.harness_name"],
    [{ harness_name: "a--b" }, "body.harness_name"],
    [{ harness_name: "a".repeat(65) }, "body.harness_name"],
    [{ harness_id: "agent_01933b5a00007000800000000000001" }, "body.harness_id"],
    [{ agent_id: "session_01933b5a00007000800000000000001" }, "body.agent_id"],
  ])("rejects %j before sending (%s)", async (body, argument) => {
    const error = await client.sessions.create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).argument).toBe(argument);
    expect(contract.requests).toHaveLength(0);
  });

  it("accepts a 64-character harness name", async () => {
    await client.sessions.create({ harness_name: `${"a".repeat(31)}-${"b".repeat(32)}` });
    expect(contract.requests).toHaveLength(1);
  });

  it("maps 422 to UnprocessableEntityError with the problem fields", async () => {
    server.use(http.post(`${BASE}/v1/sessions`, () => problem(422, "ProblemValidationFailed")));
    const error = (await client.sessions
      .create({ title: "x" })
      .catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.status).toBe(422);
    expect(error.code).toBe(example<{ code: string }>("ProblemValidationFailed").code);
    expect(error.requestId).toBe("req_test_1");
  });

  it("maps 401 to AuthenticationError", async () => {
    server.use(http.post(`${BASE}/v1/sessions`, () => problem(401, "ProblemUnauthorized")));
    await expect(client.sessions.create()).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("sessions.get", () => {
  it("gets the session by id under the base path", async () => {
    const session = await client.sessions.get(SESSION_ID);
    expect((await contract.last()).method).toBe("GET");
    expect((await contract.last()).url.pathname).toBe(`/api/v1/sessions/${SESSION_ID}`);
    expect((await contract.last()).body).toBeUndefined();
    expect(session).toEqual(example("SessionIdle"));
  });

  it("keeps fields the SDK does not know and passes an unknown status through", async () => {
    server.use(
      http.get(S, () =>
        HttpResponse.json({
          ...example<Record<string, unknown>>("SessionIdle"),
          status: "hibernating",
          _links: { self: "/x" },
        }),
      ),
    );
    contract.allowOffSpecResponses();
    const session = await client.sessions.get(SESSION_ID);
    expect(session.status).toBe("hibernating");
    expect((session as unknown as { _links: unknown })._links).toEqual({ self: "/x" });
  });

  it("maps 404 to NotFoundError with a one-line message", async () => {
    server.use(http.get(S, () => problem(404, "ProblemSessionNotFound")));
    const error = (await client.sessions.get(SESSION_ID).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe("session_not_found");
    expect(error.message).toMatch(/^404 session_not_found: /);
    expect(error.message).not.toContain("\n");
  });

  it("maps 400 to BadRequestError", async () => {
    server.use(http.get(S, () => problem(400, "ProblemInvalidSessionId")));
    await expect(client.sessions.get(SESSION_ID)).rejects.toBeInstanceOf(BadRequestError);
  });

  it.each([
    ["", "an empty string"],
    ["agent_01933b5a00007000800000000000001", "agent_"],
    ["session_", "session_"],
    ["session_abc/../../v1/x", "/"],
    ["session_abc?x=1", "?"],
    ["session_abc#x", "#"],
    ["session_abc%2F", "%"],
    ["session_abc def", " "],
    ["session_abc\n", "newline"],
  ])("rejects %j before sending", async (id) => {
    const error = await client.sessions.get(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).argument).toBe("sessionId");
    expect((error as Error).message).toContain('a session id like "session_');
    expect(contract.requests).toHaveLength(0);
  });

  it("accepts ids whose hex part is not 32 digits long", async () => {
    await client.sessions.get("session_01933b5a00007000800000000000001"); // 31
    await client.sessions.get("session_01933b5a000070008000000000000001"); // 32
    await client.sessions.get("session_1");
    expect(contract.requests).toHaveLength(3);
  });

  it("hands back the raw response and request id with withResponse()", async () => {
    server.use(
      http.get(S, () =>
        HttpResponse.json(example("SessionIdle"), { headers: { "x-request-id": "req_42" } }),
      ),
    );
    const { data, response, requestId } = await client.sessions.get(SESSION_ID).withResponse();
    expect(data.id).toBe(SESSION_ID);
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_42");
  });

  it("sends per-call headers, which win over the client's", async () => {
    await client.sessions.get(SESSION_ID, { headers: { "X-Org-Id": "org_2", "X-Trace": "t1" } });
    expect((await contract.last()).headers.get("x-org-id")).toBe("org_2");
    expect((await contract.last()).headers.get("x-trace")).toBe("t1");
    expect((await contract.last()).headers.get("authorization")).toBe(API_KEY);
  });

  it("rejects a per-call header value with CR/LF before sending", async () => {
    await expect(
      client.sessions.get(SESSION_ID, { headers: { "X-Trace": "a\r\nb" } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(contract.requests).toHaveLength(0);
  });
});

describe("sessions.update", () => {
  it("patches only the fields given", async () => {
    const session = await client.sessions.update(SESSION_ID, {
      title: "Q3 marketing plan (final)",
    });
    expect((await contract.last()).method).toBe("PATCH");
    expect((await contract.last()).url.pathname).toBe(`/api/v1/sessions/${SESSION_ID}`);
    expect((await contract.last()).body).toEqual({ title: "Q3 marketing plan (final)" });
    expect(session).toEqual(example("SessionUpdated"));
  });

  it("rejects an agent_identity_id of another kind", async () => {
    const error = await client.sessions
      .update(SESSION_ID, { agent_identity_id: "agent_1" })
      .catch((e: unknown) => e);
    expect((error as ValidationError).argument).toBe("body.agent_identity_id");
  });

  it("maps 404 to NotFoundError", async () => {
    server.use(http.patch(S, () => problem(404, "ProblemSessionNotFound")));
    await expect(client.sessions.update(SESSION_ID, { tags: [] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("sessions.delete, pin, unpin", () => {
  it("deletes and resolves to undefined on 204", async () => {
    await expect(client.sessions.delete(SESSION_ID)).resolves.toBeUndefined();
    expect((await contract.last()).method).toBe("DELETE");
    expect((await contract.last()).url.pathname).toBe(`/api/v1/sessions/${SESSION_ID}`);
  });

  it("pins with PUT and unpins with DELETE on /pin", async () => {
    await client.sessions.pin(SESSION_ID);
    expect([(await contract.last()).method, (await contract.last()).url.pathname]).toEqual([
      "PUT",
      `/api/v1/sessions/${SESSION_ID}/pin`,
    ]);
    await client.sessions.unpin(SESSION_ID);
    expect([(await contract.last()).method, (await contract.last()).url.pathname]).toEqual([
      "DELETE",
      `/api/v1/sessions/${SESSION_ID}/pin`,
    ]);
  });

  it("maps 404 on delete and pin", async () => {
    server.use(
      http.delete(S, () => problem(404, "ProblemSessionNotFound")),
      http.put(`${S}/pin`, () => problem(404, "ProblemSessionNotFound")),
    );
    await expect(client.sessions.delete(SESSION_ID)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.sessions.pin(SESSION_ID)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("sessions.stats and cancel", () => {
  it("returns the counts by status", async () => {
    const stats = await client.sessions.stats();
    expect((await contract.last()).url.pathname).toBe("/api/v1/sessions/stats");
    expect(stats).toEqual({
      total: 42,
      started: 3,
      active: 2,
      idle: 36,
      waiting_for_tool_results: 1,
    });
  });

  it("cancels the running turn, and reports no_op when idle", async () => {
    expect(await client.sessions.cancel(SESSION_ID)).toEqual(example("CancelTurnCancelled"));
    expect([(await contract.last()).method, (await contract.last()).url.pathname]).toEqual([
      "POST",
      `/api/v1/sessions/${SESSION_ID}/cancel`,
    ]);
    server.use(http.post(`${S}/cancel`, () => HttpResponse.json(example("CancelTurnNoOp"))));
    expect((await client.sessions.cancel(SESSION_ID)).status).toBe("no_op");
  });
});

describe("sessions.submitToolResults", () => {
  const results = [
    { tool_call_id: "call_01933b5a00007000800000000000c01", result: { temp_c: 21 } },
  ];

  it("posts the results in one request, from an array or a body", async () => {
    const answer = await client.sessions.submitToolResults(SESSION_ID, results);
    expect((await contract.last()).url.pathname).toBe(
      `/api/v1/sessions/${SESSION_ID}/tool-results`,
    );
    expect((await contract.last()).body).toEqual({ tool_results: results });
    expect(answer).toEqual({ accepted: 1, status: "active" });
    await client.sessions.submitToolResults(SESSION_ID, { tool_results: results });
    expect((await contract.last()).body).toEqual({ tool_results: results });
  });

  it("maps 409 (not waiting for tool results) to ConflictError and does not retry it", async () => {
    server.use(
      http.post(`${S}/tool-results`, () => problem(409, "ProblemNotWaitingForToolResults")),
    );
    const error = (await client.sessions
      .submitToolResults(SESSION_ID, results)
      .catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("session_not_waiting_for_tool_results");
    expect(contract.requests).toHaveLength(1);
  });
});

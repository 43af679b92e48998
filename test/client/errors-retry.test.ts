import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_BACKOFF, retryDelay, shouldRetry, type Failure } from "../../src/core/retry.js";
import {
  APIError,
  AuthenticationError,
  ConnectionError,
  EverrunsError,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
  retryAfterSeconds,
  ValidationError,
} from "../../src/errors.js";
import {
  API_KEY,
  BASE,
  example,
  problem,
  SESSION_ID,
  SESSION_PATH as S,
  testClient,
  useMockApi,
} from "../support/msw.js";

const { server, contract, client } = useMockApi();

/** Every way an error could show the key. */
function exposures(error: unknown): string {
  const e = error as Error;
  return [
    e.message,
    e.stack,
    JSON.stringify(e),
    inspect(e, { depth: 10, showHidden: true }),
    String(e),
  ].join("\n");
}

// Answers with each response in turn, then repeats the last one.
function sequence(...responses: Array<() => Response>) {
  let n = 0;
  return () => responses[Math.min(n++, responses.length - 1)]!();
}

const html502 = () =>
  new HttpResponse(example<string>("BadGatewayHtml"), {
    status: 502,
    headers: { "content-type": "text/html" },
  });

describe("the retry policy as data", () => {
  // The README's table: method x failure -> retried?
  const failures: Array<[string, Failure]> = [
    ["connection refused (not sent)", { kind: "connection", sent: false }],
    ["connection lost (maybe sent)", { kind: "connection", sent: true }],
    ["timeout", { kind: "timeout" }],
    ["408", { kind: "status", status: 408 }],
    ["409", { kind: "status", status: 409 }],
    ["429", { kind: "status", status: 429 }],
    ["500", { kind: "status", status: 500 }],
    ["502", { kind: "status", status: 502 }],
    ["503", { kind: "status", status: 503 }],
    ["503 + Retry-After", { kind: "status", status: 503, retryAfter: 1 }],
    ["504", { kind: "status", status: 504 }],
    ["400", { kind: "status", status: 400 }],
    ["404", { kind: "status", status: 404 }],
  ];
  const table: Record<string, string> = {
    GET: "yes yes yes yes no yes yes yes yes yes yes no no",
    PUT: "yes yes yes yes no yes yes yes yes yes yes no no",
    PATCH: "yes yes yes yes no yes yes yes yes yes yes no no",
    DELETE: "yes yes yes yes no yes yes yes yes yes yes no no",
    POST: "yes no no no no yes no no no yes no no no",
  };

  it.each(Object.entries(table))("%s retries exactly as the table says", (method, row) => {
    const got = failures
      .map(([, failure]) => (shouldRetry(method, failure) ? "yes" : "no"))
      .join(" ");
    expect(got).toBe(row);
  });

  it("backs off from 0.5 s doubling, capped at 8 s, with up to 25 % jitter", () => {
    expect(
      [1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, undefined, DEFAULT_BACKOFF, () => 0)),
    ).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelay(1, undefined, DEFAULT_BACKOFF, () => 0.999)).toBeGreaterThan(375);
    expect(retryDelay(1, undefined, DEFAULT_BACKOFF, () => 0.999)).toBeLessThan(500);
  });

  it("honors a server hint and gives up on one longer than the cap", () => {
    expect(retryDelay(1, 2)).toBe(2000);
    expect(retryDelay(1, 0)).toBe(0);
    expect(retryDelay(1, 61)).toBeUndefined();
  });

  it("reads Retry-After as seconds or an HTTP date, else the body's retry_after_seconds", () => {
    expect(retryAfterSeconds(new Headers({ "retry-after": "3" }))).toBe(3);
    const date = new Date(Date.now() + 10_000).toUTCString();
    expect(retryAfterSeconds(new Headers({ "retry-after": date }))).toBeGreaterThan(8);
    expect(retryAfterSeconds(new Headers(), { retry_after_seconds: 4 })).toBe(4);
    expect(retryAfterSeconds(new Headers({ "retry-after": "soon" }))).toBeUndefined();
  });
});

describe("retries against the mock API", () => {
  it("retries a GET on 503 and succeeds", async () => {
    // Retry-After (0 s) wins over the body's retry_after_seconds.
    const unavailable = () => problem(503, "ProblemUnavailable", { "retry-after": "0" });
    server.use(
      http.get(
        S,
        sequence(unavailable, unavailable, () => HttpResponse.json(example("SessionIdle"))),
      ),
    );
    const session = await client.sessions.get(SESSION_ID);
    expect(session.id).toBe(SESSION_ID);
    expect(contract.requests).toHaveLength(3);
  });

  it("gives up after maxRetries and throws the last error; an HTML 502 gets a clean message", async () => {
    server.use(http.get(S, html502));
    const error = (await client.sessions
      .get(SESSION_ID)
      .catch((e: unknown) => e)) as InternalServerError;
    expect(contract.requests).toHaveLength(3);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBeUndefined();
    expect(error.message).toBe("502 server error (non-JSON text/html response)");
  });

  it("honors per-call maxRetries", async () => {
    server.use(http.get(S, html502));
    await expect(client.sessions.get(SESSION_ID, { maxRetries: 0 })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(contract.requests).toHaveLength(1);
  });

  it("never retries a POST on 500, nor on a lost connection", async () => {
    server.use(http.post(`${BASE}/v1/sessions`, () => problem(500, "ProblemInternal")));
    await expect(client.sessions.create()).rejects.toBeInstanceOf(InternalServerError);
    expect(contract.requests).toHaveLength(1);
    server.use(http.post(`${S}/messages`, () => HttpResponse.error()));
    await expect(client.messages.create(SESSION_ID, "hi")).rejects.toBeInstanceOf(ConnectionError);
    expect(contract.requests).toHaveLength(2);
  });

  it("retries a POST on 429 and on 503 with Retry-After, but not on a bare 503", async () => {
    server.use(
      http.post(
        `${S}/messages`,
        sequence(
          () => problem(429, "ProblemRateLimited", { "retry-after": "0" }),
          () => HttpResponse.json(example("UserMessageCreated"), { status: 201 }),
        ),
      ),
    );
    await client.messages.create(SESSION_ID, "hi");
    expect(contract.requests).toHaveLength(2);

    server.use(
      http.post(
        `${BASE}/v1/sessions`,
        sequence(
          () => problem(503, "ProblemUnavailable", { "retry-after": "0" }),
          () => HttpResponse.json(example("SessionCreated"), { status: 201 }),
        ),
      ),
    );
    await client.sessions.create();
    expect(contract.requests).toHaveLength(4);

    const bare = { ...example<Record<string, unknown>>("ProblemUnavailable") };
    delete bare.retry_after_seconds;
    server.use(
      http.post(`${BASE}/v1/sessions`, () =>
        HttpResponse.json(bare, {
          status: 503,
          headers: { "content-type": "application/problem+json" },
        }),
      ),
    );
    await expect(client.sessions.create()).rejects.toBeInstanceOf(InternalServerError);
    expect(contract.requests).toHaveLength(5);
  });

  it("retries a GET after a connection error", async () => {
    server.use(
      http.get(
        S,
        sequence(
          () => HttpResponse.error(),
          () => HttpResponse.json(example("SessionIdle")),
        ),
      ),
    );
    await client.sessions.get(SESSION_ID);
    expect(contract.requests).toHaveLength(2);
  });

  it("does not wait out a Retry-After longer than a minute: the RateLimitError says how long", async () => {
    server.use(http.get(S, () => problem(429, "ProblemRateLimited", { "retry-after": "120" })));
    const error = (await client.sessions
      .get(SESSION_ID)
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(contract.requests).toHaveLength(1);
  });

  it("maps 403 to PermissionDeniedError with allowed actions kept", async () => {
    server.use(http.get(S, () => problem(403, "ProblemForbidden")));
    const error = (await client.sessions
      .get(SESSION_ID)
      .catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.allowedActions).toEqual(
      example<{ allowed_actions?: unknown[] }>("ProblemForbidden").allowed_actions ?? [],
    );
  });

  it("turns a 200 with a broken JSON body into an APIError, and an empty 200 too", async () => {
    contract.allowOffSpecResponses();
    server.use(
      http.get(
        S,
        () =>
          new HttpResponse('{"id": "session_', { headers: { "content-type": "application/json" } }),
      ),
    );
    const broken = await client.sessions.get(SESSION_ID).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(APIError);
    expect((broken as APIError).message).toBe("200 invalid JSON in application/json response body");
    server.use(http.get(S, () => new HttpResponse("", { status: 200 })));
    const empty = await client.sessions.get(SESSION_ID).catch((e: unknown) => e);
    expect((empty as APIError).message).toBe("200 empty response body");
  });
});

describe("secrets", () => {
  it("never shows the API key in any error, even when the server echoes it back", async () => {
    const echo = {
      title: "Unauthorized",
      status: 401,
      code: "invalid_token",
      detail: `Token ${API_KEY} is revoked`,
    };
    server.use(
      http.get(S, () =>
        HttpResponse.json(echo, {
          status: 401,
          headers: { "content-type": "application/problem+json" },
        }),
      ),
    );
    const errors: unknown[] = [await client.sessions.get(SESSION_ID).catch((e: unknown) => e)];
    expect(errors[0]).toBeInstanceOf(AuthenticationError);
    expect((errors[0] as APIError).detail).toBe("Token *** is revoked");
    server.use(http.get(S, () => HttpResponse.error()));
    errors.push(await client.sessions.get(SESSION_ID, { maxRetries: 0 }).catch((e: unknown) => e));
    errors.push(await client.sessions.get(API_KEY as string).catch((e: unknown) => e));
    errors.push(
      await client.sessions
        .get("session_1", { headers: { Authorization: `${API_KEY}\n` } })
        .catch((e: unknown) => e),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(EverrunsError);
      expect(exposures(error)).not.toContain(API_KEY);
      expect(exposures(error)).not.toContain("TESTSECRET");
    }
    expect(errors[2]).toBeInstanceOf(ValidationError);
  });

  it("logs method, URL, status, attempt and duration at debug, with Authorization masked; nothing by default", async () => {
    const spy = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    await client.sessions.get(SESSION_ID);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    info.mockRestore();

    const lines: string[] = [];
    const logger = {
      debug: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    const logged = testClient({ logger, logLevel: "debug" });
    server.use(
      http.get(
        S,
        sequence(
          () => problem(503, "ProblemUnavailable", { "retry-after": "0" }),
          () => HttpResponse.json(example("SessionIdle")),
        ),
      ),
    );
    await logged.sessions.get(SESSION_ID);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      new RegExp(
        `^everruns: GET ${BASE}/v1/sessions/${SESSION_ID} -> 503 \\(attempt 1, \\d+ ms\\)`,
      ),
    );
    expect(lines[0]).toContain("authorization: ***");
    expect(lines[1]).toMatch(/^everruns: retrying GET .* in \d+ ms \(503 service_unavailable/);
    expect(lines[2]).toMatch(/-> 200 \(attempt 2, \d+ ms\)/);
    expect(lines.join("\n")).not.toContain(API_KEY);
  });
});

/**
 * msw handlers for the client tests: the happy path of every operation, answered with the spec's
 * own named examples (so fixtures cannot drift from the spec). Error cases are per-test overrides
 * built with `problem()`.
 */
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import spec from "../../generated/openapi.json" with { type: "json" };
import { Everruns } from "../../src/client.js";
import type { ClientOptions } from "../../src/core/config.js";
import { useContract } from "./contract.js";

/** A base URL with a path prefix, as a self-hosted install has. */
export const BASE = "https://api.everruns.test/api";
/** An API key shaped like a real one; tests check it never leaks. */
export const API_KEY = "evr_pat_TESTSECRET0123456789abcdef";
/** The documented story's ids. */
export const SESSION_ID = "session_01933b5a00007000800000000000001";
export const ORG_ID = "org_00000000000000000000000000000001";
/** One session's path as msw matches it, e.g. `${SESSION_PATH}/messages`. */
export const SESSION_PATH = `${BASE}/v1/sessions/:session_id`;

const examples = (
  spec as unknown as { components: { examples: Record<string, { value: unknown }> } }
).components.examples;

/** The value of a named example of the spec, e.g. `example("SessionIdle")`; a fresh copy each call. */
export function example<T = Record<string, unknown>>(name: string): T {
  const found = examples[name];
  if (!found) throw new Error(`no example ${name} in the spec`);
  return structuredClone(found.value) as T;
}

/** A client for the mock API with tiny backoff, so retry tests run fast. */
export function testClient(options: ClientOptions = {}): Everruns {
  return new Everruns({
    apiKey: API_KEY,
    baseUrl: BASE,
    backoff: { initialDelayMs: 1, maxDelayMs: 4 },
    ...options,
  });
}

/** A problem+json response, e.g. `problem(404, "ProblemSessionNotFound")`. */
export function problem(
  status: number,
  exampleName: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(example(exampleName)), {
    status,
    headers: {
      "content-type": "application/problem+json",
      "x-request-id": "req_test_1",
      ...headers,
    },
  });
}

const S = SESSION_PATH;
const json = (body: unknown, status = 200) =>
  HttpResponse.json(body as Record<string, unknown>, { status });

/** Happy-path handlers for every operation the client calls. */
export const handlers = [
  http.post(`${BASE}/v1/sessions`, () => json(example("SessionCreated"), 201)),
  http.get(`${BASE}/v1/sessions`, () => json(example("SessionPageFirst"))),
  http.get(`${BASE}/v1/sessions/stats`, () => json(example("SessionStatsCounts"))),
  http.get(S, () => json(example("SessionIdle"))),
  http.patch(S, () => json(example("SessionUpdated"))),
  http.delete(S, () => new HttpResponse(null, { status: 204 })),
  http.post(`${S}/cancel`, () => json(example("CancelTurnCancelled"))),
  http.put(`${S}/pin`, () => new HttpResponse(null, { status: 204 })),
  http.delete(`${S}/pin`, () => new HttpResponse(null, { status: 204 })),
  http.get(
    `${S}/export`,
    () =>
      new HttpResponse(example<string>("SessionExportLines"), {
        headers: {
          "content-type": "application/x-ndjson",
          "content-disposition": `attachment; filename="${SESSION_ID}.jsonl"`,
        },
      }),
  ),
  http.post(`${S}/messages`, () => json(example("UserMessageCreated"), 201)),
  http.get(`${S}/messages`, () => json(example("MessageListConversation"))),
  http.get(`${S}/events`, () => json(example("EventListTurn"))),
  http.post(`${S}/tool-results`, () => json(example("ToolResultsAccepted"))),
];

/**
 * What every msw-backed client test file sets up: a server with the happy-path handlers, run for
 * the file under the contract check (`useContract`), and a test client.
 */
export function useMockApi(options: ClientOptions = {}) {
  const server = setupServer(...handlers);
  return { server, contract: useContract(server), client: testClient(options) };
}

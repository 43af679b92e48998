/**
 * The contract check for msw-backed tests: every request the SDK sends must validate against the
 * spec (path, query, headers, body), and every mocked response must be one the spec documents
 * (status, headers, body). A violation fails the test it happened in.
 *
 * It also records each request (method, URL, headers, parsed body) so tests can assert on them.
 */
import type { SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import {
  matchOperation,
  validateRequest,
  validateResponse,
  validateSchema,
} from "../../src/mocks/openapi-validator.js";

/** A request as the mock server saw it. */
export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  /** Parsed JSON body, the raw text for other types, or `undefined` without a body. */
  body: unknown;
}

/** The handle a test file gets from `useContract`. */
export interface Contract {
  /** Requests seen in the current test, in order (bodies are filled in by `last()` / `settled()`). */
  readonly requests: Recorded[];
  /** The last request seen, with its body; fails when there was none. */
  last(): Promise<Recorded>;
  /** Every request seen so far, with bodies. */
  settled(): Promise<Recorded[]>;
  /** Lets this test mock responses outside the spec (malformed bodies); requests are still checked. */
  allowOffSpecResponses(): void;
}

/**
 * Starts `server` for the file (`onUnhandledRequest: "error"`) and checks the contract around each test.
 *
 * @example
 * ```ts
 * const server = setupServer(...handlers);
 * const contract = useContract(server);
 * ```
 */
export function useContract(server: SetupServer): Contract {
  const requests: Recorded[] = [];
  const violations: string[] = [];
  const pending: Promise<void>[] = [];
  let offSpecResponses = false;

  server.events.on("request:start", ({ request }) => {
    pending.push(checkRequest(request.clone(), requests, violations));
  });
  server.events.on("response:mocked", ({ request, response }) => {
    if (!offSpecResponses) pending.push(checkResponse(request, response.clone(), violations));
  });

  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(async () => {
    await Promise.all(pending.splice(0));
    server.resetHandlers();
    requests.length = 0;
    offSpecResponses = false;
    const found = violations.splice(0);
    expect(found, "contract violations").toEqual([]);
  });
  afterAll(() => server.close());

  return {
    requests,
    async last() {
      await Promise.all(pending);
      const request = requests.at(-1);
      if (!request) throw new Error("no request was sent");
      return request;
    },
    async settled() {
      await Promise.all(pending);
      return requests;
    },
    allowOffSpecResponses() {
      offSpecResponses = true;
    },
  };
}

/** Checks one request against the spec; pushes what is wrong to `violations`. */
export async function checkRequest(
  request: Request,
  requests: Recorded[],
  violations: string[],
): Promise<void> {
  const url = new URL(request.url);
  // Recorded at once so counts are exact; the body follows.
  const recorded: Recorded = {
    method: request.method,
    url,
    headers: request.headers,
    body: undefined,
  };
  requests.push(recorded);
  const text = await request.text();
  const type = request.headers.get("content-type") ?? "";
  let body: unknown = text === "" ? undefined : text;
  if (text && type.includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      violations.push(`${request.method} ${url.pathname}: request body is not JSON`);
    }
  }
  recorded.body = body;
  const where = `${request.method} ${url.pathname}${url.search}`;
  if (!matchOperation(request.method, apiPath(url))) {
    violations.push(`${where}: no such operation in the spec`);
    return;
  }
  for (const error of validateRequest({
    method: request.method,
    url,
    headers: request.headers,
    body,
  })) {
    violations.push(`${where}: request ${error.pointer} ${error.message}`);
  }
  const auth = request.headers.get("authorization");
  if (!auth || /^bearer /i.test(auth))
    violations.push(`${where}: Authorization must carry the raw token`);
}

/** Checks one mocked response against the spec; pushes what is wrong to `violations`. */
export async function checkResponse(
  request: Request,
  response: Response,
  violations: string[],
): Promise<void> {
  const url = new URL(request.url);
  const operation = matchOperation(request.method, apiPath(url));
  if (!operation) return; // already reported for the request
  const contentType = response.headers.get("content-type");
  // A live event stream never ends in a test; its frames are checked by the streaming tests.
  let body = contentType?.startsWith("text/event-stream") ? undefined : await response.text();
  const errors: { pointer: string; message: string }[] = [];
  if (contentType?.startsWith("application/x-ndjson") && body !== undefined) {
    // The spec types the export body as a string; each line must be a Message.
    body.split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      try {
        for (const e of validateSchema("Message", JSON.parse(line)))
          errors.push({ pointer: `/body/${i}${e.pointer}`, message: e.message });
      } catch {
        errors.push({ pointer: `/body/${i}`, message: "line is not valid JSON" });
      }
    });
    body = undefined;
  }
  errors.push(
    ...validateResponse({
      operationId: operation.operationId,
      status: response.status,
      contentType,
      headers: response.headers,
      body: body === "" ? undefined : body,
    }),
  );
  for (const error of errors) {
    violations.push(
      `${request.method} ${url.pathname} -> ${response.status}: response ${error.pointer} ${error.message}`,
    );
  }
}

// The path after any base path prefix: `/api/v1/sessions` -> `/v1/sessions`.
function apiPath(url: URL): string {
  const at = url.pathname.indexOf("/v1/");
  return at === -1 ? url.pathname : url.pathname.slice(at);
}

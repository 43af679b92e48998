import { describe, expect, it } from "vitest";
import {
  createOpenApiValidator,
  matchOperation,
  validateRequest,
  validateResponse,
  validateSchema,
  type OpenApiDocument,
} from "../../src/mocks/openapi-validator.js";

const SESSION_ID = "session_01933b5a00007000800000000000001";
const BASE = "https://app.everruns.com/api";

/** A small document that exercises every code path independently of the product spec. */
const fixture: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "fixture", version: "1" },
  "x-top-level": true,
  paths: {
    "/v1/things": {
      get: {
        operationId: "listThings",
        parameters: [
          { $ref: "#/components/parameters/Limit" },
          {
            name: "kinds",
            in: "query",
            style: "form",
            explode: true,
            schema: { type: "array", maxItems: 2, items: { type: "string", enum: ["a", "b"] } },
          },
          { name: "desc", in: "query", schema: { type: "boolean" } },
          { name: "X-Org-Id", in: "header", required: true, schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "ok",
            headers: {
              "X-Total-Count": { required: true, schema: { type: "integer", minimum: 0 } },
            },
            content: { "application/json": { schema: { $ref: "#/components/schemas/ThingList" } } },
          },
          "4XX": { $ref: "#/components/responses/Problem" },
        },
      },
      post: {
        operationId: "createThing",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
        },
        responses: {
          "201": {
            description: "created",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          default: { $ref: "#/components/responses/Problem" },
        },
      },
    },
    "/v1/things/{thing_id}": {
      parameters: [
        {
          name: "thing_id",
          in: "path",
          required: true,
          schema: { type: "string", pattern: "^thing_[0-9a-z]+$" },
        },
      ],
      get: {
        operationId: "getThing",
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
        },
      },
      delete: { operationId: "deleteThing", responses: { "204": { description: "gone" } } },
    },
    "/v1/things/{thing_id}/export": {
      get: {
        operationId: "exportThing",
        parameters: [{ name: "thing_id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "lines",
            content: {
              "application/x-ndjson": {
                schema: { type: "string", "x-itemSchema": { $ref: "#/components/schemas/Thing" } },
              },
            },
          },
        },
      },
    },
    // Declared after the template it overlaps, so matching must not depend on order.
    "/v1/things/stats": {
      get: { operationId: "thingStats", responses: { "204": { description: "none" } } },
    },
  },
  components: {
    parameters: {
      Limit: {
        name: "limit",
        in: "query",
        schema: { type: "integer", minimum: 1, maximum: 100 },
        example: 20,
      },
    },
    responses: {
      Problem: {
        description: "problem",
        content: {
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        },
      },
    },
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "kind"],
        properties: {
          id: { type: "string", example: "thing_1" },
          kind: { $ref: "#/components/schemas/Kind" },
          created_at: { type: "string", format: "date-time" },
          locale: { type: "string", format: "bcp47", "x-note": "a format Ajv does not know" },
          parts: { type: "array", items: { $ref: "#/components/schemas/Part" } },
        },
        xml: { name: "thing" },
        externalDocs: { url: "https://example.invalid" },
        example: { id: "thing_1", kind: "a" },
      },
      Kind: { type: "string", enum: ["a", "b"] },
      ThingList: {
        type: "object",
        required: ["data"],
        properties: { data: { type: "array", items: { $ref: "#/components/schemas/Thing" } } },
      },
      Part: {
        oneOf: [
          { $ref: "#/components/schemas/TextPart" },
          { $ref: "#/components/schemas/ImagePart" },
        ],
        discriminator: { propertyName: "type" },
      },
      TextPart: {
        type: "object",
        required: ["type", "text"],
        properties: { type: { const: "text" }, text: { type: "string" } },
      },
      ImagePart: {
        type: "object",
        required: ["type", "url"],
        properties: { type: { const: "image" }, url: { type: "string", format: "uri" } },
      },
      Problem: {
        type: "object",
        required: ["title", "status"],
        properties: { title: { type: "string" }, status: { type: "integer" } },
      },
      Broken: { type: "object", properties: { a: { $ref: "#/components/schemas/Nowhere" } } },
    },
  },
};

const fx = createOpenApiValidator(fixture);

describe("validateSchema", () => {
  it("accepts a valid value and tolerates OpenAPI keywords, x- extensions and unknown formats", () => {
    expect(fx.validateSchema("Thing", { id: "t", kind: "a", locale: "uk-UA" })).toEqual([]);
  });

  it("points at the bad value, not at its parent", () => {
    expect(fx.validateSchema("Thing", { id: "t", kind: "c" })).toEqual([
      { pointer: "/kind", message: 'must be equal to one of the allowed values: "a", "b"' },
    ]);
    expect(fx.validateSchema("Thing", { kind: "a" })).toEqual([
      { pointer: "/id", message: "must have required property 'id'" },
    ]);
  });

  it("checks formats (date-time, uri)", () => {
    expect(fx.validateSchema("Thing", { id: "t", kind: "a", created_at: "yesterday" })).toEqual([
      { pointer: "/created_at", message: 'must match format "date-time"' },
    ]);
  });

  it("reports only the closest oneOf branch", () => {
    const errors = fx.validateSchema("Thing", { id: "t", kind: "a", parts: [{ type: "text" }] });
    expect(errors).toEqual([
      { pointer: "/parts/0/text", message: "must have required property 'text'" },
      { pointer: "/parts/0", message: "must match exactly one schema in oneOf" },
    ]);
    const image = fx.validateSchema("Part", { type: "image", url: 42 });
    expect(image.map((e) => e.pointer)).toEqual(["/url", ""]);
  });

  it("takes a #/ pointer as well as a component name", () => {
    expect(fx.validateSchema("#/components/schemas/Kind", "b")).toEqual([]);
    expect(fx.validateSchema("#/components/schemas/Kind", "z")).toHaveLength(1);
  });

  it("compiles lazily: a broken schema fails only when it is used", () => {
    const validator = createOpenApiValidator(fixture);
    expect(validator.validateSchema("Kind", "a")).toEqual([]);
    expect(() => validator.validateSchema("Broken", {})).toThrow(/Nowhere/);
    expect(() => validator.validateSchema("Missing", {})).toThrow(/no schema/);
  });
});

describe("matchOperation", () => {
  it("prefers a literal segment over a template", () => {
    expect(fx.matchOperation("GET", "/v1/things/stats")?.operationId).toBe("thingStats");
    expect(fx.matchOperation("get", "/v1/things/thing_1")).toMatchObject({
      operationId: "getThing",
      method: "GET",
      path: "/v1/things/{thing_id}",
      pathParams: { thing_id: "thing_1" },
    });
  });

  it("decodes path parameters and rejects unknown paths and methods", () => {
    expect(fx.matchOperation("GET", "/v1/things/a%20b")?.pathParams).toEqual({ thing_id: "a b" });
    expect(fx.matchOperation("PUT", "/v1/things/thing_1")).toBeUndefined();
    expect(fx.matchOperation("GET", "/v1/things/thing_1/extra")).toBeUndefined();
    expect(fx.matchOperation("GET", "/v2/things")).toBeUndefined();
  });
});

describe("validateRequest", () => {
  const headers = { "X-Org-Id": "org_1" };

  it("accepts repeated array keys and coerces numbers and booleans from the query string", () => {
    const url = `${BASE}/v1/things?kinds=a&kinds=b&limit=5&desc=true`;
    expect(fx.validateRequest({ method: "GET", url, headers })).toEqual([]);
    expect(fx.validateRequest({ method: "GET", url: "/v1/things?kinds=a", headers })).toEqual([]);
  });

  it("reports bad, unknown and missing parameters by location", () => {
    const url = new URL(`${BASE}/v1/things?kinds=a&kinds=b&kinds=a&limit=abc&desc=maybe&page=2`);
    expect(fx.validateRequest({ method: "GET", url })).toEqual([
      { pointer: "/query/limit", message: "must be integer" },
      { pointer: "/query/kinds", message: "must NOT have more than 2 items" },
      { pointer: "/query/desc", message: "must be boolean" },
      { pointer: "/headers/x-org-id", message: "is required" },
      { pointer: "/query/page", message: "unknown query parameter" },
    ]);
    expect(fx.validateRequest({ method: "GET", url: "/v1/things?limit=0", headers })).toEqual([
      { pointer: "/query/limit", message: "must be >= 1" },
    ]);
  });

  it("reads header parameters from a Headers object", () => {
    const h = new Headers({ "x-org-id": "org_1" });
    expect(fx.validateRequest({ method: "GET", url: "/v1/things", headers: h })).toEqual([]);
  });

  it("checks path parameters against their schema, path-level ones included", () => {
    expect(fx.validateRequest({ method: "DELETE", url: "/v1/things/thing_1" })).toEqual([]);
    expect(fx.validateRequest({ method: "DELETE", url: "/v1/things/agent_1" })).toEqual([
      { pointer: "/path/thing_id", message: 'must match pattern "^thing_[0-9a-z]+$"' },
    ]);
  });

  it("reports a request no operation matches", () => {
    expect(fx.validateRequest({ method: "PATCH", url: "/v1/things" })).toEqual([
      { pointer: "/path", message: "no operation for PATCH /v1/things" },
    ]);
  });

  it("validates the JSON body, parsed or as text", () => {
    const url = "/v1/things";
    expect(fx.validateRequest({ method: "POST", url, body: { id: "t", kind: "a" } })).toEqual([]);
    expect(fx.validateRequest({ method: "POST", url, body: '{"id":"t","kind":"a"}' })).toEqual([]);
    expect(fx.validateRequest({ method: "POST", url, body: { id: 3, kind: "a" } })).toEqual([
      { pointer: "/body/id", message: "must be string" },
    ]);
    expect(fx.validateRequest({ method: "POST", url, body: "{nope" })).toEqual([
      { pointer: "/body", message: "body is not valid JSON" },
    ]);
    expect(fx.validateRequest({ method: "POST", url })).toEqual([
      { pointer: "/body", message: "is required" },
    ]);
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect(fx.validateRequest({ method: "POST", url, headers: form, body: "id=t" })).toEqual([
      { pointer: "/headers/content-type", message: expect.stringContaining("unsupported") },
    ]);
    expect(fx.validateRequest({ method: "DELETE", url: "/v1/things/thing_1", body: {} })).toEqual([
      { pointer: "/body", message: "this operation takes no request body" },
    ]);
  });
});

describe("validateResponse", () => {
  const ok = { operationId: "listThings", status: 200, contentType: "application/json" };

  it("accepts a documented status, headers and body", () => {
    const headers = { "x-total-count": "3" };
    expect(fx.validateResponse({ ...ok, headers, body: { data: [] } })).toEqual([]);
  });

  it("checks the body against the schema for that status", () => {
    const headers = { "x-total-count": "3" };
    expect(fx.validateResponse({ ...ok, headers, body: { data: [{ id: "t" }] } })).toEqual([
      { pointer: "/body/data/0/kind", message: "must have required property 'kind'" },
    ]);
  });

  it("checks documented headers: required and typed", () => {
    expect(fx.validateResponse({ ...ok, body: { data: [] } })).toEqual([
      { pointer: "/headers/x-total-count", message: "is required" },
    ]);
    const headers = new Headers({ "X-Total-Count": "many" });
    expect(fx.validateResponse({ ...ok, headers, body: { data: [] } })).toEqual([
      { pointer: "/headers/x-total-count", message: "must be integer" },
    ]);
  });

  it("falls back to a status range, then to default", () => {
    const problem = { title: "Nope", status: 404 };
    const type = "application/problem+json; charset=utf-8";
    expect(
      fx.validateResponse({
        operationId: "listThings",
        status: 404,
        contentType: type,
        body: problem,
      }),
    ).toEqual([]);
    expect(
      fx.validateResponse({ operationId: "createThing", status: 503, contentType: type, body: {} }),
    ).toEqual([
      { pointer: "/body/title", message: "must have required property 'title'" },
      { pointer: "/body/status", message: "must have required property 'status'" },
    ]);
  });

  it("reports undocumented statuses, media types, bodies and operations", () => {
    expect(fx.validateResponse({ operationId: "getThing", status: 500 })).toEqual([
      { pointer: "/status", message: "status 500 is not documented for getThing" },
    ]);
    expect(
      fx.validateResponse({ operationId: "getThing", status: 200, contentType: "text/html" }),
    ).toEqual([
      {
        pointer: "/headers/content-type",
        message: "media type text/html is not documented for status 200",
      },
    ]);
    expect(fx.validateResponse({ operationId: "deleteThing", status: 204, body: "x" })).toEqual([
      { pointer: "/body", message: "no body is documented" },
    ]);
    expect(fx.validateResponse({ operationId: "deleteThing", status: 204 })).toEqual([]);
    expect(fx.validateResponse({ operationId: "nope", status: 200 })).toEqual([
      { pointer: "", message: "unknown operationId nope" },
    ]);
  });

  it("validates JSON Lines one line at a time against x-itemSchema", () => {
    const res = { operationId: "exportThing", status: 200, contentType: "application/x-ndjson" };
    const good = '{"id":"a","kind":"a"}\n{"id":"b","kind":"b"}\n';
    expect(fx.validateResponse({ ...res, body: good })).toEqual([]);
    expect(fx.validateResponse({ ...res, body: '{"id":"a","kind":"a"}\n{"id":"b"}\n' })).toEqual([
      { pointer: "/body/1/kind", message: "must have required property 'kind'" },
    ]);
  });
});

describe("the bundled Sessions API spec", () => {
  it("routes every documented operation", () => {
    const s = `/v1/sessions/${SESSION_ID}`;
    const routes: Array<[string, string, string]> = [
      ["POST", "/v1/sessions", "createSession"],
      ["GET", "/v1/sessions", "listSessions"],
      ["GET", "/v1/sessions/stats", "getSessionStats"],
      ["GET", s, "getSession"],
      ["PATCH", s, "updateSession"],
      ["DELETE", s, "deleteSession"],
      ["POST", `${s}/cancel`, "cancelTurn"],
      ["PUT", `${s}/pin`, "pinSession"],
      ["DELETE", `${s}/pin`, "unpinSession"],
      ["GET", `${s}/export`, "exportSession"],
      ["POST", `${s}/messages`, "createMessage"],
      ["GET", `${s}/messages`, "listMessages"],
      ["GET", `${s}/events`, "listEvents"],
      ["GET", `${s}/sse`, "streamEvents"],
      ["POST", `${s}/tool-results`, "submitToolResults"],
    ];
    for (const [method, path, operationId] of routes) {
      expect(matchOperation(method, path)?.operationId, `${method} ${path}`).toBe(operationId);
    }
  });

  it("accepts a canonical message request and rejects a malformed one", () => {
    const url = `${BASE}/v1/sessions/${SESSION_ID}/messages`;
    const body = { message: { role: "user", content: [{ type: "text", text: "Weather?" }] } };
    expect(validateRequest({ method: "POST", url, body })).toEqual([]);
    const bad = { message: { content: [{ type: "text" }] } };
    expect(validateRequest({ method: "POST", url, body: bad })).toContainEqual({
      pointer: "/body/message/content/0/text",
      message: "must have required property 'text'",
    });
  });

  it("checks the event list query: repeated types, bounds, ids", () => {
    const url = `${BASE}/v1/sessions/${SESSION_ID}/events`;
    const types = Array.from({ length: 26 }, (_, i) => `types=t${i}`).join("&");
    expect(
      validateRequest({
        method: "GET",
        url: `${url}?types=turn.started&types=turn.completed&limit=5`,
      }),
    ).toEqual([]);
    expect(validateRequest({ method: "GET", url: `${url}?${types}` })).toEqual([
      { pointer: "/query/types", message: "must NOT have more than 25 items" },
    ]);
    expect(validateRequest({ method: "GET", url: `${url}?limit=1001` })).toEqual([
      { pointer: "/query/limit", message: "must be <= 1000" },
    ]);
    const wrongId = `${BASE}/v1/sessions/agent_01933b5a00007000800000000000001/events`;
    expect(validateRequest({ method: "GET", url: wrongId }).map((e) => e.pointer)).toEqual([
      "/path/session_id",
    ]);
  });

  it("accepts every session status the server writes and rejects others", () => {
    for (const status of ["started", "active", "idle", "waitingfortoolresults", "paused"]) {
      expect(validateSchema("SessionStatus", status), status).toEqual([]);
    }
    expect(validateSchema("SessionStatus", "bogus")).toHaveLength(1);
  });

  it("validates problem responses and session bodies", () => {
    const problem = { title: "Session not found", status: 404, code: "session_not_found" };
    const contentType = "application/problem+json";
    expect(
      validateResponse({ operationId: "getSession", status: 404, contentType, body: problem }),
    ).toEqual([]);
    const session = {
      id: SESSION_ID,
      organization_id: "org_00000000000000000000000000000001",
      harness_id: "harness_01933b5a00007000800000000000001",
      owner_principal_id: "principal_01933b5a000070008000000000000001",
      tags: [],
      created_at: "2026-05-25T10:00:00Z",
      updated_at: "2026-05-25T10:00:00Z",
    };
    const res = { operationId: "getSession", status: 200, contentType: "application/json" };
    expect(validateResponse({ ...res, body: { ...session, status: "idle" } })).toEqual([]);
    expect(validateResponse({ ...res, body: session })).toEqual([
      { pointer: "/body/status", message: "must have required property 'status'" },
    ]);
  });
});

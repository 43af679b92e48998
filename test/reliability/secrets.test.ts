/**
 * Secrets: the API key goes out in the `Authorization` header and nowhere else. Every failure the
 * SDK can produce is provoked here with the suite's key, and with a server that echoes the key
 * back; the file guard then checks every error's message, properties, JSON, inspect output, stack
 * and cause, and every logged line (debug level), for the key.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Everruns, ValidationError } from "../../src/index.js";
import {
  closedPort,
  SESSION_ID,
  startFaultyServer,
  type Fault,
  type FaultyServer,
} from "../support/faulty-server.js";
import { startSseServer, type SseServer } from "../support/sse-server.js";
import {
  API_KEY,
  failure,
  guardFile,
  leaksKey,
  logLines,
  makeClient,
  renderings,
} from "./support.js";

guardFile();

let server: FaultyServer;
let sse: SseServer;
beforeAll(async () => {
  server = await startFaultyServer({ retryAfterSeconds: 0 });
  sse = await startSseServer({ retryMs: 1 });
});
afterAll(async () => {
  await server.close();
  await sse.close();
});

describe("the key never leaks", () => {
  it("is sent raw in Authorization, and only there", async () => {
    const client = makeClient(server.baseUrl);
    await client.sessions.get(SESSION_ID, { headers: { "x-call-id": "secret:header" } });
    const [headers] = server.call("secret:header").headers;
    expect(headers?.authorization).toBe(API_KEY);
    const others = Object.entries(headers ?? {}).filter(([name]) => name !== "authorization");
    expect(others.some(([, value]) => leaksKey(String(value)))).toBe(false);
    // The debug line for that request was logged, with the header masked.
    expect(logLines.some((l) => l.includes("authorization: ***"))).toBe(true);
  });

  it.each<Fault>([
    "reset-before-response",
    "stall",
    "409",
    "429-seconds",
    "502-html",
    "503",
    "404",
    "truncated-json",
    "empty-200",
    "cut-body",
  ])("not in the error or the logs after %s", async (fault) => {
    const client = makeClient(server.baseUrl, { timeoutMs: 200 });
    const error = await failure(
      client.sessions.get(SESSION_ID, {
        headers: { "x-call-id": `secret:${fault}`, "x-fault": fault },
      }),
    );
    expect(renderings(error).filter(leaksKey)).toEqual([]);
  });

  it("not after a refused connection", async () => {
    const client = makeClient(`http://127.0.0.1:${await closedPort()}/api`);
    const error = await failure(client.sessions.get(SESSION_ID));
    expect(renderings(error).filter(leaksKey)).toEqual([]);
  });

  it("masked when a server echoes it back in an error body", async () => {
    const echo = async (request: Request) =>
      new Response(
        JSON.stringify({
          title: "Unauthorized",
          status: 401,
          detail: `token ${request.headers.get("authorization")} is revoked`,
        }),
        {
          status: 401,
          headers: { "content-type": "application/problem+json" },
        },
      );
    const client = makeClient(server.baseUrl, { fetch: echo });
    const error = await failure(client.sessions.get(SESSION_ID));
    expect((error as Error).message).toMatch(/token \*\*\* is revoked/);
    expect(renderings(error).filter(leaksKey)).toEqual([]);
  });

  it("masked in an echoed body even when the key does not look like an Everruns token", async () => {
    const plainKey = "k3y-w1th0ut-4ny-pr3f1x-0123456789";
    const echo = async (request: Request) =>
      new Response(`<html>bad key ${request.headers.get("authorization")}</html>`, {
        status: 502,
        headers: { "content-type": "text/html" },
      });
    const client = new Everruns({
      apiKey: plainKey,
      baseUrl: server.baseUrl,
      fetch: echo,
      maxRetries: 0,
    });
    const error = await failure(client.sessions.get(SESSION_ID));
    expect(renderings(error).filter((text) => text.includes(plainKey))).toEqual([]);
  });

  it("masked when the stream's server echoes it in an error body", async () => {
    const client = makeClient(sse.baseUrl, {
      fetch: async (request) =>
        new Response(
          JSON.stringify({
            title: "Forbidden",
            status: 403,
            detail: `key ${request.headers.get("authorization")}`,
          }),
          {
            status: 403,
            headers: { "content-type": "application/problem+json" },
          },
        ),
    });
    const error = await failure(client.events.stream(SESSION_ID).next());
    expect(renderings(error).filter(leaksKey)).toEqual([]);
  });

  it("not in a ValidationError for a bad key, a key passed as an id, or a bad header", async () => {
    const errors = [
      await failure(async () => new Everruns({ apiKey: `${API_KEY}\r\n` })),
      await failure(async () => new Everruns({ apiKey: ` ${API_KEY}` })),
      await failure(async () => makeClient(server.baseUrl).sessions.get(String(API_KEY))),
      await failure(async () => makeClient(server.baseUrl).sessions.get(`session_${API_KEY}/x`)),
      await failure(async () => makeClient(server.baseUrl, { orgId: API_KEY })),
      await failure(async () =>
        makeClient(server.baseUrl, { defaultHeaders: { "X-Key": `${API_KEY}\n` } }),
      ),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(renderings(error).filter(leaksKey)).toEqual([]);
    }
  });

  it("not in the client itself when it is logged or serialized", () => {
    const client = makeClient(server.baseUrl);
    expect(leaksKey(inspect(client, { depth: 6, showHidden: true }))).toBe(false);
    expect(leaksKey(JSON.stringify(client) ?? "")).toBe(false);
  });
});

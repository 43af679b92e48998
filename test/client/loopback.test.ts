/**
 * The transport against a real HTTP server on 127.0.0.1: timeouts, aborts (during a request and
 * during backoff), refused and reset connections, stalled bodies, and no timer left behind.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Everruns } from "../../src/client.js";
import { AbortError, ConnectionError, TimeoutError } from "../../src/errors.js";
import { API_KEY, example, SESSION_ID } from "../support/msw.js";
import { activeTimers } from "../support/util.js";

type Behavior = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

let server: Server;
let base: string;
let behavior: Behavior;
let attempts = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    attempts++;
    req.resume();
    req.on("end", () => behavior(req, res, attempts));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  attempts = 0;
});

const session = JSON.stringify(example("SessionIdle"));
const ok: Behavior = (_req, res) =>
  res.writeHead(200, { "content-type": "application/json" }).end(session);
const hang: Behavior = () => undefined;

function client(options: ConstructorParameters<typeof Everruns>[0] = {}) {
  return new Everruns({
    apiKey: API_KEY,
    baseUrl: base,
    backoff: { initialDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
}

describe("over loopback HTTP", () => {
  it("leaves no timer behind after a successful call", async () => {
    behavior = ok;
    const before = activeTimers();
    await client().sessions.get(SESSION_ID);
    expect(activeTimers()).toBe(before);
  });

  it("times out each attempt and retries a GET, then throws TimeoutError", async () => {
    behavior = hang;
    const started = Date.now();
    const error = await client({ timeoutMs: 100, maxRetries: 1 })
      .sessions.get(SESSION_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(attempts).toBe(2);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("does not retry a POST that timed out: the server may have acted on it", async () => {
    behavior = hang;
    await expect(
      client().messages.create(SESSION_ID, "hi", { timeoutMs: 100 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(attempts).toBe(1);
  });

  it("covers a body that stalls after the headers with the timeout", async () => {
    behavior = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write(session.slice(0, 20));
    };
    const error = await client({ maxRetries: 0 })
      .sessions.get(SESSION_ID, { timeoutMs: 150 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("settles at once with AbortError when the signal fires during a request", async () => {
    behavior = hang;
    const controller = new AbortController();
    const pending = client()
      .sessions.get(SESSION_ID, { signal: controller.signal })
      .catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const aborted = Date.now();
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
    expect(Date.now() - aborted).toBeLessThan(100);
  });

  it("settles at once with AbortError when the signal fires during backoff", async () => {
    behavior = (_req, res) =>
      res
        .writeHead(503, { "retry-after": "30", "content-type": "application/problem+json" })
        .end('{"title":"Unavailable","status":503}');
    const controller = new AbortController();
    const pending = client()
      .sessions.get(SESSION_ID, { signal: controller.signal })
      .catch((e: unknown) => e);
    while (attempts === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 30));
    const before = Date.now();
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
    expect(Date.now() - before).toBeLessThan(100);
    expect(attempts).toBe(1);
  });

  it("rejects at once for an already aborted signal, sending nothing", async () => {
    behavior = ok;
    await expect(
      client().sessions.get(SESSION_ID, { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(AbortError);
    expect(attempts).toBe(0);
  });

  it("retries a GET whose connection was reset, but not a POST", async () => {
    behavior = (req, res, attempt) =>
      attempt === 1 ? req.socket.destroy() : ok(req, res, attempt);
    await client().sessions.get(SESSION_ID);
    expect(attempts).toBe(2);
    attempts = 0;
    behavior = (req) => req.socket.destroy();
    await expect(client().sessions.create({ title: "once" })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(attempts).toBe(1);
  });

  it("retries a POST whose connection was refused before it was sent", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    let calls = 0;
    const counting = (input: Request, init?: RequestInit) => {
      calls++;
      return fetch(input, init);
    };
    const refused = new Everruns({
      apiKey: API_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      fetch: counting,
      backoff: { initialDelayMs: 1, maxDelayMs: 2 },
    });
    const error = await refused.sessions.create({ title: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls).toBe(3);
  });
});

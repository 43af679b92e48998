/**
 * The mock API in Node: in-process with msw's `setupServer`, or as a real HTTP server on loopback that
 * curl, a browser app or a client in another language can call. Kept apart from `./index.ts` so browser
 * bundles never pull in `node:http` or `msw/node`.
 *
 * The HTTP server bridges each `node:http` request to a fetch `Request`, answers it with the same
 * operations and pipeline as the msw handlers (`mock.handle`, which skips msw's generic matching; msw's
 * `getResponse` over the handlers is the fallback), and streams the answer back chunk by chunk, so
 * `text/event-stream` arrives live. CORS is on, preflight included, for `Authorization`, `X-Org-Id` and `Content-Type`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { getResponse } from "msw";
import { setupServer, type SetupServer } from "msw/node";
import { type MockApi, type MockApiOptions, createMockApi } from "./index.js";
import { problem } from "./problems.js";

/** Options of {@link startMockServer}: where to listen, plus the mock's own options. */
export interface MockServerOptions extends Omit<MockApiOptions, "baseUrl"> {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  port?: number;
  /** Address to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Use this mock instead of creating one from the options. */
  mock?: MockApi;
}

/** A running loopback mock server. */
export interface MockServer {
  /** The API base URL, e.g. `http://127.0.0.1:4010/api`: give it to the SDK as its base URL. */
  readonly url: string;
  /** The mock behind the server (store, faults, clock). */
  readonly mock: MockApi;
  /** The underlying Node server. */
  readonly server: Server;
  /** Stops listening, ends open connections (event streams included) and the mock's timers. */
  close(): Promise<void>;
}

const CORS_HEADERS = {
  "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Allow-Headers":
    "Authorization, X-Org-Id, Content-Type, Accept, Last-Event-ID, X-Request-Id",
  "Access-Control-Expose-Headers": "X-Request-Id, X-Total-Count, Retry-After, Content-Disposition",
  "Access-Control-Max-Age": "600",
};

/**
 * Starts the mock API as an HTTP server.
 *
 * @example
 * ```ts
 * const server = await startMockServer({ port: 0 });
 * const client = createClient({ baseUrl: server.url, apiKey: "evr_pat_demo" });
 * // ...
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = "127.0.0.1", mock: given, ...mockOptions } = options;
  const mock = given ?? createMockApi({ ...mockOptions, baseUrl: "*" });
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void bridge(mock, req, res));
  server.on("connection", (socket) => {
    // Event frames must leave at once, not wait for Nagle's algorithm.
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostInUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostInUrl}:${address.port}/api`,
    mock,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        mock.close();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * Creates a mock and an msw `setupServer` over its handlers, for in-process tests.
 *
 * @example
 * ```ts
 * const { server, mock } = setupMockServer({ clock: "manual" });
 * beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
 * afterEach(() => mock.reset());
 * afterAll(() => server.close());
 * ```
 */
export function setupMockServer(options: MockApiOptions = {}): {
  server: SetupServer;
  mock: MockApi;
} {
  const mock = createMockApi(options);
  return { server: setupServer(...mock.handlers), mock };
}

async function bridge(mock: MockApi, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin;
  const cors: Record<string, string> = {
    ...CORS_HEADERS,
    "Access-Control-Allow-Origin": origin ?? "*",
  };
  if (origin !== undefined) cors.Vary = "Origin";
  if (req.method === "OPTIONS") {
    res.writeHead(204, cors).end();
    return;
  }
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  try {
    const request = await toFetchRequest(req, abort.signal);
    const response =
      (await (mock.handle(request) ?? getResponse(mock.handlers, request))) ?? notFound(request);
    await send(response, res, cors);
  } catch (error) {
    if (!res.headersSent) {
      const detail = error instanceof Error ? error.message : "The mock server failed.";
      await send(
        problem(500, "internal_error", detail, `http://localhost${req.url ?? "/"}`),
        res,
        cors,
      );
    } else {
      res.destroy();
    }
  }
}

async function toFetchRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? "";
    const value = req.rawHeaders[i + 1] ?? "";
    // HTTP/2-style pseudo headers are not valid fetch header names.
    if (!name.startsWith(":")) headers.append(name, value);
  }
  const url = `http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`;
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers, signal });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Request(url, { method, headers, signal, body: Buffer.concat(chunks) });
}

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return problem(
    404,
    "not_found",
    `No operation ${request.method} ${pathname} in the Sessions API.`,
    request.url,
  );
}

async function send(
  response: Response,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (!response.body) {
    res.writeHead(response.status, headers).end();
    return;
  }
  const streaming = response.headers.get("content-type")?.startsWith("text/event-stream") === true;
  if (!streaming) {
    // Small bodies go out in one write with a Content-Length: the fast path for JSON.
    const body = Buffer.from(await response.arrayBuffer());
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers).end(body);
    return;
  }
  res.writeHead(response.status, headers);
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on("close", () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    // A dropped stream (fault injection) ends the connection mid-body, as a network failure does; what
    // was written still goes out first.
    if (res.socket) res.socket.destroySoon();
    else res.destroy();
  }
}

/**
 * A real `node:http` server on 127.0.0.1 that answers the Sessions API's non-streaming routes and
 * misbehaves on command, for the reliability suite.
 *
 * Each request names its logical call and its fault in headers, so concurrent tests share one server:
 * - `x-call-id`: the call's id. Attempts are counted per call id, retries included.
 * - `x-fault`: one of {@link FAULTS}; absent means "behave".
 * - `x-fault-times`: how many attempts of this call misbehave before it behaves (default: all).
 *
 * A POST counts as "processed" when the server acted on it: it read the whole body and the fault
 * leaves the outcome unknown to the client (a reset after the body, a stall, a 500, 502, 504 or 503
 * without a retry hint) or the call succeeded. The suite asserts no call is processed twice.
 *
 * A refused connection cannot be observed by a server: {@link closedPort} gives a port with nothing
 * listening, and {@link FaultyServer.refuse} stops listening (closing kept-alive sockets too).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** Every fault the server can be told to produce. */
export const FAULTS = [
  "reset-before-response",
  "reset-after-body",
  "stall",
  "408",
  "409",
  "429-seconds",
  "429-date",
  "500",
  "502-html",
  "503",
  "503-retry-after",
  "504",
  "404",
  "truncated-json",
  "empty-200",
  "wrong-content-type",
  "html-200",
  "cut-body",
  "bad-json-line",
] as const;

/** A fault's name, as sent in `x-fault`. */
export type Fault = (typeof FAULTS)[number];

/** What the server saw of one logical call. */
export interface CallRecord {
  /** Attempts that reached the server. */
  attempts: number;
  /** Times a POST was acted upon (must never exceed 1). */
  processed: number;
  /** Method and path of the last attempt. */
  method: string;
  path: string;
  /** Body text of each attempt, in order. */
  bodies: string[];
  /** Raw headers of each attempt, in order. */
  headers: IncomingMessage["headers"][];
}

/** Options of {@link startFaultyServer}. */
export interface FaultyServerOptions {
  /** `Retry-After` seconds sent with 429 and 503 faults. Default 1. */
  retryAfterSeconds?: number;
}

/** A running faulty server; see the module comment. */
export interface FaultyServer {
  /** Base URL with the `/api` prefix, e.g. `http://127.0.0.1:54321/api`. */
  readonly baseUrl: string;
  readonly port: number;
  /** Records by call id. */
  readonly calls: Map<string, CallRecord>;
  /** The record of one call (zero attempts when the server never saw it). */
  call(id: string): CallRecord;
  /** Sockets currently open on the server side (idle keep-alive ones included). */
  openSockets(): number;
  /** Requests received whose response has not finished and whose socket is still open. */
  inFlight(): number;
  /** Stops listening for `ms` and drops kept-alive sockets, then listens again on the same port. */
  refuse(ms: number): Promise<void>;
  /** Destroys every socket and stops the server. */
  close(): Promise<void>;
}

/** The canonical session the server's success bodies describe. */
export const SESSION_ID = "session_01933b5a00007000800000000000001";
const MESSAGE_ID = "message_01933b5a000070008000000000000a01";

const SESSION = {
  id: SESSION_ID,
  organization_id: "org_00000000000000000000000000000001",
  harness_id: "harness_01933b5a00007000800000000000001",
  owner_principal_id: "principal_01933b5a000070008000000000000001",
  title: "Q3 marketing brief",
  tags: [],
  status: "idle",
  created_at: "2025-01-01T12:00:00Z",
  updated_at: "2025-01-01T12:00:00Z",
};

const MESSAGE = {
  id: MESSAGE_ID,
  session_id: SESSION_ID,
  sequence: 1,
  role: "user",
  content: [{ type: "text", text: "Draft the plan" }],
  created_at: "2025-01-01T12:00:00Z",
};

const PROBLEM = { "content-type": "application/problem+json" };
const HTML_PAGE =
  "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

// Faults after which a POST's fate is unknown to the client: the server is taken to have acted.
const ACTS = new Set<string>(["reset-after-body", "stall", "500", "502-html", "503", "504"]);

/** A port on 127.0.0.1 with nothing listening: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startFaultyServer(options: FaultyServerOptions = {}): Promise<FaultyServer> {
  const retryAfter = options.retryAfterSeconds ?? 1;
  const calls = new Map<string, CallRecord>();
  const sockets = new Set<Socket>();
  const pending = new Set<ServerResponse>();
  const record = (id: string): CallRecord => {
    let entry = calls.get(id);
    if (!entry)
      calls.set(
        id,
        (entry = { attempts: 0, processed: 0, method: "", path: "", bodies: [], headers: [] }),
      );
    return entry;
  };

  const server = createServer((req, res) => {
    pending.add(res);
    res.on("close", () => pending.delete(res));
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const id = header(req, "x-call-id") ?? `${req.method} ${url.pathname}`;
    const entry = record(id);
    entry.attempts++;
    entry.method = req.method ?? "";
    entry.path = url.pathname;
    entry.headers.push(req.headers);
    const times = Number(header(req, "x-fault-times") ?? Infinity);
    const fault =
      entry.attempts <= times ? (header(req, "x-fault") as Fault | undefined) : undefined;

    // Before reading the body: the request may not even have fully arrived.
    if (fault === "reset-before-response") {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      entry.bodies.push(Buffer.concat(chunks).toString("utf8"));
      const post = req.method === "POST";
      if (post && (fault === undefined || ACTS.has(fault))) entry.processed++;
      if (fault === undefined) return succeed(req, res, url);
      misbehave(fault, req, res, retryAfter);
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    port,
    calls,
    call: (id) =>
      calls.get(id) ?? { attempts: 0, processed: 0, method: "", path: "", bodies: [], headers: [] },
    openSockets: () => sockets.size,
    inFlight: () => pending.size,
    async refuse(ms) {
      server.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, ms));
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) =>
        server.listening ? server.close(() => resolve()) : resolve(),
      );
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function misbehave(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  retryAfter: number,
): void {
  const problem = (status: number, extra: Record<string, string> = {}, body: object = {}) => {
    res.writeHead(status, { ...PROBLEM, ...extra });
    res.end(JSON.stringify({ title: "Injected failure", status, ...body }));
  };
  switch (fault) {
    case "reset-before-response":
    case "reset-after-body":
      req.socket.destroy();
      return;
    case "stall":
      return; // keeps the socket, never answers
    case "429-seconds":
      return problem(429, { "retry-after": String(retryAfter) }, { code: "rate_limited" });
    case "429-date":
      // An HTTP date has whole seconds: one more keeps the wait above zero.
      return problem(
        429,
        { "retry-after": new Date(Date.now() + (retryAfter + 1) * 1000).toUTCString() },
        { code: "rate_limited" },
      );
    case "502-html":
      res.writeHead(502, { "content-type": "text/html" });
      res.end(HTML_PAGE);
      return;
    case "503-retry-after":
      return problem(
        503,
        { "retry-after": String(retryAfter) },
        { retry_after_seconds: retryAfter },
      );
    case "404":
      return problem(
        404,
        {},
        { code: "session_not_found", detail: `No session with id ${SESSION_ID}` },
      );
    case "truncated-json":
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(SESSION).slice(0, 40));
      return;
    case "empty-200":
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
      return;
    case "wrong-content-type":
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("OK");
      return;
    case "html-200":
      res.writeHead(200, { "content-type": "text/html" });
      res.end(HTML_PAGE);
      return;
    case "cut-body": {
      // Headers promise more than arrives: the connection dies in the middle of the body.
      const isExport = req.url?.endsWith("/export");
      const body = isExport
        ? `${JSON.stringify(MESSAGE)}\n${JSON.stringify(MESSAGE)}\n`
        : JSON.stringify(SESSION);
      res.writeHead(200, {
        "content-type": isExport ? "application/x-ndjson" : "application/json",
        "content-length": String(body.length * 2),
      });
      res.write(body.slice(0, Math.floor(body.length * 0.75)), () => req.socket.destroy());
      return;
    }
    case "bad-json-line":
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end(`${JSON.stringify(MESSAGE)}\n{"id":"message_broken",\n`);
      return;
    default:
      return problem(Number(fault));
  }
}

// A plausible success for each route the suite calls.
function succeed(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const path = url.pathname.replace(/^\/api/, "");
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "x-request-id": "req_0001" });
    res.end(JSON.stringify(body));
  };
  if (req.method === "DELETE" || req.method === "PUT") {
    res.writeHead(204, { "x-request-id": "req_0001" });
    res.end();
    return;
  }
  if (req.method === "POST" && path.endsWith("/messages")) return json(201, MESSAGE);
  if (path.endsWith("/export")) {
    res.writeHead(200, {
      "content-type": "application/x-ndjson",
      "content-disposition": 'attachment; filename="export.jsonl"',
    });
    res.end(`${JSON.stringify(MESSAGE)}\n${JSON.stringify(MESSAGE)}\n`);
    return;
  }
  if (req.method === "POST" && path === "/v1/sessions") return json(201, SESSION);
  if (req.method === "POST" && path.endsWith("/cancel"))
    return json(200, { status: "no_op", message: "Nothing to cancel" });
  if (path === "/v1/sessions/stats")
    return json(200, { total: 1, started: 0, active: 0, idle: 1, waiting_for_tool_results: 0 });
  if (path === "/v1/sessions")
    return json(200, { data: [SESSION], total: 1, offset: 0, limit: 20 });
  return json(200, SESSION);
}

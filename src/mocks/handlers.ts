/**
 * The msw request handlers of the mock API. Every request passes one pipeline before its operation runs:
 * injected faults and latency, the `Authorization` check, the session id check (400) and lookup (404).
 * Every answer carries an `X-Request-Id`.
 */
import { http, type HttpHandler } from "msw";
import bundledSpec from "../../generated/openapi.json" with { type: "json" };
import type { FaultInjector } from "./faults.js";
import type { IdFactory, Random } from "./ids.js";
import { problem, sessionNotFound } from "./problems.js";
import type { Route } from "./routes.js";
import type { MockStore } from "./store.js";

/** The production base URL; handlers answer there unless told otherwise. */
export const DEFAULT_BASE_URL = "https://app.everruns.com/api";

/** What the pipeline needs besides the routes. */
export interface PipelineDeps {
  store: MockStore;
  faults: FaultInjector;
  requestIds: IdFactory;
  random: Random;
  now(): number;
  /** Base latency of every request, in real milliseconds: a fixed value or a seeded range. */
  latency?: number | readonly [min: number, max: number];
  /** When set, the only token accepted. */
  apiKey?: string;
}

// The spec's own rule for a session id in a path, so the mock rejects exactly what the service rejects.
const sessionIdSchema = (
  bundledSpec as unknown as {
    components: { parameters: { SessionId: { schema: { pattern: string; maxLength: number } } } };
  }
).components.parameters.SessionId.schema;
const SESSION_ID = new RegExp(sessionIdSchema.pattern);

/** Whether a string is a well-formed session id by the spec's rule. */
export function isSessionId(id: string): boolean {
  return id.length <= sessionIdSchema.maxLength && SESSION_ID.test(id);
}

/**
 * The URL pattern of a spec path under a base URL. `"*"` matches any origin and any base path, so the
 * same handlers serve production, self-hosted and loopback URLs.
 */
export function urlPattern(baseUrl: string, path: string): string {
  const base = baseUrl === "*" ? "*" : baseUrl.replace(/\/+$/, "");
  return `${base}${path.replace(/\{([^}]+)\}/g, ":$1")}`;
}

/** Builds one msw handler per route, each behind the shared pipeline. */
export function createHandlers(
  routes: readonly Route[],
  deps: PipelineDeps,
  baseUrl: string,
): HttpHandler[] {
  return routes.map((route) =>
    http[route.method](urlPattern(baseUrl, route.path), ({ request, params }) => {
      const raw = params.session_id;
      return runPipeline(route, request, typeof raw === "string" ? raw : undefined, deps);
    }),
  );
}

/** A function answering requests directly with the routes (no msw), for the loopback server. */
export function createDispatcher(
  routes: readonly Route[],
  deps: PipelineDeps,
): (request: Request) => Promise<Response> | undefined {
  const table = routes.map((route) => ({
    route,
    method: route.method.toUpperCase(),
    pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, "([^/]+)")}/?$`),
  }));
  return (request) => {
    const pathname = new URL(request.url).pathname;
    const at = pathname.indexOf("/v1/");
    if (at < 0) return undefined;
    const path = pathname.slice(at);
    for (const { route, method, pattern } of table) {
      if (method !== request.method) continue;
      const match = pattern.exec(path);
      if (!match) continue;
      return runPipeline(
        route,
        request,
        match[1] === undefined ? undefined : safeDecode(match[1]),
        deps,
      );
    }
    return undefined;
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Runs one request through faults, auth, id checks and the operation. */
export async function runPipeline(
  route: Route,
  request: Request,
  sessionId: string | undefined,
  deps: PipelineDeps,
): Promise<Response> {
  const response = await answer(route, request, sessionId, deps);
  response.headers.set("X-Request-Id", deps.requestIds.make("req", deps.now()));
  return response;
}

async function answer(
  route: Route,
  request: Request,
  sessionId: string | undefined,
  deps: PipelineDeps,
): Promise<Response> {
  const url = new URL(request.url);
  const fault =
    deps.faults.size > 0 ? deps.faults.decide(route.operationId, url.href) : { latencyMs: 0 };
  const latency = fault.latencyMs + baseLatency(deps);
  if (latency > 0) await sleep(latency, request.signal);
  if (fault.response) return fault.response;

  const denied = checkAuthorization(request, url, deps.apiKey);
  if (denied) return denied;

  try {
    if (!route.session) return await route.resolve({ request, url });
    const id = sessionId ?? "";
    if (!isSessionId(id)) {
      return problem(
        400,
        "invalid_session_id",
        "Expected an id like session_01933b5a00007000800000000000001.",
        url.href,
      );
    }
    const record = deps.store.get(id);
    if (!record) return sessionNotFound(id, url.href);
    return await route.resolve({ request, url, record, dropStreamAfter: fault.dropStreamAfter });
  } catch (error) {
    // A bug in the mock must still answer in the API's error format.
    const detail = error instanceof Error ? error.message : "An unexpected error occurred.";
    return problem(500, "internal_error", detail, url.href);
  }
}

/** 401 unless the request carries a raw token (the API takes no `Bearer ` prefix). Never echoes the token. */
function checkAuthorization(
  request: Request,
  url: URL,
  apiKey: string | undefined,
): Response | undefined {
  const token = request.headers.get("authorization")?.trim() ?? "";
  if (token === "")
    return problem(
      401,
      "unauthorized",
      "The access token is missing. Send it as the Authorization header.",
      url.href,
    );
  if (/^bearer\s/i.test(token)) {
    return problem(
      401,
      "unauthorized",
      "Send the access token as the raw Authorization header value, without a 'Bearer ' prefix.",
      url.href,
    );
  }
  if (apiKey !== undefined && token !== apiKey)
    return problem(
      401,
      "unauthorized",
      "The access token is missing, invalid or revoked.",
      url.href,
    );
  return undefined;
}

function baseLatency(deps: PipelineDeps): number {
  const { latency } = deps;
  if (latency === undefined) return 0;
  if (typeof latency === "number") return latency;
  const [min, max] = latency;
  return min + Math.round(deps.random.next() * Math.max(0, max - min));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

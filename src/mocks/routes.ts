/**
 * The mock API's operations, one resolver each, keyed by the spec's `operationId` and path template so
 * the compiler checks every JSON body against the generated types. Resolvers see a parsed request and the
 * session it names; the pipeline in `handlers.ts` has already applied faults, auth and id checks.
 */
import type { operations, paths } from "../../generated/schema.js";
import type { MockClock } from "./clock.js";
import { type EventQuery, filterEvents, isQueryError, parseEventQuery } from "./events-query.js";
import { validateRequestBody } from "./openapi-validator.js";
import { problem } from "./problems.js";
import { openEventStream, type StreamLimits } from "./sse.js";
import type { MockStore, SessionRecord } from "./store.js";
import type { TurnSimulator } from "./turns.js";
import type {
  CancelTurnResponse,
  CreateMessageRequest,
  CreateSessionRequest,
  Event,
  Message,
  SubmitToolResultsRequest,
  UpdateSessionRequest,
} from "./types.js";

/** An `operationId` of the spec. */
export type OperationId = keyof operations;

/** The JSON body the spec documents for an operation and status. */
export type JsonBody<
  Op extends OperationId,
  S extends number,
> = S extends keyof operations[Op]["responses"]
  ? operations[Op]["responses"][S] extends { content: { "application/json": infer B } }
    ? B
    : never
  : never;

/** One request, as a resolver sees it. */
export interface RequestContext {
  request: Request;
  url: URL;
}

/** A request under `/v1/sessions/{session_id}`, with the session it names. */
export interface SessionContext extends RequestContext {
  record: SessionRecord;
  /** A fault rule's stream drop, for the event stream. */
  dropStreamAfter?: number;
}

/** What the resolvers share. */
export interface RouteDeps {
  store: MockStore;
  turns: TurnSimulator;
  clock: MockClock;
  stream: StreamLimits;
  isKnownEventType(type: string, record: SessionRecord): boolean;
}

interface RouteBase {
  operationId: OperationId;
  method: "get" | "post" | "put" | "patch" | "delete";
  /** The spec's path template. */
  path: keyof paths;
}

/** An operation that names no session. */
export interface PlainRoute extends RouteBase {
  session: false;
  resolve(ctx: RequestContext): Response | Promise<Response>;
}

/** An operation on one session: the pipeline checks the id (400) and finds the session (404) first. */
export interface SessionRoute extends RouteBase {
  session: true;
  resolve(ctx: SessionContext): Response | Promise<Response>;
}

/** One operation of the mock API. */
export type Route = PlainRoute | SessionRoute;

/** A JSON response whose body the compiler checks against the spec. */
export function json<Op extends OperationId, S extends number>(
  _op: Op,
  status: S,
  body: JsonBody<Op, S>,
  headers?: HeadersInit,
): Response {
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set("Content-Type", "application/json");
  return response;
}

function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * Reads and checks a JSON body: 400 when it is missing, not JSON or not sent as JSON; 422 with the
 * validator's JSON pointers when it breaks the operation's request schema.
 */
export async function readJsonBody<T>(
  operationId: OperationId,
  request: Request,
  url: URL,
): Promise<T | Response> {
  const type = request.headers.get("content-type");
  if (type !== null && !/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim())) {
    return problem(
      400,
      "invalid_request",
      `Send the body as application/json, not ${type.split(";")[0]}.`,
      url.href,
    );
  }
  const text = await request.text();
  if (text.trim() === "")
    return problem(400, "invalid_request", "This operation needs a JSON body.", url.href);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, "invalid_json", "The body is not valid JSON.", url.href);
  }
  // By operation, not by URL: the route is known, and a URL the spec does not match to the letter
  // (a trailing slash) would skip the check; nor are path and query checked again.
  const errors = validateRequestBody(operationId, body);
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.pointer} ${explain(e.message, body)}`).join("; ");
    return problem(422, "validation_failed", detail, url.href);
  }
  return body as T;
}

/** The schema's only `not` rule is the harness one; say it in words rather than "must NOT be valid". */
function explain(message: string, body: unknown): string {
  const both =
    typeof body === "object" && body !== null && "harness_id" in body && "harness_name" in body;
  return message === "must NOT be valid" && both
    ? "must not set both harness_id and harness_name"
    : message;
}

function parseListQuery(url: URL): { offset: number; limit: number } | string {
  const read = (name: string, fallback: number, min: number, max: number): number | string => {
    const raw = url.searchParams.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    return /^\d+$/.test(raw) && value >= min && value <= max
      ? value
      : `'${name}' must be an integer from ${min} to ${max}.`;
  };
  const offset = read("offset", 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = read("limit", 20, 1, 100);
  if (typeof offset === "string") return offset;
  if (typeof limit === "string") return limit;
  return { offset, limit };
}

function pageUrl(url: URL, offset: number, limit: number): string {
  const next = new URL(url.href);
  next.searchParams.set("offset", String(offset));
  next.searchParams.set("limit", String(limit));
  return next.href;
}

function eventQuery(url: URL, record: SessionRecord, deps: RouteDeps): EventQuery | Response {
  const parsed = parseEventQuery(url.searchParams, (type) => deps.isKnownEventType(type, record));
  if (isQueryError(parsed)) return problem(400, parsed.code, parsed.detail, url.href);
  return parsed;
}

/** Every operation of the spec, resolved over the store and the turn simulator. */
export function createRoutes(deps: RouteDeps): Route[] {
  // Read the store and simulator through `deps` on each request (never hold them): a reset swaps them.
  return [
    {
      operationId: "getSessionStats",
      method: "get",
      path: "/v1/sessions/stats",
      session: false,
      resolve: () => json("getSessionStats", 200, deps.store.stats()),
    },
    {
      operationId: "listSessions",
      method: "get",
      path: "/v1/sessions",
      session: false,
      resolve: ({ url }) => {
        const page = parseListQuery(url);
        if (typeof page === "string") return problem(400, "invalid_query", page, url.href);
        const { items, total } = deps.store.list({
          ...page,
          agentId: url.searchParams.get("agent_id") ?? undefined,
          search: url.searchParams.get("search") ?? undefined,
        });
        const body: JsonBody<"listSessions", 200> = {
          data: items.map((r) => deps.store.view(r)),
          total,
          ...page,
        };
        if (page.offset + page.limit < total)
          body.next_url = pageUrl(url, page.offset + page.limit, page.limit);
        if (page.offset > 0)
          body.prev_url = pageUrl(url, Math.max(0, page.offset - page.limit), page.limit);
        return json("listSessions", 200, body);
      },
    },
    {
      operationId: "createSession",
      method: "post",
      path: "/v1/sessions",
      session: false,
      resolve: async ({ request, url }) => {
        const body = await readJsonBody<CreateSessionRequest>("createSession", request, url);
        if (body instanceof Response) return body;
        const session = deps.store.createSession(body);
        const record = deps.store.get(session.id);
        return json("createSession", 201, record ? deps.store.view(record) : session);
      },
    },
    {
      operationId: "getSession",
      method: "get",
      path: "/v1/sessions/{session_id}",
      session: true,
      resolve: ({ record }) => json("getSession", 200, deps.store.view(record)),
    },
    {
      operationId: "updateSession",
      method: "patch",
      path: "/v1/sessions/{session_id}",
      session: true,
      resolve: async ({ request, url, record }) => {
        const body = await readJsonBody<UpdateSessionRequest>("updateSession", request, url);
        if (body instanceof Response) return body;
        deps.store.update(record, body);
        return json("updateSession", 200, deps.store.view(record));
      },
    },
    {
      operationId: "deleteSession",
      method: "delete",
      path: "/v1/sessions/{session_id}",
      session: true,
      resolve: ({ record }) => {
        deps.turns.drop(record.session.id);
        deps.store.delete(record.session.id);
        return noContent();
      },
    },
    {
      operationId: "cancelTurn",
      method: "post",
      path: "/v1/sessions/{session_id}/cancel",
      session: true,
      resolve: ({ record }) => {
        const body: CancelTurnResponse = deps.turns.cancel(record)
          ? { status: "cancelled", message: "The running turn was cancelled." }
          : { status: "no_op", message: "No turn was running." };
        return json("cancelTurn", 200, body);
      },
    },
    {
      operationId: "pinSession",
      method: "put",
      path: "/v1/sessions/{session_id}/pin",
      session: true,
      resolve: ({ record }) => {
        record.pinned = true;
        return noContent();
      },
    },
    {
      operationId: "unpinSession",
      method: "delete",
      path: "/v1/sessions/{session_id}/pin",
      session: true,
      resolve: ({ record }) => {
        record.pinned = false;
        return noContent();
      },
    },
    {
      operationId: "exportSession",
      method: "get",
      path: "/v1/sessions/{session_id}/export",
      session: true,
      resolve: ({ record }) => {
        const lines = record.messages.map((m) => `${JSON.stringify(m)}\n`).join("");
        return new Response(lines, {
          status: 200,
          headers: {
            "Content-Type": "application/x-ndjson",
            "Content-Disposition": `attachment; filename="${record.session.id}.jsonl"`,
          },
        });
      },
    },
    {
      operationId: "createMessage",
      method: "post",
      path: "/v1/sessions/{session_id}/messages",
      session: true,
      resolve: async ({ request, url, record }) => {
        const body = await readJsonBody<CreateMessageRequest>("createMessage", request, url);
        if (body instanceof Response) return body;
        if (deps.turns.isRunning(record.session.id)) return turnInProgress(record, url);
        const fields: Omit<Message, "id" | "session_id" | "sequence" | "created_at"> = {
          role: "user",
          content: body.message.content,
        };
        if (body.controls !== undefined) fields.controls = body.controls;
        if (body.external_actor !== undefined) fields.external_actor = body.external_actor;
        if (body.metadata !== undefined) fields.metadata = body.metadata;
        const message = deps.turns.start(record, fields, body.tags);
        return json("createMessage", 201, message);
      },
    },
    {
      operationId: "listMessages",
      method: "get",
      path: "/v1/sessions/{session_id}/messages",
      session: true,
      resolve: ({ record }) => json("listMessages", 200, { data: record.messages }),
    },
    {
      operationId: "listEvents",
      method: "get",
      path: "/v1/sessions/{session_id}/events",
      session: true,
      resolve: ({ url, record }) => {
        const query = eventQuery(url, record, deps);
        if (query instanceof Response) return query;
        const { data, total } = filterEvents(record.events, query);
        const headers = query.limit !== undefined ? { "X-Total-Count": String(total) } : undefined;
        return json("listEvents", 200, { data: data as unknown as Event[] }, headers);
      },
    },
    {
      operationId: "streamEvents",
      method: "get",
      path: "/v1/sessions/{session_id}/sse",
      session: true,
      resolve: ({ request, url, record, dropStreamAfter }) => {
        const query = eventQuery(url, record, deps);
        if (query instanceof Response) return query;
        const limits =
          dropStreamAfter === undefined
            ? deps.stream
            : { ...deps.stream, dropAfter: dropStreamAfter };
        return openEventStream(record, query, deps.clock, limits, request.signal);
      },
    },
    {
      operationId: "submitToolResults",
      method: "post",
      path: "/v1/sessions/{session_id}/tool-results",
      session: true,
      resolve: async ({ request, url, record }) => {
        const body = await readJsonBody<SubmitToolResultsRequest>(
          "submitToolResults",
          request,
          url,
        );
        if (body instanceof Response) return body;
        const outcome = deps.turns.submitToolResults(record, body.tool_results);
        if ("accepted" in outcome) {
          return json("submitToolResults", 200, {
            accepted: outcome.accepted,
            status: record.session.status,
          });
        }
        if (outcome.code === "unknown_tool_call_id")
          return problem(400, outcome.code, outcome.detail, url.href);
        return problem(409, outcome.code, outcome.detail, url.href, {
          allowed_actions: [
            {
              rel: "messages",
              href: `/v1/sessions/${record.session.id}/messages`,
              method: "POST",
              hint: "Send a new message to start a turn.",
            },
          ],
        });
      },
    },
  ];
}

function turnInProgress(record: SessionRecord, url: URL): Response {
  return problem(
    409,
    "turn_in_progress",
    "Wait for the running turn to finish, or cancel it.",
    url.href,
    {
      allowed_actions: [
        {
          rel: "cancel",
          href: `/v1/sessions/${record.session.id}/cancel`,
          method: "POST",
          hint: "Cancel the running turn.",
        },
      ],
    },
  );
}

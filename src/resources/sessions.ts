/**
 * `client.sessions`: one method per session operation of the API.
 */
import type { Everruns } from "../client.js";
import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/transport.js";
import { ValidationError } from "../errors.js";
import { parseId, type IdInput, type SessionId } from "../ids.js";
import { Page, walk } from "../pagination.js";
import { runTurn, type RunTurnOptions, type Turn, type TurnInput } from "../turn.js";
import { ExportPromise, MessageExport } from "../core/json-lines.js";
import { checkInteger, checkString } from "../core/params.js";
import type {
  CancelTurnResponse,
  CreateSessionBody,
  ListSessionsQuery,
  Session,
  SessionPageBody,
  SessionStats,
  SubmitToolResultsBody,
  SubmitToolResultsResponse,
  ToolResult,
  UpdateSessionBody,
} from "../types.js";

const HARNESS_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PATH = "/v1/sessions/{session_id}" as const;

/** Session operations. Every method takes a last `options` argument (signal, timeout, retries, headers). */
export class Sessions {
  readonly #client: Everruns;

  /** Use `client.sessions`. */
  constructor(client: Everruns) {
    this.#client = client;
  }

  /**
   * Creates a session. Every field is optional; pick the harness by `harness_id` or `harness_name`
   * (not both), or neither for the organization's default. Never retried on a 5xx: a session must not
   * be created twice.
   */
  create(body: CreateSessionBody = {}, options?: RequestOptions): APIPromise<Session> {
    return this.#client._request(options, (init) => {
      checkCreateBody(body);
      return this.#client.raw.POST("/v1/sessions", { ...init, body });
    });
  }

  /** Gets one session with its current `status`. */
  get<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<Session> {
    return this.#client._request(options, (init) => {
      const session_id = parseId("session", sessionId, "sessionId");
      return this.#client.raw.GET(PATH, { ...init, params: { path: { session_id } } });
    });
  }

  /** Changes `title`, `locale`, `tags` or `agent_identity_id`; fields left out do not change. */
  update<I extends string>(
    sessionId: IdInput<I, SessionId>,
    body: UpdateSessionBody,
    options?: RequestOptions,
  ): APIPromise<Session> {
    return this.#client._request(options, (init) => {
      const session_id = parseId("session", sessionId, "sessionId");
      checkObject(body);
      if (!Object.values(body).some((v) => v !== undefined)) {
        throw new ValidationError("body", "expected at least one field to change");
      }
      if (body.agent_identity_id !== undefined)
        parseId("identity", body.agent_identity_id, "body.agent_identity_id");
      return this.#client.raw.PATCH(PATH, { ...init, params: { path: { session_id } }, body });
    });
  }

  /** Deletes a session with its messages and events. */
  delete<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.#client._request(
      options,
      (init) =>
        this.#client.raw.DELETE(PATH, {
          ...init,
          params: { path: { session_id: parseId("session", sessionId, "sessionId") } },
        }),
      "empty",
    );
  }

  /**
   * Lists one page of sessions, newest first. The page's `hasNextPage()` / `getNextPage()` walk on,
   * and `for await (const s of page)` yields every session from this page to the last.
   */
  list(query: ListSessionsQuery = {}, options?: RequestOptions): APIPromise<Page<Session>> {
    return this.#client._request(options, async (init) => {
      if (query.agent_id !== undefined) parseId("agent", query.agent_id, "query.agent_id");
      checkString("query.search", query.search);
      checkInteger("query.offset", query.offset, 0);
      checkInteger("query.limit", query.limit, 1, 100);
      const { data, response } = await this.#client.raw.GET("/v1/sessions", {
        ...init,
        params: { query },
      });
      const next = (offset: number, limit: number) =>
        this.list({ ...query, offset, limit }, options);
      return { data: data && new Page(data as SessionPageBody, next), response };
    });
  }

  /**
   * Yields every session matching `query`, fetching pages as needed; earlier pages are not kept.
   *
   * @example
   * ```ts
   * for await (const session of client.sessions.iterate({ search: "marketing" })) console.log(session.title);
   * ```
   */
  iterate(query: ListSessionsQuery = {}, options?: RequestOptions): AsyncIterable<Session> {
    return { [Symbol.asyncIterator]: () => walk(this.list(query, options)) };
  }

  /** Counts sessions, in total and by status. */
  stats(options?: RequestOptions): APIPromise<SessionStats> {
    return this.#client._request(options, (init) =>
      this.#client.raw.GET("/v1/sessions/stats", init),
    );
  }

  /** Cancels the running turn; `no_op` when nothing runs, so it is safe to call twice. */
  cancel<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<CancelTurnResponse> {
    return this.#client._request(options, (init) =>
      this.#client.raw.POST("/v1/sessions/{session_id}/cancel", {
        ...init,
        params: { path: { session_id: parseId("session", sessionId, "sessionId") } },
      }),
    );
  }

  /** Pins the session for the token's user. */
  pin<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.#client._request(
      options,
      (init) =>
        this.#client.raw.PUT("/v1/sessions/{session_id}/pin", {
          ...init,
          params: { path: { session_id: parseId("session", sessionId, "sessionId") } },
        }),
      "empty",
    );
  }

  /** Removes the token's user's pin. */
  unpin<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.#client._request(
      options,
      (init) =>
        this.#client.raw.DELETE("/v1/sessions/{session_id}/pin", {
          ...init,
          params: { path: { session_id: parseId("session", sessionId, "sessionId") } },
        }),
      "empty",
    );
  }

  /**
   * Exports every message as JSON Lines, parsed line by line as the bytes arrive. Iterate the result
   * (or what it resolves to), or call `text()` for the raw JSON Lines; the body can be read once.
   *
   * @example
   * ```ts
   * for await (const message of client.sessions.export(id)) console.log(message.role);
   * const jsonl = await client.sessions.export(id).text();
   * ```
   */
  export<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): ExportPromise {
    const exported = this.#client._call<MessageExport>(
      options,
      async (init, call) => {
        const session_id = parseId("session", sessionId, "sessionId");
        const { data, response } = await this.#client.raw.GET("/v1/sessions/{session_id}/export", {
          ...init,
          params: { path: { session_id } },
          parseAs: "stream",
        });
        return {
          data: new MessageExport(response, data ?? null, options?.signal, call.release),
          response,
        };
      },
      "stream",
    );
    return new ExportPromise(exported);
  }

  /**
   * Sends a message and follows its turn to the end: await it for `{ turnId, status, text, message,
   * usage, events }`, or read `textStream` as the answer is written. `tools` answers client-side tool
   * calls; the signal cancels the turn on the server.
   */
  runTurn<I extends string>(
    sessionId: IdInput<I, SessionId>,
    input: TurnInput,
    options?: RunTurnOptions,
  ): Turn {
    return runTurn(this.#client, sessionId, input, options);
  }

  /**
   * Submits client-side tool results (`tool.call_requested` asked for them), all in one request.
   * A `ConflictError` (409) means the session is not waiting for tool results (yet).
   */
  submitToolResults<I extends string>(
    sessionId: IdInput<I, SessionId>,
    results: ToolResult[] | SubmitToolResultsBody,
    options?: RequestOptions,
  ): APIPromise<SubmitToolResultsResponse> {
    return this.#client._request(options, (init) => {
      const session_id = parseId("session", sessionId, "sessionId");
      const body = Array.isArray(results) ? { tool_results: results } : results;
      if (!Array.isArray(body?.tool_results) || body.tool_results.length === 0)
        throw new ValidationError("results", "expected a non-empty array of tool results");
      body.tool_results.forEach((r, i) =>
        checkString(`results[${i}].tool_call_id`, r?.tool_call_id, 1),
      );
      return this.#client.raw.POST("/v1/sessions/{session_id}/tool-results", {
        ...init,
        params: { path: { session_id } },
        body,
      });
    });
  }
}

function checkObject(body: unknown): void {
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new ValidationError("body", "expected an object");
}

function checkCreateBody(body: CreateSessionBody): void {
  checkObject(body);
  const { harness_id, harness_name } = body;
  if (harness_id !== undefined && harness_name !== undefined) {
    throw new ValidationError("body", "pass harness_id or harness_name, not both");
  }
  if (harness_id !== undefined) parseId("harness", harness_id, "body.harness_id");
  if (
    harness_name !== undefined &&
    (typeof harness_name !== "string" ||
      harness_name.length > 64 ||
      !HARNESS_NAME.test(harness_name))
  ) {
    throw new ValidationError(
      "body.harness_name",
      "expected lowercase letters and digits in dash-separated words (a-z, 0-9, -), at most 64 characters",
    );
  }
  if (body.agent_id !== undefined) parseId("agent", body.agent_id, "body.agent_id");
  if (body.agent_identity_id !== undefined)
    parseId("identity", body.agent_identity_id, "body.agent_identity_id");
  if (body.model_id !== undefined) parseId("model", body.model_id, "body.model_id");
}

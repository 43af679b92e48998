/**
 * `client.sessions`: one method per session operation of the API.
 */
import type { Everruns } from "../client.js";
import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/transport.js";
import { invalid } from "../errors.js";
import type { IdInput, SessionId } from "../ids.js";
import { Page, walk } from "../pagination.js";
import { runTurn, type RunTurnOptions, type Turn, type TurnInput } from "../turn.js";
import { ExportPromise, MessageExport } from "../core/json-lines.js";
import { checkFields, integer, sessionInit, text, type Check, type Rules } from "../core/params.js";
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

const PATH = "/v1/sessions/{session_id}";

const HARNESS_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const harnessName: Check = (argument, value) => {
  if (typeof value !== "string" || value.length > 64 || !HARNESS_NAME.test(value))
    invalid(argument, "words of a-z and 0-9 joined by dashes, at most 64 characters");
};

/** What the API accepts in a list query, a create body, an update body and a tool result. */
const LIST_QUERY: Rules = {
  agent_id: "agent",
  search: text(),
  offset: integer(0),
  limit: integer(1, 100),
};
const CREATE_BODY: Rules = {
  harness_id: "harness",
  harness_name: harnessName,
  agent_id: "agent",
  agent_identity_id: "identity",
  model_id: "model",
};
const UPDATE_BODY: Rules = { agent_identity_id: "identity" };
const TOOL_RESULT: Rules = { tool_call_id: text(1) };

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
    return this.#client._request("POST", "/v1/sessions", options, () => {
      checkFields("body", body, CREATE_BODY);
      if (body.harness_id !== undefined && body.harness_name !== undefined)
        invalid("body", "harness_id or harness_name, not both");
      return { body };
    });
  }

  /** Gets one session with its current `status`. */
  get<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<Session> {
    return this.#client._request("GET", PATH, options, () => sessionInit(sessionId));
  }

  /** Changes `title`, `locale`, `tags` or `agent_identity_id`; fields left out do not change. */
  update<I extends string>(
    sessionId: IdInput<I, SessionId>,
    body: UpdateSessionBody,
    options?: RequestOptions,
  ): APIPromise<Session> {
    return this.#client._request("PATCH", PATH, options, () => {
      const init = sessionInit(sessionId, body);
      checkFields("body", body, UPDATE_BODY);
      if (!Object.values(body).some((v) => v !== undefined))
        invalid("body", "at least one field to change");
      return init;
    });
  }

  /** Deletes a session with its messages and events. */
  delete<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.#client._request("DELETE", PATH, options, () => sessionInit(sessionId), "empty");
  }

  /**
   * Lists one page of sessions, newest first. The page's `hasNextPage()` / `getNextPage()` walk on,
   * and `for await (const s of page)` yields every session from this page to the last.
   */
  list(query: ListSessionsQuery = {}, options?: RequestOptions): APIPromise<Page<Session>> {
    return this.#client._request(
      "GET",
      "/v1/sessions",
      options,
      () => {
        checkFields("query", query, LIST_QUERY);
        return { params: { query } };
      },
      "json",
      (data) =>
        new Page(data as SessionPageBody, (offset, limit) =>
          this.list({ ...query, offset, limit }, options),
        ),
    );
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
    return this.#client._request("GET", "/v1/sessions/stats", options);
  }

  /** Cancels the running turn; `no_op` when nothing runs, so it is safe to call twice. */
  cancel<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<CancelTurnResponse> {
    return this.#client._request("POST", `${PATH}/cancel`, options, () => sessionInit(sessionId));
  }

  /** Pins the session for the token's user. */
  pin<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.#client._request(
      "PUT",
      `${PATH}/pin`,
      options,
      () => sessionInit(sessionId),
      "empty",
    );
  }

  /** Removes the token's user's pin. */
  unpin<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.#client._request(
      "DELETE",
      `${PATH}/pin`,
      options,
      () => sessionInit(sessionId),
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
    return new ExportPromise(
      this.#client._call(
        "GET",
        `${PATH}/export`,
        options,
        () => sessionInit(sessionId),
        "stream",
        (body, response, call) =>
          new MessageExport(
            response,
            (body ?? null) as ReadableStream<Uint8Array> | null,
            options?.signal,
            call.release,
          ),
      ),
    );
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
    return this.#client._request("POST", `${PATH}/tool-results`, options, () => {
      const body = Array.isArray(results) ? { tool_results: results } : results;
      const init = sessionInit(sessionId, body);
      const toolResults: unknown = body?.tool_results;
      if (!Array.isArray(toolResults) || !toolResults.length)
        invalid("results", "a non-empty array of tool results");
      toolResults.forEach((r, i) => checkFields(`results[${i}]`, r, TOOL_RESULT));
      return init;
    });
  }
}

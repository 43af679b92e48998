/**
 * The client: construction, configuration, and the wiring of openapi-fetch to the transport.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { APIPromise, type WithResponse } from "./core/api-promise.js";
import { headerValue, resolveConfig, type ClientOptions } from "./core/config.js";
import {
  aborted,
  createTransport,
  type Call,
  type RequestOptions,
  type Send,
} from "./core/transport.js";
import { APIError, ConnectionError, EverrunsError, TimeoutError } from "./errors.js";
import { Events } from "./resources/events.js";
import { Messages } from "./resources/messages.js";
import { Sessions } from "./resources/sessions.js";

/** The per-call part of an openapi-fetch init: the transport bound to this call, and its headers. */
export type CallInit = {
  fetch: (request: Request) => Promise<Response>;
  headers: Record<string, string> | undefined;
};

type Loose = (method: string, path: string, init: object) => Promise<{ response: Response }>;

/**
 * The Everruns Sessions API client.
 *
 * @example
 * ```ts
 * const client = new Everruns({ apiKey: process.env.EVERRUNS_API_KEY });
 * const session = await client.sessions.create({ title: "Q3 marketing brief" });
 * await client.messages.create(session.id, "Draft the plan");
 * ```
 */
export class Everruns {
  /** Sessions: create, read, update, list, export, cancel, pin, tool results. */
  readonly sessions: Sessions;
  /** A session's messages. */
  readonly messages: Messages;
  /** A session's events. */
  readonly events: Events;
  /**
   * The typed openapi-fetch client for any path of the spec, with the same auth, retries, timeouts
   * and errors: a non-2xx answer throws an `APIError` instead of returning `{ error }`.
   */
  readonly raw: Client<paths>;
  /** The API root in use, without a trailing slash. */
  readonly baseUrl: string;
  readonly #send: Send;

  /**
   * Creates a client. Options left out fall back to `EVERRUNS_API_KEY`, `EVERRUNS_API_URL`,
   * `EVERRUNS_ORG_ID` and `EVERRUNS_LOG`. Throws `ValidationError` for a missing key or a value that
   * cannot be sent.
   */
  constructor(options?: ClientOptions) {
    const config = resolveConfig(options);
    const send = createTransport(config.transport);
    this.#send = send;
    this.baseUrl = config.baseUrl;
    this.raw = createClient<paths>({
      baseUrl: config.baseUrl,
      headers: config.headers,
      fetch: (request) => send(request),
      querySerializer: { array: { style: "form", explode: true } },
    });
    this.sessions = new Sessions(this);
    this.messages = new Messages(this);
    this.events = new Events(this);
  }

  /** Creates a client from the `EVERRUNS_*` environment variables; `overrides` win over them. */
  static fromEnv(overrides?: ClientOptions): Everruns {
    return new Everruns(overrides);
  }

  /**
   * Runs one SDK call: binds the transport to the call's options, maps body-read failures to typed
   * errors, and returns the data with its response. For resource classes.
   * @internal
   */
  _request<T>(
    options: RequestOptions | undefined,
    run: (init: CallInit, call: Call) => Promise<{ data?: unknown; response: Response }>,
    mode: "json" | "empty" | "stream" = "json",
  ): APIPromise<T> {
    return new APIPromise(this._call<T>(options, run, mode));
  }

  /** `_request` without the `APIPromise` wrapper, for resources that return a richer promise. @internal */
  _call<T>(
    options: RequestOptions | undefined,
    run: (init: CallInit, call: Call) => Promise<{ data?: unknown; response: Response }>,
    mode: "json" | "empty" | "stream" = "json",
  ): Promise<WithResponse<T>> {
    return this.#settle<T>({ options, stream: mode === "stream" }, run, mode);
  }

  async #settle<T>(
    call: Call,
    run: (init: CallInit, call: Call) => Promise<{ data?: unknown; response: Response }>,
    mode: string,
  ): Promise<WithResponse<T>> {
    try {
      const init: CallInit = {
        fetch: (request) => this.#send(request, call),
        headers: callHeaders(call.options),
      };
      const { data, response } = await run(init, call);
      if (data === undefined && mode === "json") {
        throw new APIError(
          response.status,
          undefined,
          response.headers,
          `${response.status} empty response body`,
        );
      }
      return {
        data: data as T,
        response,
        requestId: response.headers.get("x-request-id") ?? undefined,
      };
    } catch (error) {
      call.release?.();
      throw bodyError(error, call);
    } finally {
      // A streamed body is still unread: its reader releases the call when done.
      if (!call.stream) call.release?.();
    }
  }

  /**
   * The seam for streaming code: an authenticated request to a spec path under the client's retry
   * policy and timeouts, resolving with the raw 2xx `Response` whose body is left unread. Error
   * statuses throw the typed `APIError`s. The timeout covers each attempt up to the response headers;
   * `options.signal` also aborts the body, so pass a signal per connection (its listener stays until
   * it fires or is collected).
   * @internal
   */
  async _fetch(
    method: "GET" | "POST",
    path: keyof paths,
    init: {
      params?: { path?: Record<string, string>; query?: Record<string, unknown> };
      body?: unknown;
    },
    options?: RequestOptions,
  ): Promise<Response> {
    const call: Call = { options, stream: true };
    const request = this.raw.request as unknown as Loose;
    const headers = callHeaders(options);
    const { response } = await request(method, path, {
      ...init,
      headers,
      parseAs: "stream",
      fetch: (r: Request) => this.#send(r, call),
    });
    return response;
  }
}

function callHeaders(options: RequestOptions | undefined): Record<string, string> | undefined {
  const headers = options?.headers;
  if (headers)
    for (const [name, value] of Object.entries(headers))
      headerValue(`options.headers["${name}"]`, name, value);
  return headers;
}

// Failures after the headers arrived, while openapi-fetch read the body.
function bodyError(error: unknown, call: Call): unknown {
  if (error instanceof EverrunsError) return error;
  const signal = call.options?.signal;
  if (signal?.aborted) return aborted(signal);
  if (call.timedOut?.())
    return new TimeoutError("Timed out while reading the response body", { cause: error });
  const response = call.response;
  if (error instanceof SyntaxError && response) {
    const type = (response.headers.get("content-type") ?? "no content type").split(";")[0];
    return new APIError(
      response.status,
      undefined,
      response.headers,
      `${response.status} invalid JSON in ${type} response body`,
    );
  }
  return new ConnectionError("Connection failed while reading the response", { cause: error });
}

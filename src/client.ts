/**
 * The client: construction, configuration, and the wiring of openapi-fetch to the transport.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { APIPromise, type WithResponse } from "./core/api-promise.js";
import { checkHeaders, resolveConfig, type ClientOptions } from "./core/config.js";
import { createTransport, type Call, type RequestOptions, type Send } from "./core/transport.js";
import { APIError, ConnectionError, contentType, EverrunsError } from "./errors.js";
import { Events } from "./resources/events.js";
import { Messages } from "./resources/messages.js";
import { Sessions } from "./resources/sessions.js";

/** The HTTP methods of the API's operations. */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a call sends besides its path: path parameters, query and body. */
export interface Init {
  params?: { path?: Record<string, string>; query?: object | undefined };
  body?: unknown;
}

/**
 * How a call's body is read: JSON that must be there, JSON or nothing (a 204), or left unread for a
 * reader that releases the call when done.
 */
export type Mode = "json" | "empty" | "stream";

/** Turns the data and response of a call into what the method resolves with. */
export type Wrap<T> = (data: unknown, response: Response, call: Call) => T;

type Loose = (path: string, init: object) => Promise<{ data?: unknown; response: Response }>;

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
  declare readonly sessions: Sessions;
  /** A session's messages. */
  declare readonly messages: Messages;
  /** A session's events. */
  declare readonly events: Events;
  /**
   * The typed openapi-fetch client for any path of the spec, with the same auth, retries, timeouts
   * and errors: a non-2xx answer throws an `APIError` instead of returning `{ error }`.
   */
  declare readonly raw: Client<paths>;
  /** The API root in use, without a trailing slash. */
  declare readonly baseUrl: string;
  readonly #send: Send;

  /**
   * Creates a client. Options left out fall back to `EVERRUNS_API_KEY`, `EVERRUNS_API_URL`,
   * `EVERRUNS_ORG_ID` and `EVERRUNS_LOG`. Throws `ValidationError` for a missing key or a value that
   * cannot be sent.
   */
  constructor(options?: ClientOptions) {
    const config = resolveConfig(options);
    const send = createTransport(config);
    this.#send = send;
    this.baseUrl = config.baseUrl;
    // openapi-fetch's default query style is the spec's: arrays as form, exploded (`?types=a&types=b`).
    this.raw = createClient<paths>({
      baseUrl: config.baseUrl,
      headers: config.headers,
      // Called with the Request alone (no `requestInitExt` is set): a raw call has no `Call`.
      fetch: send,
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
   * Runs one SDK call of the resource classes. `init` runs inside the promise, so an argument it
   * rejects rejects the call before anything is sent.
   * @internal
   */
  _request<T>(
    method: Method,
    path: keyof paths,
    options: RequestOptions | undefined,
    init?: () => Init,
    mode?: Mode,
    map?: Wrap<T>,
  ): APIPromise<T> {
    return new APIPromise(this._call(method, path, options, init, mode, map));
  }

  /**
   * `_request` without the `APIPromise` wrapper: sends under the transport bound to the call's
   * options, maps body-read failures to typed errors, and returns the data with its response.
   * It is also the seam for streaming code: in `"stream"` mode the 2xx body is left unread, the
   * timeout covers each attempt up to the response headers, and `options.signal` also aborts the
   * body, so pass a signal per connection (its listener stays until it fires or is collected).
   * @internal
   */
  async _call<T>(
    method: Method,
    path: keyof paths,
    options: RequestOptions | undefined,
    init?: () => Init,
    mode: Mode = "json",
    map?: Wrap<T>,
  ): Promise<WithResponse<T>> {
    const call: Call = { options, stream: mode === "stream" };
    try {
      const { data, response } = await (this.raw as unknown as Record<Method, Loose>)[method](
        path,
        // The call's own fields first: an object that starts as a spread and then grows is slower.
        {
          fetch: (request: Request) => this.#send(request, call),
          headers: checkHeaders("options.headers", options?.headers),
          // A streamed body is left unread for its reader (undefined: openapi-fetch's JSON).
          parseAs: call.stream ? "stream" : undefined,
          ...init?.(),
        },
      );
      if (data === undefined && mode === "json") throw badBody(response, "empty");
      // The body is read, unless streamed: then its reader releases the call when done.
      if (!call.stream) call.release?.();
      return {
        data: (map ? map(data, response, call) : data) as T,
        response,
        requestId: response.headers.get("x-request-id") ?? undefined,
      };
    } catch (error) {
      call.release?.();
      throw bodyError(error, call);
    }
  }
}

// Failures after the headers arrived, while openapi-fetch read the body.
function bodyError(error: unknown, call: Call): unknown {
  if (error instanceof EverrunsError) return error;
  // Aborted by the caller or the timeout: the reason is the AbortError or TimeoutError to throw.
  if (call.signal?.aborted) return call.signal.reason as EverrunsError;
  const response = call.response;
  if (error instanceof SyntaxError && response)
    return badBody(response, `invalid JSON in ${contentType(response.headers)}`);
  return new ConnectionError("Connection failed while reading the response", { cause: error });
}

// A 2xx whose body is not the JSON the operation promises.
function badBody({ status, headers }: Response, what: string): APIError {
  return new APIError(status, undefined, headers, `${status} ${what} response body`);
}

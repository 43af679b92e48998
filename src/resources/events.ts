/**
 * `client.events`: a session's recorded events.
 *
 * The list's `limit` returns the *last* N matching events, so walking forward pages by sequence
 * windows (`after_sequence` < sequence < `before_sequence`) up to the newest event instead.
 */
import type { Everruns } from "../client.js";
import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/transport.js";
import { invalid } from "../errors.js";
import type { IdInput, SessionId } from "../ids.js";
import {
  checkFields,
  dateTime,
  integer,
  sessionInit,
  text,
  texts,
  type Rules,
} from "../core/params.js";
import { streamEvents, type EventStream, type StreamEventsOptions } from "../streaming.js";
import type { Event, ListEventsQuery } from "../types.js";

/** A session's events, oldest first unless `order_desc` is set. */
export interface EventList {
  /** The events. */
  data: Event[];
}

// `limit` and `window`: how many events, or sequence numbers, one request covers.
const SIZE = integer(1, 1000);

/** What the API accepts in a list query. */
const QUERY: Rules = {
  types: texts(25, 1),
  exclude: texts(25, 1),
  tags: texts(),
  limit: SIZE,
  window: SIZE,
  before_sequence: integer(0),
  after_sequence: integer(0),
  around: integer(0),
  from_ts: dateTime,
  to_ts: dateTime,
  trace_id: text(),
  tool_name: text(),
  q: text(),
  since_id: "event",
  turn_id: "turn",
  exec_id: "exec",
};

/** Event operations. Every method takes a last `options` argument (signal, timeout, retries, headers). */
export class Events {
  readonly #client: Everruns;

  /** Use `client.events`. */
  constructor(client: Everruns) {
    this.#client = client;
  }

  /**
   * Lists a session's events with the API's filters: `types` / `exclude` (sent as repeated keys, at
   * most 25 each), cursors (`since_id`, `after_sequence`, `before_sequence`, `around` + `window`),
   * `limit` (the last N; the total is in the `X-Total-Count` header, see `withResponse()`), time range,
   * correlation ids, `tags`, `tool_name`, full text `q` and `order_desc`.
   *
   * @example
   * ```ts
   * const { data } = await client.events.list(id, { types: ["turn.completed", "turn.failed"] });
   * ```
   */
  list<I extends string>(
    sessionId: IdInput<I, SessionId>,
    query: ListEventsQuery = {},
    options?: RequestOptions,
  ): APIPromise<EventList> {
    return this.#client._request("GET", "/v1/sessions/{session_id}/events", options, () => {
      const init = sessionInit(sessionId, undefined, query);
      checkFields("query", query, QUERY);
      return init;
    });
  }

  /**
   * Yields every matching event oldest first, from `after_sequence` (default: the start) to the newest
   * event, including events recorded while it runs. `limit` sets how many sequence numbers one request
   * covers (default 500, at most 1000). For live events use the stream instead.
   */
  iterate<I extends string>(
    sessionId: IdInput<I, SessionId>,
    query: ListEventsQuery = {},
    options?: RequestOptions,
  ): AsyncIterable<Event> {
    return { [Symbol.asyncIterator]: () => this.#forward(sessionId, query, options) };
  }

  /**
   * Follows the session's live events: resumes across reconnects with `since_id`, delivers each
   * event once and in order. Break out of `for await` or call `close()` to stop.
   *
   * @example
   * ```ts
   * for await (const event of client.events.stream(id, { types: ["output.message.delta"] })) console.log(event.type);
   * ```
   */
  stream<I extends string>(
    sessionId: IdInput<I, SessionId>,
    options?: StreamEventsOptions,
  ): EventStream<Event> {
    return streamEvents(this.#client, sessionId, options);
  }

  async *#forward(
    sessionId: string,
    query: ListEventsQuery,
    options: RequestOptions | undefined,
  ): AsyncGenerator<Event, void, undefined> {
    // By default one request covers 500 sequence numbers.
    const { limit = 500, after_sequence, before_sequence, ...filters } = query;
    if (filters.order_desc || filters.around !== undefined || filters.since_id !== undefined)
      invalid(
        "query",
        "after_sequence, not since_id, around or order_desc (iterate walks forward)",
      );
    SIZE("query.limit", limit);
    const list = (q: ListEventsQuery) =>
      this.list(sessionId as SessionId, { ...filters, ...q }, options);
    let after = after_sequence ?? 0;
    for (;;) {
      // The newest matching event after the cursor tells how far to walk this round.
      const [newest] = (await list({ after_sequence: after, before_sequence, limit: 1 })).data;
      if (!newest) return;
      const end = newest.sequence;
      if (end === undefined) {
        // Without sequence numbers there are no windows: read the rest in one request.
        yield* (await list({ after_sequence: after, before_sequence })).data;
        return;
      }
      if (end <= after) return; // a server ignoring the cursor must not loop forever
      while (after < end) {
        const to = Math.min(after + limit, end);
        yield* (await list({ after_sequence: after, before_sequence: to + 1 })).data;
        after = to;
      }
    }
  }
}

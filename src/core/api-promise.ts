/**
 * The promise every method returns: await it for the parsed data, or call `withResponse()` for the
 * data together with the raw `Response` and the request id.
 */

/** The parsed data with the HTTP response it came from. */
export interface WithResponse<T> {
  /** The parsed body. */
  data: T;
  /** The raw response (status, headers); its body has been read. */
  response: Response;
  /** The `x-request-id` response header, to quote when asking for support. */
  requestId: string | undefined;
}

/**
 * A `Promise<T>` that can also hand back the raw response.
 *
 * @example
 * ```ts
 * const { data: session, response, requestId } = await client.sessions.get(id).withResponse();
 * ```
 */
export class APIPromise<T> extends Promise<T> {
  readonly #result: Promise<WithResponse<T>>;

  /** Wraps a promise of data-with-response. */
  constructor(result: Promise<WithResponse<T>>) {
    // The base promise is a placeholder that never settles: `then` routes every handler to `#result`
    // (`catch` and `finally` call `then`), so an unawaited data promise never rejects unhandled.
    super(() => {});
    this.#result = result;
  }

  // Derived promises (`then`, `catch`, `finally`) are plain promises, not APIPromises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The parsed data, the raw `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#result.then((r) => r.data).then(onFulfilled, onRejected);
  }
}

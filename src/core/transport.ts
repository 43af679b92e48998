/**
 * The `fetch` handed to openapi-fetch: per-attempt timeouts, abort, retries with backoff, debug logging,
 * and the error boundary (a non-2xx response becomes an `APIError` here, once).
 *
 * It is a plain function rather than openapi-fetch middleware so the hot path pays for no middleware
 * chain; auth travels as openapi-fetch default headers.
 */
import { AbortError, APIError, ConnectionError, EverrunsError, TimeoutError } from "../errors.js";
import { maskHeaders } from "./logger.js";
import { notSent, retryDelay, shouldRetry, type Backoff, type Failure } from "./retry.js";

/** Per-call options, accepted as the last argument of every method. */
export interface RequestOptions {
  /** Cancels the call at once, including while waiting between retries. */
  signal?: AbortSignal | undefined;
  /** Time limit of each attempt in milliseconds (default: the client's, 60 000). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default: the client's, 2). */
  maxRetries?: number | undefined;
  /** Extra headers for this call; they win over the client's. */
  headers?: Record<string, string> | undefined;
}

/** What the transport needs from the client configuration. */
export interface TransportConfig {
  fetch?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** Backoff tuning; a field left out (or undefined) takes its default. */
  backoff?: Partial<Backoff> | undefined;
  /** Prints a debug line (every attempt); unset when the log level leaves debug lines out. */
  debug: ((line: string) => void) | undefined;
  /** Prints an info line (retries); unset when the log level leaves info lines out. */
  info: ((line: string) => void) | undefined;
  /** Masked out of error bodies a server echoes back. */
  secret: string;
}

/**
 * One call's state. On success the transport hands back `release()`, to call once the body is read:
 * until then the caller's signal aborts the body, and (unless streamed) the attempt's timeout runs.
 */
export interface Call {
  options: RequestOptions | undefined;
  /** A streamed body: the timeout stops at the headers; the signal still aborts it until released. */
  stream?: boolean | undefined;
  /** Set on success: ends the timeout and the abort link. */
  release?: () => void;
  /**
   * Set on success: the attempt's signal, aborted by the caller's signal or the timeout with the
   * error to settle with (`AbortError` or `TimeoutError`) as its reason.
   */
  signal?: AbortSignal;
  /** Set on success: the response whose body is being read. */
  response?: Response;
}

/** Sends `request` under the retry policy; resolves with a 2xx response or throws an `EverrunsError`. */
export type Send = (request: Request, call?: Call) => Promise<Response>;

/** Builds the transport's `send` over a configuration. */
export function createTransport(config: TransportConfig): Send {
  return async function send(request, call) {
    const {
      maxRetries = config.maxRetries,
      timeoutMs = config.timeoutMs,
      // An SDK call passes its signal in `options`; its Request's own signal can never fire, so
      // linking to it would only cost time. A raw openapi-fetch call carries the caller's signal there.
      signal = call ? undefined : request.signal,
    } = call?.options ?? {};
    const target = `${request.method} ${request.url}`;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw aborted(signal);
      // A body can be sent once: keep the original for a possible retry.
      const req = request.body && attempt <= maxRetries ? request.clone() : request;
      const started = Date.now();
      // The attempt's debug line: outcome, duration and the headers, secrets masked.
      const log = (outcome: unknown) =>
        config.debug?.(
          `everruns: ${target} -> ${outcome} (attempt ${attempt}, ${Date.now() - started} ms) [${maskHeaders(req.headers)}]`,
        );
      // One controller per attempt, aborted by the caller's signal or by the attempt's timer, with the
      // error the call then settles with as the reason.
      const controller = new AbortController();
      const onAbort = () => controller.abort(aborted(signal!));
      const timer = setTimeout(
        () =>
          controller.abort(new TimeoutError(`Request timed out after ${timeoutMs} ms: ${target}`)),
        timeoutMs,
      );
      signal?.addEventListener("abort", onAbort);
      let release: (() => void) | undefined = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      let failure: Failure;
      let error: EverrunsError;
      try {
        // The global fetch is looked up per call: test tools and polyfills may replace it later.
        const response = await (config.fetch ?? fetch)(req, { signal: controller.signal });
        const { status, headers } = response;
        log(status);
        if (response.ok) {
          // The body is still to be read: hand the cleanup to whoever reads it. A stream has no
          // overall time limit, but the caller's signal still ends it until it is released.
          if (call) {
            if (call.stream) clearTimeout(timer);
            call.release = release;
            call.signal = controller.signal;
            call.response = response;
            release = undefined;
          }
          return response;
        }
        error = APIError.from({
          status,
          headers,
          text: await response.text(),
          secret: config.secret,
        });
        failure = { kind: "status", status, retryAfter: (error as APIError).retryAfter };
      } catch (thrown) {
        if (signal?.aborted) throw aborted(signal);
        log(`failed (${(thrown as Error)?.name ?? "error"})`);
        if (controller.signal.aborted) {
          // Not the caller's abort, so the timer's: its reason is the TimeoutError to throw.
          failure = { kind: "timeout" };
          error = controller.signal.reason as TimeoutError;
        } else {
          failure = { kind: "connection", sent: !notSent(thrown) };
          error = new ConnectionError(`Connection failed: ${target}`, { cause: thrown });
        }
      } finally {
        release?.();
      }
      const delay =
        attempt <= maxRetries && shouldRetry(request.method, failure)
          ? retryDelay(attempt, (error as { retryAfter?: number }).retryAfter, config.backoff)
          : undefined;
      if (delay === undefined) throw error;
      config.info?.(`everruns: retrying ${target} in ${Math.round(delay)} ms (${error.message})`);
      await sleep(delay, signal);
    }
  };
}

/** The error a user abort settles with. */
export function aborted(signal: AbortSignal): AbortError {
  return new AbortError("Request aborted", { cause: signal.reason });
}

/** Waits `ms`, or rejects with `AbortError` as soon as `signal` fires. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

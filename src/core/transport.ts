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
  fetch: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
  timeoutMs: number;
  maxRetries: number;
  backoff: Backoff;
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
  /** Set on success: whether the timeout fired (while the body was read). */
  timedOut?: () => boolean;
  /** Set on success: the response whose body is being read. */
  response?: Response;
}

/** Sends `request` under the retry policy; resolves with a 2xx response or throws an `EverrunsError`. */
export type Send = (request: Request, call?: Call) => Promise<Response>;

/** Builds the transport's `send` over a configuration. */
export function createTransport(config: TransportConfig): Send {
  return async function send(request, call) {
    const options = call?.options;
    const maxRetries = options?.maxRetries ?? config.maxRetries;
    const timeoutMs = options?.timeoutMs ?? config.timeoutMs;
    // An SDK call passes its signal in `options`; its Request's own signal can never fire, so
    // linking to it would only cost time. A raw openapi-fetch call carries the caller's signal there.
    const signal = options?.signal ?? (call ? undefined : request.signal);
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw aborted(signal);
      // A body can be sent once: keep the original for a possible retry.
      const req = request.body && attempt <= maxRetries ? request.clone() : request;
      const started = Date.now();
      const link = linkAttempt(signal, timeoutMs);
      let failure: Failure;
      let error: EverrunsError;
      let keep = false;
      try {
        // The global fetch is looked up per call: test tools and polyfills may replace it later.
        const response = await (config.fetch ?? fetch)(req, { signal: link.signal });
        log(config, req, attempt, started, response.status);
        if (response.ok) {
          // The body is still to be read: hand the cleanup to whoever reads it. A stream has no
          // overall time limit, but the caller's signal still ends it until it is released.
          if (call) {
            keep = true;
            if (call.stream) link.stopTimer();
            call.release = link.release;
            call.timedOut = link.timedOut;
            call.response = response;
          }
          return response;
        }
        const { status, headers } = response;
        const apiError = APIError.from({
          status,
          headers,
          text: await response.text(),
          secret: config.secret,
        });
        failure = { kind: "status", status, retryAfter: apiError.retryAfter };
        error = apiError;
      } catch (thrown) {
        if (signal?.aborted) throw aborted(signal);
        if (link.timedOut()) {
          failure = { kind: "timeout" };
          error = new TimeoutError(
            `Request timed out after ${timeoutMs} ms: ${req.method} ${req.url}`,
          );
        } else {
          log(config, req, attempt, started, thrown);
          failure = { kind: "connection", sent: !notSent(thrown) };
          error = new ConnectionError(`Connection failed: ${req.method} ${req.url}`, {
            cause: thrown,
          });
        }
      } finally {
        if (!keep) link.release();
      }
      const delay =
        attempt <= maxRetries && shouldRetry(request.method, failure)
          ? retryDelay(attempt, (failure as { retryAfter?: number }).retryAfter, config.backoff)
          : undefined;
      if (delay === undefined) throw error;
      config.info?.(
        `everruns: retrying ${request.method} ${request.url} in ${Math.round(delay)} ms (${error.message})`,
      );
      await sleep(delay, signal);
    }
  };
}

interface Link {
  signal: AbortSignal;
  timedOut(): boolean;
  stopTimer(): void;
  release(): void;
}

// One controller per attempt, aborted by the caller's signal or by the attempt's timer.
function linkAttempt(user: AbortSignal | undefined, timeoutMs: number): Link {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(user?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutError(`Timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  user?.addEventListener("abort", onAbort);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    stopTimer: () => clearTimeout(timer),
    release() {
      clearTimeout(timer);
      user?.removeEventListener("abort", onAbort);
    },
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

function log(
  config: TransportConfig,
  req: Request,
  attempt: number,
  started: number,
  outcome: number | unknown,
): void {
  if (!config.debug) return;
  const result =
    typeof outcome === "number"
      ? String(outcome)
      : `failed (${(outcome as Error)?.name ?? "error"})`;
  config.debug(
    `everruns: ${req.method} ${req.url} -> ${result} (attempt ${attempt}, ${Date.now() - started} ms) [${maskHeaders(req.headers)}]`,
  );
}

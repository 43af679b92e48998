/**
 * The retry policy, as data and pure functions, so docs and tests can check the transport against it.
 *
 * Idempotent methods (GET, PUT, DELETE, PATCH) retry on connection errors, timeouts, 408, 429 and 5xx.
 * POST retries only where the server surely did not act on it: 429, 503 with a retry hint, and a
 * connection that failed before the request was sent. 409 is never retried.
 */

/** Why an attempt failed, as the retry policy sees it. */
export type Failure =
  /** The server answered with an error status; `retryAfter` (seconds) when it sent a hint. */
  | { kind: "status"; status: number; retryAfter?: number | undefined }
  /** No response. `sent: false` when the connection failed before the request left (refused, DNS). */
  | { kind: "connection"; sent: boolean }
  /** The attempt ran out of time. */
  | { kind: "timeout" };

/** Backoff tuning: the first delay and the cap, in milliseconds. */
export interface Backoff {
  /** Delay before the first retry; doubles each time. Default 500. */
  initialDelayMs: number;
  /** Upper bound of a computed delay. Default 8000. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown instead. Default 60000. */
  maxRetryAfterMs: number;
}

/** The default backoff: 0.5 s doubling, capped at 8 s; server hints honored up to 60 s. */
export const DEFAULT_BACKOFF: Backoff = {
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;

// The idempotent methods the API uses (it has no HEAD or OPTIONS operation).
const IDEMPOTENT = new Set(["GET", "PUT", "DELETE", "PATCH"]);

/**
 * Whether a failed attempt may be retried. Pure: it ignores the retry budget and backoff.
 *
 * @example
 * ```ts
 * shouldRetry("POST", { kind: "status", status: 500 }); // false: the server may have created it
 * shouldRetry("GET", { kind: "status", status: 500 }); // true
 * ```
 */
export function shouldRetry(method: string, failure: Failure): boolean {
  const m = method.toUpperCase();
  if (failure.kind !== "status")
    return IDEMPOTENT.has(m) || (m === "POST" && failure.kind === "connection" && !failure.sent);
  const s = failure.status;
  return IDEMPOTENT.has(m)
    ? s === 408 || s === 429 || s >= 500
    : m === "POST" && (s === 429 || (s === 503 && failure.retryAfter !== undefined));
}

/**
 * Milliseconds to wait before retry number `retry` (1-based), or `undefined` to give up because the
 * server asked for a longer wait than `backoff.maxRetryAfterMs`. Fields of `backoff` left out (or
 * undefined) take their `DEFAULT_BACKOFF` value.
 * Without a server hint: `initialDelayMs * 2^(retry-1)` capped at `maxDelayMs`, minus up to 25 % jitter.
 */
export function retryDelay(
  retry: number,
  retryAfter: number | undefined,
  backoff: Partial<Backoff> = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number | undefined {
  const {
    initialDelayMs = DEFAULT_BACKOFF.initialDelayMs,
    maxDelayMs = DEFAULT_BACKOFF.maxDelayMs,
    maxRetryAfterMs = DEFAULT_BACKOFF.maxRetryAfterMs,
  } = backoff;
  if (retryAfter !== undefined) {
    const ms = retryAfter * 1000;
    return ms > maxRetryAfterMs ? undefined : ms;
  }
  const base = Math.min(initialDelayMs * 2 ** (retry - 1), maxDelayMs);
  return base * (1 - 0.25 * random());
}

// Error codes that mean the request never left this machine, so even a POST is safe to resend.
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "ConnectionRefused",
]);

/**
 * Whether a `fetch` rejection surely means the request was not sent: its code, or that of every error
 * in an AggregateError list (Node tries every address of a host), or of its `cause`, says so.
 * Unknown errors count as sent.
 */
export function notSent(e: unknown, depth = 0): boolean {
  if (!e || depth > 4) return false;
  const { code, errors, cause } = e as { code?: unknown; errors?: unknown; cause?: unknown };
  return (
    NOT_SENT.has(code as string) ||
    (Array.isArray(errors) && errors.length > 0 && errors.every((x) => notSent(x, depth + 1))) ||
    notSent(cause, depth + 1)
  );
}

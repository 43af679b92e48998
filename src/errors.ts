/**
 * The error hierarchy, and the one place where an HTTP response becomes a throw (`APIError.from`).
 *
 * Every error the SDK throws is an `EverrunsError`. Messages are one readable line. The API key never
 * ends up in an error: it is not stored on errors, and token-shaped text a server echoes back is masked.
 */

/** The `allowed_actions` entries of a problem body: what the caller can do next. */
export interface AllowedAction {
  /** Relation name, e.g. `retry` or `submit_tool_results`. */
  rel: string;
  /** Where to do it. */
  href?: string;
  /** With which HTTP method. */
  method?: string;
  /** A hint for people. */
  hint?: string;
}

/** An RFC 9457 problem details body as the API sends it (unknown fields are kept). */
export interface ProblemBody {
  title: string;
  status: number;
  detail?: string;
  code?: string;
  type?: string;
  instance?: string;
  retry_after_seconds?: number;
  allowed_actions?: AllowedAction[];
  [key: string]: unknown;
}

/** API-key-shaped text (`evr_pat_...`), anywhere in a string; replace it with `$1***` to mask it. */
export const TOKEN = /(evr_[a-z]+_)[\w-]+/gi;

/** Base class of every error the SDK throws. */
export class EverrunsError extends Error {
  override name = "EverrunsError";
}

/** What `APIError.from` needs besides the response: the body text it read and a secret to mask. */
interface ErrorSource {
  status: number;
  headers: Headers;
  text: string;
  secret?: string | undefined;
}

/**
 * The API answered with an error status (or an unusable success body).
 *
 * @example
 * ```ts
 * try {
 *   await client.sessions.get(id);
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.log(err.code, err.requestId);
 * }
 * ```
 */
export class APIError extends EverrunsError {
  override name = "APIError";
  /** HTTP status code. */
  declare readonly status: number;
  /** Stable snake_case error code from the problem body, e.g. `session_not_found`. */
  declare readonly code: string | undefined;
  /** Short summary of the problem type. */
  declare readonly title: string | undefined;
  /** What went wrong in this occurrence. */
  declare readonly detail: string | undefined;
  /** Seconds to wait before trying again (`Retry-After` or `retry_after_seconds`). */
  declare readonly retryAfter: number | undefined;
  /** What the caller can do next. */
  declare readonly allowedActions: AllowedAction[];
  /** The parsed problem body; `undefined` when the body was not JSON (e.g. an HTML proxy page). */
  declare readonly body: ProblemBody | undefined;
  /** The `x-request-id` response header, to quote when asking for support. */
  declare readonly requestId: string | undefined;
  /** The response headers. */
  declare readonly headers: Headers;

  /** Prefer `APIError.from`, which picks the subclass for the status. */
  constructor(status: number, body: ProblemBody | undefined, headers: Headers, message?: string) {
    super(message ?? describe(status, body, headers));
    Object.assign(this, {
      status,
      body,
      headers,
      code: str(body?.code),
      title: str(body?.title),
      detail: str(body?.detail),
      allowedActions: Array.isArray(body?.allowed_actions) ? body.allowed_actions : [],
      retryAfter: retryAfterSeconds(headers, body),
      requestId: headers.get("x-request-id") ?? undefined,
    });
  }

  /** Builds the right subclass for an error response whose body text has been read. */
  static from({ status, headers, text, secret }: ErrorSource): APIError {
    let body: ProblemBody | undefined;
    // Whatever the content type says: a JSON object is a problem body, anything else is described
    // by status and content type.
    try {
      // API-key-shaped text (`evr_pat_...`) and the secret itself are masked first.
      const masked = secret && secret.length >= 4 ? text.replaceAll(secret, "***") : text;
      const parsed: unknown = JSON.parse(masked.replace(TOKEN, "$1***"));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        body = parsed as ProblemBody;
    } catch {
      // Not JSON.
    }
    const Class = BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
    return new Class(status, body, headers);
  }
}

/** 400: a malformed id or body. */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
/** 401: the API key is missing, wrong or revoked. */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
/** 403: the key may not do this (or not in this organization). */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
/** 404: no such session (or not visible to this key). */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/** 409: the session is not in a state that allows this, e.g. not waiting for tool results. */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
/** 422: the body is well-formed but invalid. */
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited; see `retryAfter`. */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
/** 5xx: the server or a proxy in front of it failed. */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request never got a response: DNS, refused or reset connection, TLS, a malformed response. */
export class ConnectionError extends EverrunsError {
  override name = "ConnectionError";
}

/** An attempt took longer than `timeoutMs` (after any retries). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends EverrunsError {
  override name = "AbortError";
}

/** A value was rejected on the client before any request was sent. */
export class ValidationError extends EverrunsError {
  override name = "ValidationError";
  /** `argument` names what was wrong; `message` says what was expected. */
  constructor(
    /** The argument or option at fault, e.g. `sessionId` or `body.harness_name`. */
    readonly argument: string,
    message: string,
  ) {
    super(`Invalid ${argument}: ${message}`);
  }
}

/** Throws a `ValidationError` for `argument`: "Invalid <argument>: expected <what>". */
export function invalid(argument: string, what: string): never {
  throw new ValidationError(argument, `expected ${what}`);
}

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

// One line: `404 session_not_found: No session with id ...`; an HTML page becomes its content type.
function describe(status: number, body: ProblemBody | undefined, headers: Headers): string {
  if (!body)
    return `${status} ${status >= 500 ? "server " : ""}error (non-JSON ${contentType(headers)} response)`;
  const code = str(body.code);
  const title = str(body.title);
  const text = str(body.detail) ?? (code && title);
  const flat = `${status} ${code ?? title ?? "error"}${text ? `: ${text}` : ""}`
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/** `Retry-After` (seconds or HTTP date) or the body's `retry_after_seconds`, in seconds. */
export function retryAfterSeconds(
  headers: Headers,
  body?: { retry_after_seconds?: unknown },
): number | undefined {
  const header = headers.get("retry-after");
  if (header?.trim()) {
    // Seconds, or an HTTP date.
    const seconds = Number.isFinite(+header) ? +header : (Date.parse(header) - Date.now()) / 1000;
    if (!Number.isNaN(seconds)) return Math.max(0, seconds);
  }
  const fromBody = body?.retry_after_seconds as number;
  return Number.isFinite(fromBody) && fromBody >= 0 ? fromBody : undefined;
}

/** The media type of a response, for a message: `text/html`, or `no content type`. */
export function contentType(headers: Headers): string {
  return (headers.get("content-type") ?? "no content type").split(";")[0]!;
}

/**
 * Client options and how they are resolved: explicit options win over `EVERRUNS_*` environment
 * variables, and anything that could not be sent (an empty key, CR/LF in a header) fails here, at
 * construction, instead of on the first request.
 */
import { invalid } from "../errors.js";
import { parseId } from "../ids.js";
import { readEnv } from "./env.js";
import { LEVELS, type Logger, type LogLevel } from "./logger.js";
import { integer } from "./params.js";
import { DEFAULT_MAX_RETRIES, type Backoff } from "./retry.js";
import type { TransportConfig } from "./transport.js";

/** The production API root. */
export const DEFAULT_BASE_URL = "https://app.everruns.com/api";

/** Options of `new Everruns(...)`. Every one is optional; see each for its default. */
export interface ClientOptions {
  /** Personal access token (`evr_pat_...`), sent raw in `Authorization`. Default: `EVERRUNS_API_KEY`. */
  apiKey?: string | undefined;
  /** API root, with or without a path prefix or trailing slash. Default: `EVERRUNS_API_URL`, else production. */
  baseUrl?: string | undefined;
  /** Organization to act in (`X-Org-Id`), for tokens that see several. Default: `EVERRUNS_ORG_ID`. */
  orgId?: string | undefined;
  /** A `fetch` implementation, e.g. for a proxy agent or tests. Default: the global `fetch`. */
  fetch?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Time limit of each attempt in milliseconds. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt, under the retry policy. Default 2. */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Where log lines go. Default: `console` when a level is set, else nothing. */
  logger?: Logger | undefined;
  /** How much to log. Default: `EVERRUNS_LOG`, else `info` when a logger is given, else `off`. */
  logLevel?: LogLevel | undefined;
  /** Backoff between retries (delays in milliseconds). Default 500 doubling, capped at 8 000. */
  backoff?: Partial<Backoff> | undefined;
}

/** A resolved configuration: the transport settings plus openapi-fetch's base URL and headers. */
export interface ResolvedConfig extends TransportConfig {
  baseUrl: string;
  headers: Record<string, string>;
}

// An HTTP token: letters, digits and ! # $ % & ' * + - . ^ _ ` | ~
const TOKEN_CHARS = /^[\w!#$%&'*+.^`|~-]+$/;
// A header value fetch can send: visible Latin-1 and inner spaces, no CR, LF or other controls.
const VALUE_CHARS = /^[\t -~\x80-\xff]+$/;

/** Resolves options against the environment; throws `ValidationError` for anything unusable. */
export function resolveConfig(options: ClientOptions = {}): ResolvedConfig {
  const apiKey = options.apiKey ?? readEnv("EVERRUNS_API_KEY");
  // Sent as is: fetch would silently trim surrounding spaces off a header value.
  if (typeof apiKey !== "string" || !VALUE_CHARS.test(apiKey) || apiKey.trim() !== apiKey)
    invalid(
      "apiKey",
      "an API key from { apiKey } or EVERRUNS_API_KEY, without control characters or surrounding spaces",
    );
  // The key wins over a default header of the same name.
  const headers: Record<string, string> = {
    ...checkHeaders("defaultHeaders", options.defaultHeaders),
    Authorization: apiKey,
  };
  const orgId = options.orgId ?? readEnv("EVERRUNS_ORG_ID");
  if (orgId !== undefined) headers["X-Org-Id"] = parseId("org", orgId, "orgId");

  // A bad EVERRUNS_LOG is ignored; a bad logLevel option is a mistake in code.
  const env = readEnv("EVERRUNS_LOG")?.toLowerCase() as LogLevel; // any text: checked next
  const logLevel =
    options.logLevel ?? (LEVELS.includes(env) ? env : options.logger ? "info" : "off");
  const { timeoutMs = 60_000, maxRetries = DEFAULT_MAX_RETRIES } = options;
  // A count of retries is whole; a time limit need not be.
  integer(0)("maxRetries", maxRetries);
  if (!Number.isFinite(timeoutMs) || timeoutMs < 1)
    invalid("timeoutMs", `a number >= 1, got ${timeoutMs}`);
  const rank = LEVELS.indexOf(logLevel);
  if (rank < 0) invalid("logLevel", `one of ${LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  const logger = options.logger ?? console;
  const at = (line: "debug" | "info") =>
    LEVELS.indexOf(line) >= rank ? (text: string) => logger[line](text) : undefined;
  // The options as given (`fetch`, `backoff`) under the values resolved here.
  return {
    ...options,
    baseUrl: baseUrl(options.baseUrl ?? readEnv("EVERRUNS_API_URL") ?? DEFAULT_BASE_URL),
    headers,
    timeoutMs,
    maxRetries,
    debug: at("debug"),
    info: at("info"),
    secret: apiKey,
  };
}

/**
 * Checks the names and values of `headers`, naming a bad one `<argument>["<name>"]`; returns them.
 */
export function checkHeaders<T extends Record<string, unknown> | undefined>(
  argument: string,
  headers: T,
): T {
  if (headers)
    for (const [name, value] of Object.entries(headers)) {
      const at = `${argument}["${name}"]`;
      if (!TOKEN_CHARS.test(name)) invalid(at, "a valid header name");
      if (typeof value !== "string" || !VALUE_CHARS.test(value))
        invalid(at, "a non-empty header value without control characters");
    }
  return headers;
}

function baseUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (/^https?:$/.test(url.protocol) && !url.search && !url.hash)
      return url.href.replace(/\/+$/, "");
  } catch {
    // Not a URL: reported below.
  }
  invalid("baseUrl", `an http(s) URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(raw)}`);
}

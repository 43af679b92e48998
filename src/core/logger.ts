/**
 * Opt-in logging. Nothing is printed unless a level is set (`logLevel` or `EVERRUNS_LOG`). Debug lines
 * carry method, URL, status, attempt and duration, with secret headers masked.
 */

/** Where log lines go; `console` fits. */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

/** How much to log: `debug` is every attempt, `info` adds retries, `off` is silence. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** The log levels from the most to the least verbose: a line is printed at its level and below. */
export const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "off"];

// Any header named like a credential: authorization, proxy-authorization, (set-)cookie, (x-)api-key.
const SECRET_HEADERS = /authorization$|cookie$|api-key$/i;

/** Headers as `name: value` pairs for a log line, secret values masked. */
export function maskHeaders(headers: Headers): string {
  return [...headers]
    .map(([name, value]) => `${name}: ${SECRET_HEADERS.test(name) ? "***" : value}`)
    .join(", ");
}

/**
 * Fault injection, to rehearse how a client copes with a bad day: added latency, `429` with
 * `Retry-After`, `5xx` answers (`502`/`504` as the HTML pages proxies send), and event streams that drop
 * without warning. A rule applies to one operation (by `operationId`), a list of them, or all; always or
 * with a seeded probability; forever or a number of times.
 */
import type { Random } from "./ids.js";
import { problem } from "./problems.js";

/** One fault rule. */
export interface FaultRule {
  /** The operations it applies to, by `operationId` (`getSession`, `streamEvents`, ...); all when left out. */
  operations?: string | readonly string[];
  /** Answer with this status instead of running the operation: 429, 500, 502, 503 or 504. */
  status?: 429 | 500 | 502 | 503 | 504;
  /** For 429 and 503: the `Retry-After` seconds (default 1). */
  retryAfterSeconds?: number;
  /** Wait this long (real milliseconds) before answering. */
  latencyMs?: number;
  /** For the event stream: drop the connection abruptly after this many events (0: right after `connected`). */
  dropStreamAfter?: number;
  /** Chance from 0 to 1 that the rule fires on a matching request, drawn from the mock's seeded random (default 1). */
  probability?: number;
  /** Fire at most this many times, then stop (default: no limit). */
  times?: number;
}

/** What the fault layer decided for one request. */
export interface FaultDecision {
  /** Real milliseconds to wait first. */
  latencyMs: number;
  /** A response to send instead of the operation's. */
  response?: Response;
  /** For streams: drop after this many events. */
  dropStreamAfter?: number;
}

interface ActiveRule {
  rule: FaultRule;
  fired: number;
}

/** The fault rules of one mock API; change them at any time. */
export class FaultInjector {
  private rules: ActiveRule[] = [];

  constructor(
    private random: Random,
    rules: readonly FaultRule[] = [],
  ) {
    for (const rule of rules) this.add(rule);
  }

  /** Adds a rule; returns a function that removes it. */
  add(rule: FaultRule): () => void {
    const active: ActiveRule = { rule, fired: 0 };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((r) => r !== active);
    };
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** Removes every rule and restarts the random draws (a reset of the mock). */
  restart(random: Random, rules: readonly FaultRule[] = []): void {
    this.random = random;
    this.rules = [];
    for (const rule of rules) this.add(rule);
  }

  /** How many rules are set. */
  get size(): number {
    return this.rules.length;
  }

  /** Decides the faults of one request to `operationId`. */
  decide(operationId: string, url: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const active of this.rules) {
      const { rule } = active;
      if (!appliesTo(rule, operationId)) continue;
      if (rule.times !== undefined && active.fired >= rule.times) continue;
      if (rule.probability !== undefined && this.random.next() >= rule.probability) continue;
      active.fired++;
      decision.latencyMs += rule.latencyMs ?? 0;
      if (rule.dropStreamAfter !== undefined) decision.dropStreamAfter = rule.dropStreamAfter;
      if (rule.status !== undefined && decision.response === undefined) {
        decision.response = faultResponse(rule.status, url, rule.retryAfterSeconds);
      }
    }
    return decision;
  }
}

function appliesTo(rule: FaultRule, operationId: string): boolean {
  if (rule.operations === undefined) return true;
  return typeof rule.operations === "string"
    ? rule.operations === operationId
    : rule.operations.includes(operationId);
}

/** The answer of an injected failure. Proxies answer 502 and 504 with HTML, as in production. */
export function faultResponse(
  status: 429 | 500 | 502 | 503 | 504,
  url: string,
  retryAfterSeconds = 1,
): Response {
  switch (status) {
    case 429:
      return problem(429, "rate_limited", "Rate limit exceeded (injected by the mock API).", url, {
        retry_after_seconds: retryAfterSeconds,
      });
    case 503:
      return problem(
        503,
        "service_unavailable",
        "The service is temporarily unavailable (injected by the mock API).",
        url,
        {
          retry_after_seconds: retryAfterSeconds,
        },
      );
    case 500:
      return problem(
        500,
        "internal_error",
        "An unexpected error occurred (injected by the mock API).",
        url,
      );
    case 502:
      return htmlPage(502, "502 Bad Gateway");
    case 504:
      return htmlPage(504, "504 Gateway Time-out");
  }
}

function htmlPage(status: number, title: string): Response {
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return new Response(body, { status, headers: { "Content-Type": "text/html" } });
}

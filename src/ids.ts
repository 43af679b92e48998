/**
 * Typed ids (`session_...`, `agent_...`) and their checks before a request is sent.
 *
 * The documented format is `<prefix>_` + 32 hex digits, but ids handed out by the server and its docs
 * do not always have exactly 32, so only the mistakes that matter are caught: the wrong kind of id,
 * an empty string, and characters that would change the URL path.
 */
import { invalid, TOKEN } from "./errors.js";

/** A session id, `session_<hex>`. */
export type SessionId = `session_${string}`;
/** An organization id, `org_<hex>`. */
export type OrgId = `org_${string}`;
/** A harness id, `harness_<hex>`. */
export type HarnessId = `harness_${string}`;
/** An agent id, `agent_<hex>`. */
export type AgentId = `agent_${string}`;
/** An immutable agent version id, `agentver_<hex>`. */
export type AgentVersionId = `agentver_${string}`;
/** A resident agent identity id, `identity_<hex>`. */
export type AgentIdentityId = `identity_${string}`;
/** A principal id, `principal_<hex>`. */
export type PrincipalId = `principal_${string}`;
/** An LLM model id, `model_<hex>`. */
export type ModelId = `model_${string}`;
/** A message id, `message_<hex>`. */
export type MessageId = `message_${string}`;
/** An event id, `event_<hex>`. */
export type EventId = `event_${string}`;
/** A turn id, `turn_<hex>`. */
export type TurnId = `turn_${string}`;
/** An execution id, `exec_<hex>`. */
export type ExecId = `exec_${string}`;

/**
 * The argument type of a method that takes an id of kind `Id`: a typed id or a plain `string` compiles
 * (plain strings are checked at run time), a literal of another kind (`"agent_..."`) does not.
 */
export type IdInput<I extends string, Id extends string> = string extends I
  ? I
  : I extends Id
    ? I
    : Id;

// Only characters that keep the id one harmless path segment (no `/ ? # %`, whitespace or controls),
// at most the API's own limit on an id in a path (far above any id it hands out).
const SEGMENT = /^[\w.~-]{1,128}$/;

/**
 * Returns `value` typed as the id of `prefix`, or throws `ValidationError` naming `argument`.
 *
 * @example
 * ```ts
 * const id = parseId("session", input, "sessionId"); // SessionId
 * ```
 */
export function parseId<P extends string>(
  prefix: P,
  value: unknown,
  argument: string,
): `${P}_${string}` {
  if (isId(prefix, value)) return value;
  invalid(argument, `a ${prefix} id like "${prefix}_0193...", got ${shown(value)}`);
}

/** Whether `value` is a well-formed id of `prefix`. */
export function isId<P extends string>(prefix: P, value: unknown): value is `${P}_${string}` {
  return (
    typeof value === "string" &&
    value.length > prefix.length + 1 &&
    value.startsWith(`${prefix}_`) &&
    SEGMENT.test(value)
  );
}

function shown(value: unknown): string {
  if (typeof value !== "string") return value === null ? "null" : typeof value;
  // An API key pasted where an id belongs, alone or inside it, must not reach an error message.
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value).replace(
    TOKEN,
    "$1***",
  );
}

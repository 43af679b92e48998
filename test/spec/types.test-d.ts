// Pins what the SDK relies on in generated/schema.d.ts. A spec change that alters these fails the
// type check (vitest typecheck and `npm run typecheck`), not a user's build.
import { describe, expectTypeOf, test } from "vitest";
import type { components, operations, paths } from "../../generated/schema.js";

type Schemas = components["schemas"];
type Session = Schemas["Session"];

/** Keys of T that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/** Keys of T that are always present. */
type RequiredKeys<T> = Exclude<keyof T, OptionalKeys<T>>;

describe("Session", () => {
  test("status is the union of the wire values", () => {
    expectTypeOf<Session["status"]>().toEqualTypeOf<
      "started" | "active" | "idle" | "waitingfortoolresults" | "paused"
    >();
    expectTypeOf<Session["status"]>().toEqualTypeOf<Schemas["SessionStatus"]>();
  });

  test("subagent status is the union of the wire values, optional", () => {
    expectTypeOf<Session["subagent_status"]>().toEqualTypeOf<
      | "spawning"
      | "running"
      | "completed"
      | "failed"
      | "cancelled"
      | "max_iterations_reached"
      | undefined
    >();
  });

  test("required fields are exactly the ones the server always writes", () => {
    expectTypeOf<RequiredKeys<Session>>().toEqualTypeOf<
      | "id"
      | "organization_id"
      | "harness_id"
      | "owner_principal_id"
      | "tags"
      | "status"
      | "created_at"
      | "updated_at"
    >();
  });

  test("fields the server may leave out are optional", () => {
    expectTypeOf<
      | "agent_id"
      | "agent_version_id"
      | "agent_identity_id"
      | "title"
      | "locale"
      | "model_id"
      | "capabilities"
      | "tools"
      | "mcpServers"
      | "system_prompt"
      | "initial_files"
      | "hints"
      | "network_access"
      | "max_iterations"
      | "started_at"
      | "finished_at"
      | "usage"
      | "is_pinned"
      | "features"
      | "parent_session_id"
      | "subagent_name"
      | "subagent_task"
      | "subagent_status"
      | "blueprint_id"
      | "blueprint_config"
    >().toExtend<OptionalKeys<Session>>();
  });

  test("MCP servers use their wire name", () => {
    expectTypeOf<Session>().toHaveProperty("mcpServers");
    expectTypeOf<Session>().not.toHaveProperty("mcp_servers");
  });

  test("field types", () => {
    expectTypeOf<Session["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Session["tags"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Session["usage"]>().toEqualTypeOf<Schemas["TokenUsage"] | undefined>();
    // Free-form objects accept any JSON value.
    expectTypeOf<{ setup_connection: true }>().toExtend<NonNullable<Session["hints"]>>();
  });
});

describe("operations", () => {
  test("every operation id of the Sessions API exists, and no other", () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<
      | "createSession"
      | "listSessions"
      | "getSessionStats"
      | "getSession"
      | "updateSession"
      | "deleteSession"
      | "cancelTurn"
      | "pinSession"
      | "unpinSession"
      | "exportSession"
      | "createMessage"
      | "listMessages"
      | "listEvents"
      | "streamEvents"
      | "submitToolResults"
    >();
  });

  test("paths point at their operations", () => {
    expectTypeOf<paths["/v1/sessions/{session_id}"]["get"]>().toEqualTypeOf<
      operations["getSession"]
    >();
    expectTypeOf<paths["/v1/sessions/{session_id}/tool-results"]["post"]>().toEqualTypeOf<
      operations["submitToolResults"]
    >();
  });

  test("getSession returns a Session and takes the session id in the path", () => {
    type GetSession = operations["getSession"];
    expectTypeOf<
      GetSession["responses"][200]["content"]["application/json"]
    >().toEqualTypeOf<Session>();
    expectTypeOf<GetSession["parameters"]["path"]>().toEqualTypeOf<{ session_id: string }>();
  });

  test("event filters are arrays (repeated query keys)", () => {
    type Query = NonNullable<operations["listEvents"]["parameters"]["query"]>;
    expectTypeOf<NonNullable<Query["types"]>>().toEqualTypeOf<string[]>();
    expectTypeOf<NonNullable<Query["exclude"]>>().toEqualTypeOf<string[]>();
    expectTypeOf<Query["limit"]>().toEqualTypeOf<number | undefined>();
  });

  test("a request body field with a default stays optional", () => {
    type Query = NonNullable<operations["listSessions"]["parameters"]["query"]>;
    expectTypeOf<Query>().toExtend<{ limit?: number; offset?: number }>();
    expectTypeOf<{ tags?: string[] }>().toExtend<Pick<Schemas["CreateSessionRequest"], "tags">>();
  });
});

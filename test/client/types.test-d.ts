import { describe, expectTypeOf, it } from "vitest";
import type { APIPromise, WithResponse } from "../../src/core/api-promise.js";
import type { Everruns } from "../../src/client.js";
import type { EventId, MessageId, SessionId } from "../../src/ids.js";
import { isEventType } from "../../src/status.js";
import type { Page } from "../../src/pagination.js";
import type {
  Event,
  EventOf,
  Message,
  Session,
  SessionStatus,
  SubagentStatus,
  UnknownEvent,
} from "../../src/types.js";

declare const client: Everruns;
declare const session: Session;
declare const someString: string;
declare const event: Event;

describe("typed ids", () => {
  it("carries typed ids on returned models, so they pass back without a cast", () => {
    expectTypeOf(session.id).toEqualTypeOf<SessionId>();
    expectTypeOf<Message["id"]>().toEqualTypeOf<MessageId>();
    expectTypeOf<Event["id"]>().toEqualTypeOf<EventId>();
    expectTypeOf(client.sessions.get(session.id)).toEqualTypeOf<APIPromise<Session>>();
    expectTypeOf(client.messages.create(session.id, "hi")).toEqualTypeOf<APIPromise<Message>>();
  });

  it("accepts a plain string (checked at run time) but not a literal of another kind", () => {
    client.sessions.get(someString);
    client.sessions.get("session_01933b5a00007000800000000000001");
    // @ts-expect-error an agent id where a session id belongs
    client.sessions.get("agent_01933b5a00007000800000000000001");
    // @ts-expect-error an empty literal is no session id
    client.sessions.delete("");
    // @ts-expect-error a message id where a session id belongs
    client.events.list("message_01933b5a000070008000000000000a01");
    // @ts-expect-error not a string at all
    client.sessions.pin(42);
  });
});

describe("bodies", () => {
  it("rejects an unknown body field and a missing required field", () => {
    client.sessions.create({ title: "ok", harness_name: "generic" });
    // @ts-expect-error `titel` is not a field of the create body
    client.sessions.create({ titel: "typo" });
    // @ts-expect-error `tool_results` is required
    client.sessions.submitToolResults(session.id, {});
    // @ts-expect-error a message needs `content`
    client.messages.create(session.id, { message: {} });
    // @ts-expect-error tags are strings
    client.sessions.update(session.id, { tags: [1] });
  });

  it("takes options last on every method", () => {
    const options = {
      signal: AbortSignal.timeout(1000),
      timeoutMs: 5,
      maxRetries: 0,
      headers: { "X-Trace": "1" },
    };
    client.sessions.stats(options);
    client.sessions.list({}, options);
    client.events.list(session.id, { types: ["turn.started"] }, options);
    // @ts-expect-error unknown option
    client.sessions.stats({ retries: 1 });
  });
});

describe("results", () => {
  it("types withResponse, pages and iteration", () => {
    expectTypeOf(client.sessions.get(session.id).withResponse()).toEqualTypeOf<
      Promise<WithResponse<Session>>
    >();
    expectTypeOf(client.sessions.list()).toEqualTypeOf<APIPromise<Page<Session>>>();
    expectTypeOf(client.sessions.iterate()).toEqualTypeOf<AsyncIterable<Session>>();
    expectTypeOf(client.sessions.delete(session.id)).toEqualTypeOf<APIPromise<void>>();
    expectTypeOf(client.sessions.export(session.id)).toMatchTypeOf<AsyncIterable<Message>>();
  });

  it("exposes the wire status unions", () => {
    expectTypeOf<SessionStatus>().toEqualTypeOf<
      "started" | "active" | "idle" | "waitingfortoolresults" | "paused"
    >();
    expectTypeOf<SubagentStatus>().toEqualTypeOf<
      "spawning" | "running" | "completed" | "failed" | "cancelled" | "max_iterations_reached"
    >();
    expectTypeOf<Session["status"]>().toEqualTypeOf<SessionStatus>();
  });
});

describe("events narrow by type", () => {
  it("narrows known types in if and switch", () => {
    if (event.type === "output.message.delta") {
      expectTypeOf(event.data.delta).toEqualTypeOf<string>();
      expectTypeOf(event.data.accumulated).toEqualTypeOf<string>();
    }
    switch (event.type) {
      case "tool.call_requested":
        expectTypeOf(event.data.tool_calls[0]!.name).toEqualTypeOf<string>();
        break;
      case "turn.completed":
        expectTypeOf(event.data.iterations).toEqualTypeOf<number>();
        break;
      case "session.idled":
        expectTypeOf(event.data.turn_id).toEqualTypeOf<string>();
        break;
      case "budget.exhausted":
        expectTypeOf(event.data.balance).toEqualTypeOf<number>();
        break;
      default:
        // Unknown types land here, still readable.
        expectTypeOf(event.type).toMatchTypeOf<string>();
        expectTypeOf(event.data).toMatchTypeOf<Record<string, unknown>>();
    }
  });

  it("keeps unknown events usable through isEventType", () => {
    if (isEventType(event, "schedule.triggered")) expectTypeOf(event).toEqualTypeOf<UnknownEvent>();
    if (isEventType(event, "turn.failed")) expectTypeOf(event.data.error).toEqualTypeOf<string>();
    expectTypeOf<EventOf<"turn.started">["data"]["turn_id"]>().toEqualTypeOf<string>();
  });
});

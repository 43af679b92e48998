import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from "../../src/errors.js";
import type { Event } from "../../src/types.js";
import { example, problem, SESSION_ID, SESSION_PATH as S, useMockApi } from "../support/msw.js";

const { server, contract, client } = useMockApi();

describe("messages.create", () => {
  it("turns a string into one text part", async () => {
    const message = await client.messages.create(SESSION_ID, "Will the weather in Kyiv hold?");
    const sent = await contract.last();
    expect([sent.method, sent.url.pathname]).toEqual([
      "POST",
      `/api/v1/sessions/${SESSION_ID}/messages`,
    ]);
    expect(sent.body).toEqual({
      message: { content: [{ type: "text", text: "Will the weather in Kyiv hold?" }] },
    });
    expect(message).toEqual(example("UserMessageCreated"));
  });

  it("sends a full body as given", async () => {
    const body = example<Parameters<typeof client.messages.create>[1] & object>(
      "CreateMessageBody",
    );
    await client.messages.create(SESSION_ID, body);
    expect((await contract.last()).body).toEqual(body);
  });

  it("rejects a body without message content before sending", async () => {
    const error = await client.messages.create(SESSION_ID, {} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(contract.requests).toHaveLength(0);
  });

  it("maps 409 (a turn is in progress) to ConflictError without retrying", async () => {
    server.use(http.post(`${S}/messages`, () => problem(409, "ProblemTurnInProgress")));
    await expect(client.messages.create(SESSION_ID, "hi")).rejects.toBeInstanceOf(ConflictError);
    expect(contract.requests).toHaveLength(1);
  });
});

describe("messages.list", () => {
  it("lists the conversation", async () => {
    const list = await client.messages.list(SESSION_ID);
    expect((await contract.last()).url.pathname).toBe(`/api/v1/sessions/${SESSION_ID}/messages`);
    expect(list).toEqual(example("MessageListConversation"));
  });

  it("maps 404 to NotFoundError", async () => {
    server.use(http.get(`${S}/messages`, () => problem(404, "ProblemSessionNotFound")));
    await expect(client.messages.list(SESSION_ID)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("events.list", () => {
  it("sends arrays as repeated keys and every other filter as given", async () => {
    await client.events.list(SESSION_ID, {
      types: ["turn.started", "turn.completed"],
      exclude: ["output.message.delta"],
      tags: ["a", "b c"],
      since_id: "event_01933b5a0000700080000000000e0001",
      turn_id: "turn_01933b5a000070008000000000000b01",
      limit: 10,
      q: "weather & more",
      order_desc: true,
    });
    const { url } = await contract.last();
    expect(url.searchParams.getAll("types")).toEqual(["turn.started", "turn.completed"]);
    expect(url.searchParams.getAll("exclude")).toEqual(["output.message.delta"]);
    expect(url.searchParams.getAll("tags")).toEqual(["a", "b c"]);
    expect(url.search).toContain("types=turn.started&types=turn.completed");
    expect(url.searchParams.get("q")).toBe("weather & more");
    expect(url.searchParams.get("limit")).toBe("10");
    expect(url.searchParams.get("order_desc")).toBe("true");
  });

  it("returns the events, and X-Total-Count through withResponse()", async () => {
    server.use(
      http.get(`${S}/events`, () =>
        HttpResponse.json(example("EventListLimited"), { headers: { "X-Total-Count": "11" } }),
      ),
    );
    const { data, response } = await client.events.list(SESSION_ID, { limit: 2 }).withResponse();
    expect(data).toEqual(example("EventListLimited"));
    expect(response.headers.get("x-total-count")).toBe("11");
  });

  it("rejects more than 25 types and ids of the wrong kind before sending", async () => {
    const types = Array.from({ length: 26 }, (_, i) => `t.${i}`);
    await expect(client.events.list(SESSION_ID, { types })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.events.list(SESSION_ID, { since_id: "message_1" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(contract.requests).toHaveLength(0);
  });

  it("maps 400 (unknown event type) to BadRequestError", async () => {
    server.use(http.get(`${S}/events`, () => problem(400, "ProblemUnknownEventType")));
    await expect(client.events.list(SESSION_ID, { types: ["nope.nope"] })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });
});

describe("events.iterate", () => {
  // A server holding `count` events, honoring after/before_sequence and "limit = the last N".
  function eventServer(count: number, pageLog: string[]) {
    const template = example<{ data: Event[] }>("EventListTurn").data[0]!;
    const all = Array.from({ length: count }, (_, i) => ({
      ...template,
      id: `event_01933b5a00007000800000000${String(i + 1).padStart(6, "0")}`,
      sequence: i + 1,
    }));
    return http.get(`${S}/events`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      pageLog.push(q.toString());
      const after = Number(q.get("after_sequence") ?? 0);
      const before = Number(q.get("before_sequence") ?? Infinity);
      let data = all.filter((e) => e.sequence > after && e.sequence < before);
      if (q.has("limit")) data = data.slice(-Number(q.get("limit")));
      return HttpResponse.json({ data });
    });
  }

  it("walks forward in sequence windows and yields every event once, in order", async () => {
    const log: string[] = [];
    server.use(eventServer(25, log));
    const seen: number[] = [];
    for await (const event of client.events.iterate(SESSION_ID, { limit: 10 }))
      seen.push(event.sequence!);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(log).toEqual([
      "after_sequence=0&limit=1",
      "after_sequence=0&before_sequence=11",
      "after_sequence=10&before_sequence=21",
      "after_sequence=20&before_sequence=26",
      "after_sequence=25&limit=1",
    ]);
  });

  it("starts after the given sequence", async () => {
    const log: string[] = [];
    server.use(eventServer(5, log));
    const seen: number[] = [];
    for await (const event of client.events.iterate(SESSION_ID, { after_sequence: 3 }))
      seen.push(event.sequence!);
    expect(seen).toEqual([4, 5]);
    expect(log).toEqual([
      "after_sequence=3&limit=1",
      "after_sequence=3&before_sequence=6",
      "after_sequence=5&limit=1",
    ]);
  });

  it("stops at once on an empty session", async () => {
    const log: string[] = [];
    server.use(eventServer(0, log));
    const seen: number[] = [];
    for await (const event of client.events.iterate(SESSION_ID)) seen.push(event.sequence!);
    expect(seen).toEqual([]);
    expect(log).toEqual(["after_sequence=0&limit=1"]);
  });

  it("rejects since_id and order_desc, which cannot walk forward", async () => {
    const walk = client.events.iterate(SESSION_ID, { order_desc: true })[Symbol.asyncIterator]();
    await expect(walk.next()).rejects.toBeInstanceOf(ValidationError);
  });
});

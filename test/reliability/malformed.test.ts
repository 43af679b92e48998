/**
 * Malformed responses: every broken body becomes a typed error (or, on the stream, a skipped frame
 * reported through `onParseError`), never a crash, a raw `SyntaxError`/`TypeError`, or an unhandled
 * rejection (the file guard fails the test on one).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  ConnectionError,
  EverrunsError,
  InternalServerError,
  type StreamParseError,
} from "../../src/index.js";
import {
  SESSION_ID,
  startFaultyServer,
  type Fault,
  type FaultyServer,
} from "../support/faulty-server.js";
import { makeEvents, startSseServer, type SseServer } from "../support/sse-server.js";
import { eventually, failure, guardFile, makeClient } from "./support.js";

guardFile();

let server: FaultyServer;
beforeAll(async () => {
  server = await startFaultyServer();
});
afterAll(() => server.close());

const call = (fault: Fault) => ({
  headers: { "x-call-id": `malformed:${fault}:${Math.random()}`, "x-fault": fault },
  maxRetries: 0,
});

describe("JSON responses", () => {
  it.each([
    ["truncated-json", /invalid JSON in application\/json/],
    ["wrong-content-type", /invalid JSON in text\/plain/],
    ["html-200", /invalid JSON in text\/html/],
    ["empty-200", /empty response body/],
  ] as const)("a 200 with %s is an APIError naming the problem", async (fault, message) => {
    const client = makeClient(server.baseUrl);
    const error = await failure(client.sessions.get(SESSION_ID, call(fault)));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200 });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/<html/);
  });

  it("an HTML 502 from a proxy is an InternalServerError without the page in its message", async () => {
    const client = makeClient(server.baseUrl);
    const error = await failure(client.sessions.get(SESSION_ID, call("502-html")));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, body: undefined });
    expect((error as Error).message).toBe("502 server error (non-JSON text/html response)");
  });

  it("a body cut off by the connection is a ConnectionError", async () => {
    const client = makeClient(server.baseUrl);
    const error = await failure(client.sessions.get(SESSION_ID, call("cut-body")));
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it("malformed answers on every JSON method are typed errors", async () => {
    const client = makeClient(server.baseUrl);
    const methods = [
      (o: object) => client.sessions.get(SESSION_ID, o),
      (o: object) => client.sessions.list({}, o),
      (o: object) => client.sessions.stats(o),
      (o: object) => client.sessions.update(SESSION_ID, { title: "x" }, o),
      (o: object) => client.sessions.create({}, o),
      (o: object) => client.sessions.cancel(SESSION_ID, o),
      (o: object) => client.messages.create(SESSION_ID, "hi", o),
      (o: object) => client.messages.list(SESSION_ID, o),
      (o: object) => client.events.list(SESSION_ID, {}, o),
      (o: object) =>
        client.sessions.submitToolResults(SESSION_ID, [{ tool_call_id: "call_1", result: 1 }], o),
    ];
    for (const fault of [
      "truncated-json",
      "wrong-content-type",
      "html-200",
      "empty-200",
      "cut-body",
    ] as const) {
      for (const method of methods) {
        const error = await failure(method(call(fault)));
        expect(error, `${fault}: ${String(error)}`).toBeInstanceOf(EverrunsError);
      }
    }
  });
});

describe("the export (JSON Lines)", () => {
  it("a broken line is an APIError naming the line", async () => {
    const client = makeClient(server.baseUrl);
    const seen: unknown[] = [];
    const error = await failure(async () => {
      for await (const message of client.sessions.export(SESSION_ID, call("bad-json-line")))
        seen.push(message);
    });
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/line 2/);
  });

  it("a download cut off by the connection is a ConnectionError, iterated or read as text", async () => {
    const client = makeClient(server.baseUrl);
    const iterated = await failure(async () => {
      for await (const message of client.sessions.export(SESSION_ID, call("cut-body")))
        void message;
    });
    expect(iterated, String(iterated)).toBeInstanceOf(ConnectionError);
    const text = await failure(client.sessions.export(SESSION_ID, call("cut-body")).text());
    expect(text, String(text)).toBeInstanceOf(ConnectionError);
  });
});

describe("the live stream", () => {
  let sse: SseServer;
  beforeAll(async () => {
    sse = await startSseServer({ events: makeEvents(5), retryMs: 1, endWhenDrained: false });
  });
  afterAll(() => sse.close());

  it("frames with broken JSON or non-object data are skipped and reported; the events around them arrive", async () => {
    sse.plan({
      raw: [
        'id: event_bad1\nevent: output.message.delta\ndata: {"id":"event_bad1",\n\n',
        "event: output.message.delta\ndata: 42\n\n",
        "event: output.message.delta\ndata: null\n\n",
        "data: [not json\n\n",
        ": a comment line\n\n",
      ].join(""),
    });
    const client = makeClient(sse.baseUrl);
    const reported: StreamParseError[] = [];
    const stream = client.events.stream(SESSION_ID, { onParseError: (e) => reported.push(e) });
    const sequences: number[] = [];
    for await (const event of stream) {
      sequences.push(event.sequence as number);
      if (sequences.length === 5) break;
    }
    expect(sequences).toEqual([1, 2, 3, 4, 5]);
    expect(reported.map((r) => r.data)).toEqual(['{"id":"event_bad1",', "42", "null", "[not json"]);
    expect(reported[0]).toMatchObject({ eventType: "output.message.delta", id: "event_bad1" });
    expect(await eventually(() => sse.openStreams() === 0)).toBe(true);
  });

  it("a 200 that is not an event stream, with no reconnects left, ends in a typed error", async () => {
    sse.plan({ status: 200 });
    const client = makeClient(sse.baseUrl);
    const stream = client.events.stream(SESSION_ID, { maxReconnects: 0 });
    const error = await failure(stream.next());
    expect(error, String(error)).toBeInstanceOf(EverrunsError);
  });

  it.each([
    ["a stream that ends early", { endAfter: 2 }],
    ["a connection cut mid-frame", { cutMidFrameAfter: 1 }],
  ])("%s, with no reconnects left, ends in a ConnectionError", async (_, plan) => {
    sse.plan(plan);
    const client = makeClient(sse.baseUrl);
    const stream = client.events.stream(SESSION_ID, { maxReconnects: 0 });
    const error = await failure(async () => {
      for await (const event of stream) void event;
    });
    expect(error, String(error)).toBeInstanceOf(ConnectionError);
  });

  it("an HTML 502 on connect, with no reconnects left, is an InternalServerError", async () => {
    sse.plan({ status: 502 });
    const client = makeClient(sse.baseUrl);
    const error = await failure(client.events.stream(SESSION_ID, { maxReconnects: 0 }).next());
    expect(error).toBeInstanceOf(InternalServerError);
  });
});

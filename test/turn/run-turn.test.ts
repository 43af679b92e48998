import { describe, expect, expectTypeOf, it } from "vitest";
import { Everruns } from "../../src/client.js";
import { AbortError, ConflictError } from "../../src/errors.js";
import { defineTools, tool, type ToolContext } from "../../src/tools.js";
import { MissingToolError, TurnFailedError } from "../../src/turn.js";
import type { Event } from "../../src/types.js";
import { eventId } from "../support/sse-server.js";
import {
  ANSWER,
  IDS,
  startTurnServer,
  USAGE,
  type Scenario,
  type TurnServer,
} from "../support/turn-server.js";
import { closedAfterEach, eventually } from "../support/util.js";

const API_KEY = "evr_pat_turntests0000000000000000";
const startServer = closedAfterEach(startTurnServer);

async function setUp(
  scenario: Scenario,
  conflictsBeforeAccept = 0,
): Promise<{ server: TurnServer; client: Everruns }> {
  const server = await startServer({ scenario, conflictsBeforeAccept });
  return {
    server,
    client: new Everruns({ apiKey: API_KEY, baseUrl: server.baseUrl, maxRetries: 0 }),
  };
}

/** The JSON Schema of the `get_weather` tool's arguments. */
const CITY_PARAMETERS = {
  type: "object",
  properties: { city: { type: "string" } },
  required: ["city"],
};

const ours = (event: Event): boolean =>
  (event.context as { turn_id?: string }).turn_id === IDS.turn ||
  (event.context as { input_message_id?: string }).input_message_id === IDS.userMessage;

describe("runTurn", () => {
  it("runs a plain turn: sends the message, follows only its events, resolves with the answer", async () => {
    const { server, client } = await setUp("plain");
    const seen: string[] = [];
    const turn = client.sessions.runTurn(IDS.session, "Weather in Kyiv?", {
      onEvent: (e) => seen.push(e.type),
    });
    const deltas: string[] = [];
    for await (const text of turn.textStream) deltas.push(text);
    const result = await turn;

    expect(deltas).toEqual([...ANSWER]);
    expect(result).toMatchObject({
      turnId: IDS.turn,
      status: "completed",
      text: ANSWER.join(""),
      usage: USAGE,
    });
    expect(result.message?.id).toBe(IDS.agentMessage);
    expect(result.inputMessage.id).toBe(IDS.userMessage);
    expect(result.error).toBeUndefined();
    // Neither the earlier turn nor the other turn's interleaved delta is part of this turn.
    expect(result.events.every(ours)).toBe(true);
    expect(result.events.map((e) => e.type)).toEqual([
      "input.message",
      "turn.started",
      "output.message.started",
      "output.message.delta",
      "output.message.delta",
      "output.message.delta",
      "output.message.completed",
      "turn.completed",
    ]);
    expect(seen).toEqual(result.events.map((e) => e.type));
    // Cursor first, then the message, then the stream resumes after the last earlier event.
    expect(
      server.requests.map((r) => `${r.method} ${r.path.replace(/.*\//, "")}?${r.query}`),
    ).toEqual(["GET events?limit=1", "POST messages?"]);
    expect(server.requests[1]?.body).toEqual({
      message: { content: [{ type: "text", text: "Weather in Kyiv?" }] },
    });
    expect(server.requests.every((r) => r.authorization === API_KEY)).toBe(true);
    expect(server.sse.connections.map((c) => c.sinceId)).toEqual([eventId(3)]);
    expect(await turn.done()).toBe(result);
  });

  it("answers two client-side tool calls concurrently, one throwing, in one submission", async () => {
    const { server, client } = await setUp("tools", 1);
    const started: string[] = [];
    let release: () => void = () => {};
    const bothStarted = new Promise<void>((resolve) => (release = resolve));
    const contexts: ToolContext[] = [];
    const tools = defineTools({
      get_weather: tool<{ city: string }>({
        description: "Current weather for a city.",
        parameters: CITY_PARAMETERS,
        run: async ({ city }, context) => {
          contexts.push(context);
          started.push("get_weather");
          if (started.length === 2) release();
          await bothStarted; // only resolves if the other handler runs at the same time
          return { city, forecast: "sunny", high_c: 27 };
        },
      }),
      get_time: tool<{ zone: string }>({
        description: "Local time in a time zone.",
        parameters: {
          type: "object",
          properties: { zone: { type: "string" } },
          required: ["zone"],
        },
        run: async () => {
          started.push("get_time");
          if (started.length === 2) release();
          await bothStarted;
          throw new Error("clock unavailable");
        },
      }),
    });
    const result = await client.sessions.runTurn(IDS.session, "Weather and time in Kyiv?", {
      tools,
    });

    expect(result.status).toBe("completed");
    expect(result.text).toBe(ANSWER.join(""));
    // The first submission met a 409 (not waiting yet) and was retried; both results travel together.
    expect(server.submissions.map((s) => s.status)).toEqual([409, 200]);
    const expected = {
      tool_results: [
        { tool_call_id: IDS.weatherCall, result: { city: "Kyiv", forecast: "sunny", high_c: 27 } },
        { tool_call_id: IDS.timeCall, error: "clock unavailable" },
      ],
    };
    expect(server.submissions[0]?.body).toEqual(expected);
    expect(server.submissions[1]?.body).toEqual(expected);
    expect(contexts[0]).toMatchObject({
      toolCallId: IDS.weatherCall,
      toolName: "get_weather",
      sessionId: IDS.session,
      turnId: IDS.turn,
    });
    expect(result.events.filter((e) => e.type === "tool.call_requested")).toHaveLength(1);
  });

  it("answers a call with no handler with an error result naming the tool", async () => {
    const { server, client } = await setUp("tools");
    const result = await client.sessions.runTurn(IDS.session, "Weather?", {
      tools: {
        get_weather: async (args: { city: string }) => ({ forecast: `sunny in ${args.city}` }),
      },
    });
    expect(result.status).toBe("completed");
    expect(server.submissions).toEqual([
      {
        status: 200,
        body: {
          tool_results: [
            { tool_call_id: IDS.weatherCall, result: { forecast: "sunny in Kyiv" } },
            { tool_call_id: IDS.timeCall, error: 'No handler for client-side tool "get_time"' },
          ],
        },
      },
    ]);
  });

  it("fails the turn on a missing tool when asked, cancelling it on the server", async () => {
    const { server, client } = await setUp("tools");
    const turn = client.sessions.runTurn(IDS.session, "Weather?", {
      tools: { get_weather: async () => "sunny" },
      onMissingTool: "fail",
    });
    await expect(turn).rejects.toBeInstanceOf(MissingToolError);
    await expect(turn).rejects.toMatchObject({ toolName: "get_time" });
    expect(server.submissions).toEqual([]);
    expect(server.cancels()).toBe(1);
  });

  it("cancels the turn on the server and rejects with AbortError when the signal fires", async () => {
    const { server, client } = await setUp("cancel");
    const controller = new AbortController();
    const turn = client.sessions.runTurn(IDS.session, "Write a long essay", {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === "output.message.delta") controller.abort();
      },
    });
    const deltas: string[] = [];
    const reading = (async () => {
      for await (const text of turn.textStream) deltas.push(text);
    })();
    await expect(turn).rejects.toBeInstanceOf(AbortError);
    await expect(reading).rejects.toBeInstanceOf(AbortError);
    expect(deltas).toEqual([ANSWER[0]]);
    expect(server.cancels()).toBe(1);
    await server.finished(); // the server saw the cancel and ended the turn
    expect(await eventually(() => server.sse.openStreams() === 0)).toBe(true);
  });

  it("rejects at once with AbortError for an already aborted signal, sending nothing", async () => {
    const { server, client } = await setUp("plain");
    const turn = client.sessions.runTurn(IDS.session, "Hi", { signal: AbortSignal.abort() });
    await expect(turn).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toEqual([]);
    expect(server.cancels()).toBe(0);
  });

  it("resolves a failed turn with status failed and the error", async () => {
    const { client } = await setUp("fail");
    const result = await client.sessions.runTurn(IDS.session, "Hi");
    expect(result).toMatchObject({
      turnId: IDS.turn,
      status: "failed",
      text: "",
      message: undefined,
      error: { message: "The model provider returned an error.", code: "model_provider_error" },
    });
    expect(result.events.at(-1)?.type).toBe("turn.failed");
  });

  it("throws TurnFailedError on a failed turn when asked", async () => {
    const { client } = await setUp("fail");
    const turn = client.sessions.runTurn(IDS.session, "Hi", { throwOnFailure: true });
    const error = await turn.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TurnFailedError);
    expect((error as TurnFailedError).result.status).toBe("failed");
    expect((error as TurnFailedError).message).toContain("model_provider_error");
  });

  it("gives up on tool results after a bounded number of 409s", async () => {
    const { server, client } = await setUp("tools", 1_000);
    const turn = client.sessions.runTurn(IDS.session, "Weather?", {
      tools: { get_weather: () => 1, get_time: () => 2 },
    });
    await expect(turn).rejects.toBeInstanceOf(ConflictError);
    expect(server.submissions).toHaveLength(7);
  }, 10_000);
});

describe("defineTools", () => {
  it("declares a tool once: client_side definitions for the session, handlers for the turn", async () => {
    const tools = defineTools({
      get_weather: tool<{ city: string }>({
        description: "Current weather for a city.",
        parameters: CITY_PARAMETERS,
        displayName: "Weather",
        run: ({ city }) => `sunny in ${city}`,
      }),
    });
    expect(tools.definitions).toEqual([
      {
        type: "client_side",
        name: "get_weather",
        description: "Current weather for a city.",
        // Spelled out: a definition that changed the schema it was given must fail here.
        parameters: {
          type: "object",
          properties: { city: { type: "string" } },
          required: ["city"],
        },
        display_name: "Weather",
      },
    ]);
    const context = {
      toolCallId: "c",
      toolName: "get_weather",
      sessionId: IDS.session,
      turnId: IDS.turn,
      signal: new AbortController().signal,
    };
    await expect(
      Promise.resolve(tools.handlers.get_weather!({ city: "Kyiv" } as never, context)),
    ).resolves.toBe("sunny in Kyiv");
  });

  it("types handler arguments from the type argument", () => {
    tool<{ city: string; days?: number }>({
      description: "d",
      parameters: { type: "object" },
      run: (args) => {
        expectTypeOf(args).toEqualTypeOf<{ city: string; days?: number }>();
        // @ts-expect-error -- not a declared argument
        void args.country;
        return null;
      },
    });
  });
});

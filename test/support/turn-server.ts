/**
 * A loopback API server that plays one scripted agent turn over real HTTP, for the turn runner's
 * end-to-end tests. Built on the SSE test server (the live stream) plus the routes a turn uses:
 * `GET .../events`, `POST .../messages`, `POST .../tool-results`, `POST .../cancel`.
 *
 * The session already holds an earlier turn (three events), and the script writes one event of an
 * unrelated turn into the stream, so a runner that matched by timing instead of ids would notice.
 *
 * Scenarios:
 * - `plain`: the agent answers "The weather in Kyiv is sunny." in three deltas.
 * - `tools`: the agent requests two client-side tools (`get_weather`, `get_time`) at once, waits for
 *   the results (answering 409 to the first `conflictsBeforeAccept` submissions, as the service does
 *   before it reaches the waiting status), then answers.
 * - `cancel`: the agent starts writing and never finishes until `cancel` is called.
 * - `fail`: the turn fails with `model_provider_error`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  eventId,
  SESSION_ID,
  startSseServer,
  type SseServer,
  type WireEvent,
} from "./sse-server.js";

/** The ids of the scripted story. */
export const IDS = {
  session: SESSION_ID,
  turn: "turn_01933b5a000070008000000000000b01",
  userMessage: "message_01933b5a000070008000000000000a01",
  agentMessage: "message_01933b5a000070008000000000000a02",
  weatherCall: "call_01933b5a00007000800000000000c01",
  timeCall: "call_01933b5a00007000800000000000c02",
  earlierTurn: "turn_01933b5a000070008000000000000b00",
  otherTurn: "turn_01933b5a000070008000000000000b99",
} as const;

/** The agent's final answer in every scenario that completes. */
export const ANSWER = ["The weather", " in Kyiv", " is sunny."] as const;
/** Usage reported by `turn.completed`. */
export const USAGE = { input_tokens: 1820, output_tokens: 412 } as const;

/** Which turn the server plays. */
export type Scenario = "plain" | "tools" | "cancel" | "fail";

/** Options of {@link startTurnServer}. */
export interface TurnServerOptions {
  scenario: Scenario;
  /** `tools`: how many submissions get a 409 before one is accepted. Default 0. */
  conflictsBeforeAccept?: number;
  /** Pause between scripted events, in ms. Default 2. */
  stepMs?: number;
}

/** A request the server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

/** A running turn server. */
export interface TurnServer {
  /** Base URL with the `/api` prefix, for the client's `baseUrl`. */
  readonly baseUrl: string;
  /** The underlying stream server (connections, open streams). */
  readonly sse: SseServer;
  /** Every non-stream request, in order. */
  readonly requests: RecordedRequest[];
  /** Tool result submissions, accepted or not, with the status answered. */
  readonly submissions: { status: number; body: unknown }[];
  /** How many cancel requests arrived. */
  cancels(): number;
  /** Resolves when the scripted turn has emitted its last event. */
  finished(): Promise<void>;
  close(): Promise<void>;
}

const START = Date.UTC(2026, 4, 25, 10, 0, 0);

/** Starts the server on 127.0.0.1; the turn begins when a message is posted. */
export async function startTurnServer(options: TurnServerOptions): Promise<TurnServer> {
  const stepMs = options.stepMs ?? 2;
  const requests: RecordedRequest[] = [];
  const submissions: { status: number; body: unknown }[] = [];
  let conflictsLeft = options.conflictsBeforeAccept ?? 0;
  let cancels = 0;
  let running = false;
  let cancelled = false;
  let awaitingTools: ((results: unknown) => void) | undefined;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  // Set once the server is up; the script and routes only run after that.
  const live: { sse?: SseServer } = {};

  const event = (
    type: string,
    data: Record<string, unknown>,
    context: Record<string, unknown>,
  ): WireEvent => {
    const sequence = (live.sse?.events.length ?? history.length) + 1;
    return {
      id: eventId(sequence),
      type,
      ts: new Date(START + sequence * 1000).toISOString(),
      session_id: SESSION_ID,
      sequence,
      context,
      data,
    };
  };
  const history: WireEvent[] = [];
  const earlier = {
    turn_id: IDS.earlierTurn,
    input_message_id: "message_01933b5a000070008000000000000900",
  };
  for (const [type, data] of [
    ["turn.started", earlier],
    ["output.message.delta", { turn_id: IDS.earlierTurn, delta: "Hi", accumulated: "Hi" }],
    ["turn.completed", { turn_id: IDS.earlierTurn, iterations: 1 }],
  ] as const) {
    history.push(event(type, data, earlier));
  }

  const emit = (
    type: string,
    data: Record<string, unknown>,
    context: Record<string, unknown>,
  ): void => {
    live.sse?.push(event(type, data, context));
  };
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, stepMs));

  async function play(userMessage: Record<string, unknown>): Promise<void> {
    running = true;
    const ours = { turn_id: IDS.turn, input_message_id: IDS.userMessage };
    emit("input.message", { message: userMessage }, { input_message_id: IDS.userMessage });
    await pause();
    // Another client's turn writing into the same session at the same moment.
    emit(
      "output.message.delta",
      { turn_id: IDS.otherTurn, delta: "noise", accumulated: "noise" },
      { turn_id: IDS.otherTurn },
    );
    emit("turn.started", { turn_id: IDS.turn, input_message_id: IDS.userMessage }, ours);
    await pause();
    if (options.scenario === "fail") {
      emit(
        "turn.failed",
        {
          turn_id: IDS.turn,
          error: "The model provider returned an error.",
          error_code: "model_provider_error",
        },
        ours,
      );
      return end();
    }
    emit("output.message.started", { turn_id: IDS.turn, iteration: 1 }, ours);
    if (options.scenario === "tools") {
      const toolCalls = [
        { id: IDS.weatherCall, name: "get_weather", arguments: { city: "Kyiv" } },
        { id: IDS.timeCall, name: "get_time", arguments: { zone: "Europe/Kyiv" } },
      ];
      const results = new Promise((resolve) => (awaitingTools = resolve));
      emit("tool.call_requested", { tool_calls: toolCalls }, ours);
      await results;
      if (cancelled) return;
      emit("output.message.started", { turn_id: IDS.turn, iteration: 2 }, ours);
    }
    if (options.scenario === "cancel") {
      emit(
        "output.message.delta",
        { turn_id: IDS.turn, delta: ANSWER[0], accumulated: ANSWER[0] },
        ours,
      );
      return; // waits for cancel
    }
    let accumulated = "";
    for (const delta of ANSWER) {
      accumulated += delta;
      emit("output.message.delta", { turn_id: IDS.turn, delta, accumulated }, ours);
      await pause();
    }
    const agentMessage = {
      id: IDS.agentMessage,
      session_id: SESSION_ID,
      sequence: 3,
      role: "agent",
      content: [{ type: "text", text: accumulated }],
      created_at: new Date(START + 60_000).toISOString(),
    };
    emit("output.message.completed", { message: agentMessage, usage: USAGE }, ours);
    emit(
      "turn.completed",
      {
        turn_id: IDS.turn,
        iterations: options.scenario === "tools" ? 2 : 1,
        usage: USAGE,
        final_message_id: IDS.agentMessage,
      },
      ours,
    );
    emit("session.idled", { turn_id: IDS.turn }, ours);
    end();
  }

  function end(): void {
    running = false;
    done();
  }

  const base = `/api/v1/sessions/${SESSION_ID}`;
  function routes(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    void readJson(req).then((body) => {
      requests.push({
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        body,
        authorization: req.headers.authorization,
      });
      answer(req.method ?? "", url, body, res);
    });
    return true;
  }

  function answer(method: string, url: URL, body: unknown, res: ServerResponse): void {
    const route = `${method} ${url.pathname}`;
    if (route === `GET ${base}/events`) {
      const limit = Number(url.searchParams.get("limit") ?? "1000");
      const events = live.sse?.events ?? [];
      return send(res, 200, { data: events.slice(Math.max(0, events.length - limit)) });
    }
    if (route === `POST ${base}/messages`) {
      const message = {
        id: IDS.userMessage,
        session_id: SESSION_ID,
        sequence: 2,
        role: "user",
        content: (body as { message?: { content?: unknown } })?.message?.content ?? [],
        created_at: new Date(START + 30_000).toISOString(),
      };
      send(res, 201, message);
      void play(message);
      return;
    }
    if (route === `POST ${base}/tool-results`) {
      if (awaitingTools === undefined || conflictsLeft > 0) {
        conflictsLeft = Math.max(0, conflictsLeft - 1);
        submissions.push({ status: 409, body });
        return send(
          res,
          409,
          {
            title: "Conflict",
            status: 409,
            code: "session_not_waiting_for_tool_results",
            detail: "The session is not waiting for tool results.",
          },
          "application/problem+json",
        );
      }
      submissions.push({ status: 200, body });
      const resolve = awaitingTools;
      awaitingTools = undefined;
      send(res, 200, {
        accepted: (body as { tool_results: unknown[] }).tool_results.length,
        status: "active",
      });
      resolve(body);
      return;
    }
    if (route === `POST ${base}/cancel`) {
      cancels++;
      if (!running) return send(res, 200, { status: "no_op", message: "No turn is running." });
      cancelled = true;
      emit(
        "turn.cancelled",
        { turn_id: IDS.turn, reason: "Cancelled by the user." },
        { turn_id: IDS.turn, input_message_id: IDS.userMessage },
      );
      awaitingTools?.(undefined);
      end();
      return send(res, 200, { status: "cancelled", message: "The turn was cancelled." });
    }
    send(
      res,
      404,
      { title: "Not Found", status: 404, code: "not_found" },
      "application/problem+json",
    );
  }

  const server = await startSseServer({ events: history, retryMs: 10, routes });
  live.sse = server;
  return {
    baseUrl: server.baseUrl,
    sse: server,
    requests,
    submissions,
    cancels: () => cancels,
    finished: () => finished,
    close: () => server.close(),
  };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => {
      try {
        resolve(text === "" ? undefined : JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown, type = "application/json"): void {
  res.writeHead(status, { "content-type": type });
  res.end(JSON.stringify(body));
}

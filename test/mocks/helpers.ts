/**
 * Shared pieces of the mock API tests: a fetch bound to a base URL with a token, and an SSE reader.
 */
import { createParser, type EventSourceMessage } from "eventsource-parser";

/** The token the tests send; the mock accepts any raw token. */
export const TOKEN = "evr_pat_mocktests0000000000000000";

/** The documented example session the mock is seeded with. */
export const EXAMPLE_SESSION = "session_01933b5a00007000800000000000001";

/** A client-side tool declaration like the spec's example. */
export const WEATHER_TOOL = {
  type: "client_side" as const,
  name: "get_weather",
  description: "Look up the weather forecast for a city on a date.",
  parameters: {
    type: "object",
    properties: { city: { type: "string" }, date: { type: "string", format: "date" } },
    required: ["city", "date"],
  },
};

/** A JSON API caller over a base URL, e.g. `https://app.everruns.com/api`. */
export function api(base: string, token: string = TOKEN) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const init: RequestInit = { method, headers: { Authorization: token, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["Content-Type"] ??= "application/json";
    }
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    // Tests read many shapes of body; `any` keeps their assertions short.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let json: any;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    call,
    get: (path: string) => call("GET", path),
    post: (path: string, body?: unknown) => call("POST", path, body),
    patch: (path: string, body?: unknown) => call("PATCH", path, body),
    put: (path: string) => call("PUT", path),
    del: (path: string) => call("DELETE", path),
  };
}

/** Sends a text message. */
export function textMessage(text: string) {
  return { message: { content: [{ type: "text", text }] } };
}

/** One parsed SSE frame. */
export interface Frame extends EventSourceMessage {
  retry?: number;
}

/**
 * Reads an SSE response until it ends or `until` says stop. Returns every frame; `retry:` values are
 * recorded on the frame that follows them.
 */
export async function readFrames(
  response: Response,
  until?: (frame: Frame, all: Frame[]) => boolean,
): Promise<{ frames: Frame[]; error?: unknown }> {
  const frames: Frame[] = [];
  let retry: number | undefined;
  let stop = false;
  const parser = createParser({
    onRetry: (ms) => {
      retry = ms;
    },
    onEvent: (event) => {
      if (stop) return;
      const frame: Frame = { ...event };
      if (retry !== undefined) frame.retry = retry;
      retry = undefined;
      frames.push(frame);
      if (until?.(frame, frames)) stop = true;
    },
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  try {
    while (!stop) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    if (stop) await reader.cancel();
    return { frames };
  } catch (error) {
    return { frames, error };
  }
}
